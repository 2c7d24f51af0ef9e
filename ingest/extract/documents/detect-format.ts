/**
 * ③ extract (documents): what the bytes are, from their content. Leaked files are often misnamed
 * (a WordPerfect file saved as .doc, a text file as .odt, a PDF behind a UTF-8 BOM), so the name is
 * only used to report a mismatch. Containers (OLE2, zip) are refined by their readers, which look
 * at the streams and parts inside (ole-file.ts, zip-parts.ts).
 *
 * The magic numbers are a dozen byte comparisons; a detection library (file-type) would still leave
 * the OLE and zip sub-types and the text/CSV/mail decisions to us.
 */
import type { DocumentFormat, DocumentKind } from './types.js';

/** The first decision: a container to open, or a final format. */
export type Sniffed =
  | { container: 'ole' | 'zip'; format?: undefined; detail?: undefined }
  | { format: DocumentFormat; detail?: string; container?: undefined };

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// How far into a file a PDF header may start (readers accept junk before it, e.g. a BOM or mail headers).
const PDF_HEADER_WINDOW = 1024;
// How much of a file the text/mail/HTML decisions look at.
const SNIFF_WINDOW = 8192;

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, Math.min(end, bytes.length) - start)).toString(
    'latin1',
  );
}

function image(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'PNG';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'JPEG';
  if (ascii(bytes, 0, 4) === 'GIF8') return 'GIF';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'TIFF';
  if (ascii(bytes, 0, 2) === 'BM' && bytes.length > 26) return 'BMP';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'WEBP';
  return undefined;
}

/** Excel 2-4 wrote a bare BIFF stream, no OLE container: a BOF record (0x0009/0x0209/0x0409) with a worksheet type. */
function rawBiff(bytes: Uint8Array): string | undefined {
  if (bytes.length < 8 || bytes[1] === undefined) return undefined;
  const versions: Record<number, string> = { 0x0009: 'BIFF2', 0x0209: 'BIFF3', 0x0409: 'BIFF4' };
  const version = versions[bytes[0]! | (bytes[1] << 8)];
  return version && bytes[2]! + (bytes[3]! << 8) <= 16 ? version : undefined;
}

const MAIL_HEADERS =
  /^(from|to|cc|subject|date|received|message-id|mime-version|return-path|delivered-to|x-[a-z-]+):/gim;

function looksLikeMail(head: string): boolean {
  if (!/^([A-Za-z][A-Za-z0-9-]*:[ \t]|From \S)/.test(head)) return false;
  const headers = head.split(/\r?\n\r?\n/, 1)[0]!;
  return new Set(headers.match(MAIL_HEADERS)?.map((h) => h.toLowerCase())).size >= 3;
}

/** Text that is mostly lines with the same number (≥ 1) of one separator. */
function looksLikeCsv(head: string): boolean {
  const lines = head
    .split(/\r?\n/)
    .slice(0, 20)
    .filter((l) => l.length > 0);
  if (lines.length < 3) return false;
  return [',', ';', '\t'].some((sep) => {
    const counts = lines.slice(0, -1).map((l) => l.split(sep).length - 1);
    return counts[0]! >= 1 && counts.filter((c) => c === counts[0]).length >= counts.length * 0.8;
  });
}

/** Plain text: no NUL bytes and few control characters in the window (UTF-16 with a BOM also counts). */
function isText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const end = Math.min(bytes.length, SNIFF_WINDOW);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) return false;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control <= end * 0.02;
}

export function sniffFormat(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, OLE_MAGIC)) return { container: 'ole' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return { container: 'zip' };
  const pdfAt = ascii(bytes, 0, PDF_HEADER_WINDOW).indexOf('%PDF-');
  if (pdfAt >= 0) return { format: 'pdf', detail: `PDF ${ascii(bytes, pdfAt + 5, pdfAt + 8)}` };
  const picture = image(bytes);
  if (picture) return { format: 'image', detail: picture };
  if (startsWith(bytes, [0xff, 0x57, 0x50, 0x43])) return { format: 'wordperfect', detail: 'WordPerfect 5+' };
  const biff = rawBiff(bytes);
  if (biff) return { format: 'xls', detail: `${biff} (bare stream, Excel 2-4)` };
  const head = ascii(bytes, 0, SNIFF_WINDOW).replace(/^\xef\xbb\xbf/, '');
  const trimmed = head.trimStart();
  if (trimmed.startsWith('{\\rtf')) return { format: 'rtf' };
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(trimmed))
    return { format: 'html' };
  if (!isText(bytes)) return { format: 'unknown', detail: 'unrecognised binary content' };
  if (looksLikeMail(head)) return { format: 'eml' };
  if (trimmed.startsWith('<?xml')) return { format: 'text', detail: 'XML' };
  return looksLikeCsv(head) ? { format: 'csv' } : { format: 'text' };
}

const MIME: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xls: 'application/vnd.ms-excel',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  ppt: 'application/vnd.ms-powerpoint',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  rtf: 'application/rtf',
  html: 'text/html',
  text: 'text/plain',
  csv: 'text/csv',
  eml: 'message/rfc822',
  msg: 'application/vnd.ms-outlook',
  image: 'image/*',
  wordperfect: 'application/vnd.wordperfect',
  ole: 'application/x-ole-storage',
  zip: 'application/zip',
  tar: 'application/x-tar',
  gzip: 'application/gzip',
  unknown: 'application/octet-stream',
};

const KIND: Record<DocumentFormat, DocumentKind> = {
  pdf: 'document',
  docx: 'document',
  doc: 'document',
  odt: 'document',
  rtf: 'document',
  html: 'document',
  wordperfect: 'document',
  xlsx: 'spreadsheet',
  xls: 'spreadsheet',
  ods: 'spreadsheet',
  csv: 'spreadsheet',
  pptx: 'presentation',
  ppt: 'presentation',
  odp: 'presentation',
  text: 'text',
  eml: 'message',
  msg: 'message',
  image: 'image',
  ole: 'other',
  zip: 'archive',
  tar: 'archive',
  gzip: 'archive',
  unknown: 'other',
};

export function mimeTypeOf(format: DocumentFormat, detail?: string): string {
  return format === 'image' && detail ? `image/${detail.toLowerCase()}` : MIME[format];
}

export function kindOf(format: DocumentFormat): DocumentKind {
  return KIND[format];
}

// Extensions that name one of our formats; others (.dat, no extension) say nothing to compare.
const EXTENSIONS: Record<string, DocumentFormat[]> = {
  pdf: ['pdf'],
  doc: ['doc'],
  dot: ['doc'],
  docx: ['docx'],
  docm: ['docx'],
  dotx: ['docx'],
  dotm: ['docx'],
  xls: ['xls'],
  xlt: ['xls'],
  xlsx: ['xlsx'],
  xlsm: ['xlsx'],
  xltx: ['xlsx'],
  ppt: ['ppt'],
  pps: ['ppt'],
  pptx: ['pptx'],
  pptm: ['pptx'],
  ppsx: ['pptx'],
  odt: ['odt'],
  ott: ['odt'],
  ods: ['ods'],
  odp: ['odp'],
  rtf: ['rtf'],
  htm: ['html'],
  html: ['html'],
  txt: ['text'],
  csv: ['csv', 'text'],
  eml: ['eml'],
  msg: ['msg'],
  wpd: ['wordperfect'],
};

/** The name's extension when it names a format and the content is another; undefined otherwise. */
export function extensionMismatch(
  name: string | undefined,
  detected: DocumentFormat,
): { extension: string; detected: DocumentFormat } | undefined {
  const extension = name?.match(/\.([A-Za-z0-9]{1,5})$/)?.[1]?.toLowerCase();
  const expected = extension ? EXTENSIONS[extension] : undefined;
  if (!extension || !expected || expected.includes(detected)) return undefined;
  return { extension, detected };
}
