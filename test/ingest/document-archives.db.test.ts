/**
 * Issue 12: archives as documents. A zip attached to a message is opened by the document pass: each
 * file in it becomes a Document of its own, (:Document)-[:CONTAINS {entry}]->(:Document), read in
 * the same pass (a zip in the zip too), its bytes re-read through the archive; hostile entries (a
 * zip bomb, an encrypted entry, a name climbing out of the archive) are refused with a status and
 * a Failure, and the pass goes on. A loose zip in the dump holding a zip is unpacked by the read stage.
 *
 * The archives are written by Info-ZIP's `zip` (and renamed by its `zipnote`), a tool independent of
 * the zip reader under test; what they hold is read back from `zipinfo -1`. Expected text and metadata
 * come from the fixtures' answer key (exiftool, pdftotext, catdoc, docx2txt), hashes from the fixture
 * files, counts from the archives as written here.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';

import type { DocumentDetail } from '../../contract/index.js';
import { loadCypher } from '../../db/cypher.js';
import { documentBytes } from '../../ingest/document-bytes.js';
import { runDocumentPass } from '../../ingest/document-pass.js';
import { type IngestSummary, ingest } from '../../ingest/pipeline.js';
import { createApp } from '../../server/app.js';
import { countNodes, countRels, useTestDatabase } from '../support/db.js';
import { mimeMessage } from '../support/mime-message.js';
import { onPath, skipUnless } from '../support/optional.js';
import { missingShared } from '../support/shared.js';
import { documentNode, expectKeyDocument, expectKeyMetadata } from './document-key.js';
import { FIXTURE_NOW, type KeyEntry, fixtureBytes, readAnswerKey } from './extract/documents/fixtures.js';
import { tempDir } from './read/read-helpers.js';

const skip =
  missingShared('fixtures/documents') ??
  skipUnless(!!onPath('zip') && !!onPath('zipnote'), 'Info-ZIP zip is not installed', 'apt-get install zip');

const PDF = 'tika/testPDF.pdf';
const DOC = 'tika/testWORD.doc';
const DOCX = 'tika/testWORD_custom_props.docx';
const LOOSE_PDF = 'py-pdf/020-xmp/output_with_metadata_pymupdf.pdf';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const zipinfo = (zip: string) =>
  execFileSync('zipinfo', ['-1', zip], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l !== '' && !l.endsWith('/'));

/** Writes `files` (path in the archive → bytes) under `dir`, zips them there into `zip` with `args`. */
function zipFiles(dir: string, zip: string, files: Record<string, Buffer>, args: string[] = []): void {
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  execFileSync('zip', ['-q', '-D', ...args, zip, ...Object.keys(files)], { cwd: dir });
}

const FORWARDED = mimeMessage(
  {
    from: '"Eve Evans" <eve@example.org>',
    to: 'alice@example.org',
    subject: 'the forwarded one',
    date: 'Mon, 1 Jan 2018 08:00:00 +0000',
    messageId: 'fwd-1@example.org',
  },
  'A message kept inside the archive.',
  [],
);

describe.skipIf(!!skip)('archive documents: the files of an attached zip read as documents (issue 12)', () => {
  const db = useTestDatabase();
  const tmp = tempDir('leakgraph-archives-');
  afterAll(() => tmp.remove());
  const key = skip ? undefined : readAnswerKey();
  const entry = (path: string): KeyEntry => key!.files[path]!;
  const root = join(tmp.dir, 'dump', 'maildir');
  const work = join(tmp.dir, 'work');
  const zips: Record<string, { path: string; listing: string[]; sha256: string }> = {};
  const failures: { error: string; entries: string[] }[] = [];
  let first: IngestSummary;

  const zipOf = (name: string) => {
    const path = join(work, name);
    const bytes = readFileSync(path);
    zips[name] = { path, listing: zipinfo(path), sha256: sha(bytes) };
    return bytes;
  };

  it('opens every attached archive and reads its files, a zip in the zip too, in one pass', async () => {
    mkdirSync(work, { recursive: true });
    // papers.zip: three fixture documents, a message, and a zip holding a fourth document.
    zipFiles(join(work, 'inner'), join(work, 'inner.zip'), { 'deep/budget.docx': fixtureBytes(DOCX) });
    zipFiles(join(work, 'papers'), join(work, 'papers.zip'), {
      'q3/report.pdf': fixtureBytes(PDF),
      'q3/memo.doc': fixtureBytes(DOC),
      'mail/fwd.eml': Buffer.from(FORWARDED),
      'nested/inner.zip': zipOf('inner.zip'),
    });
    // bomb.zip: 50 MiB of zeros deflate ~1000:1, over the 200:1 limit on an entry of 1 MiB or more.
    zipFiles(join(work, 'bomb'), join(work, 'bomb.zip'), {
      'zeros.bin': Buffer.alloc(50 * 1024 * 1024),
      'bomb-note.txt': Buffer.from('the one readable file of bomb.zip\n'),
    });
    // locked.zip: one entry encrypted (zip -P), one in clear.
    zipFiles(join(work, 'locked'), join(work, 'locked.zip'), { 'secret.pdf': fixtureBytes(PDF) }, ['-P', 'hunter2']);
    zipFiles(join(work, 'locked'), join(work, 'locked.zip'), {
      'locked-note.txt': Buffer.from('the clear file of locked.zip\n'),
    });
    // climb.zip: an entry renamed (zipnote) to climb two folders out of the archive.
    zipFiles(join(work, 'climb'), join(work, 'climb.zip'), {
      'evil.txt': Buffer.from('written outside\n'),
      'climb-note.txt': Buffer.from('the safe file of climb.zip\n'),
    });
    execFileSync('zipnote', ['-w', join(work, 'climb.zip')], { input: '@ evil.txt\n@=../../evil.txt\n' });
    // A loose zip in the dump holding a zip holding a document (read by the read stage).
    zipFiles(join(work, 'loose-inner'), join(work, 'loose-inner.zip'), { 'deep/scan.pdf': fixtureBytes(LOOSE_PDF) });
    zipFiles(join(work, 'loose'), join(work, 'outer.zip'), { 'inner.zip': zipOf('loose-inner.zip') });
    // A plain zip named as a Word file: the read stage takes it for a document, the pass opens it.
    zipFiles(join(work, 'fake'), join(work, 'fake.docx'), {
      'fake-note.txt': Buffer.from('inside a zip named .docx\n'),
    });

    // notes.tar.gz: a gzip layer holding a tar holding a text file, written by tar and gzip.
    mkdirSync(join(work, 'tarred', 'notes'), { recursive: true });
    writeFileSync(join(work, 'tarred', 'notes', 'readme.txt'), 'the file of notes.tar.gz\n');
    execFileSync('tar', ['-C', join(work, 'tarred'), '-czf', join(work, 'notes.tar.gz'), 'notes/readme.txt']);
    const attach = (...names: string[]) =>
      names.map((name) =>
        name.endsWith('.zip')
          ? { name, type: 'application/zip', bytes: zipOf(name) }
          : { name, type: 'application/gzip', bytes: readFileSync(join(work, name)) },
      );
    const messages = [
      { file: 'alice/inbox/1.', subject: 'the papers', attachments: attach('papers.zip') },
      { file: 'bob/inbox/1.', subject: 'odd archives', attachments: attach('bomb.zip', 'locked.zip', 'climb.zip') },
      { file: 'carol/sent/1.', subject: 'a tarball', attachments: attach('notes.tar.gz') },
    ];
    messages.forEach((m, i) => {
      const path = join(root, m.file);
      mkdirSync(join(path, '..'), { recursive: true });
      const headers = {
        from: 'carol@example.org',
        to: `${m.file.split('/')[0]}@example.org`,
        subject: m.subject,
        date: `Mon, ${i + 2} Jan 2018 10:00:00 +0000`,
        messageId: `zip-${i}@example.org`,
      };
      writeFileSync(path, mimeMessage(headers, 'Archives attached.', m.attachments));
    });
    mkdirSync(join(root, 'bob', 'projects'), { recursive: true });
    writeFileSync(join(root, 'bob', 'projects', 'outer.zip'), zipOf('outer.zip'));
    writeFileSync(join(root, 'bob', 'projects', 'fake.docx'), zipOf('fake.docx'));

    // What the archives hold, as zipinfo lists them.
    expect(zips['papers.zip']!.listing.sort()).toEqual([
      'mail/fwd.eml',
      'nested/inner.zip',
      'q3/memo.doc',
      'q3/report.pdf',
    ]);
    expect(zips['climb.zip']!.listing.sort()).toEqual(['../../evil.txt', 'climb-note.txt']);

    first = await ingest(db.driver(), { paths: [join(tmp.dir, 'dump')], workers: 2, noEntities: true });
    // The three carriers, and papers.zip's mail/fwd.eml: mail in an archive document is a message too.
    expect([first.seen, first.ingested, first.failed]).toEqual([4, 4, 0]);
    expect(first.documents.attachments).toBe(5);
    expect(first.documents.loose).toBe(2); // deep/scan.pdf, fake.docx
    const pass = first.documents.pass!;
    // Pending: 5 attached archives, the loose scan.pdf and fake.docx. Found in the archives: papers.zip's
    // 4 files, one readable file in each odd archive and in fake.docx, inner.zip's budget.docx, and
    // notes.tar.gz's two layers (notes.tar, then notes/readme.txt): 11 new, in 8 archives opened.
    expect(pass.pending).toBe(7);
    expect(pass.archives).toEqual({ opened: 8, files: 11, refused: 3, found: 11 });
    expect(pass.read).toBe(pass.pending + pass.archives.found);
    expect(pass.unreachable).toBe(0);
    // At least the attachments, then the files of papers.zip (inner.zip among them), then inner.zip's
    // file — a file whose hash sorts after the page being read may be met in the same round.
    expect(pass.rounds).toBeGreaterThanOrEqual(2);
    expect(pass.messages).toBe(1); // mail/fwd.eml: a document of kind message, and a Message
    expect(pass.mail).toMatchObject({ seen: 1, ingested: 1, duplicates: 0, failed: 0, documents: 0 });
    expect(pass.byStatus).toEqual({ ok: 15, 'too-complex': 1, encrypted: 1, corrupt: 1 });
    expect(await countNodes(db.driver(), 'Document')).toBe(18);
  }, 240_000);

  it('links each archive to its files as its zip listing says, entry by entry', async () => {
    const { records } = await db.driver().executeQuery(
      `MATCH (a:Document)-[x:CONTAINS]->(d:Document)
       RETURN a.sha256 AS archive, x.entry AS entry, d.sha256 AS sha, d.name AS name`,
    );
    const contains = (zip: string) =>
      records
        .filter((r) => r.get('archive') === zips[zip]!.sha256)
        .map((r) => r.get('entry') as string)
        .sort();
    expect(contains('papers.zip')).toEqual(zips['papers.zip']!.listing.sort());
    expect(contains('inner.zip')).toEqual(zips['inner.zip']!.listing);
    // The refused entries have no Document: what is left is the listing less them.
    expect(contains('bomb.zip')).toEqual(zips['bomb.zip']!.listing.filter((e) => e !== 'zeros.bin'));
    expect(contains('locked.zip')).toEqual(zips['locked.zip']!.listing.filter((e) => e !== 'secret.pdf'));
    expect(contains('climb.zip')).toEqual(['climb-note.txt']);
    expect(contains('fake.docx')).toEqual(zips['fake.docx']!.listing);
    // gzip holds one file, named as gzip names it (less .gz); the tar inside, what tar lists.
    const gz = records.find((r) => r.get('archive') === sha(readFileSync(join(work, 'notes.tar.gz'))))!;
    expect([gz.get('entry'), gz.get('name')]).toEqual(['notes.tar', 'notes.tar']);
    const tarList = execFileSync('tar', ['-tzf', join(work, 'notes.tar.gz')], { encoding: 'utf8' })
      .trim()
      .split('\n');
    expect(records.filter((r) => r.get('archive') === gz.get('sha')).map((r) => r.get('entry'))).toEqual(tarList);
    const shaOf = new Map(records.map((r) => [r.get('entry') as string, r.get('sha') as string]));
    expect(shaOf.get('q3/report.pdf')).toBe(entry(PDF).sha256);
    expect(shaOf.get('q3/memo.doc')).toBe(entry(DOC).sha256);
    expect(shaOf.get('deep/budget.docx')).toBe(entry(DOCX).sha256);
    expect(shaOf.get('nested/inner.zip')).toBe(zips['inner.zip']!.sha256);
    expect(shaOf.get('mail/fwd.eml')).toBe(sha(Buffer.from(FORWARDED)));
  });

  it.each([PDF, DOC, DOCX])(
    '%s inside an archive: the Document holds the answer key metadata and text',
    async (path) => {
      const d = await documentNode(db.driver(), entry(path).sha256);
      expectKeyDocument(d, entry(path));
    },
  );

  it('keeps the archives as archives and the message in one a document of kind message, and a Message', async () => {
    const { records } = await db
      .driver()
      .executeQuery(
        `MATCH (d:Document) WHERE d.sha256 IN $shas RETURN d.sha256 AS sha, d.format AS format, d.kind AS kind, d.status AS status`,
        {
          shas: [
            zips['papers.zip']!.sha256,
            zips['inner.zip']!.sha256,
            zips['fake.docx']!.sha256,
            sha(Buffer.from(FORWARDED)),
          ],
        },
      );
    const bySha = new Map(records.map((r) => [r.get('sha') as string, r.toObject()]));
    expect(bySha.get(zips['papers.zip']!.sha256)).toMatchObject({ format: 'zip', kind: 'archive', status: 'ok' });
    expect(bySha.get(zips['inner.zip']!.sha256)).toMatchObject({ format: 'zip', kind: 'archive', status: 'ok' });
    expect(bySha.get(zips['fake.docx']!.sha256)).toMatchObject({ format: 'zip', kind: 'archive', status: 'ok' });
    expect(bySha.get(sha(Buffer.from(FORWARDED)))).toMatchObject({ format: 'eml', kind: 'message' });
    const { records: copies } = await db
      .driver()
      .executeQuery(
        `MATCH (c:Copy {sha256: $sha})-[:OF]->(m:Message) RETURN m.subject AS subject, c.entries AS entries`,
        { sha: sha(Buffer.from(FORWARDED)) },
      );
    expect(copies.map((r) => r.get('subject'))).toEqual([/^Subject: (.*?)\r?$/m.exec(FORWARDED)![1]]);
    expect(copies[0]!.get('entries').at(-1)).toBe('mail/fwd.eml');
  });

  it('gives the bomb, the encrypted entry and the climbing name their status, reason and Failure', async () => {
    const { records } = await db
      .driver()
      .executeQuery(
        'MATCH (d:Document) WHERE d.sha256 IN $shas RETURN d.sha256 AS sha, d.status AS status, d.reason AS reason',
        {
          shas: ['bomb.zip', 'locked.zip', 'climb.zip'].map((z) => zips[z]!.sha256),
        },
      );
    const of = (zip: string) => records.find((r) => r.get('sha') === zips[zip]!.sha256)!.toObject();
    expect(of('bomb.zip').status).toBe('too-complex');
    expect(of('bomb.zip').reason).toMatch(/"zeros\.bin".*52428800 bytes.*zip bomb/);
    expect(of('locked.zip').status).toBe('encrypted');
    expect(of('locked.zip').reason).toMatch(/"secret\.pdf".*encrypted/);
    expect(of('climb.zip').status).toBe('corrupt');
    expect(of('climb.zip').reason).toMatch(/climbs out of the archive/);
    const stored = await db
      .driver()
      .executeQuery(loadCypher('read/failures'), { run: null, all: false, limit: neo4j.int(100) })
      .then((r) => r.records.map((x) => x.toObject()).filter((f) => f.stage === 'document'));
    const kinds = stored.map((f) => (f.error as string).split(':')[0]).sort();
    // One per refused entry, and one per archive whose status is not ok.
    expect(kinds).toEqual(['bomb', 'corrupt', 'encrypted', 'encrypted', 'too-complex', 'unsafe-name']);
    expect(stored.find((f) => (f.error as string).startsWith('bomb:'))!.entries).toContain('zeros.bin');
  });

  it('re-reads the bytes of every file in an archive, a zip in a zip too, and they hash to its key', async () => {
    const { records } = await db
      .driver()
      .executeQuery('MATCH (:Document)-[:CONTAINS]->(d:Document) RETURN d.sha256 AS sha');
    expect(records).toHaveLength(11);
    for (const r of records) {
      const want = r.get('sha') as string;
      const got = await documentBytes(db.driver(), want);
      expect(got?.ok, want).toBe(true);
      if (got?.ok) expect(sha(got.bytes)).toBe(want);
    }
    const budget = await documentBytes(db.driver(), entry(DOCX).sha256);
    expect(budget?.ok && Buffer.compare(Buffer.from(budget.bytes), fixtureBytes(DOCX))).toBe(0);
  });

  it('finds the document in a zip in a loose zip, linked to its file and entries', async () => {
    const { records } = await db
      .driver()
      .executeQuery(
        `MATCH (d:Document {sha256: $sha})-[:FOUND_IN]->(f:File) RETURN f.entries AS entries, f.mailbox AS mailbox, d {.*} AS d`,
        { sha: entry(LOOSE_PDF).sha256 },
      );
    expect(records).toHaveLength(1);
    expect(records[0]!.get('entries')).toEqual(['inner.zip', 'deep/scan.pdf']);
    expect(records[0]!.get('mailbox')).toBe('bob');
    const d = records[0]!.get('d') as Record<string, unknown>;
    expect([d.status, d.format]).toEqual(['ok', 'pdf']);
    expectKeyMetadata(d, entry(LOOSE_PDF));
    const got = await documentBytes(db.driver(), entry(LOOSE_PDF).sha256);
    expect(got?.ok && sha(got.bytes)).toBe(entry(LOOSE_PDF).sha256);
  });

  it('shows an archive with its files and refusals, and a file with the archive it came from (API)', async () => {
    const app = createApp({ driver: db.driver() });
    const papers = (await request(app).get(`/api/documents/${zips['papers.zip']!.sha256}`).expect(200))
      .body as DocumentDetail;
    expect(papers.entries.map((e) => e.entry)).toEqual(zips['papers.zip']!.listing.sort());
    expect(papers.entryCount).toBe(4);
    expect(papers.entries.find((e) => e.entry === 'q3/report.pdf')).toMatchObject({
      sha256: entry(PDF).sha256,
      format: 'pdf',
      status: 'ok',
      size: entry(PDF).size,
    });
    expect(papers.refusedEntries).toEqual([]);
    const locked = (await request(app).get(`/api/documents/${zips['locked.zip']!.sha256}`).expect(200))
      .body as DocumentDetail;
    expect(locked.refusedEntries.map((r) => [r.entry, r.kind])).toEqual([['secret.pdf', 'encrypted']]);
    const budget = (
      await request(app)
        .get(`/api/documents/${entry(DOCX).sha256}`)
        .expect(200)
    ).body as DocumentDetail;
    expect(budget.foundInArchives).toEqual([
      { sha256: zips['inner.zip']!.sha256, name: 'inner.zip', entry: 'deep/budget.docx' },
    ]);
    expect(budget.entries).toEqual([]);
  });

  it('changes nothing when run again, and reading everything again links the same files', async () => {
    const count = async () => [
      await countNodes(db.driver(), 'Document'),
      await countRels(db.driver(), 'CONTAINS'),
      await countRels(db.driver(), 'FOUND_IN'),
      await countRels(db.driver(), 'HAS_ATTACHMENT'),
    ];
    const before = await count();
    expect(before).toEqual([18, 11, 2, 5]);
    const again = await ingest(db.driver(), { paths: [join(tmp.dir, 'dump')], workers: 2, noEntities: true });
    expect([again.ingested, again.documents.pass!.pending, again.documents.pass!.read]).toEqual([0, 0, 0]);
    expect(await count()).toEqual(before);
    const rebuilt = await runDocumentPass(db.driver(), {
      rebuild: true,
      workers: 2,
      now: FIXTURE_NOW,
      onFailure: (f) => failures.push({ error: f.error, entries: f.source.entries }),
    });
    expect([rebuilt.pending, rebuilt.read, rebuilt.archives.found]).toEqual([18, 18, 0]);
    expect(rebuilt.archives).toMatchObject({ opened: 8, files: 11, refused: 3 });
    // mail/fwd.eml read again: the same copy of the same message.
    expect(rebuilt.mail).toMatchObject({ seen: 1, ingested: 0, duplicates: 1 });
    expect(await count()).toEqual(before);
  }, 240_000);
});
