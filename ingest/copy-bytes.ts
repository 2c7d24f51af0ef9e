/**
 * A copy's exact bytes read again from its SourceRef, mail attached to mail included (issue 12), and
 * checked against the SHA-256 the ingest recorded. The one door every re-reading goes through: the
 * API's raw-message door (server/db/raw-source.ts), `leakgraph show --raw`, `leakgraph verify` and the
 * document pass (document-bytes.ts).
 *
 * The entries up to the first `/part <n> (<name>)` (attached-part.ts) lead to the carrier, read by
 * read/raw-copy.ts; then, at each part entry, the carrier is parsed as the ingest parsed it and its
 * attachment n taken: an .eml as it is, an Outlook .msg rebuilt as RFC 5322 (read/outlook-mime.ts),
 * the labels that follow the part leading down to the Outlook item embedded in it.
 */
import { createHash } from 'node:crypto';

import { partIndex } from './attached-part.js';
import type { SourceRef } from './model.js';
import { messageAttachments } from './parse/parse-message.js';
import { isOleFile } from './read/detect.js';
import { SourceChangedError, SourceMissingError } from './read/errors.js';
import { msgItem, parseMsg } from './read/msg-item.js';
import { embeddedItem } from './read/outlook-messages.js';
import { composeItem } from './read/outlook-mime.js';
import { type RawCopyOptions, readRawCopy } from './read/raw-copy.js';

const where = (source: SourceRef, upTo: number) => [source.path, ...source.entries.slice(0, upTo)].join(' » ');

/** The attachment `entries[at]` names, inside `carrier`, with the Outlook labels after it followed down. */
async function attachedBytes(carrier: Uint8Array, entries: string[], at: number, place: string): Promise<Buffer> {
  const index = partIndex(entries[at]!)!;
  const parts = await messageAttachments(carrier);
  const part = parts[index];
  if (!part) throw new SourceMissingError(`${place}: the carrier has ${parts.length} attachment(s), no part ${index}`);
  const labels = entries.slice(at + 1);
  if (!isOleFile(part.content)) {
    if (labels.length > 0) throw new SourceChangedError(`${place}: part ${index} is no longer an Outlook .msg`);
    return part.content;
  }
  const { reader, data } = parseMsg(part.content);
  const item = embeddedItem(msgItem(reader, data), labels);
  if (!item) throw new SourceMissingError(`${place}: no embedded message ${labels.join(' » ')} any more`);
  return composeItem(item);
}

export async function readCopyBytes(source: SourceRef, options: RawCopyOptions = {}): Promise<Uint8Array> {
  const parts = source.entries.flatMap((e, i) => (partIndex(e) === undefined ? [] : [i]));
  if (parts.length === 0) return readRawCopy(source, options);
  let bytes: Uint8Array = await readRawCopy(
    { ...source, entries: source.entries.slice(0, parts[0]) },
    options.limits ? { limits: options.limits } : {},
  );
  for (const [k, at] of parts.entries()) {
    const end = parts[k + 1] ?? source.entries.length;
    bytes = await attachedBytes(bytes, source.entries.slice(0, end), at, where(source, end));
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
