/**
 * Issue 12, mail among the documents, without a database: which documents document-mail.ts reads as
 * mail and the SourceRef it gives them, and copy-bytes.ts following such a SourceRef back through a
 * carrier on disk, the archive attached to it (built by Info-ZIP `zip` and GNU `tar`) and an mbox's
 * `/mbox <k>`. Expected bytes and counts come from the fixture files (`^From ` lines by regex).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readCopyBytes } from '../../ingest/copy-bytes.js';
import { type PlacesOf, documentMail, mboxRaws } from '../../ingest/document-mail.js';
import type { SourceRef } from '../../ingest/model.js';
import { DEFAULT_READ_LIMITS } from '../../ingest/read/limits.js';
import type { DocumentPlaces } from '../../ingest/write/documents.js';
import { type Headers, carrierMail, filePart, sha256 } from '../support/mail-carrier.js';
import { missingShared, sharedPath } from '../support/shared.js';
import { tempDir } from './read/read-helpers.js';

const SPAM = 'fixtures/mime/mailparser/test/fixtures/spam.eml';
const RLUG = 'fixtures/mailing-lists/rlug-mime4j.mbox';
const SENT = 'fixtures/outlook/msg/msgreader/test/sent.msg';

const headers: Headers = {
  from: 'Carrier <carrier@example.org>',
  to: 'Reader <reader@example.net>',
  subject: 'Archives',
  date: 'Tue, 01 Jun 2021 09:30:00 +0200',
  messageId: 'document-mail-carrier@example.org',
};

/** The messages of an mboxo file without quoted lines: the text between separator lines, less the blank line before the next. */
const mboxMessages = (text: string) =>
  text
    .split(/^From .*\n/m)
    .slice(1)
    .map((m) => m.replace(/\n\n$/, '\n'));

function places(p: Partial<DocumentPlaces> & { sha256: string }): DocumentPlaces {
  return { name: '', contentType: null, size: 0, carriers: [], files: [], archives: [], ...p };
}

const carrierCopy = { key: 'copy-1', path: '/data/carrier.eml', entries: [], format: 'eml', sha256: 'c'.repeat(64) };

describe.skipIf(missingShared(SPAM) ?? missingShared(RLUG) ?? missingShared(SENT))('mail among documents', () => {
  const spam = () => readFileSync(sharedPath(SPAM));
  const rlug = () => readFileSync(sharedPath(RLUG));
  // The archive document mail.zip, attached at part 2 of the carrier copy above.
  const archive = places({
    sha256: 'a'.repeat(64),
    name: 'mail.zip',
    contentType: 'application/zip',
    carriers: [{ part: 2, name: 'mail.zip', copy: carrierCopy }],
  });
  const placesOf: PlacesOf = async (sha) => (sha === archive.sha256 ? archive : undefined);
  const entry = (name: string, entryLabel = `dir/${name}`) =>
    places({
      sha256: 'e'.repeat(64),
      name,
      archives: [{ sha256: archive.sha256, name: 'mail.zip', entry: entryLabel }],
    });
  const chain = ['/part 2 (mail.zip)'];

  it('reads an .eml entry as one message, at the archive part and the entry', async () => {
    const found = await documentMail(entry('spam.eml'), spam(), placesOf, DEFAULT_READ_LIMITS);
    expect(found?.issues).toEqual([]);
    expect(found?.raws).toHaveLength(1);
    expect(found!.raws[0]!.source).toEqual({
      path: carrierCopy.path,
      entries: [...chain, 'dir/spam.eml'],
      format: 'eml',
    });
    expect(Buffer.from(found!.raws[0]!.bytes).equals(spam())).toBe(true);
  });

  it('reads mail by content under another name, and an Outlook .msg entry', async () => {
    const renamed = await documentMail(entry('scan.dat'), spam(), placesOf, DEFAULT_READ_LIMITS);
    expect(renamed?.raws).toHaveLength(1);
    const msg = await documentMail(entry('sent.msg'), readFileSync(sharedPath(SENT)), placesOf, DEFAULT_READ_LIMITS);
    expect(msg?.raws.map((r) => r.convertedFrom)).toEqual(['msg']);
    expect(msg?.raws[0]!.source.entries).toEqual([...chain, 'dir/sent.msg']);
  });

  it('splits an .mbox entry into its messages, each `/mbox <k>`', async () => {
    const text = rlug().toString('latin1');
    const found = await documentMail(entry('rlug.mbox'), rlug(), placesOf, DEFAULT_READ_LIMITS);
    const expected = mboxMessages(text);
    expect(found?.raws).toHaveLength(text.match(/^From /gm)!.length);
    expect(found!.raws.map((r) => r.source.entries.at(-1))).toEqual(expected.map((_, i) => `/mbox ${i + 1}`));
    expect(found!.raws.map((r) => Buffer.from(r.bytes).toString('latin1'))).toEqual(expected);
  });

  it('reports an entry named as mail that is not mail, and leaves other documents alone', async () => {
    const broken = await documentMail(
      entry('broken.eml'),
      Buffer.from('\u0000 not mail'),
      placesOf,
      DEFAULT_READ_LIMITS,
    );
    expect(broken?.raws).toEqual([]);
    expect(broken?.issues).toMatchObject([
      { stage: 'parse', lostMessage: true, source: { entries: [...chain, 'dir/broken.eml'] } },
    ]);
    const emptyMbox = await documentMail(
      entry('list.mbox'),
      Buffer.from('no separator\n'),
      placesOf,
      DEFAULT_READ_LIMITS,
    );
    expect(emptyMbox?.issues).toHaveLength(1);
    expect(
      await documentMail(entry('readme.txt'), Buffer.from('Read me.\n'), placesOf, DEFAULT_READ_LIMITS),
    ).toBeUndefined();
  });

  it('leaves an attached .eml to the parse worker, and an attached patch to the documents; splits an attached mbox', async () => {
    const attached = (name: string, contentType: string) =>
      places({ sha256: 'f'.repeat(64), name, contentType, carriers: [{ part: 1, name, copy: carrierCopy }] });
    expect(
      await documentMail(attached('fwd.eml', 'message/rfc822'), spam(), placesOf, DEFAULT_READ_LIMITS),
    ).toBeUndefined();
    // `git format-patch` output starts like an mbox; declared as a patch, it is one.
    expect(
      await documentMail(attached('0001.patch', 'text/x-patch'), rlug(), placesOf, DEFAULT_READ_LIMITS),
    ).toBeUndefined();
    const mbox = await documentMail(attached('rlug.mbox', 'application/mbox'), rlug(), placesOf, DEFAULT_READ_LIMITS);
    expect(mbox?.raws[0]!.source.entries).toEqual(['/part 1 (rlug.mbox)', '/mbox 1']);
  });

  it('leaves mail in an archive it cannot reach from a message (a loose file) a document', async () => {
    const loose = places({
      sha256: 'b'.repeat(64),
      name: 'plain.docx',
      files: [{ path: '/x', entries: [], mailbox: null, folder: null }],
    });
    const of: PlacesOf = async () => loose;
    const inLoose = places({
      sha256: 'e'.repeat(64),
      name: 'a.eml',
      archives: [{ sha256: loose.sha256, name: 'plain.docx', entry: 'a.eml' }],
    });
    expect(await documentMail(inLoose, spam(), of, DEFAULT_READ_LIMITS)).toBeUndefined();
  });

  it('reports mbox messages over the size limit, and keeps the others', () => {
    const source: SourceRef = { path: '/x', entries: [], format: 'eml' };
    const sizes = mboxMessages(rlug().toString('latin1')).map((m) => Buffer.byteLength(m, 'latin1'));
    const limit = Math.max(...sizes) - 1;
    const found = mboxRaws(rlug(), 'rlug.mbox', source, { ...DEFAULT_READ_LIMITS, maxMessageBytes: limit });
    expect(found.raws.length + found.issues.length).toBe(sizes.length);
    expect(found.issues.length).toBeGreaterThan(0);
    expect(found.issues.every((i) => i.lostMessage && /--max-message-mb/.test(i.error))).toBe(true);
  });

  describe('copy-bytes through an attached archive', () => {
    const tmp = tempDir('leakgraph-document-mail-');
    afterAll(() => tmp.remove());
    const carrier = join(tmp.dir, 'carrier.eml');

    beforeAll(() => {
      const zipDir = join(tmp.dir, 'zip');
      mkdirSync(join(zipDir, 'dir'), { recursive: true });
      copyFileSync(sharedPath(SPAM), join(zipDir, 'dir', 'spam.eml'));
      copyFileSync(sharedPath(SENT), join(zipDir, 'sent.msg'));
      execFileSync('zip', ['-q', '-X', '-r', join(tmp.dir, 'mail.zip'), '.'], { cwd: zipDir });
      copyFileSync(sharedPath(RLUG), join(tmp.dir, 'rlug.mbox'));
      execFileSync('tar', ['-czf', join(tmp.dir, 'lists.tgz'), '-C', tmp.dir, 'rlug.mbox']);
      const mail = carrierMail(headers, 'Two archives.', [
        filePart('mail.zip', 'application/zip', readFileSync(join(tmp.dir, 'mail.zip'))),
        filePart('lists.tgz', 'application/gzip', readFileSync(join(tmp.dir, 'lists.tgz'))),
      ]);
      writeFileSync(carrier, mail);
    });

    const source = (...entries: string[]): SourceRef => ({ path: carrier, entries, format: 'eml' });

    it('reads a zipped .eml as the very bytes of the file', async () => {
      const bytes = await readCopyBytes(source('/part 0 (mail.zip)', 'dir/spam.eml'), { sha256: sha256(spam()) });
      expect(Buffer.from(bytes).equals(spam())).toBe(true);
    });

    it('reads message k of an mbox in a gzipped tar', async () => {
      const expected = mboxMessages(rlug().toString('latin1'));
      for (const k of [1, expected.length]) {
        // A gzip layer is named by what it holds (read/read-gzip.ts): the tar, then the mbox in it.
        const labels = await gzipLabel();
        const bytes = await readCopyBytes(source('/part 1 (lists.tgz)', labels, 'rlug.mbox', `/mbox ${k}`));
        expect(Buffer.from(bytes).toString('latin1')).toBe(expected[k - 1]);
      }
      await expect(
        readCopyBytes(source('/part 1 (lists.tgz)', await gzipLabel(), 'rlug.mbox', '/mbox 99')),
      ).rejects.toThrow(/no message 99/);
    });

    it('rebuilds a zipped .msg, and says where an entry is missing', async () => {
      const bytes = Buffer.from(await readCopyBytes(source('/part 0 (mail.zip)', 'sent.msg')));
      const key = JSON.parse(readFileSync(sharedPath(SENT.replace(/\.msg$/, '.json')), 'utf8')) as { subject: string };
      expect(bytes.toString('latin1')).toContain(`Subject: ${key.subject}\r\n`);
      await expect(readCopyBytes(source('/part 0 (mail.zip)', 'gone.eml'))).rejects.toThrow(/no entry "gone.eml"/);
    });

    /** The label the gzip reader gives the tar inside lists.tgz (read, not assumed). */
    async function gzipLabel(): Promise<string> {
      const { listArchive } = await import('../../ingest/read/archive-document.js');
      const listing = await listArchive(readFileSync(join(tmp.dir, 'lists.tgz')), 'lists.tgz', 'gzip', {
        limits: DEFAULT_READ_LIMITS,
        maxRatio: 1000,
      });
      return listing.entries[0]!.entry;
    }
  });
});
