/**
 * The documents task, for an archive (issue 12): a zip, tar or gzip document is not read for text
 * but listed (read/archive-document.ts), its files hashed to become documents of their own, under
 * the archive limits of the read stage (ReadLimits: entries, bytes, nesting depth) and the zip-bomb
 * ratio of office packages. Runs in the document worker, so the pool's time and memory limits
 * bound it like any document. An Office document with embedded files (read/embedded-objects.ts), and
 * a PDF with attached files, is read for its text as any document, and its files listed the same way.
 */

import { archiveRecord } from '../extract/documents/archive-record.js';
import { failedRecord } from '../extract/documents/failed-record.js';
import { type DocumentLimits, documentLimits } from '../extract/documents/limits.js';
import { pdfAttachments } from '../extract/documents/formats/read-pdf.js';
import { sha256Hex } from '../extract/ids.js';
import type { DocumentAbout } from '../extract/documents/read-document.js';
import type { DocumentFormat, DocumentRecord } from '../extract/documents/types.js';
import type { ArchiveListing, ContainerFormat } from '../model.js';
import { listArchive } from '../read/archive-document.js';
import {
  type EmbeddedListing,
  listEmbedded,
  objectEntry,
  objectLabel,
  overDocumentSize,
} from '../read/embedded-objects.js';
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

// Formats whose embedded objects are files of their own (ODF's objects are parts of the document).
const EMBEDDING: ReadonlySet<DocumentFormat> = new Set(['docx', 'xlsx', 'pptx', 'doc', 'xls', 'ppt', 'pdf']);

/** The files attached to a PDF, listed as an Office document's embedded files are: hashed, names made safe. */
async function pdfFiles(bytes: Uint8Array, limits: DocumentLimits): Promise<EmbeddedListing> {
  const listing: EmbeddedListing = { files: [], refused: [] };
  try {
    for (const file of await pdfAttachments(bytes, limits)) {
      const path = objectLabel(file.path);
      if (file.bytes.length > limits.maxBytes) {
        const reason = overDocumentSize(limits.maxBytes, file.bytes.length);
        listing.refused.push({ entry: objectEntry(path), kind: 'limit', reason });
        continue;
      }
      const sha256 = sha256Hex(file.bytes);
      const name = objectLabel(file.name);
      listing.files.push({ path, name, generic: file.generic, size: file.bytes.length, sha256 });
    }
  } catch (error) {
    listing.stopped = { kind: 'unreadable', reason: `the PDF's attachments cannot be read: ${String(error)}` };
  }
  return listing;
}

/**
 * `record` with the files embedded in its document listed, when it has any: each a document to
 * read next, as an archive's files are, under the same nesting limit.
 */
export async function withEmbeddedFiles(
  bytes: Uint8Array,
  about: DocumentAbout,
  record: DocumentRecord,
  depth: number,
  config: ProcessConfig,
): Promise<DocumentRecord & { archive?: ArchiveListing }> {
  if (record.status !== 'ok' || !EMBEDDING.has(record.format)) return record;
  // A .ppt's objects are counted while its text is read, which stops at the text cap: not a gate.
  if (record.format !== 'ppt' && !record.structure.embeddedObjects) return record;
  const limits = config.documents?.archive ?? DEFAULT_READ_LIMITS;
  const listing: ArchiveListing = { format: 'office', entries: [], refused: [] };
  if (depth + 1 > limits.maxArchiveDepth) {
    const reason = `its embedded files, ${depth} archives or documents deep, not opened: over ${describeLimit(limits, 'maxArchiveDepth')}`;
    return { ...record, archive: { ...listing, stopped: { kind: 'limit', reason } } };
  }
  const documents = documentLimits(config.documents?.limits);
  const found =
    record.format === 'pdf'
      ? await pdfFiles(bytes, documents)
      : await listEmbedded(bytes, about.name ?? '', {
          limits,
          maxRatio: documents.maxZipRatio,
          maxBytes: documents.maxBytes,
        });
  for (const { path, generic, ...file } of found.files)
    listing.entries.push({ ...file, entry: objectEntry(path), ...(generic && { generic: true }) });
  listing.refused = found.refused;
  if (found.stopped) listing.stopped = found.stopped;
  return { ...record, archive: listing };
}
