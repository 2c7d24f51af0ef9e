/**
 * ① read: the files embedded in an Office document (issue 12), each to become a Document of its own,
 * and one of them again for the document pass, copy-bytes.ts and the /raw door. A mail dragged into
 * a Word file, a workbook pasted into a report: Office keeps them as
 *   - parts under `word/`, `xl/` or `ppt/embeddings/` of an OOXML package (a .xlsx in a .docx as it
 *     is; anything else as an OLE object, `oleObject1.bin`);
 *   - storages `ObjectPool/_<n>` of a Word .doc and `MBD<hex>` of an Excel .xls: OLE objects;
 *   - ExOleObjStg records of a PowerPoint .ppt: OLE objects, compressed.
 * An OLE object holds its file one of a few ways: a package (`\x01Ole10Native`: the file's name and
 * bytes, how Windows embeds any file, an .msg or .eml included), a compound file of its own (an
 * Outlook message, a Word, Excel or PowerPoint 97 document: the storage written out as one file),
 * a `CONTENTS` stream holding a PDF (Acrobat's) or an RTF document (WordPad's), or a `Package` stream (an OOXML file inside an OLE
 * object). An object that holds no file (an equation, a chart's cache, a form control) is no entry.
 *
 * Listing hashes each file as it is taken out and lets its bytes go, so a document of many objects
 * holds one at a time; their number is bounded by --max-archive-entries and their inflated bytes by
 * --max-archive-gb, a compressed .ppt object by the zip-bomb ratio as an OOXML part is.
 *
 * Entries are labelled `/object <path>` (the part or storage path): the slash keeps them apart from
 * archive entry labels, as `/part` and `/mbox` are (attached-part.ts). One layer at a time: a
 * document embedded in the embedded document is listed when the pass reads that one.
 */
import { createHash } from 'node:crypto';
import { constants, inflateSync } from 'node:zlib';

import CFB from 'cfb';

import type { RefusedEntry, RefusedEntryKind } from '../model.js';
import { BOMB_MIN_BYTES, declaredBomb, memoryNode } from './archive-document.js';
import type { ReadContext } from './container.js';
import { isOleFile } from './detect.js';
import { LimitExceededError, SourceMissingError, errorText } from './errors.js';
import { printableName } from './entry-names.js';
import type { ReadLimits } from './limits.js';
import { capName } from '../text-caps.js';
import { childrenOf } from './read-node.js';

const OBJECT_ENTRY = /^\/object (.+)$/s;

export const objectEntry = (path: string): string => `/object ${path}`;

/** The part or storage path an entry names, or undefined when it is not an embedded-object entry. */
export const objectPath = (entry: string): string | undefined => OBJECT_ENTRY.exec(entry)?.[1];

/** Why a file of `size` bytes (unknown: more than it reads) is not taken out of its document. */
export const overDocumentSize = (max: number, size?: number): string =>
  `${size === undefined ? '' : `${size} bytes, `}over the ${max}-byte limit on one document (maxBytes)`;

/** A path or name from the file as a label: a hostile file's names may hold control characters, or megabytes. */
export const objectLabel = (raw: string): string => capName(printableName(raw));

// A repeated part name (a hostile package) is labelled `name//2` by the zip reader: kept, not dropped.
const OOXML_EMBEDDING = /^(word|xl|ppt)\/embeddings\/[^/]+(\/\/\d+)?$/;
// Storages of embedded objects: Word's ObjectPool, Excel's MBD<hex> (both one level below the root).
const OLE_OBJECT = /^(ObjectPool\/[^/]+|MBD[0-9A-Fa-f]+)$/;

/** A file taken out of an object. */
export interface EmbeddedFile {
  /** The part or storage it came from (a label: objectLabel). */
  path: string;
  /** The file's own name when the object records one (a package), else one made from the path. */
  name: string;
  /** The name was made from the part or storage path (Office's label, not the file's name). */
  generic: boolean;
  bytes: Buffer;
}

/** A file listed: what the graph keeps of it, its bytes let go. */
export type EmbeddedEntry = Omit<EmbeddedFile, 'bytes'> & { size: number; sha256: string };

export interface EmbeddedListing {
  files: EmbeddedEntry[];
  refused: RefusedEntry[];
  /** The container could not be read to its end, or a bound stopped the listing (objects up to there are listed). */
  stopped?: { kind: RefusedEntryKind; reason: string };
}

export interface EmbeddedOptions {
  limits: ReadLimits;
  /** Inflated/compressed ratio above which an object of 1 MiB or more is a bomb; none when reading again. */
  maxRatio?: number;
  /** Largest file taken out (the document size limit). */
  maxBytes: number;
}

/** A file taken out of an object, before it has its path. */
type Found = Omit<EmbeddedFile, 'path'>;

/** A storage's streams by path below it, names as stored. */
type Streams = Map<string, Buffer>;

// Stream names are case-insensitive in a compound file (WPS Office writes `package`).
const lower = (streams: Streams, name: string) =>
  [...streams].find(([p]) => p.toLowerCase() === name.toLowerCase())?.[1];

class EmbeddedError extends Error {
  override name = 'EmbeddedError';
  constructor(
    readonly kind: RefusedEntryKind,
    message: string,
  ) {
    super(message);
  }
}

/** The name a path gives a file taken out of it: `ObjectPool/_1310388059` → `_1310388059`. */
const stemOf = (path: string) => (path.split('/').at(-1) ?? path).replace(/\.bin$/i, '');

/** `stem` with `extension`, unless it ends with it already (Word names an embedded .doc `Document1.doc`). */
const named = (stem: string, extension: string) =>
  stem.toLowerCase().endsWith(extension.toLowerCase()) ? stem : `${stem}${extension}`;

/** A recorded file name as a plain base name: a package records the full path it was taken from. */
const baseName = (raw: string) => objectLabel(raw.split(/[\\/]/).at(-1) ?? raw);

/**
 * The file an OLE1 package (`\x01Ole10Native`) holds: size, a type word, the label and the source
 * path (zero-terminated), two words, the temporary path (its length first), the data (its length
 * first). Named after the source path, the file's own name; the label, which the user may have
 * edited ("Click here"), only when there is none.
 */
function packageFile(stream: Buffer, path: string): Found {
  let at = 6;
  const cstring = () => {
    const end = stream.indexOf(0, at);
    if (end < 0) throw new EmbeddedError('unreadable', `the package of ${path} ends inside a name`);
    const text = stream.toString('latin1', at, end);
    at = end + 1;
    return text;
  };
  const u32 = () => {
    if (at + 4 > stream.length) throw new EmbeddedError('unreadable', `the package of ${path} is cut short`);
    const value = stream.readUInt32LE(at);
    at += 4;
    return value;
  };
  const label = cstring();
  const source = cstring();
  at += 4;
  const tempPath = u32(); // the length of the temporary path the packager copied the file to
  at += tempPath;
  const size = u32();
  if (at + size > stream.length)
    throw new EmbeddedError(
      'unreadable',
      `the package of ${path} declares ${size} bytes and holds ${stream.length - at}`,
    );
  const recorded = baseName(source) || baseName(label);
  return { name: recorded || stemOf(path), generic: !recorded, bytes: stream.subarray(at, at + size) };
}

/** The streams under a storage written out as a compound file of their own (an .msg, a .doc). */
function storageFile(streams: Streams): Buffer {
  const out = CFB.utils.cfb_new();
  // cfb also writes its 4-byte marker stream `\x01Sh33tJ5` (it cannot be left out; readers skip
  // \x01 streams). The writer's dates are fixed, so the same object gives the same file, and hash.
  for (const [path, content] of streams) CFB.utils.cfb_add(out, `/${path}`, content);
  return Buffer.from(CFB.write(out, { type: 'buffer' }) as Uint8Array);
}

function officeExtension(zip: Buffer): string {
  if (zip.includes('word/document.xml')) return '.docx';
  if (zip.includes('xl/workbook.xml')) return '.xlsx';
  if (zip.includes('ppt/presentation.xml')) return '.pptx';
  return '.zip';
}

/** What an OLE object holds, from its streams; `whole`: the object is a compound file itself. */
function oleObjectFile(streams: Streams, path: string, whole?: Buffer): Found | undefined {
  const native = lower(streams, '\u0001Ole10Native');
  if (native) return packageFile(native, path);
  const top = [...streams.keys()].filter((p) => !p.includes('/'));
  const has = (name: string) => top.some((p) => p.toLowerCase() === name.toLowerCase());
  const compound =
    top.some((p) => p.startsWith('__substg1.0_')) || has('__properties_version1.0')
      ? '.msg'
      : has('WordDocument')
        ? '.doc'
        : has('Workbook') || has('Book')
          ? '.xls'
          : has('PowerPoint Document')
            ? '.ppt'
            : undefined;
  if (compound) return { name: named(stemOf(path), compound), generic: true, bytes: whole ?? storageFile(streams) };
  // Acrobat keeps its PDF in CONTENTS, WordPad its RTF; a form control keeps its state in a `contents` too.
  const contents = lower(streams, 'CONTENTS');
  const head = contents?.subarray(0, 5).toString('latin1');
  const extension = head === '%PDF-' ? '.pdf' : head === '{\\rtf' ? '.rtf' : undefined;
  if (contents && extension) return { name: named(stemOf(path), extension), generic: true, bytes: contents };
  const pkg = lower(streams, 'Package');
  if (pkg) return { name: named(stemOf(path), officeExtension(pkg)), generic: true, bytes: pkg };
  return undefined;
}

/** The streams of each storage of `container` that `wanted` accepts, by its path: one pass over the file. */
function storageStreams(container: CFB.CFB$Container, wanted: (storage: string) => boolean): Map<string, Streams> {
  const root = container.FullPaths[0] ?? '';
  const storages = new Map<string, Streams>();
  container.FullPaths.forEach((full, i) => {
    const path = full.slice(root.length);
    const entry = container.FileIndex[i]!;
    if (path.endsWith('/')) {
      if (wanted(path.slice(0, -1))) storages.set(path.slice(0, -1), new Map());
      return;
    }
    if (entry.type !== 2) return;
    const parts = path.split('/');
    // The storage a stream belongs to is one of the first levels of its path (ObjectPool/_1/x/y → ObjectPool/_1).
    for (let n = 1; n < parts.length; n++) {
      const storage = storages.get(parts.slice(0, n).join('/'));
      if (storage) storage.set(parts.slice(n).join('/'), Buffer.from(entry.content ?? []));
    }
  });
  return storages;
}

/** Every stream of a compound file, by path. */
function allStreams(container: CFB.CFB$Container): Streams {
  const root = container.FullPaths[0] ?? '';
  const streams: Streams = new Map();
  container.FullPaths.forEach((full, i) => {
    const entry = container.FileIndex[i]!;
    if (entry.type === 2) streams.set(full.slice(root.length), Buffer.from(entry.content ?? []));
  });
  return streams;
}

function readOle(bytes: Buffer): CFB.CFB$Container {
  try {
    return CFB.read(bytes, { type: 'buffer' });
  } catch (error) {
    throw new EmbeddedError('unreadable', `the OLE2 container cannot be read: ${errorText(error)}`);
  }
}

/** An OOXML embedding's file: an OLE object unwrapped, anything else (a .xlsx, a .pdf) as it is. */
function partFile(bytes: Buffer, path: string): Found | undefined {
  // Office names the parts it keeps as they are itself (Microsoft_Excel_Worksheet1.xlsx).
  if (!isOleFile(bytes)) return { name: baseName(path), generic: true, bytes };
  return oleObjectFile(allStreams(readOle(bytes)), path, bytes);
}

/** Offers each object found: its label and how to take its file out (which may throw). */
type Visit = (path: string, found: () => Found | undefined) => void;

const CONTAINER_VERSION = 0x0f;
const EX_OLE_OBJ_STG = 0x1011;

/**
 * The OLE objects of a PowerPoint 97 file: ExOleObjStg records of its "PowerPoint Document" stream
 * (MS-PPT 2.10.34), each a compound file, zlib-compressed (instance 1, its inflated size first) or
 * not. Labelled by the record's offset in the stream. Records are walked as read-ppt.ts walks them.
 */
function pptObjects(stream: Buffer, options: EmbeddedOptions, visit: Visit): void {
  let at = 0;
  while (at + 8 <= stream.length) {
    const head = stream.readUInt16LE(at);
    const length = stream.readUInt32LE(at + 4);
    if ((head & 0x0f) === CONTAINER_VERSION) {
      at += 8;
      continue;
    }
    if (stream.readUInt16LE(at + 2) === EX_OLE_OBJ_STG) {
      const data = stream.subarray(at + 8, Math.min(stream.length, at + 8 + length));
      const compressed = head >> 4 === 1;
      const label = `ExOleObjStg@${at}`;
      visit(label, () => {
        const bytes = compressed ? inflateObject(data, options, label) : data;
        return oleObjectFile(allStreams(readOle(bytes)), label, bytes);
      });
    }
    at += 8 + length;
  }
}

/** A compressed ExOleObjStg: its declared size, then zlib; refused over `maxBytes`, as a bomb, or cut. */
function inflateObject(data: Buffer, options: EmbeddedOptions, label: string): Buffer {
  if (data.length < 4) throw new EmbeddedError('unreadable', `the object ${label} is cut short`);
  const size = data.readUInt32LE(0);
  if (size > options.maxBytes) throw new EmbeddedError('limit', `declares ${overDocumentSize(options.maxBytes, size)}`);
  const ratio = size / Math.max(1, data.length - 4);
  if (options.maxRatio !== undefined && size >= BOMB_MIN_BYTES && ratio > options.maxRatio)
    throw new EmbeddedError(
      'bomb',
      `declares ${size} bytes from ${data.length - 4} compressed (${Math.round(ratio)}:1, over the ${options.maxRatio}:1 limit on an object of 1 MiB or more, maxZipRatio): not inflated`,
    );
  // Flushed rather than finished: PowerPoint leaves some streams without their end, the bytes are whole.
  let bytes: Buffer;
  try {
    bytes = inflateSync(data.subarray(4), { maxOutputLength: size + 1, finishFlush: constants.Z_SYNC_FLUSH });
  } catch (error) {
    throw new EmbeddedError('unreadable', `the object ${label} cannot be inflated: ${errorText(error)}`);
  }
  if (bytes.length !== size)
    throw new EmbeddedError(
      'unreadable',
      `the object ${label} inflates to ${bytes.length} bytes, not the ${size} it declares`,
    );
  return bytes;
}

function walkOle(buffer: Buffer, options: EmbeddedOptions, visit: Visit): void {
  const container = readOle(buffer);
  const ppt = CFB.find(container, 'PowerPoint Document');
  if (ppt?.content) pptObjects(Buffer.from(ppt.content), options, visit);
  for (const [path, streams] of storageStreams(container, (p) => OLE_OBJECT.test(p))) {
    const label = objectLabel(path);
    visit(label, () => oleObjectFile(streams, label));
  }
}

async function walkOoxml(bytes: Uint8Array, name: string, options: EmbeddedOptions, visit: Visit, refuse: Refuse) {
  const ctx: ReadContext = {
    limits: options.limits,
    events: {
      // Only problems of the embedding parts: the rest of the package is the document's, read already. A
      // warning (a zip entry whose CRC-32 fails, read as it is) refuses nothing: the part is visited.
      onIssue: (issue) => {
        const entry = issue.source.entries.at(-1) ?? '';
        if (issue.lostMessage && OOXML_EMBEDDING.test(entry)) refuse(entry, 'unreadable', issue.error);
      },
      onSkip: () => {},
    },
  };
  const node = memoryNode(bytes, name);
  try {
    for await (const child of childrenOf('zip', node, ctx)) {
      const path = child.label;
      if (!OOXML_EMBEDDING.test(path)) continue;
      const bomb = options.maxRatio === undefined ? undefined : declaredBomb(child, options.maxRatio);
      if (bomb) {
        refuse(path, 'bomb', bomb);
        continue;
      }
      const inner = await child.open();
      try {
        const part = await inner.source.bytes(options.maxBytes);
        if (!part) refuse(path, 'limit', overDocumentSize(options.maxBytes));
        else visit(path, () => partFile(part, path));
      } finally {
        await inner.source.discard();
      }
    }
  } finally {
    await node.source.discard();
  }
}

type Refuse = (path: string, kind: RefusedEntryKind, reason: string) => void;

async function walk(bytes: Uint8Array, name: string, options: EmbeddedOptions, visit: Visit, refuse: Refuse) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isOleFile(buffer)) walkOle(buffer, options, visit);
  else await walkOoxml(bytes, name, options, visit, refuse);
}

/** Our own refusals say what they are already; another error is named by its class. */
const reasonOf = (error: unknown) => (error instanceof EmbeddedError ? error.message : errorText(error));

const kindOf = (error: unknown): RefusedEntryKind =>
  error instanceof EmbeddedError ? error.kind : error instanceof LimitExceededError ? 'limit' : 'unreadable';

/**
 * Lists the files embedded in Office document `bytes` (named `name`), each hashed, its bytes let go;
 * problems per object, never thrown. Stops at --max-archive-entries files or --max-archive-gb bytes.
 */
export async function listEmbedded(
  bytes: Uint8Array,
  name: string,
  options: EmbeddedOptions,
): Promise<EmbeddedListing> {
  const listing: EmbeddedListing = { files: [], refused: [] };
  const refuse: Refuse = (path, kind, reason) => listing.refused.push({ entry: objectEntry(path), kind, reason });
  let total = 0;
  const visit: Visit = (path, found) => {
    if (listing.files.length + 1 > options.limits.maxArchiveEntries)
      throw new LimitExceededError('maxArchiveEntries', `${name}: more embedded files`, options.limits);
    let file: Found | undefined;
    try {
      file = found();
    } catch (error) {
      refuse(path, kindOf(error), reasonOf(error));
      return;
    }
    if (!file) return;
    if (file.bytes.length > options.maxBytes) {
      refuse(path, 'limit', overDocumentSize(options.maxBytes, file.bytes.length));
      return;
    }
    total += file.bytes.length;
    if (total > options.limits.maxArchiveBytes)
      throw new LimitExceededError('maxArchiveBytes', `${name}: its embedded files`, options.limits);
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    listing.files.push({ path, name: file.name, generic: file.generic, size: file.bytes.length, sha256 });
  };
  try {
    await walk(bytes, name, options, visit, refuse);
  } catch (error) {
    listing.stopped = { kind: kindOf(error), reason: reasonOf(error) };
  }
  return listing;
}

class Taken extends Error {
  override name = 'Taken';
}

/** The file embedded at `path` (a label as listed) in Office document `bytes`, read again. */
export async function readEmbedded(
  bytes: Uint8Array,
  name: string,
  path: string,
  options: EmbeddedOptions,
): Promise<EmbeddedFile> {
  let file: EmbeddedFile | undefined;
  let problem = '';
  const visit: Visit = (label, found) => {
    if (label !== path) return;
    const got = found();
    if (got) file = { path, ...got };
    // Found: the rest of the document need not be walked.
    throw new Taken();
  };
  await walk(bytes, name, options, visit, (p, _kind, reason) => {
    if (p === path) problem = `: ${reason}`;
  }).catch((error: unknown) => {
    if (!(error instanceof Taken)) problem = `: ${reasonOf(error)}`;
  });
  if (file && file.bytes.length <= options.maxBytes) return file;
  throw new SourceMissingError(`${name}: no embedded file at ${JSON.stringify(path)}${problem}`);
}
