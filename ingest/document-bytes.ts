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
import { readRawFile } from './read/raw-copy.js';
import { type DocumentCarrier, type DocumentFile, type DocumentPlaces, readDocumentPlaces } from './write/documents.js';

export type DocumentBytes = { ok: true; bytes: Uint8Array; from: string } | { ok: false; problem: string };

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

/**
 * The bytes of `places.sha256` from the first place that still holds them; else, for each place,
 * why not. Files larger than `maxBytes` are not read.
 */
export async function fetchDocumentBytes(
  places: DocumentPlaces,
  maxBytes: number = DEFAULT_MAX_DOCUMENT_BYTES,
  cache: CarrierCache = {},
): Promise<DocumentBytes> {
  const attempts: { from: string; read: () => Promise<Uint8Array> }[] = [
    // A loose file is one open (plus its archive layers); a carrier is a message read and parsed again.
    ...places.files.map((f) => ({ from: describeFile(f), read: () => readRawFile(f, { maxBytes }) })),
    ...places.carriers.map((c) => ({ from: describeCarrier(c), read: () => fromCarrier(c, places.sha256, cache) })),
  ];
  if (attempts.length === 0) return { ok: false, problem: 'the graph records no place for this document' };
  const problems: string[] = [];
  for (const attempt of attempts) {
    try {
      const bytes = await attempt.read();
      const actual = sha256Hex(bytes);
      if (actual === places.sha256) return { ok: true, bytes, from: attempt.from };
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
  return places && fetchDocumentBytes(places);
}
