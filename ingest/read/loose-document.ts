/**
 * ① read: a file that is not mail but a document (issue 12) → a LooseDocument event: its place
 * (file, archive entries, mailbox and folder as for a message), name, size and SHA-256. The bytes
 * are streamed through the hash, never held: the document pass reads them again from the place.
 *
 * What counts as a document: by content, PDF, RTF, OLE files that are not Outlook mail (Word, Excel,
 * PowerPoint 97–2003), zip-based packages (OOXML, ODF), WordPerfect and pictures; by name, a file
 * named as one of those (the reader then says what it really is), and text that analysts read as
 * documents: .txt, .csv, .tsv, .htm/.html. Other text (logs, JSON, XML, source
 * code, an index file of the dump) stays skipped: it is data rather than a document, and a dump can
 * hold hundreds of thousands of such files that would bury the documents in the search.
 */
import { createHash } from 'node:crypto';

import type { LooseDocument, RawMessage } from '../model.js';
import { type ReadContext, describeRef } from './container.js';
import type { InputNode } from './input-node.js';
import { placeOf } from './mailbox-path.js';

const startsWith = (head: Uint8Array, magic: number[], at = 0) => magic.every((b, i) => head[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

// Pictures by their magic numbers (the document reader reads their size, and their text with OCR on).
const PICTURES: { type: string; magic: number[]; at?: number }[] = [
  { type: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  { type: 'image/gif', magic: ascii('GIF8') },
  { type: 'image/tiff', magic: [0x49, 0x49, 0x2a, 0x00] },
  { type: 'image/tiff', magic: [0x4d, 0x4d, 0x00, 0x2a] },
  { type: 'image/webp', magic: ascii('WEBP'), at: 8 },
];

// Text read as a document only under these names (see the file comment for why not every text file).
const TEXT_DOCUMENTS: Record<string, string> = {
  txt: 'text/plain',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  htm: 'text/html',
  html: 'text/html',
};

// Named as documents although their first bytes say nothing the sniffer knows (a bare BIFF4 sheet,
// WordPerfect 4.2, a damaged PDF, text misnamed .odt): presented as documents, so read as such; the
// document reader reports what the content really is.
const OTHER_NAMED: Record<string, string> = {
  pdf: 'application/pdf',
  rtf: 'application/rtf',
  wpd: 'application/vnd.wordperfect',
};

// Office file names (for the stub's content type; the pass reads the content).
const OFFICE_TYPES: Record<string, string> = {
  doc: 'application/msword',
  dot: 'application/msword',
  xls: 'application/vnd.ms-excel',
  xlt: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  pps: 'application/vnd.ms-powerpoint',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  docm: 'application/vnd.ms-word.document.macroEnabled.12',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xlsm: 'application/vnd.ms-excel.sheet.macroEnabled.12',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
};

function extensionOf(name: string): string {
  return /\.([A-Za-z0-9]{1,5})$/.exec(name)?.[1]?.toLowerCase() ?? '';
}

/** The content type of an OLE file or zip package that is a document, from its name (octet-stream when the name says nothing). */
export function packageType(name: string): string {
  return OFFICE_TYPES[extensionOf(name)] ?? 'application/octet-stream';
}

/**
 * The content type of a file the sniffer found no mail in ('unknown'), when it is a document;
 * undefined for everything else. PDF may start after up to 1 KB of junk, as readers accept.
 */
export function looseDocumentType(head: Uint8Array, name: string): string | undefined {
  if (Buffer.from(head.subarray(0, 1024)).includes('%PDF-')) return 'application/pdf';
  if (startsWith(head, ascii('{\\rtf'))) return 'application/rtf';
  if (startsWith(head, [0xff, 0x57, 0x50, 0x43])) return 'application/vnd.wordperfect';
  const picture = PICTURES.find((p) => startsWith(head, p.magic, p.at ?? 0));
  if (picture) return picture.type;
  // "BM" starts many text files too: a bitmap only when the name agrees.
  if (startsWith(head, ascii('BM')) && extensionOf(name) === 'bmp') return 'image/bmp';
  const extension = extensionOf(name);
  return OFFICE_TYPES[extension] ?? OTHER_NAMED[extension] ?? TEXT_DOCUMENTS[extension];
}

async function hashStream(node: InputNode, bytes?: Buffer): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  if (bytes) return { sha256: hash.update(bytes).digest('hex'), size: bytes.length };
  let size = 0;
  for await (const chunk of node.source.stream()) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest('hex'), size };
}

/**
 * Reports `node` as a loose document (ctx.events.onDocument), or, for a reader that takes no
 * documents (the raw-copy door, a bulk load that predates them), skips it saying what it is.
 * `bytes`: the content, when a reader already holds it (a streamed entry can be read only once).
 */
export async function readLooseDocument(
  node: InputNode,
  ctx: ReadContext,
  contentType: string,
  bytes?: Buffer,
): Promise<void> {
  const onDocument = ctx.events.onDocument;
  if (!onDocument) {
    ctx.events.onSkip(describeRef(node.ref), `document (${contentType}), not mail`);
    return;
  }
  const { mailbox, folder } = placeOf(node, 'message');
  const { sha256, size } = await hashStream(node, bytes);
  const document: LooseDocument = {
    place: {
      path: node.ref.path,
      entries: node.ref.entries,
      mailbox,
      ...(folder.length > 0 && { folder: folder.join('/') }),
    },
    name: node.name,
    size,
    sha256,
    contentType,
  };
  onDocument(document);
}

/** For the readers: a document is no message, so reporting it yields none. */
export async function* asDocument(
  node: InputNode,
  ctx: ReadContext,
  contentType: string,
  bytes?: Buffer,
): AsyncGenerator<RawMessage> {
  await readLooseDocument(node, ctx, contentType, bytes);
  yield* [];
}
