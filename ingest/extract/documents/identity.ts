/**
 * ③ extract (documents): what identifies a document and says what it is — hash, size, the name
 * and type it came with, the format found in its content and whether the name agrees. Shared by
 * the full record (read-document.ts) and the record of a document its worker never returned
 * (failed-record.ts).
 */
import { createHash } from 'node:crypto';

import { extensionMismatch, kindOf, mimeTypeOf } from './detect-format.js';
import type { DocumentAbout } from './read-document.js';
import type { DocumentFormat, DocumentRecord } from './types.js';

export type DocumentIdentity = Pick<
  DocumentRecord,
  'sha256' | 'size' | 'name' | 'declaredType' | 'format' | 'formatDetail' | 'mimeType' | 'kind' | 'extensionMismatch'
>;

export function documentIdentity(
  bytes: Uint8Array,
  about: DocumentAbout,
  format: DocumentFormat,
  detail: string | undefined,
): DocumentIdentity {
  const mismatch = extensionMismatch(about.name, format);
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: bytes.byteLength,
    ...(about.name !== undefined && { name: about.name }),
    ...(about.contentType !== undefined && { declaredType: about.contentType }),
    format,
    ...(detail && { formatDetail: detail }),
    mimeType: mimeTypeOf(format, detail),
    kind: kindOf(format),
    ...(mismatch && { extensionMismatch: mismatch }),
  };
}
