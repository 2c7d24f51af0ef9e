/**
 * ① read: the entries of a zip file (yauzl). A zip is read from its central directory, so it
 * needs random access: on disk yauzl reads the file itself; a zip inside another archive is held
 * in memory, up to maxBufferedBytes for all levels held at once (holdInMemory). Entries are streamed out one at a time, never to disk.
 *
 * yauzl's own name check is turned off (decodeStrings: false) because it stops the whole archive
 * at the first bad name; names are decoded with yauzl's decoder and checked by entry-names.ts,
 * so one hostile entry is reported and the others are still read. Each entry's declared size is
 * checked against the archive budget before it is inflated, and yauzl enforces that the data
 * matches the declared size, so a zip bomb entry costs nothing. yauzl does not check an entry's CRC-32:
 * it is checked here as the bytes pass, and an entry read to its end whose bytes are not those the archive
 * recorded is read as it is, with a warning (damaged, or changed after it was zipped).
 */
import { crc32 } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

import {
  type ChildEntry,
  type ReadContext,
  budgetOf,
  childNode,
  childRef,
  countEntry,
  describeRef,
} from './container.js';
import { canonicalEntryName, EntryLabels, printableName } from './entry-names.js';
import { LimitExceededError, UnsupportedFormatError, errorText } from './errors.js';
import { type InputNode, chargeBudget, chunksOf, holdInMemory, peekStream } from './input-node.js';

const OPTIONS = {
  lazyEntries: true,
  decodeStrings: false,
  autoClose: false,
  validateEntrySizes: true,
  strictFileNames: false,
} as const;

async function openZip(node: InputNode, ctx: ReadContext): Promise<ZipFile> {
  if (node.source.diskPath) return yauzl.openPromise(node.source.diskPath, OPTIONS);
  const bytes = await holdInMemory(node, ctx.limits.maxBufferedBytes);
  if (!bytes) {
    throw new LimitExceededError(
      'maxBufferedBytes',
      `${describeRef(node.ref)}: a zip inside an archive is read in memory; unpack the outer archive first, or`,
      ctx.limits,
    );
  }
  return yauzl.fromBufferPromise(bytes, OPTIONS);
}

function checkEntry(entry: Entry, node: InputNode, ctx: ReadContext, label: string): void {
  const where = describeRef(childRef(node, label));
  if (entry.isEncrypted())
    throw new UnsupportedFormatError(`${where}: encrypted zip entry, cannot be read without its password`);
  if (!entry.canDecodeFileData())
    throw new UnsupportedFormatError(`${where}: zip compression method ${entry.compressionMethod} is not supported`);
  const budget = budgetOf(node);
  if (budget.bytes + entry.uncompressedSize > ctx.limits.maxArchiveBytes) {
    throw new LimitExceededError(
      'maxArchiveBytes',
      `${where}: entry declares ${entry.uncompressedSize} bytes (${entry.compressedSize} compressed), not inflated`,
      ctx.limits,
    );
  }
}

const hex = (crc: number) => crc.toString(16).padStart(8, '0');

/** The entry's bytes as they pass; once they have all passed, `onMismatch` if their CRC-32 is not `recorded`. */
async function* checkCrc(
  chunks: AsyncIterable<Buffer>,
  recorded: number,
  onMismatch: (found: number) => void,
): AsyncGenerator<Buffer> {
  let crc = 0;
  for await (const chunk of chunks) {
    crc = crc32(chunk, crc);
    yield chunk;
  }
  // Only when every byte was taken: a reader that stopped early (a large entry found not to be mail by its
  // head) checks nothing; an entry small enough to be read whole while its head is looked at is checked.
  if (crc !== recorded >>> 0) onMismatch(crc);
}

export async function* zipChildren(node: InputNode, ctx: ReadContext): AsyncGenerator<ChildEntry> {
  const budget = budgetOf(node);
  const zip = await openZip(node, ctx);
  const labels = new EntryLabels();
  try {
    for await (const entry of zip.eachEntry()) {
      node.source.meter?.advance(entry.compressedSize);
      countEntry(node, ctx);
      const rawName = yauzl.getFileNameLowLevel(
        entry.generalPurposeBitFlag,
        entry.fileNameRaw,
        entry.extraFields,
        false,
      );
      if (rawName.endsWith('/') && entry.uncompressedSize === 0) continue; // a folder
      let label: string | undefined;
      let name: string;
      try {
        name = canonicalEntryName(rawName);
        label = labels.label(name);
        checkEntry(entry, node, ctx, label);
      } catch (error) {
        ctx.events.onIssue({
          source: childRef(node, label ?? printableName(rawName)),
          stage: 'container',
          error: errorText(error),
          lostMessage: true,
        });
        continue;
      }
      const entryLabel = label;
      yield {
        label: entryLabel,
        declared: { size: entry.uncompressedSize, compressedSize: entry.compressedSize },
        open: async () => {
          const stream = await zip.openReadStreamPromise(entry);
          const what = `${describeRef(childRef(node, entryLabel))}: inflating stopped`;
          const checked = checkCrc(chunksOf(stream), entry.crc32, (found) =>
            ctx.events.onIssue({
              source: childRef(node, entryLabel),
              stage: 'container',
              error:
                `CRC-32 mismatch: the entry's bytes give ${hex(found)}, the archive recorded ${hex(entry.crc32)} ` +
                `(damaged, or changed after it was zipped); read as they are`,
              lostMessage: false,
            }),
          );
          const charged = chargeBudget(
            checked,
            budget,
            ctx.limits.maxArchiveBytes,
            () => new LimitExceededError('maxArchiveBytes', what, ctx.limits),
          );
          const { head, source } = await peekStream(charged, entry.uncompressedSize);
          return childNode(node, 'zip', entryLabel, name, head, source);
        },
      };
    }
  } finally {
    zip.close();
  }
}
