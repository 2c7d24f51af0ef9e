/**
 * ③ extract (documents): the record of a document that could not be read at all — over the time
 * or memory limit of its worker, or killed it — built on the main thread from the bytes alone, so
 * the document is still accounted for with its hash, size, detected format and the limit it hit.
 */
import { sniffFormat } from './detect-format.js';
import { documentIdentity } from './identity.js';
import type { DocumentAbout } from './read-document.js';
import type { DocumentRecord, DocumentStatus } from './types.js';

export function failedRecord(
  bytes: Uint8Array,
  about: DocumentAbout,
  status: Exclude<DocumentStatus, 'ok'>,
  reason: string,
): DocumentRecord {
  const sniffed = sniffFormat(bytes);
  return {
    ...documentIdentity(bytes, about, sniffed.container ?? sniffed.format, sniffed.detail),
    status,
    reason,
    text: '',
    textTruncated: false,
    textLayer: 'none',
    language: 'und',
    counts: { words: 0, characters: 0 },
    metadata: { raw: [], normalised: { custom: {}, sources: {}, conflicts: [] } },
    people: [],
    structure: {},
    anomalies: [],
    elapsedMs: 0,
  };
}
