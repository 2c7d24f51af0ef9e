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
 * a `CONTENTS` stream (Acrobat's PDF) or a `Package` stream (an OOXML file inside an OLE object).
 * An object that holds no file (an equation, a chart's cache, a link) is no entry.
 *
 * Entries are labelled `/object <path>` (the part or storage path): the slash keeps them apart from
 * archive entry labels, as `/part` and `/mbox` are (attached-part.ts). One layer at a time: a
 * document embedded in the embedded document is listed when the pass reads that one.
 */
import { constants, inflateSync } from 'node:zlib';

import CFB from 'cfb';

import type { RefusedEntry, RefusedEntryKind } from '../model.js';
import { memoryNode, declaredBomb } from './archive-document.js';
import type { ReadContext } from './container.js';
import { isOleFile } from './detect.js';
import { SourceMissingError, errorText } from './errors.js';
import { printableName } from './entry-names.js';
import type { ReadLimits } from './limits.js';
import { capName } from '../text-caps.js';
import { childrenOf } from './read-node.js';

const OBJECT_ENTRY = /^\/object (.+)$/s;

export const objectEntry = (path: string): string => `/object ${path}`;

/** The part or storage path an entry names, or undefined when it is not an embedded-object entry. */
export const objectPath = (entry: string): string | undefined => OBJECT_ENTRY.exec(entry)?.[1];

const OOXML_EMBEDDING = /^(word|xl|ppt)\/embeddings\/[^/]+$/;
// Storages of embedded objects: Word's ObjectPool, Excel's MBD<hex> (both one level below the root).
const OLE_OBJECT = /^(ObjectPool\/[^/]+|MBD[0-9A-Fa-f]+)$/;

export interface EmbeddedFile {
  /** The part or storage it came from. */
  path: string;
  /** The file's own name when the object records one (a package), else one made from the path. */
  name: string;
  /** The name was made from the part or storage path (Office's label, not the file's name). */
  generic: boolean;
  bytes: Buffer;
}

export interface EmbeddedListing {
  files: EmbeddedFile[];
  refused: RefusedEntry[];
  /** The container could not be read to its end (its objects up to there are listed). */
  stopped?: { kind: RefusedEntryKind; reason: string };
}

export interface EmbeddedOptions {
  limits: ReadLimits;
  /** Inflated/compressed ratio above which a part of 1 MiB or more is a bomb (office packages); none when reading again. */
  maxRatio?: number;
  /** Largest file taken out (the document size limit). */
  maxBytes: number;
  /** Only this path (reading one file again). */
  only?: string;
}

/** A file taken out of an object: `generic` when its name was made from the path. */
type Found = Omit<EmbeddedFile, 'path'>;

/** A storage's streams by path below it, names as stored. */
type Streams = Map<string, Buffer>;

const lower = (streams: Streams, name: string) =>
  [...streams].find(([p]) => p.toLowerCase() === name.toLowerCase())?.[1];

class EmbeddedError extends Error {
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

/** A path or name from the file as a label: a hostile file's names may hold control characters, or megabytes. */
export const objectLabel = (raw: string): string => capName(printableName(raw));

/** A recorded file name as a plain base name: a package records the full path it was taken from. */
const baseName = (raw: string) => objectLabel(raw.split(/[\\/]/).at(-1) ?? raw);

/**
 * The file an OLE1 package (`\x01Ole10Native`) holds: size, a type word, the label and the source
 * path (zero-terminated), two words, the temporary path (its length first), the data (its length first).
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
  const recorded = baseName(label || source);
  return { name: recorded || stemOf(path), generic: !recorded, bytes: stream.subarray(at, at + size) };
}

/** The streams under `storage` written out as a compound file of their own (an .msg, a .doc). */
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
  const extension =
    top.some((p) => p.startsWith('__substg1.0_')) || has('__properties_version1.0')
      ? '.msg'
      : has('WordDocument')
        ? '.doc'
        : has('Workbook') || has('Book')
          ? '.xls'
          : has('PowerPoint Document')
            ? '.ppt'
            : undefined;
  if (extension) return { name: named(stemOf(path), extension), generic: true, bytes: whole ?? storageFile(streams) };
  const contents = lower(streams, 'CONTENTS');
  if (contents) {
    const pdf = contents.subarray(0, 5).toString('latin1') === '%PDF-';
    return { name: pdf ? named(stemOf(path), '.pdf') : stemOf(path), generic: true, bytes: contents };
  }
  const pkg = lower(streams, 'Package');
  if (pkg) return { name: named(stemOf(path), officeExtension(pkg)), generic: true, bytes: pkg };
  return undefined;
}

/** The streams of a compound file below `prefix` (a storage path ending in '/', or '' for all). */
function streamsOf(container: CFB.CFB$Container, prefix: string): Streams {
  const root = container.FullPaths[0] ?? '';
  const streams: Streams = new Map();
  container.FullPaths.forEach((full, i) => {
    const path = full.slice(root.length);
    const entry = container.FileIndex[i]!;
    if (!path.startsWith(prefix) || path.endsWith('/') || entry.type !== 2) return;
    streams.set(path.slice(prefix.length), Buffer.from(entry.content ?? []));
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
  return oleObjectFile(streamsOf(readOle(bytes), ''), path, bytes);
}

type Take = (path: string, found: () => Found | undefined) => void;
type Refuse = (path: string, kind: RefusedEntryKind, reason: string) => void;

/** Lists the files embedded in Office document `bytes` (named `name`); problems per object, never thrown. */
export async function listEmbedded(
  bytes: Uint8Array,
  name: string,
  options: EmbeddedOptions,
): Promise<EmbeddedListing> {
  const listing: EmbeddedListing = { files: [], refused: [] };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const refuse: Refuse = (path, kind, reason) => listing.refused.push({ entry: objectEntry(path), kind, reason });
  const take: Take = (path, found) => {
    try {
      const file = found();
      if (!file) return;
      if (file.bytes.length > options.maxBytes)
        refuse(
          path,
          'limit',
          `${file.bytes.length} bytes, over the ${options.maxBytes}-byte limit on one document (maxBytes)`,
        );
      else listing.files.push({ path, ...file });
    } catch (error) {
      refuse(path, error instanceof EmbeddedError ? error.kind : 'unreadable', errorText(error));
    }
  };
  try {
    if (isOleFile(buffer)) listOle(buffer, options, take);
    else await listOoxml(bytes, name, options, refuse, take);
  } catch (error) {
    listing.stopped = { kind: error instanceof EmbeddedError ? error.kind : 'unreadable', reason: errorText(error) };
  }
  return listing;
}

const CONTAINER_VERSION = 0x0f;
const EX_OLE_OBJ_STG = 0x1011;

/**
 * The OLE objects of a PowerPoint 97 file: ExOleObjStg records of its "PowerPoint Document" stream
 * (MS-PPT 2.10.34), each a compound file, zlib-compressed (instance 1, its inflated size first) or
 * not. Labelled by the record's offset in the stream. Records are walked as read-ppt.ts walks them.
 */
function pptObjects(stream: Buffer, maxBytes: number, take: Take): void {
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
      take(`ExOleObjStg@${at}`, () => {
        const bytes = compressed ? inflateObject(data, maxBytes, at) : data;
        return oleObjectFile(streamsOf(readOle(bytes), ''), `ExOleObjStg@${at}`, bytes);
      });
    }
    at += 8 + length;
  }
}

/** A compressed ExOleObjStg: its declared size, then zlib; refused over `maxBytes`, or cut. */
function inflateObject(data: Buffer, maxBytes: number, at: number): Buffer {
  if (data.length < 4) throw new EmbeddedError('unreadable', `the object at ${at} is cut short`);
  const size = data.readUInt32LE(0);
  if (size > maxBytes)
    throw new EmbeddedError(
      'limit',
      `declares ${size} bytes, over the ${maxBytes}-byte limit on one document (maxBytes)`,
    );
  // Flushed rather than finished: PowerPoint leaves some streams without their end, the bytes are whole.
  let bytes: Buffer;
  try {
    bytes = inflateSync(data.subarray(4), { maxOutputLength: size + 1, finishFlush: constants.Z_SYNC_FLUSH });
  } catch (error) {
    throw new EmbeddedError('unreadable', `the object at ${at} cannot be inflated: ${errorText(error)}`);
  }
  if (bytes.length !== size)
    throw new EmbeddedError(
      'unreadable',
      `the object at ${at} inflates to ${bytes.length} bytes, not the ${size} it declares`,
    );
  return bytes;
}

function listOle(buffer: Buffer, options: EmbeddedOptions, take: Take): void {
  const container = readOle(buffer);
  const ppt = streamsOf(container, '').get('PowerPoint Document');
  if (ppt)
    pptObjects(
      ppt,
      options.maxBytes,
      options.only === undefined ? take : (path, found) => path === options.only && take(path, found),
    );
  const storages = container.FullPaths.map((p) =>
    p.slice((container.FullPaths[0] ?? '').length).replace(/\/$/, ''),
  ).filter((p) => OLE_OBJECT.test(p) && (options.only === undefined || objectLabel(p) === options.only));
  for (const path of storages) {
    const label = objectLabel(path);
    take(label, () => oleObjectFile(streamsOf(container, `${path}/`), label));
  }
}

async function listOoxml(bytes: Uint8Array, name: string, options: EmbeddedOptions, refuse: Refuse, take: Take) {
  const ctx: ReadContext = {
    limits: options.limits,
    events: {
      onIssue: (issue) => refuse(issue.source.entries.at(-1) ?? '?', 'unreadable', issue.error),
      onSkip: () => {},
    },
  };
  const node = memoryNode(bytes, name);
  try {
    for await (const child of childrenOf('zip', node, ctx)) {
      const path = child.label;
      if (!OOXML_EMBEDDING.test(path) || (options.only !== undefined && path !== options.only)) continue;
      const bomb = options.maxRatio === undefined ? undefined : declaredBomb(child, options.maxRatio);
      if (bomb) {
        refuse(path, 'bomb', bomb);
        continue;
      }
      const inner = await child.open();
      try {
        const part = await inner.source.bytes(options.maxBytes);
        if (!part) refuse(path, 'limit', `over the ${options.maxBytes}-byte limit on one document (maxBytes)`);
        else take(path, () => partFile(part, path));
      } finally {
        await inner.source.discard();
      }
    }
  } finally {
    await node.source.discard();
  }
}

/** The file embedded at `path` in Office document `bytes`, read again. */
export async function readEmbedded(
  bytes: Uint8Array,
  name: string,
  path: string,
  options: Omit<EmbeddedOptions, 'only'>,
) {
  const { files, refused } = await listEmbedded(bytes, name, { ...options, only: path });
  const file = files[0];
  if (file) return file;
  const why = refused[0] ? `: ${refused[0].reason}` : '';
  throw new SourceMissingError(`${name}: no embedded file at ${JSON.stringify(path)}${why}`);
}
