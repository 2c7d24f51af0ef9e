/**
 * One file inside a document that holds others, read again (issue 12): an entry of an archive
 * document (read/archive-document.ts), a file embedded in an Office document (read/embedded-objects.ts)
 * or attached to a PDF (extract/documents/formats/read-pdf.ts), the last two labelled
 * `/object <path>`. The document pass, copy-bytes.ts and the /raw door follow every label the same way.
 */
import { sniffFormat } from './extract/documents/detect-format.js';
import { pdfAttachments } from './extract/documents/formats/read-pdf.js';
import { documentLimits } from './extract/documents/limits.js';
import { readArchiveEntry } from './read/archive-document.js';
import { objectLabel, objectPath, readEmbedded } from './read/embedded-objects.js';
import { SourceMissingError } from './read/errors.js';
import type { ReadLimits } from './read/limits.js';

// A PDF as the document reader decided it was one when it listed its attachments.
const isPdf = (bytes: Uint8Array) => sniffFormat(bytes).format === 'pdf';

async function pdfAttachment(bytes: Uint8Array, name: string, path: string, maxBytes: number) {
  const found = (await pdfAttachments(bytes, documentLimits({ maxBytes }))).find((a) => objectLabel(a.path) === path);
  if (!found) throw new SourceMissingError(`${name}: no attached file ${JSON.stringify(path)}`);
  if (found.bytes.length > maxBytes) throw new SourceMissingError(`${name} » ${path}: over ${maxBytes} bytes`);
  return found;
}

/** The bytes of `entry` inside document `bytes` (named `name`), at most `maxBytes`, and the file's name. */
export async function readDocumentEntry(
  bytes: Uint8Array,
  name: string,
  entry: string,
  maxBytes: number,
  limits: ReadLimits,
): Promise<{ bytes: Uint8Array; name: string }> {
  const path = objectPath(entry);
  if (path !== undefined)
    return isPdf(bytes)
      ? pdfAttachment(bytes, name, path, maxBytes)
      : readEmbedded(bytes, name, path, { limits, maxBytes });
  // Named as the document pass named it: a gzip layer's entry is named after its file.
  return {
    bytes: await readArchiveEntry(bytes, name, entry, maxBytes, limits),
    name: entry.split('/').at(-1) ?? entry,
  };
}
