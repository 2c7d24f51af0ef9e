/**
 * Issue 12, mail inside archive documents, into the real Neo4j. Archives built by Info-ZIP `zip` and
 * GNU `tar` (not our code) from the shared fixtures are attached to carriers written by hand:
 *   mail.zip  – spam.eml (mailparser's fixture, also lying loose in the dump), its base64encodedroot.eml
 *               renamed scan.dat (mail by content), msgreader's sent.msg and msgInMsg.msg (with their
 *               .json answer keys), broken.eml (not mail), readme.txt (a document);
 *   lists.tar – rlug-mime4j.mbox (5 messages), and inner.zip holding php-mime-mail-parser's
 *               failure.eml as report.eml;
 * and list.mboxrd (the first 6 messages of linux-man-first500.mboxrd) attached as it is. Counts come
 * from the raw files (`^From ` lines), headers from the answer keys and the raw headers.
 * Expected: each mail a Message (the loose and zipped spam.eml one Message with two copies), its
 * Copy at `/part <n> (<archive>)` then the entry (then `/mbox <k>`), its bytes read again equal to
 * the file's; the entries still Documents; broken.eml a Failure at its entry; the derive and entity
 * marks of the new messages taken; a second ingest changing nothing.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { copySource } from '../../ingest/batch/graph-schema.js';
import { readCopyBytes } from '../../ingest/copy-bytes.js';
import { KeyStore } from '../../ingest/extract/dkim/key-store.js';
import { type IngestSummary, ingest } from '../../ingest/pipeline.js';
import { reverifyGraph } from '../../ingest/reverify.js';
import { useTestDatabase } from '../support/db.js';
import { snapshotGraph } from '../support/graph-snapshot.js';
import { type MessageCopy, copiesAt, readMessageCopies } from '../support/message-copies.js';
import { type MsgAnswerKey, carrierMail, filePart, numberedHeaders, sha256 } from '../support/mail-carrier.js';
import { missingShared, sharedPath } from '../support/shared.js';
import { tempDir } from './read/read-helpers.js';

const MSG = 'fixtures/outlook/msg/msgreader/test';
const SPAM = 'fixtures/mime/mailparser/test/fixtures/spam.eml';
const ROOT_IMAGE = 'fixtures/mime/mailparser/test/fixtures/base64encodedroot.eml';
const REPORT = 'fixtures/mime/php-mime-mail-parser/tests/mails/failure.eml';
const RLUG = 'fixtures/mailing-lists/rlug-mime4j.mbox';
const LINUX_MAN = 'fixtures/mailing-lists/linux-man-first500.mboxrd';
// Messages of linux-man-first500.mboxrd put in the attached list.mboxrd.
const MBOXRD_MESSAGES = 6;

const headers = (n: number, subject: string) => numberedHeaders(n, subject, 'archive-carrier');

/** The `^From ` separator lines of an mbox, counted as RFC 4155 writers put them (a regex, not our splitter). */
const separators = (text: string) => text.match(/^From /gm)?.length ?? 0;
/** The first Subject header after each separator line. */
const subjects = (text: string) =>
  text
    .split(/^From .*$/m)
    .slice(1)
    .map((m) => /^Subject: (.*)$/m.exec(m)![1]!.trim());
const header = (raw: string, name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(raw)![1]!.trim();
/** The address of a From header: inside <…>, or the whole of it. */
const address = (value: string) => /<([^>]+)>/.exec(value)?.[1] ?? value;

const missing = [MSG, SPAM, ROOT_IMAGE, REPORT, RLUG, LINUX_MAN].map(missingShared).find(Boolean);

describe.skipIf(missing)('mail inside archive documents, ingested (issue 12)', () => {
  const db = useTestDatabase();
  const tmp = tempDir('leakgraph-archive-mail-');
  afterAll(() => tmp.remove());
  const dump = join(tmp.dir, 'dump');
  const key = (name: string) => JSON.parse(readFileSync(sharedPath(`${MSG}/${name}`), 'utf8')) as MsgAnswerKey;
  const file = (relative: string) => readFileSync(sharedPath(relative));
  const rlug = file(RLUG).toString('latin1');
  const linuxMan = file(LINUX_MAN).toString('latin1');
  // The first MBOXRD_MESSAGES messages: the text before the separator line of the next one.
  const cut = [...linuxMan.matchAll(/^From /gm)][MBOXRD_MESSAGES]!.index;
  const mboxrd = Buffer.from(linuxMan.slice(0, cut), 'latin1');
  const broken = Buffer.from('\u0000\u0001 this is no mail at all, whatever its name says\n');
  let first: IngestSummary;
  let copies: MessageCopy[];

  beforeAll(() => {
    const zipDir = join(tmp.dir, 'zip');
    const tarDir = join(tmp.dir, 'tar');
    const innerDir = join(tmp.dir, 'inner');
    for (const dir of [zipDir, tarDir, innerDir, join(dump, 'loose')]) mkdirSync(dir, { recursive: true });
    copyFileSync(sharedPath(SPAM), join(zipDir, 'spam.eml'));
    copyFileSync(sharedPath(ROOT_IMAGE), join(zipDir, 'scan.dat'));
    copyFileSync(sharedPath(`${MSG}/sent.msg`), join(zipDir, 'sent.msg'));
    copyFileSync(sharedPath(`${MSG}/msgInMsg.msg`), join(zipDir, 'msgInMsg.msg'));
    writeFileSync(join(zipDir, 'broken.eml'), broken);
    writeFileSync(join(zipDir, 'readme.txt'), 'The mail of the quarter, as asked.\n');
    execFileSync('zip', ['-q', '-X', '-r', join(tmp.dir, 'mail.zip'), '.'], { cwd: zipDir });
    copyFileSync(sharedPath(REPORT), join(innerDir, 'report.eml'));
    execFileSync('zip', ['-q', '-X', join(tarDir, 'inner.zip'), 'report.eml'], { cwd: innerDir });
    copyFileSync(sharedPath(RLUG), join(tarDir, 'rlug.mbox'));
    execFileSync('tar', ['-cf', join(tmp.dir, 'lists.tar'), '-C', tarDir, 'rlug.mbox', 'inner.zip']);
    const carrier = carrierMail(headers(1, 'The archives'), 'Everything, zipped.', [
      filePart('mail.zip', 'application/zip', readFileSync(join(tmp.dir, 'mail.zip'))),
      filePart('lists.tar', 'application/x-tar', readFileSync(join(tmp.dir, 'lists.tar'))),
    ]);
    writeFileSync(join(dump, 'carrier.eml'), carrier);
    const list = carrierMail(headers(2, 'The list'), 'The list archive.', [
      filePart('list.mboxrd', 'application/mbox', mboxrd),
    ]);
    writeFileSync(join(dump, 'list.eml'), list);
    copyFileSync(sharedPath(SPAM), join(dump, 'loose', 'spam.eml'));
  });

  const readCopies = () => readMessageCopies(db.driver());

  const at = (file: string, ...entries: string[]) => copiesAt(copies, join(dump, file), entries, true)[0];
  const under = (file: string, ...entries: string[]) =>
    copies.filter(
      (c) =>
        c.path === join(dump, file) && JSON.stringify(c.entries.slice(0, entries.length)) === JSON.stringify(entries),
    );

  it('reads every mail in the archives as a message, counted as the raw files say', { timeout: 120_000 }, async () => {
    first = await ingest(db.driver(), { paths: [dump], workers: 2 });
    copies = await readCopies();
    expect(separators(rlug)).toBe(5);
    expect(separators(mboxrd.toString('latin1'))).toBe(MBOXRD_MESSAGES);
    // Files: carrier, list, loose spam.eml. In the archives and the attached mbox: spam.eml (the
    // loose one again), scan.dat, sent.msg, msgInMsg.msg and the message in it, broken.eml (a
    // failure), rlug's 5, report.eml; then list.mboxrd's 6.
    const inDocuments = 1 + 1 + 1 + 2 + 1 + separators(rlug) + 1 + MBOXRD_MESSAGES;
    expect(first).toMatchObject({
      seen: 3 + inDocuments,
      ingested: 3 + inDocuments - 2,
      duplicates: 1,
      failed: 1,
    });
    expect(first.seen).toBe(first.ingested + first.duplicates + first.failed);
    expect(first.documents.pass?.mail).toMatchObject({ seen: inDocuments, duplicates: 1, failed: 1 });
    expect(copies).toHaveLength(3 + inDocuments - 1);
  });

  it('gives each message the headers of its file and a copy that leads to it', async () => {
    const spam = file(SPAM).toString('latin1');
    const zipped = at('carrier.eml', '/part 0 (mail.zip)', 'spam.eml');
    expect(zipped).toMatchObject({ subject: header(spam, 'Subject'), sha256: sha256(file(SPAM)), format: 'eml' });
    // The same mail loose and zipped: one Message, two copies.
    const { records } = await db
      .driver()
      .executeQuery('MATCH (c:Copy)-[:OF]->(m:Message {subject: $s}) RETURN count(DISTINCT m) AS m, count(c) AS c', {
        s: zipped!.subject,
      });
    expect(records[0]!.toObject()).toEqual({ m: 1, c: 2 });

    const rootImage = file(ROOT_IMAGE).toString('latin1');
    expect(at('carrier.eml', '/part 0 (mail.zip)', 'scan.dat')).toMatchObject({
      sha256: sha256(file(ROOT_IMAGE)),
      from: address(header(rootImage, 'From')),
    });
    const sent = key('sent.json');
    expect(at('carrier.eml', '/part 0 (mail.zip)', 'sent.msg')).toMatchObject({
      subject: sent.subject,
      from: sent.senderEmail,
    });
    const outer = key('msgInMsg.json');
    const inner = key('msgInMsg-attachments0.json');
    expect(at('carrier.eml', '/part 0 (mail.zip)', 'msgInMsg.msg')).toMatchObject({ subject: outer.subject });
    const label = `${(outer.attachments[0]!.fileName ?? outer.attachments[0]!.name)!.replace(/\.(msg|eml)$/i, '')}.eml`;
    expect(at('carrier.eml', '/part 0 (mail.zip)', 'msgInMsg.msg', label)).toMatchObject({
      subject: inner.subject,
      from: inner.senderEmail,
    });
    expect(at('carrier.eml', '/part 1 (lists.tar)', 'inner.zip', 'report.eml')).toMatchObject({
      sha256: sha256(file(REPORT)),
      from: address(header(file(REPORT).toString('utf8'), 'From')),
    });
    const rlugCopies = under('carrier.eml', '/part 1 (lists.tar)', 'rlug.mbox');
    expect(rlugCopies.map((c) => c.entries.at(-1)).sort()).toEqual([
      '/mbox 1',
      '/mbox 2',
      '/mbox 3',
      '/mbox 4',
      '/mbox 5',
    ]);
    expect(rlugCopies.map((c) => c.subject).sort()).toEqual(subjects(rlug).sort());
    expect(under('list.eml', '/part 0 (list.mboxrd)')).toHaveLength(MBOXRD_MESSAGES);
  });

  it('reads the exact bytes of every copy found in a document again', async () => {
    for (const c of copies.filter((c) => c.entries.length > 1)) {
      const bytes = Buffer.from(await readCopyBytes(copySource(c), { sha256: c.sha256 }));
      expect(sha256(bytes), c.entries.join(' » ')).toBe(c.sha256);
      // An mboxo message without quoted lines is the very bytes of the file between its separators.
      if (c.entries.includes('rlug.mbox')) expect(rlug.includes(bytes.toString('latin1'))).toBe(true);
    }
    const bytes = await readCopyBytes(copySource(at('carrier.eml', '/part 0 (mail.zip)', 'spam.eml')!));
    expect(Buffer.from(bytes).equals(file(SPAM))).toBe(true);
    // `leakgraph verify` reads every copy again the same way: none unreadable.
    const verified = await reverifyGraph(db.driver(), readCopyBytes, { keys: KeyStore.from([]), all: true });
    expect(verified.unreadable).toEqual([]);
    expect(verified.checked).toBe(copies.length);
    expect(first.documents.pass?.unreachable).toBe(0);
  });

  it('keeps every entry a document, and reports the mail entry that is not mail at the entry', async () => {
    const { records } = await db.driver().executeQuery(
      `MATCH (:Document {name: 'mail.zip'})-[x:CONTAINS]->(d:Document)
       RETURN x.entry AS entry, d.sha256 AS sha256 ORDER BY entry`,
    );
    expect(records.map((r) => r.get('entry'))).toEqual([
      'broken.eml',
      'msgInMsg.msg',
      'readme.txt',
      'scan.dat',
      'sent.msg',
      'spam.eml',
    ]);
    expect(records.find((r) => r.get('entry') === 'broken.eml')!.get('sha256')).toBe(sha256(broken));
    const { records: failures } = await db
      .driver()
      .executeQuery('MATCH (f:Failure {lostMessage: true}) RETURN f.path AS path, f.entries AS entries');
    expect(failures.map((r) => r.toObject())).toEqual([
      { path: join(dump, 'carrier.eml'), entries: ['/part 0 (mail.zip)', 'broken.eml'] },
    ]);
    const pass = first.documents.pass!;
    expect(pass.archives).toMatchObject({ opened: 3, files: 6 + 2 + 1, refused: 0 });
    expect(pass.pending + pass.archives.found + pass.mail.documents).toBe(pass.read + pass.unreachable);
  });

  it('derives the new messages and reads them for names like any other', async () => {
    const { records } = await db.driver().executeQuery(
      `MATCH (m:Message) RETURN count(m) AS all,
              count(CASE WHEN m.pending OR m.uncounted OR m.entityPending THEN 1 END) AS marked`,
    );
    expect(records[0]!.toObject()).toEqual({ all: first.ingested, marked: 0 });
    expect(first.entities?.messages).toBe(first.ingested);
  });

  it('changes nothing when ingested again', { timeout: 120_000 }, async () => {
    const before = await snapshotGraph(db.driver());
    const again = await ingest(db.driver(), { paths: [dump], workers: 2 });
    expect(again).toMatchObject({ seen: 3, ingested: 0, duplicates: 3, failed: 0 });
    expect((await snapshotGraph(db.driver())).hash).toBe(before.hash);
  });
});
