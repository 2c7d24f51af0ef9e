/**
 * A document's original bytes (issue 12), read again from one of the places the graph records and
 * checked against its SHA-256: a loose file (path and archive entries), or a message that carries
 * it — the copy's raw bytes through the raw-reading door (copy-bytes.ts, hash checked too), parsed
 * by mailparser as the ingest parsed them, the attachment at `part`. Cheapest place first; the
 * first whose bytes still hash to the key wins. Used by the document pass and by the API's /raw
 * door for documents (`documentBytes`).
 */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

import { copySource } from './batch/graph-schema.js';
import { DEFAULT_MAX_DOCUMENT_BYTES } from './extract/documents/limits.js';
import { type AttachmentContent, messageAttachments } from './parse/parse-message.js';
import { readCopyBytes } from './copy-bytes.js';
import { readDocumentEntry } from './document-entry.js';
import { objectPath } from './read/embedded-objects.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './read/limits.js';
import { readRawFile } from './read/raw-copy.js';
import {
  type DocumentArchive,
  type DocumentCarrier,
  type DocumentFile,
  type DocumentPlaces,
  readDocumentPlaces,
} from './write/documents.js';

/** `depth`: the archive layers above the place read (archive entries of a loose file, archive documents). */
export type DocumentBytes =
  { ok: true; bytes: Uint8Array; from: string; depth: number } | { ok: false; problem: string };

const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const describeFile = (f: DocumentFile) => [f.path, ...f.entries].join(' » ');

function describeCarrier(c: DocumentCarrier): string {
  const where = [String(c.copy.path), ...((c.copy.entries as string[] | null) ?? [])].join(' » ');
  const position = c.copy.position ? ` #${String(c.copy.position)}` : '';
  return `${where}${position}, attachment ${c.part ?? '(by hash)'}`;
}

/**
 * The last message parsed, with its attachments: a message carrying several documents is read and
 * parsed once when its documents are fetched one after the other (the pass orders them so).
 */
export interface CarrierCache {
  copy?: string;
  attachments?: AttachmentContent[];
}

async function carrierAttachments(carrier: DocumentCarrier, cache: CarrierCache): Promise<AttachmentContent[]> {
  const key = carrier.copy.key;
  if (cache.copy === key && cache.attachments) return cache.attachments;
  const raw = await readCopyBytes(copySource(carrier.copy), { sha256: String(carrier.copy.sha256) });
  const attachments = await messageAttachments(raw);
  cache.copy = key;
  cache.attachments = attachments;
  return attachments;
}

async function fromCarrier(carrier: DocumentCarrier, sha256: string, cache: CarrierCache): Promise<Uint8Array> {
  const attachments = await carrierAttachments(carrier, cache);
  const atPart = carrier.part === null ? undefined : attachments[carrier.part];
  const found = atPart?.sha256 === sha256 ? atPart : attachments.find((a) => a.sha256 === sha256);
  if (!found) throw new Error(`the message has no attachment with this hash (it has ${attachments.length})`);
  return found.content;
}

/** How to reach the archive documents that hold a document (issue 12). */
export interface ArchiveAccess {
  /** An archive document's places; without it, archive places are not tried. */
  placesOf?: (sha256: string) => Promise<DocumentPlaces | undefined>;
  limits?: ReadLimits;
  /** The last archive document fetched: its entries are usually fetched one after the other. */
  last?: { sha256: string; bytes: Uint8Array; depth: number };
  /** The archive documents being fetched to reach this one: one that holds itself is not followed again. */
  chain?: string[];
}

async function fromArchive(
  archive: DocumentArchive,
  maxBytes: number,
  cache: CarrierCache,
  access: ArchiveAccess,
): Promise<{ bytes: Uint8Array; depth: number }> {
  const chain = access.chain ?? [];
  if (chain.includes(archive.sha256)) throw new Error('the archive holds itself (not followed again)');
  let parent = access.last?.sha256 === archive.sha256 ? access.last : undefined;
  if (!parent) {
    const places = await access.placesOf!(archive.sha256);
    if (!places) throw new Error('the archive document is no longer in the graph');
    const got = await fetchDocumentBytes(places, DEFAULT_MAX_DOCUMENT_BYTES, cache, {
      ...access,
      chain: [...chain, archive.sha256],
    });
    if (!got.ok) throw new Error(`the archive cannot be read: ${got.problem}`);
    parent = { sha256: archive.sha256, bytes: got.bytes, depth: got.depth };
    if (chain.length === 0) access.last = parent;
  }
  const limits = access.limits ?? DEFAULT_READ_LIMITS;
  const { bytes } = await readDocumentEntry(parent.bytes, archive.name, archive.entry, maxBytes, limits);
  return { bytes, depth: parent.depth + 1 };
}

const describeArchive = (a: DocumentArchive) =>
  `entry ${a.entry} of ${objectPath(a.entry) === undefined ? 'archive document' : 'document'} ${a.sha256.slice(0, 16)} (${a.name})`;

/**
 * The bytes of `places.sha256` from the first place that still holds them; else, for each place,
 * why not. Files larger than `maxBytes` are not read.
 */
export async function fetchDocumentBytes(
  places: DocumentPlaces,
  maxBytes: number = DEFAULT_MAX_DOCUMENT_BYTES,
  cache: CarrierCache = {},
  access: ArchiveAccess = {},
): Promise<DocumentBytes> {
  const at = (depth: number, read: () => Promise<Uint8Array>) => async () => ({ bytes: await read(), depth });
  const attempts: { from: string; read: () => Promise<{ bytes: Uint8Array; depth: number }> }[] = [
    // A loose file is one open (plus its archive layers); a carrier is a message read and parsed again;
    // an archive entry is the archive fetched again (any of these), then the entry.
    ...places.files.map((f) => ({
      from: describeFile(f),
      read: at(f.entries.length, () => readRawFile(f, { maxBytes })),
    })),
    ...places.carriers.map((c) => ({
      from: describeCarrier(c),
      read: at(0, () => fromCarrier(c, places.sha256, cache)),
    })),
    ...(access.placesOf ? places.archives : []).map((a) => ({
      from: describeArchive(a),
      read: () => fromArchive(a, maxBytes, cache, access),
    })),
  ];
  if (attempts.length === 0) return { ok: false, problem: 'the graph records no place for this document' };
  const problems: string[] = [];
  for (const attempt of attempts) {
    try {
      const { bytes, depth } = await attempt.read();
      const actual = sha256Hex(bytes);
      if (actual === places.sha256) return { ok: true, bytes, from: attempt.from, depth };
      problems.push(`${attempt.from}: the bytes now hash to ${actual.slice(0, 12)}…`);
    } catch (error) {
      problems.push(`${attempt.from}: ${(error as Error).message}`);
    }
  }
  return { ok: false, problem: `no place still holds this document: ${problems.join('; ')}` };
}

/**
 * For the server's /raw door: the original bytes of document `sha256`, checked against it.
 * Undefined when the graph has no such document.
 */
export async function documentBytes(driver: Driver, sha256: string): Promise<DocumentBytes | undefined> {
  const places = await readDocumentPlaces(driver, sha256.toLowerCase());
  return places && fetchDocumentBytes(places, DEFAULT_MAX_DOCUMENT_BYTES, {}, archiveAccess(driver));
}

/** Archive places read through the graph: an archive document's places looked up as needed. */
export function archiveAccess(driver: Driver, limits?: ReadLimits): ArchiveAccess {
  return { placesOf: (sha256) => readDocumentPlaces(driver, sha256), ...(limits && { limits }) };
}
