/**
 * ① read: paths on the command line → RawMessage stream. Each file is sniffed and handed to the
 * reader for its format (read-node.ts); what is not mail is skipped (and said so), what cannot
 * be read is reported, and the walk goes on. Same input, same messages in the same order.
 *
 * Accounting: every message read yields exactly one RawMessage or one IngestIssue with
 * lostMessage = true; non-mail files are events.onSkip; events.onBytes adds up, per file, to the
 * file's size on disk (compressed bytes for archives), which is what inputBytes totals.
 */
import { readFile, stat } from 'node:fs';
import { open } from 'node:fs/promises';
import { promisify } from 'node:util';
import { basename, dirname } from 'node:path';

import type { Part, RawMessage, ReadEvents } from '../model.js';
import { type ReadContext } from './container.js';
import { SNIFF_BYTES } from './detect.js';
import { errorText } from './errors.js';
import { type ByteMeter, type InputNode, WHOLE_FILE_BYTES, diskMeter, diskSource } from './input-node.js';
import { DEFAULT_READ_LIMITS, type ReadLimits, checkReadLimits } from './limits.js';
import { rootLabelOf } from './mailbox-path.js';
import { readNode } from './read-node.js';
import { inPart } from './part.js';
import { type FoundFile, walkFiles } from './walk.js';

export { DEFAULT_READ_LIMITS, type ReadLimits } from './limits.js';

// The callback fs API, not fs/promises: for hundreds of thousands of small files, the promise
// machinery of open/stat/read/close cost more CPU than the reads (measured: 2.3x the callback
// stat + readFile, on the Enron maildir).
const statFile = promisify(stat);
const readWhole = promisify(readFile);

/** Opens a file on disk as an InputNode: small files are read whole at once, larger ones only sniffed. */
export async function openDiskNode(
  found: FoundFile,
  onBytes?: (n: number) => void,
): Promise<{ node: InputNode; meter: ByteMeter }> {
  let { size } = await statFile(found.path);
  let whole: Buffer | undefined;
  let head: Buffer;
  if (size <= WHOLE_FILE_BYTES) {
    whole = await readWhole(found.path);
    size = whole.length;
    head = whole.subarray(0, Math.min(size, SNIFF_BYTES));
  } else {
    const handle = await open(found.path, 'r');
    try {
      head = Buffer.alloc(SNIFF_BYTES);
      const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0);
      head = head.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  }
  const parts = found.relative.split('/').filter(Boolean);
  const meter = diskMeter(size, onBytes);
  const node: InputNode = {
    ref: { path: found.path, entries: [] },
    name: basename(found.path),
    dirs: parts.slice(0, -1),
    rootLabel: rootLabelOf(found.relative === '' ? dirname(found.path) : found.root),
    depth: 0,
    head,
    source: diskSource(found.path, size, meter, whole),
  };
  return { node, meter };
}

/** The files of the walk in `part` (all without one). */
async function* partFiles(paths: string[], events: ReadEvents, part: Part | undefined): AsyncGenerator<FoundFile> {
  for await (const found of walkFiles(paths, events)) if (inPart(found, part)) yield found;
}

/** Total size of the files under `paths` (in `part`), for the progress bar (a quick stat-only walk). */
export async function inputBytes(paths: string[], part?: Part): Promise<number> {
  let total = 0;
  const quiet: ReadEvents = { onIssue: () => {}, onSkip: () => {} };
  for await (const found of partFiles(paths, quiet, part)) {
    try {
      total += (await statFile(found.path)).size;
    } catch {
      // reported by the real walk
    }
  }
  return total;
}

// Files opened ahead of the one being read: maildir trees are hundreds of thousands of small
// files, and waiting for each open/read in turn leaves the disk and the thread pool idle.
const OPEN_AHEAD = 16;

type Opened = { found: FoundFile; node: InputNode; meter: ByteMeter } | { found: FoundFile; error: unknown };

/** The files of the walk, opened up to OPEN_AHEAD at a time, handed on in walk order. */
async function* openAhead(files: AsyncIterable<FoundFile>, onBytes?: (n: number) => void): AsyncGenerator<Opened> {
  const queue: Promise<Opened>[] = [];
  for await (const found of files) {
    queue.push(
      openDiskNode(found, onBytes).then(
        (o) => ({ found, ...o }),
        (error: unknown) => ({ found, error }),
      ),
    );
    if (queue.length >= OPEN_AHEAD) yield await queue.shift()!;
  }
  while (queue.length > 0) yield await queue.shift()!;
}

/** `part`: only the files of that part (`ingest --part I/N`, part.ts). */
export async function* readSources(
  paths: string[],
  events: ReadEvents,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
  part?: Part,
): AsyncGenerator<RawMessage> {
  const ctx: ReadContext = { events, limits: checkReadLimits(limits) };
  for await (const opened of openAhead(partFiles(paths, events, part), events.onBytes)) {
    if ('error' in opened) {
      const source = { path: opened.found.path, entries: [] };
      events.onIssue({ source, stage: 'read', error: `cannot read: ${errorText(opened.error)}`, lostMessage: true });
      continue;
    }
    try {
      yield* readNode(opened.node, ctx);
      events.onFileRead?.(opened.found.path, opened.node.source.size ?? 0);
    } finally {
      opened.meter.finish();
    }
  }
}
