/**
 * A copy's exact bytes read again from its SourceRef, mail attached to mail included (issue 12), and
 * checked against the SHA-256 the ingest recorded. The one door every re-reading goes through: the
 * API's raw-message door (server/db/raw-source.ts), `leakgraph show --raw`, `leakgraph verify` and the
 * document pass (document-bytes.ts).
 *
 * The entries up to the first `/part <n> (<name>)` (attached-part.ts) lead to the carrier, read by
 * read/raw-copy.ts; then, at each part entry, the carrier is parsed as the ingest parsed it and its
 * attachment n taken. The entries after it lead on inside that attachment: through the archive it
 * is (zip, tar, gzip: entry labels, issue 12's mail in archive documents) to a file; an mbox's message
 * by `/mbox <k>`; an Outlook .msg rebuilt as RFC 5322 (read/outlook-mime.ts), its remaining labels
 * leading down to the Outlook item embedded in it; an .eml as it is. A file embedded in an Office
 * document (`/object <path>`, read/embedded-objects.ts) is followed the same way, from a carried
 * attachment or from a loose file, whose SourceRef then leads straight to its first object.
 */
import { createHash } from 'node:crypto';

import { mboxIndex, partIndex, partName } from './attached-part.js';
import { DEFAULT_MAX_DOCUMENT_BYTES } from './extract/documents/limits.js';
import type { SourceRef } from './model.js';
import { messageAttachments } from './parse/parse-message.js';
import { archiveFormatOf } from './read/archive-document.js';
import { isOleFile } from './read/detect.js';
import { readDocumentEntry } from './document-entry.js';
import { objectPath } from './read/embedded-objects.js';
import { SourceChangedError, SourceMissingError } from './read/errors.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './read/limits.js';
import { splitMboxBytes } from './read/mbox-split.js';
import { msgItem, parseMsg } from './read/msg-item.js';
import { embeddedItem } from './read/outlook-messages.js';
import { composeItem } from './read/outlook-mime.js';
import { type RawCopyOptions, readRawCopy, readRawFile } from './read/raw-copy.js';

const where = (source: SourceRef, upTo: number) => [source.path, ...source.entries.slice(0, upTo)].join(' » ');

/** Message `index` of the mbox `bytes` (named `name`), unquoted as the ingest read it. */
function mboxMessage(bytes: Uint8Array, name: string, index: number, place: string, limits: ReadLimits): Buffer {
  const found = splitMboxBytes(bytes, name, limits.maxMessageBytes).messages.find((m) => m.index === index);
  if (!found?.bytes) throw new SourceMissingError(`${place}: no message ${index} in the mbox any more`);
  return found.bytes;
}

/**
 * Follows `labels` down from a file's `bytes`: archive entries, files embedded in an Office document
 * (`/object <path>`), an mbox message, embedded Outlook items.
 */
async function insideFile(bytes: Uint8Array, name: string, labels: string[], place: string, limits: ReadLimits) {
  let current = bytes;
  let currentName = name;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    const index = mboxIndex(label);
    if (index !== undefined) {
      current = mboxMessage(current, currentName, index, place, limits);
      currentName = '';
    } else if (objectPath(label) !== undefined || archiveFormatOf(current, '')) {
      ({ bytes: current, name: currentName } = await readDocumentEntry(
        current,
        currentName,
        label,
        DEFAULT_MAX_DOCUMENT_BYTES,
        limits,
      ).catch((error: Error) => {
        error.message = `${place}: ${error.message}`;
        throw error;
      }));
    } else if (isOleFile(current)) return outlookBytes(current, labels.slice(i), place);
    else throw new SourceChangedError(`${place}: ${JSON.stringify(label)} leads nowhere: not an archive any more`);
  }
  return isOleFile(current) ? outlookBytes(current, [], place) : current;
}

/** An Outlook .msg rebuilt as RFC 5322, or the item embedded in it that `labels` lead to. */
function outlookBytes(bytes: Uint8Array, labels: string[], place: string): Buffer {
  const { reader, data } = parseMsg(bytes);
  const item = embeddedItem(msgItem(reader, data), labels);
  if (!item) throw new SourceMissingError(`${place}: no embedded message ${labels.join(' » ')} any more`);
  return composeItem(item);
}

/** The attachment `entries[at]` names, inside `carrier`, with the entries after it followed down. */
async function attachedBytes(carrier: Uint8Array, entries: string[], at: number, place: string, limits: ReadLimits) {
  const index = partIndex(entries[at]!)!;
  const parts = await messageAttachments(carrier);
  const part = parts[index];
  if (!part) throw new SourceMissingError(`${place}: the carrier has ${parts.length} attachment(s), no part ${index}`);
  return insideFile(part.content, partName(entries[at]!), entries.slice(at + 1), place, limits);
}

export async function readCopyBytes(source: SourceRef, options: RawCopyOptions = {}): Promise<Uint8Array> {
  const parts = source.entries.flatMap((e, i) => (partIndex(e) === undefined ? [] : [i]));
  // Mail embedded in a loose Office file starts at the file: its first entry inside is an object.
  const firstObject = source.entries.findIndex((e) => objectPath(e) !== undefined);
  const door = Math.min(...parts, ...(firstObject < 0 ? [] : [firstObject]));
  if (door === Infinity) return readRawCopy(source, options);
  const limits = options.limits ?? DEFAULT_READ_LIMITS;
  const upToDoor = { ...source, entries: source.entries.slice(0, door) };
  const fromFile = door < (parts[0] ?? Infinity);
  let bytes: Uint8Array = fromFile
    ? await readRawFile(upToDoor, { limits, maxBytes: DEFAULT_MAX_DOCUMENT_BYTES })
    : await readRawCopy(upToDoor, options.limits ? { limits: options.limits } : {});
  if (fromFile) {
    const end = parts[0] ?? source.entries.length;
    const name = (source.entries[door - 1] ?? source.path).split(/[\\/]/).at(-1) ?? '';
    bytes = await insideFile(bytes, name, source.entries.slice(door, end), where(source, end), limits);
  }
  for (const [k, at] of parts.entries()) {
    const end = parts[k + 1] ?? source.entries.length;
    bytes = await attachedBytes(bytes, source.entries.slice(0, end), at, where(source, end), limits);
  }
  if (options.sha256) {
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== options.sha256)
      throw new SourceChangedError(
        `${where(source, source.entries.length)}: the bytes now hash to ${actual}, the ingest read ${options.sha256}`,
      );
  }
  return bytes;
}
