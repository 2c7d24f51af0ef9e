/**
 * The files embedded in Office documents (read/embedded-objects.ts), on Apache Tika's
 * EmbeddedOutlook.docx and on hostile variants of it. Hand-checked facts of the fixture (xxd of the
 * `\x01Ole10Native` stream of word/embeddings/oleObject1.bin): the package's label is
 * `licensedTestMsgwAtt.msg`, its data length (the u32 at 0x9e) is 0x0001da00 = 121,344 bytes,
 * starting with the compound-file magic d0 cf 11 e0; those bytes hash, as Python's olefile takes
 * them out (test/support/office_embeddings.py), to PACKAGE_SHA256. The full answer key over more
 * documents is in test/ingest/embedded-files.db.test.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

import CFB from 'cfb';
import { describe, expect, it } from 'vitest';

import { listEmbedded, objectEntry, objectPath, readEmbedded } from '../../../ingest/read/embedded-objects.js';
import { DEFAULT_READ_LIMITS } from '../../../ingest/read/limits.js';
import { withEmbeddedFiles } from '../../../ingest/workers/archive-work.js';
import { readDocument } from '../../../ingest/extract/documents/read-document.js';
import { unzip } from '../../server/support/http.js';
import { missingShared, sharedPath } from '../../support/shared.js';
import { type Entry, makeZip } from './read-helpers.js';

const DOCX = 'fixtures/documents/tika/EmbeddedOutlook.docx';
const PART = 'word/embeddings/oleObject1.bin';
const NATIVE = '\u0001Ole10Native';
const PACKAGE_BYTES = 121_344;
const PACKAGE_SHA256 = '3816a58e2a0d29534b4239b0b14abb21b2136ffe8bc4587eb6dd899ca34abae8';
const options = { limits: DEFAULT_READ_LIMITS, maxRatio: 100, maxBytes: 64 * 1024 * 1024 };

/** The parts of a zip (the test helper over yauzl, the zip reader the project already depends on). */
async function zipParts(zip: Buffer): Promise<Entry[]> {
  return [...(await unzip(zip))].map(([name, data]) => ({ name, data }));
}

describe.skipIf(missingShared(DOCX))('files embedded in Office documents', () => {
  const docx = () => readFileSync(sharedPath(DOCX));

  /** The fixture with its package stream changed by `change`. */
  async function withPackage(change: (native: Buffer) => Buffer): Promise<Buffer> {
    const parts = await zipParts(docx());
    const part = parts.find((p) => p.name === PART)!;
    const ole = CFB.read(part.data, { type: 'buffer' });
    const entry = CFB.find(ole, NATIVE)!;
    entry.content = change(Buffer.from(entry.content as Uint8Array));
    entry.size = entry.content.length;
    part.data = Buffer.from(CFB.write(ole, { type: 'buffer' }) as Uint8Array);
    return makeZip(parts);
  }

  it('takes the message out of the package in the Word file, named as the package names it', async () => {
    const { files, refused, stopped } = await listEmbedded(docx(), 'EmbeddedOutlook.docx', options);
    expect(refused).toEqual([]);
    expect(stopped).toBeUndefined();
    expect(files).toEqual([
      { path: PART, name: 'licensedTestMsgwAtt.msg', generic: false, size: PACKAGE_BYTES, sha256: PACKAGE_SHA256 },
    ]);
    // Read again by its label, the same bytes.
    expect(objectPath(objectEntry(PART))).toBe(PART);
    const again = await readEmbedded(docx(), 'EmbeddedOutlook.docx', PART, options);
    expect(again.bytes.subarray(0, 4).toString('hex')).toBe('d0cf11e0');
    expect(createHash('sha256').update(again.bytes).digest('hex')).toBe(PACKAGE_SHA256);
    await expect(readEmbedded(docx(), 'x.docx', 'word/embeddings/none.bin', options)).rejects.toThrow(
      /no embedded file at "word\/embeddings\/none.bin"/,
    );
  });

  it('refuses a package that declares more bytes than it holds, and one cut inside its names', async () => {
    const lying = await withPackage((native) => {
      // The data length sits right before the data, which starts with the compound-file magic.
      const at = native.indexOf(Buffer.from('d0cf11e0', 'hex')) - 4;
      native.writeUInt32LE(0xffffffff, at);
      return native;
    });
    const got = await listEmbedded(lying, 'lying.docx', options);
    expect(got.files).toEqual([]);
    expect(got.refused).toEqual([
      { entry: objectEntry(PART), kind: 'unreadable', reason: expect.stringMatching(/declares 4294967295 bytes/) },
    ]);
    const cut = await listEmbedded(await withPackage((n) => n.subarray(0, 12)), 'cut.docx', options);
    expect(cut.refused).toEqual([
      { entry: objectEntry(PART), kind: 'unreadable', reason: expect.stringMatching(/ends inside a name/) },
    ]);
  });

  it('refuses an embedded file over the size limit, and a part that declares a zip bomb', async () => {
    const small = await listEmbedded(docx(), 'EmbeddedOutlook.docx', { ...options, maxBytes: 100_000 });
    expect(small.files).toEqual([]);
    expect(small.refused).toEqual([
      { entry: objectEntry(PART), kind: 'limit', reason: expect.stringMatching(/over the 100000-byte limit/) },
    ]);
    const parts = await zipParts(docx());
    parts.push({ name: 'word/embeddings/zeros.bin', data: Buffer.alloc(8 * 1024 * 1024) });
    const bomb = await listEmbedded(await makeZip(parts), 'bomb.docx', options);
    expect(bomb.files.map((f) => f.path)).toEqual([PART]);
    expect(bomb.refused).toEqual([
      { entry: objectEntry('word/embeddings/zeros.bin'), kind: 'bomb', reason: expect.stringMatching(/zip bomb/) },
    ]);
  });

  it('lists no file for an object that holds none, and says why a broken container stops', async () => {
    const parts = await zipParts(docx());
    const ole = CFB.utils.cfb_new();
    CFB.utils.cfb_add(ole, '/\u0001CompObj', Buffer.from('an equation, no file'));
    parts.find((p) => p.name === PART)!.data = Buffer.from(CFB.write(ole, { type: 'buffer' }) as Uint8Array);
    expect(await listEmbedded(await makeZip(parts), 'equation.docx', options)).toEqual({ files: [], refused: [] });
    const broken = await listEmbedded(Buffer.from('PK\u0003\u0004 not a zip at all'), 'broken.docx', options);
    expect(broken.files).toEqual([]);
    expect(broken.stopped?.kind).toBe('unreadable');
  });

  it('takes the objects out of a PowerPoint 97 file, and refuses those whose compression is broken', async () => {
    const ppt = (name: string) => readFileSync(sharedPath(`fixtures/documents/tika/${name}`));
    // Tika's test of a .ppt whose two objects do not inflate (its name says so): both refused, why said.
    const bad = await listEmbedded(ppt('testPPT_skipBadCompressedObject.ppt'), 'bad.ppt', options);
    expect(bad.files).toEqual([]);
    expect(bad.refused.map((r) => [r.kind, r.reason.replace(/@\d+/, '@n')])).toEqual([
      ['unreadable', 'the object ExOleObjStg@n cannot be inflated: incorrect data check'],
      ['unreadable', 'the object ExOleObjStg@n cannot be inflated: incorrect data check'],
    ]);
    // The workbook in testPPT_oleWorkbook.ppt is the one in testPPT_oleWorkbook.pptx, the same deck
    // saved as OOXML: the same bytes through a compressed record and through a zip part.
    const [fromPpt] = (await listEmbedded(ppt('testPPT_oleWorkbook.ppt'), 'w.ppt', options)).files;
    const [fromPptx] = (await listEmbedded(ppt('testPPT_oleWorkbook.pptx'), 'w.pptx', options)).files;
    expect(fromPpt!.name).toMatch(/^ExOleObjStg@\d+\.xlsx$/);
    expect(fromPptx!.name).toBe('oleObject1.xlsx');
    expect([fromPpt!.size, fromPpt!.sha256]).toEqual([fromPptx!.size, fromPptx!.sha256]);
  });

  it('refuses a compressed PowerPoint object that declares a bomb or more than a document may hold', async () => {
    // A deck of one stream holding two ExOleObjStg records (instance 1: compressed, the inflated size
    // first): 8 MiB of zeros deflated to a few KiB (over the ratio), and one declaring 200 MiB.
    const record = (declared: number, body: Buffer) => {
      const head = Buffer.alloc(12);
      head.writeUInt16LE(0x0010, 0); // version 0, instance 1
      head.writeUInt16LE(0x1011, 2);
      head.writeUInt32LE(body.length + 4, 4);
      head.writeUInt32LE(declared, 8);
      return Buffer.concat([head, body]);
    };
    const zeros = deflateSync(Buffer.alloc(8 * 1024 * 1024));
    const deck = CFB.utils.cfb_new();
    CFB.utils.cfb_add(
      deck,
      '/PowerPoint Document',
      Buffer.concat([record(8 * 1024 * 1024, zeros), record(200 * 1024 * 1024, zeros)]),
    );
    const got = await listEmbedded(Buffer.from(CFB.write(deck, { type: 'buffer' }) as Uint8Array), 'bomb.ppt', options);
    expect(got.files).toEqual([]);
    expect(got.refused.map((r) => [r.entry, r.kind])).toEqual([
      ['/object ExOleObjStg@0', 'bomb'],
      [`/object ExOleObjStg@${12 + zeros.length}`, 'limit'],
    ]);
  });

  it('stops at the entry limit, and takes the RTF a WordPad object holds', async () => {
    // testWORD_2006ml.doc's ObjectPool holds four objects with files (olefile: a package, CONTENTS, two compound).
    const word97 = readFileSync(sharedPath('fixtures/documents/tika/testWORD_2006ml.doc'));
    const limited = await listEmbedded(word97, 'w.doc', {
      ...options,
      limits: { ...DEFAULT_READ_LIMITS, maxArchiveEntries: 2 },
    });
    expect(limited.files).toHaveLength(2);
    expect(limited.stopped).toEqual({
      kind: 'limit',
      reason: expect.stringContaining('(raise it with --max-archive-entries)'),
    });
    // testWORD_embedded_rtf.doc: ObjectPool/_1404039792 holds a `Contents` stream of 174 bytes starting
    // `{\rtf1` (read with olefile); its SHA-256 as olefile reads it.
    const rtf = await listEmbedded(
      readFileSync(sharedPath('fixtures/documents/tika/testWORD_embedded_rtf.doc')),
      'r.doc',
      options,
    );
    expect(rtf.files).toEqual([
      {
        path: 'ObjectPool/_1404039792',
        name: '_1404039792.rtf',
        generic: true,
        size: 174,
        sha256: 'd05cb09b8f9eb90c6920dfec1acabad8ae07ef003898d9d32e08e01302bb6efc',
      },
    ]);
  });

  it('lists the embedded files of a document read in the worker, under the nesting limit', async () => {
    const bytes = docx();
    const record = await readDocument(bytes, { name: 'EmbeddedOutlook.docx' });
    const config = { documents: { archive: { ...DEFAULT_READ_LIMITS, maxArchiveDepth: 2 } } };
    const listed = await withEmbeddedFiles(bytes, { name: 'EmbeddedOutlook.docx' }, record, 0, config);
    const sha256 = PACKAGE_SHA256;
    expect(listed.archive).toEqual({
      format: 'office',
      entries: [{ entry: objectEntry(PART), name: 'licensedTestMsgwAtt.msg', size: PACKAGE_BYTES, sha256 }],
      refused: [],
    });
    // Two archives or documents above it already: its files are not taken out, and it says so.
    const deep = await withEmbeddedFiles(bytes, { name: 'EmbeddedOutlook.docx' }, record, 2, config);
    expect(deep.archive?.entries).toEqual([]);
    expect(deep.archive?.stopped).toEqual({
      kind: 'limit',
      reason: expect.stringContaining('the limit of 2 nested containers (raise it with --max-archive-depth)'),
    });
  });
});
