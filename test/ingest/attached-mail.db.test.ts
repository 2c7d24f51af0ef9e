/**
 * Issue 12, mail inside mail, into the real Neo4j: a carrier written by hand here forwards a message
 * (message/rfc822), sends an .eml as a file, hides a mail as scan.dat, and attaches Outlook's sent.msg
 * and msgInMsg.msg (msgreader's fixtures, checked against its .json answer keys); another carrier holds
 * garbage and cut parts. Expected: each attached mail a Message with the headers written, its Copy at
 * `/part <n> (<name>)` where n is its HAS_ATTACHMENT.part; its bytes read again (copy-bytes.ts, and the
 * doors that use it) equal to the attached bytes; the attached sent.msg the same Message as sent.msg
 * lying loose; bad parts Failures at the part, their carrier ingested; a second ingest changing
 * nothing; the bulk load writing the same graph.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { testInstance } from '../../db/instance.js';
import { copySource } from '../../ingest/batch/graph-schema.js';
import { readCopyBytes } from '../../ingest/copy-bytes.js';
import { KeyStore } from '../../ingest/extract/dkim/key-store.js';
import { firstLoad } from '../../ingest/first-load.js';
import { type IngestSummary, ingest } from '../../ingest/pipeline.js';
import { reverifyGraph } from '../../ingest/reverify.js';
import { loadRawReader } from '../../server/db/raw-source.js';
import { useTestDatabase, wipe } from '../support/db.js';
import { snapshotGraph } from '../support/graph-snapshot.js';
import { type MessageCopy, copiesAt, readMessageCopies } from '../support/message-copies.js';
import {
  type MsgAnswerKey,
  carrierMail,
  filePart,
  numberedHeaders,
  forwardedPart,
  plainMail,
  sha256,
} from '../support/mail-carrier.js';
import { missingShared, sharedPath } from '../support/shared.js';
import { tempDir } from './read/read-helpers.js';

const MSG = 'fixtures/outlook/msg/msgreader/test';

const headers = (n: number, subject: string) => numberedHeaders(n, subject, 'attached');

describe.skipIf(missingShared(MSG))('mail inside mail, ingested (issue 12)', () => {
  const db = useTestDatabase();
  const tmp = tempDir('leakgraph-attached-');
  afterAll(() => tmp.remove());
  const dump = join(tmp.dir, 'dump');
  const key = (name: string) => JSON.parse(readFileSync(sharedPath(`${MSG}/${name}`), 'utf8')) as MsgAnswerKey;
  const sentMsg = readFileSync(sharedPath(`${MSG}/sent.msg`));
  const msgInMsg = readFileSync(sharedPath(`${MSG}/msgInMsg.msg`));
  const forwarded = plainMail(headers(1, 'Quarterly figures'), 'The figures are attached.');
  const asFile = plainMail(headers(2, 'Sent as a file'), 'An .eml sent as a file.');
  const renamed = plainMail(headers(3, 'Renamed to scan.dat'), 'A mail hidden as data.');
  // By attachment index (HAS_ATTACHMENT.part): what the test attached.
  const attached = [
    Buffer.from(forwarded),
    Buffer.from(asFile),
    Buffer.from(renamed),
    sentMsg,
    msgInMsg,
    Buffer.from('BEGIN:VCALENDAR\r\nX-WR-CALNAME:Team\r\nX-MS-OLK-FORCEINSPECTOROPEN:TRUE\r\nEND:VCALENDAR\r\n'),
  ];
  const broken = [
    Buffer.from('\u0000\u0001\u0002 no headers, not mail'),
    sentMsg.subarray(0, 1536),
    Buffer.from('Subj'),
  ];
  let first: IngestSummary;
  let copies: MessageCopy[];

  beforeAll(() => {
    mkdirSync(join(dump, 'loose'), { recursive: true });
    const carrier = carrierMail(headers(10, 'Forwarding everything'), 'Five mails and an invitation.', [
      forwardedPart(forwarded),
      filePart('fwd.eml', 'application/octet-stream', attached[1]!),
      filePart('scan.dat', 'application/octet-stream', attached[2]!),
      filePart('sent.msg', 'application/vnd.ms-outlook', sentMsg),
      filePart('msgInMsg.msg', 'application/octet-stream', msgInMsg),
      filePart('invite.ics', 'text/calendar', attached[5]!),
    ]);
    writeFileSync(join(dump, 'carrier.eml'), carrier);
    const bad = carrierMail(headers(11, 'Damaged forwards'), 'Three parts that are not mail.', [
      filePart('garbage.eml', 'message/rfc822', broken[0]!),
      filePart('cut.msg', 'application/vnd.ms-outlook', broken[1]!),
      filePart('cut.eml', 'message/rfc822', broken[2]!),
    ]);
    writeFileSync(join(dump, 'broken.eml'), bad);
    writeFileSync(join(dump, 'loose', 'sent.msg'), sentMsg);
  });

  const readCopies = () => readMessageCopies(db.driver());

  const at = (file: string, ...entries: string[]) => copiesAt(copies, join(dump, file), entries, true)[0];

  it('reads every attached mail as a message, with the headers the test wrote', { timeout: 600_000 }, async () => {
    first = await ingest(db.driver(), { paths: [dump], workers: 2, noEntities: true });
    copies = await readCopies();
    // Files: carrier, broken, loose sent.msg. Attached: 3 written by hand, sent.msg, msgInMsg.msg and
    // the message embedded in it (6 copies); 3 bad parts. Messages: the loose and attached sent.msg are one.
    expect(first).toMatchObject({ seen: 12, ingested: 8, duplicates: 1, failed: 3 });
    expect(copies).toHaveLength(9);
    for (const [n, mail] of [forwarded, asFile, renamed].entries()) {
      const name = ['message/rfc822', 'fwd.eml', 'scan.dat'][n];
      const copy = at('carrier.eml', `/part ${n} (${name})`);
      expect(copy, name).toMatchObject({
        subject: mail.match(/^Subject: (.*)$/m)![1],
        from: `person${n + 1}@example.org`,
        to: [`reader${n + 1}@example.net`],
        sha256: sha256(mail),
        format: 'eml',
      });
    }
    expect(at('carrier.eml')).toMatchObject({ subject: 'Forwarding everything', from: 'person10@example.org' });
    // The invitation is no message: no copy at part 5.
    expect(copies.filter((c) => c.entries.some((e) => e.startsWith('/part 5')))).toEqual([]);
  });

  it('reads the attached Outlook files as their answer keys say, and the attached sent.msg is the loose one', async () => {
    const sent = key('sent.json');
    const outer = key('msgInMsg.json');
    const inner = key('msgInMsg-attachments0.json');
    const attachedSent = at('carrier.eml', '/part 3 (sent.msg)');
    const looseSent = at('loose/sent.msg');
    expect(attachedSent).toMatchObject({
      subject: sent.subject,
      from: sent.senderEmail,
      to: sent.recipients.map((r) => r.email),
    });
    // Dedup: one Message, two copies (the loose one and the one attached), rebuilt to the same bytes.
    expect(looseSent).toBeDefined();
    expect(attachedSent!.sha256).toBe(looseSent!.sha256);
    const { records } = await db
      .driver()
      .executeQuery('MATCH (c:Copy)-[:OF]->(m:Message {subject: $s}) RETURN count(DISTINCT m) AS m, count(c) AS c', {
        s: sent.subject,
      });
    expect(records[0]!.toObject()).toEqual({ m: 1, c: 2 });

    expect(at('carrier.eml', '/part 4 (msgInMsg.msg)')).toMatchObject({ subject: outer.subject });
    const label = `${(outer.attachments[0]!.fileName ?? outer.attachments[0]!.name)!.replace(/\.(msg|eml)$/i, '')}.eml`;
    expect(at('carrier.eml', '/part 4 (msgInMsg.msg)', label)).toMatchObject({
      subject: inner.subject,
      from: inner.senderEmail,
      to: inner.recipients.map((r) => r.email),
    });
  });

  it('keeps every attached mail an attachment of its carrier, at the part its copy names', async () => {
    const { records } = await db.driver().executeQuery(
      `MATCH (m:Message {subject: 'Forwarding everything'})-[h:HAS_ATTACHMENT]->(d:Document)
       RETURN h.part AS part, d.sha256 AS sha256 ORDER BY part`,
    );
    expect(records.map((r) => r.toObject())).toEqual(attached.map((bytes, part) => ({ part, sha256: sha256(bytes) })));
  });

  it('reads the exact attached bytes again, through copy-bytes and the doors that use it', async () => {
    const reader = (await loadRawReader())!;
    for (const c of copies.filter((c) => c.entries.length > 0 && c.entries[0]!.startsWith('/part'))) {
      const bytes = Buffer.from(await readCopyBytes(copySource(c), { sha256: c.sha256 }));
      expect(sha256(bytes), c.entries.join(' » ')).toBe(c.sha256);
      // The API's raw door reads the same.
      expect(Buffer.from(await reader(copySource(c))).equals(bytes)).toBe(true);
      const part = Number(/^\/part (\d+)/.exec(c.entries[0]!)![1]);
      // A mail attached as it is: the very bytes the test attached.
      if (part < 3) expect(bytes.equals(attached[part]!)).toBe(true);
    }
    // `leakgraph verify` reads every copy again the same way: none unreadable.
    const verified = await reverifyGraph(db.driver(), readCopyBytes, { keys: KeyStore.from([]), all: true });
    expect(verified.unreadable).toEqual([]);
    expect(verified.checked).toBe(9);
    // The document pass read the documents of attached mails (msgInMsg.msg's picture) from their carriers.
    expect(first.documents.pass?.unreachable).toBe(0);
  });

  it('reports parts that claim to be mail and are not, at the part, and keeps their carrier and documents', async () => {
    const { records } = await db
      .driver()
      .executeQuery(
        `MATCH (f:Failure {lostMessage: true}) RETURN f.path AS path, f.entries AS entries ORDER BY f.entries[0]`,
      );
    expect(records.map((r) => r.toObject())).toEqual([
      { path: join(dump, 'broken.eml'), entries: ['/part 0 (garbage.eml)'] },
      { path: join(dump, 'broken.eml'), entries: ['/part 1 (cut.msg)'] },
      { path: join(dump, 'broken.eml'), entries: ['/part 2 (cut.eml)'] },
    ]);
    expect(at('broken.eml')).toMatchObject({ subject: 'Damaged forwards' });
    const { records: documents } = await db.driver().executeQuery(
      `MATCH (:Message {subject: 'Damaged forwards'})-[h:HAS_ATTACHMENT]->(d:Document)
       RETURN h.part AS part, d.sha256 AS sha256 ORDER BY part`,
    );
    expect(documents.map((r) => r.toObject())).toEqual(broken.map((bytes, part) => ({ part, sha256: sha256(bytes) })));
  });

  it('changes nothing when ingested again', { timeout: 600_000 }, async () => {
    const before = await snapshotGraph(db.driver());
    const again = await ingest(db.driver(), { paths: [dump], workers: 0, noEntities: true });
    expect(again).toMatchObject({ seen: 12, ingested: 0, duplicates: 9, failed: 3 });
    expect((await snapshotGraph(db.driver())).hash).toBe(before.hash);
  });

  it('writes the same graph through the bulk load (neo4j-admin import)', { timeout: 600_000 }, async () => {
    await wipe(db.driver());
    await ingest(db.driver(), { paths: [dump], workers: 2, noEntities: true });
    const transactional = await snapshotGraph(db.driver());
    await wipe(db.driver());
    const bulk = await firstLoad(db.driver(), {
      paths: [dump],
      workers: 2,
      noEntities: true,
      instance: testInstance(),
    });
    expect(bulk).toMatchObject({ load: 'bulk', seen: 12, ingested: 8, duplicates: 1, failed: 3 });
    const snapshot = await snapshotGraph(db.driver());
    expect(snapshot.counts).toEqual(transactional.counts);
    expect(snapshot.hash).toBe(transactional.hash);
  });
});
