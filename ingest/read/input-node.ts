/**
 * ① read: one input to read, wherever it is: a file on disk, or an entry inside an archive,
 * streamed or held in memory. Readers see the same shape for all of them, so an mbox inside a
 * tar.gz inside a zip is read by the same code as an mbox on disk.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';

import { SNIFF_BYTES } from './detect.js';

/** Where a node is: the file on disk and the chain of archive entries inside it. */
export interface NodeRef {
  path: string;
  entries: string[];
}

/** Progress of one file on disk, in bytes of that file (never more than its size). */
export interface ByteMeter {
  advance(n: number): void;
  /** The file is done: report what was not reported yet. */
  finish(): void;
}

/** What one archive on disk has cost so far, nested layers included (see ReadLimits). */
export interface ArchiveBudget {
  bytes: number;
  entries: number;
  /** Bytes of nested containers held in memory right now, every level together (holdInMemory). */
  held?: number;
}

export interface ByteSource {
  /** Size in bytes, when known before reading. */
  readonly size?: number;
  /** The file on disk, when its bytes can be read at random without holding them in memory. */
  readonly diskPath?: string;
  /** Progress of the file on disk, for readers that read it at random (zip, PST) rather than through stream(). */
  readonly meter?: ByteMeter;
  /** All bytes from the start. A streamed source can be read once. */
  stream(): AsyncIterable<Buffer>;
  /** All bytes in memory, or undefined when there are more than `max`. */
  bytes(max: number): Promise<Buffer | undefined>;
  /** Done with it: stops a decompressing stream early. */
  discard(): Promise<void>;
}

export interface InputNode {
  ref: NodeRef;
  /** The node's own file name (the last path component). */
  name: string;
  /** Folders above it from the ingest root; archives count as folders unpacked where they lie. */
  dirs: string[];
  /** Names the mailbox when no folder does (the ingest root's or the archive's name). */
  rootLabel: string;
  /** Containers above it (0 on disk). */
  depth: number;
  /** The budget of the outermost archive it came from. */
  budget?: ArchiveBudget;
  /** The first SNIFF_BYTES bytes (fewer for shorter inputs). */
  head: Buffer;
  source: ByteSource;
}

export const STREAM_CHUNK_BYTES = 1024 * 1024;
// Files up to this size are read whole with the first read (one open, one read): maildir and
// .eml trees are hundreds of thousands of small files, and this is their whole cost.
export const WHOLE_FILE_BYTES = 256 * 1024;

export function diskSource(path: string, size: number, meter: ByteMeter, whole?: Buffer): ByteSource {
  return {
    size,
    diskPath: path,
    meter,
    async *stream() {
      if (whole) {
        meter.advance(whole.length);
        yield whole;
        return;
      }
      for await (const chunk of createReadStream(path, { highWaterMark: STREAM_CHUNK_BYTES })) {
        meter.advance((chunk as Buffer).length);
        yield chunk as Buffer;
      }
    },
    async bytes(max) {
      if (size > max) return undefined;
      const bytes = whole ?? (await readFile(path));
      meter.advance(bytes.length);
      return bytes.length > max ? undefined : bytes;
    },
    async discard() {},
  };
}

export function bufferSource(bytes: Buffer): ByteSource {
  return {
    size: bytes.length,
    async *stream() {
      yield bytes;
    },
    async bytes(max) {
      return bytes.length > max ? undefined : bytes;
    },
    async discard() {},
  };
}

/**
 * An entry whose size its archive declares, read into one buffer of that size: not read at all when
 * the size is over `max`, and never held twice (chunks and their concatenation) on the way.
 */
async function readDeclared(chunks: AsyncIterable<Buffer>, size: number, max: number): Promise<Buffer | undefined> {
  if (size > max) return undefined;
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  for await (const chunk of chunks) {
    if (at + chunk.length > size) throw new Error(`the entry holds more than the ${size} bytes its archive declares`);
    chunk.copy(out, at);
    at += chunk.length;
  }
  return at === size ? out : out.subarray(0, at);
}

/**
 * Reads the first SNIFF_BYTES of a stream to detect its format, and gives back a source that
 * replays them followed by the rest. `size` is passed on when the container knows it.
 */
export async function peekStream(
  iterable: AsyncIterable<Buffer>,
  size?: number,
): Promise<{ head: Buffer; source: ByteSource }> {
  const it = iterable[Symbol.asyncIterator]();
  const pending: Buffer[] = [];
  let got = 0;
  let done = false;
  while (got < SNIFF_BYTES) {
    const next = await it.next();
    if (next.done) {
      done = true;
      break;
    }
    pending.push(next.value);
    got += next.value.length;
  }
  const head = Buffer.concat(pending).subarray(0, SNIFF_BYTES);
  let used = false;
  const source: ByteSource = {
    ...(size !== undefined && { size }),
    async *stream() {
      if (used) throw new Error('peekStream: a streamed entry can be read only once');
      used = true;
      while (pending.length > 0) yield pending.shift()!;
      while (!done) {
        const next = await it.next();
        if (next.done) done = true;
        else yield next.value;
      }
    },
    async bytes(max) {
      if (size !== undefined) return readDeclared(source.stream(), size, max);
      const parts: Buffer[] = [];
      let total = 0;
      for await (const chunk of source.stream()) {
        total += chunk.length;
        if (total > max) return undefined;
        parts.push(chunk);
      }
      return Buffer.concat(parts, total);
    },
    async discard() {
      if (!done) {
        done = true;
        await it.return?.();
      }
    },
  };
  return { head, source };
}

/**
 * The bytes of a container that must be read at random (a zip or PST inside an archive), held in
 * memory against the budget of the outermost archive: what all nested levels hold at once counts
 * together, up to `max` (maxBufferedBytes), because a parent stays in memory while its child is
 * read (issue 14: seven levels of 512 MB each were 3.5 GB). The node's share is given back when
 * it is discarded. Undefined when the bytes do not fit in what is left.
 */
export async function holdInMemory(node: InputNode, max: number): Promise<Buffer | undefined> {
  const budget = node.budget;
  const room = max - (budget?.held ?? 0);
  const bytes = room > 0 ? await node.source.bytes(room) : undefined;
  if (!bytes || !budget) return bytes;
  budget.held = (budget.held ?? 0) + bytes.length;
  const source = node.source;
  let released = false;
  node.source = {
    ...source,
    async discard() {
      if (!released) budget.held! -= bytes.length;
      released = true;
      await source.discard();
    },
  };
  return bytes;
}

/**
 * A readable stream's bytes in chunks of at most `size`. Not `for await … of stream`: its iterator
 * calls read(), which joins everything buffered into one new Buffer, and yauzl writes a whole stored
 * entry of a zip held in memory into its stream at once, so that join copied the entry (48 MB for a
 * 48 MB entry) before a single byte was looked at.
 */
export async function* chunksOf(stream: Readable, size: number = STREAM_CHUNK_BYTES): AsyncGenerator<Buffer> {
  const state: { signalled: boolean; ended: boolean; failure?: Error; wake?: (() => void) | undefined } = {
    signalled: false,
    ended: false,
  };
  const signal = () => {
    state.signalled = true;
    state.wake?.();
  };
  stream.on('readable', signal);
  stream.once('end', () => ((state.ended = true), signal()));
  stream.once('error', (error: Error) => ((state.failure = error), signal()));
  try {
    for (;;) {
      state.signalled = false;
      let chunk: Buffer | null;
      while ((chunk = stream.read(size) as Buffer | null) !== null) yield chunk;
      if (state.failure) throw state.failure;
      if (state.ended || stream.readableEnded) return;
      if (!state.signalled) await new Promise<void>((resolve) => (state.wake = resolve));
      state.wake = undefined;
    }
  } finally {
    stream.off('readable', signal);
    if (!stream.readableEnded) stream.destroy();
  }
}

/** Counts decompressed bytes against the outermost archive's budget; throws past the limit. */
export async function* chargeBudget(
  iterable: AsyncIterable<Buffer>,
  budget: ArchiveBudget,
  max: number,
  onOver: () => Error,
): AsyncGenerator<Buffer> {
  for await (const chunk of iterable) {
    budget.bytes += chunk.length;
    if (budget.bytes > max) throw onOver();
    yield chunk;
  }
}

export function diskMeter(size: number, onBytes: ((n: number) => void) | undefined): ByteMeter {
  let reported = 0;
  const report = (n: number) => {
    const step = Math.min(n, size - reported);
    if (step > 0 && onBytes) onBytes(step);
    if (step > 0) reported += step;
  };
  return { advance: report, finish: () => report(size - reported) };
}
