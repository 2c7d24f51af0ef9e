/**
 * Issue 12, files embedded in Office documents and attached to PDFs, into the real Neo4j. Apache
 * Tika's test documents
 *   EmbeddedOutlook.docx   – an Outlook message dragged into Word (an OLE1 package in oleObject1.bin),
 *   testWPSAttachment.docx – nine objects: three packages (.txt, .pdf, .xml), Word, Excel and
 *                            PowerPoint 97 files as compound files, and OOXML files in Package streams,
 *   testWORD_2006ml.doc    – a Word 97 file whose ObjectPool holds a package (a JPEG), Acrobat's
 *                            CONTENTS (a PDF), a PowerPoint and an Excel 97 object,
 *   testEXCEL_embeddedPDF_windows.xls – an Excel 97 workbook with a PDF in an MBD storage,
 *   testPPT_oleWorkbook.ppt – a PowerPoint 97 deck with a workbook (compressed in its record),
 *   testPDFPackage.pdf     – a PDF portfolio of two PDFs,
 * and memo.pdf, py-pdf's minimal document with mailparser's spam.eml attached by qpdf, attached to
 * a carrier written by hand, and lying loose in the dump. The answer keys are independent of the
 * readers under test: test/support/office_embeddings.py (Python's zipfile and Debian's
 * python3-olefile read the same objects: names, hashes, stream contents; the message's subject,
 * body, attachments and recipients from its MS-OXMSG property streams), and poppler's pdfdetach
 * (the names and bytes of a PDF's attached files).
 * Expected: each embedded file a Document, (document)-[:CONTAINS {entry: '/object <path>', name}]->;
 * the embedded messages Messages (one with its own attachment), their copies leading carrier »
 * part » object, or loose file » object, and their bytes read back; a second ingest changing nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { copySource } from '../../ingest/batch/graph-schema.js';
import { readCopyBytes } from '../../ingest/copy-bytes.js';
import { documentBytes } from '../../ingest/document-bytes.js';
import { KeyStore } from '../../ingest/extract/dkim/key-store.js';
import { type IngestSummary, ingest } from '../../ingest/pipeline.js';
import { reverifyGraph } from '../../ingest/reverify.js';
import { useTestDatabase } from '../support/db.js';
import { snapshotGraph } from '../support/graph-snapshot.js';
import { carrierMail, filePart, numberedHeaders, sha256 } from '../support/mail-carrier.js';
import { type MessageCopy, readMessageCopies } from '../support/message-copies.js';
import { onPath, runsOk, skipUnless } from '../support/optional.js';
import { missingShared, sharedPath } from '../support/shared.js';
import { wipeGraph } from '../support/wipe-graph.js';
import { tempDir } from './read/read-helpers.js';

const TIKA = 'fixtures/documents/tika';
const OUTLOOK = 'EmbeddedOutlook.docx';
const WPS = 'testWPSAttachment.docx';
const WORD97 = 'testWORD_2006ml.doc';
const PORTFOLIO = 'testPDFPackage.pdf';
const DECK97 = 'testPPT_oleWorkbook.ppt';
const BOOK97 = 'testEXCEL_embeddedPDF_windows.xls';
// The same deck saved as OOXML: its workbook is the key of the .ppt's (olefile reads no .ppt records).
const DECK = 'testPPT_oleWorkbook.pptx';
const MINIMAL_PDF = 'fixtures/documents/py-pdf/001-trivial/minimal-document.pdf';
const SPAM = 'fixtures/mime/mailparser/test/fixtures/spam.eml';
const BELL_NAME = 'bell\u0007name.txt';
/** How a name from a file is stored and shown: control characters replaced (read/entry-names.ts printableName). */
const printable = (name: string) =>
  [...name].map((ch) => (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f ? '\ufffd' : ch)).join('');
const KEY_SCRIPT = join(import.meta.dirname, '../support/office_embeddings.py');
const PYTHON = '/usr/bin/python3';
const CFB_MARKER = '\u0001Sh33tJ5';

interface Compound {
  streams: Record<string, string>;
  subject: string | null;
  body: string | null;
  attachments: number;
  recipients: number;
}
interface Embedded {
  path: string;
  how: 'part' | 'compound' | 'package' | 'contents' | 'ooxml' | 'none';
  name?: string;
  sha256?: string;
  size?: number;
  compound?: Compound;
}

const missing =
  [...[OUTLOOK, WPS, WORD97, PORTFOLIO, DECK97, DECK, BOOK97].map((f) => `${TIKA}/${f}`), MINIMAL_PDF, SPAM]
    .map(missingShared)
    .find(Boolean) ??
  skipUnless(
    runsOk(PYTHON, ['-c', 'import olefile']),
    "Debian's python3 with olefile not found",
    'the answer key of embedded objects: apt-get install python3-olefile',
  ) ??
  skipUnless(
    !!onPath('pdfdetach') && !!onPath('qpdf'),
    "poppler's pdfdetach or qpdf not found on PATH",
    'the answer key and the maker of PDFs with attached files: apt-get install poppler-utils qpdf',
  );

/** The files attached to a PDF as poppler's pdfdetach lists and saves them: name → bytes. */
function pdfdetach(pdf: string, dir: string): Map<string, Buffer> {
  const names = execFileSync('pdfdetach', ['-list', pdf], { encoding: 'utf8' })
    .split('\n')
    .flatMap((line) => /^\d+: (.+)$/.exec(line)?.[1] ?? []);
  mkdirSync(dir, { recursive: true });
  execFileSync('pdfdetach', ['-saveall', '-o', dir, pdf]);
  return new Map(names.map((n) => [n, readFileSync(join(dir, n.split('/').at(-1)!))]));
}

const python = (...args: string[]) => JSON.parse(execFileSync(PYTHON, [KEY_SCRIPT, ...args], { encoding: 'utf8' }));
const keyOf = (name: string) => python(sharedPath(`${TIKA}/${name}`)) as Embedded[];

describe.skipIf(missing)('files embedded in Office documents, ingested (issue 12)', () => {
  const db = useTestDatabase();
  const tmp = tempDir('leakgraph-office-embedded-');
  afterAll(() => tmp.remove());
  const dump = join(tmp.dir, 'dump');
  const fixture = (name: string) => readFileSync(sharedPath(`${TIKA}/${name}`));
  const keys = { outlook: keyOf(OUTLOOK), wps: keyOf(WPS), word97: keyOf(WORD97), book97: keyOf(BOOK97) };
  const msgKey = keys.outlook[0]!;
  const memo = join(tmp.dir, 'memo.pdf');
  let pdfKeys: Record<string, Map<string, Buffer>>;
  let first: IngestSummary;
  let copies: MessageCopy[] = [];

  beforeAll(() => {
    mkdirSync(join(dump, 'loose'), { recursive: true });
    // A mail, and a note attached under a name with a control character (a hostile name is kept printable).
    writeFileSync(join(tmp.dir, 'note.txt'), 'A note, not mail.\n');
    execFileSync('qpdf', [
      sharedPath(MINIMAL_PDF),
      memo,
      '--add-attachment',
      sharedPath(SPAM),
      '--',
      '--add-attachment',
      join(tmp.dir, 'note.txt'),
      `--filename=${BELL_NAME}`,
      '--',
    ]);
    pdfKeys = {
      'memo.pdf': pdfdetach(memo, join(tmp.dir, 'memo')),
      [PORTFOLIO]: pdfdetach(sharedPath(`${TIKA}/${PORTFOLIO}`), join(tmp.dir, 'portfolio')),
    };
    const carrier = carrierMail(numberedHeaders(1, 'The files', 'office-carrier'), 'The report and the mail.', [
      filePart(OUTLOOK, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', fixture(OUTLOOK)),
      filePart(WPS, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', fixture(WPS)),
      filePart('memo.pdf', 'application/pdf', readFileSync(memo)),
      filePart(PORTFOLIO, 'application/pdf', fixture(PORTFOLIO)),
    ]);
    writeFileSync(join(dump, 'carrier.eml'), carrier);
    writeFileSync(join(dump, 'loose', WORD97), fixture(WORD97));
    writeFileSync(join(dump, 'loose', DECK97), fixture(DECK97));
    writeFileSync(join(dump, 'loose', BOOK97), fixture(BOOK97));
  });

  const contains = async (name: string) => {
    const { records } = await db.driver().executeQuery(
      `MATCH (:Document {name: $name})-[x:CONTAINS]->(d:Document)
       RETURN x.entry AS entry, x.name AS name, d.sha256 AS sha256, d.size AS size, d.format AS format,
              d.status AS status, d.text AS text ORDER BY entry`,
      { name },
    );
    return records.map((r) => r.toObject() as Record<string, string | number | null>);
  };

  /** The key's files (objects that hold no file left out), as CONTAINS entries. */
  const expected = (key: Embedded[]) =>
    key.filter((k) => k.how !== 'none').map((k) => ({ ...k, entry: `/object ${k.path}` }));

  it(
    'lists every file embedded in the Word files as a document, as the key finds them',
    { timeout: 180_000 },
    async () => {
      first = await ingest(db.driver(), { paths: [dump], workers: 2 });
      for (const [name, key] of [
        [OUTLOOK, keys.outlook],
        [WPS, keys.wps],
        [WORD97, keys.word97],
      ] as const) {
        const found = await contains(name);
        const want = expected(key);
        expect(want.length, name).toBeGreaterThan(0);
        expect(found.map((f) => f.entry).sort(), name).toEqual(want.map((w) => w.entry).sort());
        for (const w of want) {
          const got = found.find((f) => f.entry === w.entry)!;
          if (w.how === 'package') expect(got.name, w.entry).toBe(w.name);
          // A storage of a .doc is written out as a file of its own: no bytes to compare (see below).
          if (w.sha256) expect(got, w.entry).toMatchObject({ sha256: w.sha256, size: w.size });
          expect(got.status, `${name} » ${w.entry}`).toBe('ok');
        }
      }
      // What they are, read by content: the PowerPoint and Excel objects of the Word 97 file, the PDF package.
      const word97 = await contains(WORD97);
      expect(word97.map((f) => f.format).sort()).toEqual(['image', 'pdf', 'ppt', 'xls']);
      expect((await contains(WPS)).find((f) => f.name === 'PDF.pdf')).toMatchObject({ format: 'pdf' });
      const pass = first.documents.pass!;
      expect(pass.archives.refused).toBe(0);
      expect(pass.unreachable).toBe(0);
      expect(pass.pending + pass.archives.found + pass.mail.documents).toBe(pass.read + pass.unreachable);
    },
  );

  it('reads the message embedded in a Word file as a message, with its attachment', async () => {
    copies = await readMessageCopies(db.driver());
    const message = msgKey.compound!;
    expect(msgKey).toMatchObject({ how: 'package', name: 'licensedTestMsgwAtt.msg' });
    // The carrier, the message in EmbeddedOutlook.docx and the one attached to memo.pdf.
    expect(first).toMatchObject({ seen: 3, ingested: 3, duplicates: 0, failed: 0 });
    const embedded = copies.find((c) => c.entries[0] === `/part 0 (${OUTLOOK})`);
    expect(embedded).toMatchObject({
      path: join(dump, 'carrier.eml'),
      entries: [`/part 0 (${OUTLOOK})`, '/object word/embeddings/oleObject1.bin'],
      // The format of the file the copy starts at: the carrier.
      format: 'eml',
      subject: message.subject,
    });
    const { records } = await db.driver().executeQuery(
      `MATCH (c:Copy {key: $key})-[:OF]->(m:Message)
       RETURN m.body AS body, COUNT { (m)-[:TO|CC|BCC]->() } AS recipients,
              [(m)-[:HAS_ATTACHMENT]->(d:Document) | d.state] AS attachments`,
      { key: embedded!.key },
    );
    const got = records[0]!.toObject() as { body: string; recipients: unknown; attachments: string[] };
    expect(got.body.trim()).toBe(message.body!.trim());
    expect(Number(got.recipients)).toBe(message.recipients);
    // Its attachment, read from the message rebuilt from the package in the Word file.
    expect(got.attachments).toEqual(Array.from({ length: message.attachments }, () => 'read'));
    expect(first.entities?.messages).toBe(first.ingested);
  });

  it('reads every embedded file and the message copy back, as the ingest read them', async () => {
    const storages = new Map(expected(keys.word97).map((w) => [w.entry, w]));
    for (const name of [OUTLOOK, WPS, WORD97, BOOK97, DECK97, 'memo.pdf', PORTFOLIO]) {
      for (const f of await contains(name)) {
        const got = await documentBytes(db.driver(), String(f.sha256));
        expect(got?.ok, `${name} » ${f.entry}`).toBe(true);
        const bytes = (got as { bytes: Uint8Array }).bytes;
        expect(sha256(Buffer.from(bytes))).toBe(f.sha256);
        const storage = name === WORD97 ? storages.get(String(f.entry)) : undefined;
        if (storage?.how !== 'compound') continue;
        // The storage written out as a file holds the very streams of the object in the .doc.
        const out = join(tmp.dir, `${String(f.sha256)}.ole`);
        writeFileSync(out, bytes);
        const { [CFB_MARKER]: marker, ...streams } = (python('--compound', out) as Compound).streams;
        expect(streams, String(f.entry)).toEqual(storage.compound!.streams);
        // and the 4-byte stream the cfb writer always adds ('7262', SheetJS's mark), nothing else.
        expect(marker).toBe(sha256('7262'));
      }
    }
    for (const message of copies.filter((c) => c.entries.length > 1)) {
      const bytes = await readCopyBytes(copySource(message), { sha256: message.sha256 });
      expect(sha256(Buffer.from(bytes))).toBe(message.sha256);
    }
    const verified = await reverifyGraph(db.driver(), readCopyBytes, { keys: KeyStore.from([]), all: true });
    expect(verified.unreadable).toEqual([]);
    expect(verified.checked).toBe(copies.length);
  });

  it('lists the files attached to a PDF, as pdfdetach finds them, and reads the mail among them', async () => {
    for (const [pdf, key] of Object.entries(pdfKeys)) {
      expect(key.size, pdf).toBeGreaterThan(0);
      const found = await contains(pdf);
      expect(found.map((f) => [f.name, f.sha256, Number(f.size)]).sort(), pdf).toEqual(
        [...key].map(([name, bytes]) => [printable(name), sha256(bytes), bytes.length]).sort(),
      );
    }
    const spam = readFileSync(sharedPath(SPAM));
    expect(pdfKeys['memo.pdf']!.get('spam.eml')!.equals(spam)).toBe(true);
    expect([...pdfKeys['memo.pdf']!.keys()].sort()).toEqual([BELL_NAME, 'spam.eml']);
    // Entries are labelled by the key of the PDF's EmbeddedFiles tree, which qpdf makes the attached
    // file's base name (its --key default), whatever --filename says.
    expect((await contains('memo.pdf')).map((f) => f.entry).sort()).toEqual(['/object note.txt', '/object spam.eml']);
    const attached = copies.find((c) => c.entries[0] === '/part 2 (memo.pdf)');
    expect(attached).toMatchObject({
      path: join(dump, 'carrier.eml'),
      entries: ['/part 2 (memo.pdf)', '/object spam.eml'],
      subject: /^Subject: (.*)$/m.exec(spam.toString('latin1'))![1]!.trim(),
    });
    // An .eml is its own bytes: the copy read back is the file pdfdetach saved.
    const bytes = await readCopyBytes(copySource(attached!), { sha256: attached!.sha256 });
    expect(Buffer.from(bytes).equals(spam)).toBe(true);
  });

  it('changes nothing when ingested again', { timeout: 120_000 }, async () => {
    const before = await snapshotGraph(db.driver());
    const again = await ingest(db.driver(), { paths: [dump], workers: 2 });
    expect(again).toMatchObject({ seen: 1, ingested: 0, duplicates: 1, failed: 0 });
    expect((await snapshotGraph(db.driver())).hash).toBe(before.hash);
  });

  it('starts the copy of mail embedded in a loose Word file at the file', { timeout: 180_000 }, async () => {
    await wipeGraph(db.driver());
    const loose = join(tmp.dir, 'loose-dump');
    mkdirSync(loose);
    writeFileSync(join(loose, OUTLOOK), fixture(OUTLOOK));
    const summary = await ingest(db.driver(), { paths: [loose], workers: 2 });
    expect(summary).toMatchObject({ seen: 1, ingested: 1, failed: 0 });
    const [copy, ...others] = await readMessageCopies(db.driver());
    expect(others).toEqual([]);
    expect(copy).toMatchObject({
      path: join(loose, OUTLOOK),
      entries: ['/object word/embeddings/oleObject1.bin'],
      format: 'msg',
      subject: msgKey.compound!.subject,
    });
    const bytes = await readCopyBytes(copySource(copy!), { sha256: copy!.sha256 });
    expect(sha256(Buffer.from(bytes))).toBe(copy!.sha256);
    const verified = await reverifyGraph(db.driver(), readCopyBytes, { keys: KeyStore.from([]), all: true });
    expect(verified).toMatchObject({ checked: 1, unreadable: [] });
  });
});
