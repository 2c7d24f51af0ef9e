/**
 * The documents task, for an archive (issue 12): a zip, tar or gzip document is not read for text
 * but listed (read/archive-document.ts), its files hashed to become documents of their own, under
 * the archive limits of the read stage (ReadLimits: entries, bytes, nesting depth) and the zip-bomb
 * ratio of office packages. Runs in the document worker, so the pool's time and memory limits
 * bound it like any document.
 */
import { archiveRecord } from '../extract/documents/archive-record.js';
import { failedRecord } from '../extract/documents/failed-record.js';
import { documentLimits } from '../extract/documents/limits.js';
import type { DocumentAbout } from '../extract/documents/read-document.js';
import type { ContainerFormat } from '../model.js';
import { listArchive } from '../read/archive-document.js';
import { DEFAULT_READ_LIMITS, describeLimit } from '../read/limits.js';
import type { ProcessConfig } from './process-config.js';
import type { DocumentRead } from './protocol.js';

/** `depth`: archives above this one (0 for an attachment or a loose file). */
export async function readArchiveWork(
  bytes: Uint8Array,
  about: DocumentAbout,
  format: ContainerFormat,
  depth: number,
  config: ProcessConfig,
): Promise<DocumentRead> {
  const limits = config.documents?.archive ?? DEFAULT_READ_LIMITS;
  if (depth + 1 > limits.maxArchiveDepth) {
    const reason = `a ${format} archive ${depth} archives deep, not opened: over ${describeLimit(limits, 'maxArchiveDepth')}`;
    return { ...failedRecord(bytes, about, 'too-complex', reason), format, kind: 'archive' };
  }
  const maxRatio = documentLimits(config.documents?.limits).maxZipRatio;
  const listing = await listArchive(bytes, about.name ?? '', format, { limits, maxRatio });
  return { ...archiveRecord(bytes, about, listing), archive: listing };
}
