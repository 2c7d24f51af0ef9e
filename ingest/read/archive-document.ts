/**
 * ① read: an archive that is a document (issue 12: a zip, tar or gzip attached to a message, or a
 * plain zip named as an office file) → its files, each hashed, to become Documents of their own;
 * and one entry's bytes again, for the document pass and the /raw door. The archive is held in
 * memory (it is one document, at most the document size limit) and opened by the same container
 * readers as a dump's archives (zip, tar, gzip: read-node.ts childrenOf), so entry names are checked
 * (entry-names.ts) and entries counted and inflated under the same ReadLimits. One layer at a time:
 * an archive inside is a file here, opened when the pass reads it in turn.
 *
 * Zip bombs are also refused as office packages are (extract/documents/limits.ts maxZipRatio): an
 * entry of 1 MiB or more that inflates more than `maxRatio` times its compressed size is not
 * inflated when its zip declares so, and stopped when it gets there otherwise (a gzip layer).
 */
import { createHash } from 'node:crypto';

import type { ArchiveListing, ContainerFormat, RefusedEntry, RefusedEntryKind } from '../model.js';
import type { ChildEntry, ReadContext } from './container.js';
import { SNIFF_BYTES, detectFormat } from './detect.js';
import { SourceMissingError, errorText } from './errors.js';
import { type InputNode, bufferSource } from './input-node.js';
import type { ReadLimits } from './limits.js';
import { PACKAGE_NAME, childrenOf } from './read-node.js';

// Below this an entry is too small to be a bomb whatever its ratio (a page of spaces compresses 1000:1).
export const BOMB_MIN_BYTES = 1024 * 1024;

export interface ArchiveOptions {
  limits: ReadLimits;
  /** Inflated/compressed ratio above which an entry of at least 1 MiB is a bomb. */
  maxRatio: number;
}

/** The container an archive document is, or undefined: office packages (by first entry or name) are documents. */
export function archiveFormatOf(bytes: Uint8Array, name: string): ContainerFormat | undefined {
  const format = detectFormat(bytes.subarray(0, SNIFF_BYTES));
  if (format === 'zip') return PACKAGE_NAME.test(name) ? undefined : 'zip';
  return format === 'tar' || format === 'gzip' ? format : undefined;
}

export function memoryNode(bytes: Uint8Array, name: string): InputNode {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    ref: { path: name, entries: [] },
    name,
    dirs: [],
    rootLabel: name,
    depth: 0,
    budget: { bytes: 0, entries: 0 },
    head: buffer.subarray(0, SNIFF_BYTES),
    source: bufferSource(buffer),
  };
}

/** The kind of a problem, from the error the container readers raise (by class name, errors.ts). */
function kindOf(text: string): RefusedEntryKind {
  if (text.startsWith('UnsafeEntryNameError')) return 'unsafe-name';
  if (text.startsWith('LimitExceededError')) return 'limit';
  if (/encrypted/i.test(text)) return 'encrypted';
  return 'unreadable';
}

class BombError extends Error {
  override name = 'BombError';
}

function bombReason(entry: string, size: number, compressed: number, maxRatio: number, declared: boolean): string {
  const ratio = Math.round(size / Math.max(1, compressed));
  return `entry ${JSON.stringify(entry)} ${declared ? 'declares' : 'inflated to'} ${size} bytes from ${compressed} compressed (${ratio}:1, over the ${maxRatio}:1 limit on a zip entry of 1 MiB or more, maxZipRatio): a zip bomb, not inflated further`;
}

/** The entry's SHA-256 and size, streamed; stopped as a bomb past `maxRatio` times `compressed`. */
async function hashEntry(child: InputNode, entry: string, compressed: number, maxRatio: number) {
  const hash = createHash('sha256');
  let size = 0;
  const bound = Math.max(BOMB_MIN_BYTES, compressed * maxRatio);
  for await (const chunk of child.source.stream()) {
    size += chunk.length;
    if (size > bound) throw new BombError(bombReason(entry, size, compressed, maxRatio, false));
    hash.update(chunk);
  }
  return { sha256: hash.digest('hex'), size };
}

export function declaredBomb(child: ChildEntry, maxRatio: number): string | undefined {
  const d = child.declared;
  if (!d || d.size < BOMB_MIN_BYTES || d.size <= d.compressedSize * maxRatio) return undefined;
  return bombReason(child.label, d.size, d.compressedSize, maxRatio, true);
}

/** Lists the files of archive document `bytes` (named `name`), each hashed; problems per entry, never thrown. */
export async function listArchive(
  bytes: Uint8Array,
  name: string,
  format: ContainerFormat,
  options: ArchiveOptions,
): Promise<ArchiveListing<ContainerFormat>> {
  const listing: ArchiveListing<ContainerFormat> = { format, entries: [], refused: [] };
  const refuse = (entry: string, kind: RefusedEntryKind, reason: string) =>
    listing.refused.push({ entry, kind, reason } satisfies RefusedEntry);
  const ctx: ReadContext = {
    limits: options.limits,
    events: {
      // A warning (a zip entry whose CRC-32 fails, read as it is) refuses nothing: the entry is listed.
      onIssue: (issue) => {
        if (issue.lostMessage) refuse(issue.source.entries.at(-1) ?? '?', kindOf(issue.error), issue.error);
      },
      onSkip: (where, why) => refuse(where.split(' » ').at(-1) ?? where, 'not-a-file', why),
    },
  };
  const node = memoryNode(bytes, name);
  try {
    for await (const child of childrenOf(format, node, ctx)) {
      const bomb = declaredBomb(child, options.maxRatio);
      if (bomb) {
        refuse(child.label, 'bomb', bomb);
        continue;
      }
      try {
        const inner = await child.open();
        try {
          const compressed = child.declared?.compressedSize ?? bytes.byteLength;
          const { sha256, size } = await hashEntry(inner, child.label, compressed, options.maxRatio);
          listing.entries.push({ entry: child.label, name: inner.name, size, sha256 });
        } finally {
          await inner.source.discard();
        }
      } catch (error) {
        const text = errorText(error);
        refuse(child.label, error instanceof BombError ? 'bomb' : kindOf(text), text);
      }
    }
  } catch (error) {
    const text = errorText(error);
    listing.stopped = { kind: kindOf(text), reason: text };
  } finally {
    await node.source.discard();
  }
  return listing;
}

/** The container `bytes` are by content alone (a plain zip named as an office file was opened as one too). */
function containerOf(bytes: Uint8Array): ContainerFormat | undefined {
  const format = detectFormat(bytes.subarray(0, SNIFF_BYTES));
  if (format === 'document') return 'zip';
  return format === 'zip' || format === 'tar' || format === 'gzip' ? format : undefined;
}

/** The bytes of entry `entry` of archive document `bytes`, at most `maxBytes`. */
export async function readArchiveEntry(
  bytes: Uint8Array,
  name: string,
  entry: string,
  maxBytes: number,
  limits: ReadLimits,
): Promise<Uint8Array> {
  const format = containerOf(bytes);
  if (!format) throw new SourceMissingError(`${name}: not an archive`);
  const ctx: ReadContext = { limits, events: { onIssue: () => {}, onSkip: () => {} } };
  const node = memoryNode(bytes, name);
  for await (const child of childrenOf(format, node, ctx)) {
    if (child.label !== entry) continue;
    const inner = await child.open();
    try {
      const found = await inner.source.bytes(maxBytes);
      if (!found) throw new SourceMissingError(`${name} » ${entry}: over ${maxBytes} bytes`);
      return found;
    } finally {
      await inner.source.discard();
    }
  }
  throw new SourceMissingError(`${name}: no entry ${JSON.stringify(entry)}`);
}
