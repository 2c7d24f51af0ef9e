/**
 * ③ extract (documents): legacy Word (.doc). Text through word-extractor (body, headers and
 * footers, footnotes, endnotes, comments, text boxes); metadata from the property sets, and from
 * the Word binary itself: the FIB (language, format revision, encryption flag) and the DOP, whose
 * dates are the author machine's local time — next to SummaryInformation's UTC they show the
 * author's time zone. word-extractor exposes neither, hence the few fixed-offset reads below.
 *
 * Word 6/95 files (FIB magic 0xA5DC) are outside word-extractor; their text is one 8-bit run
 * between fcMin and fcMac, read directly as catdoc does.
 */
import iconv from 'iconv-lite';
import WordExtractor from 'word-extractor';

import { DocumentEncryptedError, DocumentReadError } from '../errors.js';
import { readLocalParts } from '../metadata/dates.js';
import type { FormatContext } from './context.js';
import type { OleFile } from './ole-file.js';

const WORD_97_MAGIC = 0xa5ec;
const WORD_6_MAGIC = 0xa5dc;
const F_ENCRYPTED = 0x0100;
const F_WHICH_TABLE = 0x0200;
const F_OBFUSCATED = 0x8000;
// FibRgFcLcb97 starts at 154; fcDop/lcbDop are its 32nd pair.
const FC_DOP_OFFSET = 154 + 31 * 8;

// nFib → the Word release that writes it (MS-DOC 2.5.1 and 2.5.15).
const WORD_RELEASES: [number, string][] = [
  [0x0112, 'Word 2007 or later'],
  [0x010c, 'Word 2003'],
  [0x010b, 'Word 2002'],
  [0x00d9, 'Word 2000'],
  [0x00c1, 'Word 97'],
  [0x0065, 'Word 6/95'],
];

function wordRelease(nFib: number): string {
  return WORD_RELEASES.find(([min]) => nFib >= min)?.[1] ?? `Word (nFib ${nFib})`;
}

/** MS-DOC DTTM: minutes, hours, day, month, years since 1900 packed in 32 bits; 0 = unset. */
function readDttm(v: number) {
  if (!v) return undefined;
  const min = v & 0x3f;
  const hour = (v >>> 6) & 0x1f;
  const day = (v >>> 11) & 0x1f;
  const month = (v >>> 16) & 0x0f;
  const year = 1900 + ((v >>> 20) & 0x1ff);
  return readLocalParts(year, month, day, hour, min, 0);
}

function readDop(ctx: FormatContext, ole: OleFile, fib: Buffer, flags: number): void {
  if (fib.length < FC_DOP_OFFSET + 8) return;
  const table = ole.stream(flags & F_WHICH_TABLE ? '1Table' : '0Table');
  const fc = fib.readUInt32LE(FC_DOP_OFFSET);
  const lcb = fib.readUInt32LE(FC_DOP_OFFSET + 4);
  if (!table || lcb < 0x34 || fc + 0x34 > table.length) return;
  const dop = table.subarray(fc, fc + lcb);
  const source = 'Word DOP';
  const dates: [string, number, 'created' | 'modified' | 'printed'][] = [
    ['dttmCreated', 0x14, 'created'],
    ['dttmRevised', 0x18, 'modified'],
    ['dttmLastPrint', 0x1c, 'printed'],
  ];
  for (const [tag, at, field] of dates) {
    const read = readDttm(dop.readUInt32LE(at));
    ctx.meta.addDate(source, tag, read?.iso, read, field);
  }
  ctx.meta.add(source, 'nRevision', dop.readUInt16LE(0x20), 'revision');
  ctx.meta.add(source, 'tmEdited (minutes)', dop.readUInt32LE(0x22));
  ctx.meta.add(source, 'tmEdited', dop.readUInt32LE(0x22) * 60, 'totalEditSeconds');
  ctx.meta.add(source, 'cWords', dop.readUInt32LE(0x26), 'words');
  ctx.meta.add(source, 'cCh', dop.readUInt32LE(0x2a), 'characters');
  ctx.meta.add(source, 'cPg', dop.readUInt16LE(0x2e), 'pages');
}

const F_COMPLEX = 0x0004;

/**
 * word-extractor 1.0.4 loses the body of some simple (not fast-saved) Word 97 files whose single
 * text piece is 8-bit. Such files keep the text contiguous from fcMin, ccpText characters long,
 * so it is read from there, 8-bit when it holds no NULs, else UTF-16.
 */
function readSimpleWord97Text(ctx: FormatContext, fib: Buffer, flags: number): boolean {
  const fcMin = fib.readUInt32LE(0x18);
  const ccpText = fib.length >= 0x50 ? fib.readInt32LE(0x4c) : 0;
  if (flags & F_COMPLEX || ccpText <= 0 || fcMin + ccpText > fib.length) return false;
  const narrow = fib.subarray(fcMin, fcMin + ccpText);
  const text = narrow.includes(0)
    ? fib.toString('utf16le', fcMin, Math.min(fib.length, fcMin + 2 * ccpText))
    : iconv.decode(narrow, 'cp1252');
  ctx.text.push(text.replace(/\r/g, '\n'));
  return true;
}

function readWord6Text(ctx: FormatContext, fib: Buffer): void {
  const fcMin = fib.readUInt32LE(0x18);
  const fcMac = fib.readUInt32LE(0x1c);
  if (fcMac <= fcMin || fcMac > fib.length)
    throw new DocumentReadError('corrupt', 'Word 6/95 text range lies outside the WordDocument stream');
  const text = iconv.decode(fib.subarray(fcMin, fcMac), 'cp1252');
  ctx.text.push(text); // control characters (field marks) are removed with the others in readDocument
}

export async function readDoc(ctx: FormatContext, ole: OleFile): Promise<void> {
  const fib = ole.stream('WordDocument');
  if (!fib || fib.length < 32)
    throw new DocumentReadError('corrupt', 'the WordDocument stream is missing or shorter than its header');
  const magic = fib.readUInt16LE(0);
  const nFib = fib.readUInt16LE(2);
  const flags = fib.readUInt16LE(10);
  ctx.structure.wordFib = nFib;
  ctx.detail = magic === WORD_6_MAGIC ? 'Word 6/95' : wordRelease(nFib);
  ctx.meta.add('Word FIB', 'lid', fib.readUInt16LE(6), 'language');
  ctx.meta.add('Word FIB', 'nFib', nFib);
  if (flags & (F_ENCRYPTED | F_OBFUSCATED)) {
    throw new DocumentEncryptedError([`Word FIB ${flags & F_OBFUSCATED ? 'fObfuscated' : 'fEncrypted'} flag set`]);
  }
  if (magic === WORD_6_MAGIC) {
    readWord6Text(ctx, fib);
    return;
  }
  if (magic !== WORD_97_MAGIC)
    throw new DocumentReadError('corrupt', `WordDocument stream has magic 0x${magic.toString(16)}, not a Word file`);
  readDop(ctx, ole, fib, flags);
  ctx.structure.hasMacros = ole.paths.some((p) => p.startsWith('Macros/'));
  let doc;
  try {
    doc = await new WordExtractor().extract(Buffer.from(ctx.bytes.buffer, ctx.bytes.byteOffset, ctx.bytes.byteLength));
  } catch (error) {
    throw new DocumentReadError(
      'corrupt',
      `the Word text cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const body = doc.getBody();
  if (!body.trim()) readSimpleWord97Text(ctx, fib, flags);
  const parts = [
    body,
    doc.getHeaders({ includeFooters: true }),
    doc.getFootnotes(),
    doc.getEndnotes(),
    doc.getAnnotations(),
    doc.getTextboxes({ includeHeadersAndFooters: true, includeBody: true }),
  ];
  for (const part of parts) {
    ctx.text.push(part.trim());
    ctx.text.newline();
  }
}
