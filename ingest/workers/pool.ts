/**
 * A pool of parse workers: raw messages in, results out in the same order, parsing on every core
 * while the main thread reads files and writes to Neo4j.
 *
 * Bounded: at most MAX_IN_FLIGHT_BYTES of raw mail is out at workers at once, so a fast reader
 * never fills memory while the database is the bottleneck.
 * Crash-proof: when a worker dies (a parser bug, a hostile message exhausting its heap), its
 * chunks are retried one message at a time in a fresh worker; only the message that kills a
 * worker on its own is reported as failed.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

import type { ProcessOptions } from '../extract/process-message.js';
import type { RawMessage } from '../model.js';
import { type ProcessConfig, processOptions } from './process-config.js';
import type { ResultChunk, WorkChunk, WorkResult } from './protocol.js';
import { runChunk } from './run-chunk.js';

const CHUNK_MESSAGES = 64;
const CHUNK_BYTES = 4 * 1024 * 1024;
const MAX_IN_FLIGHT_CHUNKS_PER_WORKER = 24;
const MAX_IN_FLIGHT_BYTES = 96 * 1024 * 1024;
// A message that needs more heap than this to parse is hostile; the worker dies, not the ingest.
const WORKER_HEAP_MB = 1536;

export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

interface Job {
  chunk: WorkChunk;
  bytes: number;
  resolve: (results: WorkResult[]) => void;
  /** Retried alone after a crash: a second crash fails the message instead of retrying again. */
  isolated: boolean;
}

class WorkerSlot {
  worker: Worker;
  jobs = new Map<number, Job>();

  constructor(
    private readonly config: ProcessConfig,
    private readonly onCrash: (jobs: Job[], error: Error) => void,
  ) {
    this.worker = this.spawn();
  }

  private spawn(): Worker {
    const here = import.meta.url;
    const options = { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB }, workerData: this.config };
    // From dist/ the worker is plain JS. From source (tests, tsx) it is TypeScript: a tiny
    // bootstrap registers tsx's loader in the worker thread first, then imports it.
    const worker = here.endsWith('.ts')
      ? new Worker(
          `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(new URL('./parse-worker.ts', here).href)}); })`,
          { ...options, eval: true },
        )
      : new Worker(new URL('./parse-worker.js', here), options);
    worker.on('message', (reply: ResultChunk) => {
      const job = this.jobs.get(reply.seq);
      if (!job) return;
      this.jobs.delete(reply.seq);
      job.resolve(reply.results);
    });
    const crashed = (error: Error) => {
      if (worker !== this.worker) return;
      const lost = [...this.jobs.values()];
      this.jobs.clear();
      this.worker = this.spawn();
      this.onCrash(lost, error);
    };
    worker.on('error', crashed);
    worker.on('exit', (code) => {
      if (code !== 0 && this.jobs.size > 0) crashed(new Error(`parse worker exited with code ${code}`));
    });
    return worker;
  }

  send(job: Job): void {
    this.jobs.set(job.chunk.seq, job);
    this.worker.postMessage(job.chunk);
  }
}

export class ParsePool {
  private readonly slots: WorkerSlot[] = [];
  private nextSeq = 0;
  /** For parsing on the main thread (workers = 0). */
  private readonly localOptions: ProcessOptions;

  constructor(
    readonly workers: number,
    config: ProcessConfig = {},
  ) {
    for (let i = 0; i < workers; i++) this.slots.push(new WorkerSlot(config, (jobs, error) => this.retry(jobs, error)));
    this.localOptions = workers === 0 ? processOptions(config) : {};
  }

  private dispatch(items: RawMessage[], isolated = false): Promise<WorkResult[]> {
    const chunk: WorkChunk = { seq: this.nextSeq++, items };
    if (this.slots.length === 0) return runChunk(items, this.localOptions);
    const bytes = items.reduce((n, m) => n + m.bytes.byteLength, 0);
    return new Promise((resolve) => {
      const slot = this.slots.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
      slot.send({ chunk, bytes, resolve, isolated });
    });
  }

  private retry(jobs: Job[], error: Error): void {
    for (const job of jobs) {
      if (job.isolated) {
        const raw = job.chunk.items[0]!;
        job.resolve([
          {
            ok: false,
            issue: {
              source: raw.source,
              stage: 'parse',
              error: `parser crashed on this message: ${error.message}`,
              lostMessage: true,
            },
          },
        ]);
        continue;
      }
      // Re-run each message alone so only the culprit is lost.
      Promise.all(job.chunk.items.map((item) => this.dispatch([item], true))).then((parts) =>
        job.resolve(parts.flat()),
      );
    }
  }

  /** Parses every message of `source`, yielding results in input order. */
  async *map(source: AsyncIterable<RawMessage>): AsyncGenerator<WorkResult> {
    const maxChunks = Math.max(1, this.slots.length) * MAX_IN_FLIGHT_CHUNKS_PER_WORKER;
    const pending: { promise: Promise<WorkResult[]>; bytes: number }[] = [];
    let inFlightBytes = 0;
    let chunk: RawMessage[] = [];
    let chunkBytes = 0;
    const flush = () => {
      if (chunk.length === 0) return;
      pending.push({ promise: this.dispatch(chunk), bytes: chunkBytes });
      inFlightBytes += chunkBytes;
      chunk = [];
      chunkBytes = 0;
    };
    const drainOne = async function* () {
      const head = pending.shift()!;
      inFlightBytes -= head.bytes;
      yield* await head.promise;
    };
    for await (const raw of source) {
      chunk.push(raw);
      chunkBytes += raw.bytes.byteLength;
      if (chunk.length >= CHUNK_MESSAGES || chunkBytes >= CHUNK_BYTES) flush();
      while (pending.length >= maxChunks || inFlightBytes >= MAX_IN_FLIGHT_BYTES) yield* drainOne();
      // Hand back whatever is already finished, so results flow while reading goes on.
      while (pending.length > 0 && (await isSettled(pending[0]!.promise))) yield* drainOne();
    }
    flush();
    while (pending.length > 0) yield* drainOne();
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

const PENDING = Symbol('pending');
async function isSettled(promise: Promise<unknown>): Promise<boolean> {
  return (await Promise.race([promise.then(() => true), Promise.resolve(PENDING)])) !== PENDING;
}
