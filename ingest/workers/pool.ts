/**
 * A pool of worker threads: items in, results out in the same order, work on every core while the
 * main thread reads files and writes to Neo4j. Used for parsing raw mail and for entity extraction.
 *
 * Bounded: at most MAX_IN_FLIGHT_BYTES of work is out at workers at once, so a fast reader never
 * fills memory while the database is the bottleneck.
 * Crash-proof: when a worker dies (a parser bug, a hostile message exhausting its heap), its chunks
 * are retried one item at a time in a fresh worker; only the item that kills a worker on its own
 * comes back as a failure.
 * Time- and memory-limited (documents): each document is a chunk of its own, announced by the
 * worker when it starts; one that outlives its time limit has its worker terminated and replaced,
 * and comes back as a 'timeout' record; one that exhausts the worker's heap limit, 'too-complex'.
 * The work queued behind it goes to the fresh worker, unblamed.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

import type { RawMessage } from '../model.js';
import { ENTITY_TIME_LIMIT_MS, type ProcessConfig, processOptions } from './process-config.js';
import { ItemClock } from './item-clock.js';
import { failedRecord } from '../extract/documents/failed-record.js';
import { documentLimits } from '../extract/documents/limits.js';
import type {
  ConfigureMessage,
  DocumentWork,
  EntityWork,
  ResultChunk,
  StartedNotice,
  TaskItem,
  TaskName,
  TaskResult,
  WorkChunk,
} from './protocol.js';

const CHUNK_ITEMS = 64;
const CHUNK_BYTES = 4 * 1024 * 1024;
const MAX_IN_FLIGHT_CHUNKS_PER_WORKER = 24;
const MAX_IN_FLIGHT_BYTES = 96 * 1024 * 1024;
// An item that needs more heap than this is hostile; the worker dies, not the ingest.
const WORKER_HEAP_MB = 1536;
// Entity workers hold their lexicons and the run's gazetteer (~150 MB with 23,000 correspondents) and
// read at most MAX_DOCUMENT_CHARS of a text. V8 lets a heap grow up to four times what is live when its
// limit is large (1.5 GB), and only about 1.5 times under a limit like this one: two workers held some
// 300 MB each for 130 MB of live data (issue 13: the pass's peak RSS over 1 GB).
const ENTITY_WORKER_HEAP_MB = 768;
// Entity work in flight: a few chunks per worker keep it busy while the main thread waits on Neo4j,
// and each item in flight is held twice (the main thread keeps it for a retry; the worker reads it).
const ENTITY_IN_FLIGHT = { chunks: 6, bytes: 16 * 1024 * 1024, chunkBytes: 1024 * 1024 };
// The module each worker thread runs: from dist/ plain JS, from source (tests, tsx) TypeScript.
const WORKER_ENTRY = new URL(
  import.meta.url.endsWith('.ts') ? './parse-worker.ts' : './parse-worker.js',
  import.meta.url,
);
// The worker's own deadline check (between pages and parts) reports a timeout with what it read so
// far; the hard limit leaves it this long (at most the limit again) before the worker is terminated.
const HARD_LIMIT_GRACE_MS = 2000;

export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

interface Job {
  chunk: WorkChunk;
  resolve: (results: unknown[]) => void;
  /** Retried alone after a crash: a second crash fails the item instead of retrying again. */
  isolated: boolean;
}

interface SlotLimits {
  heapMb: number;
  /** Per chunk, from the worker's start notice; absent for tasks without a time limit. */
  timeMs?: number;
  /** Per item of a chunk, watched through the worker's item clock (item-clock.ts). */
  itemTimeMs?: number;
}

class WorkerSlot {
  worker: Worker;
  jobs = new Map<number, Job>();
  /** Set by close(): a worker that exits now was terminated on purpose, not crashed. */
  closing = false;
  /** The chunk the worker announced it is working on, and its deadline. */
  private running: { seq: number; timer: NodeJS.Timeout | undefined } | undefined;
  /** Per-item limit: the worker's item clock, and the tick seen last and since when. */
  private clock: ItemClock | undefined;
  private watchdog: NodeJS.Timeout | undefined;
  private seen = { tick: -1, since: 0 };

  constructor(
    private readonly config: ProcessConfig,
    private readonly entry: URL,
    private readonly limits: SlotLimits,
    private readonly onCrash: (jobs: Job[], error: Error, running: Job | undefined) => void,
    private readonly onTimeout: (job: Job, item: number) => void,
  ) {
    this.worker = this.spawn();
    if (limits.itemTimeMs !== undefined) {
      const every = Math.max(5, Math.min(1000, Math.floor(limits.itemTimeMs / 4)));
      this.watchdog = setInterval(() => this.watch(limits.itemTimeMs!), every);
      this.watchdog.unref();
    }
  }

  /** Times out the item the worker has been on, unchanged, for longer than the limit. */
  private watch(limitMs: number): void {
    const now = performance.now();
    const at = this.clock?.read();
    if (!at || this.jobs.size === 0) {
      this.seen = { tick: -1, since: now };
      return;
    }
    if (at.tick !== this.seen.tick) {
      this.seen = { tick: at.tick, since: now };
      return;
    }
    if (now - this.seen.since > limitMs) this.expire(at.seq, at.item);
  }

  private started(seq: number): void {
    this.stopClock();
    const timer = this.limits.timeMs === undefined ? undefined : setTimeout(() => this.expire(seq), this.limits.timeMs);
    this.running = { seq, timer };
  }

  private stopClock(): void {
    if (this.running?.timer) clearTimeout(this.running.timer);
    this.running = undefined;
  }

  /** Replaces a worker stuck on one chunk (or one item of it): that item times out, the rest go to the new worker. */
  private expire(seq: number, item = 0): void {
    const job = this.jobs.get(seq);
    if (!job || this.closing) return;
    this.jobs.delete(seq);
    this.running = undefined;
    const stuck = this.worker;
    this.worker = this.spawn();
    void stuck.terminate();
    // The jobs lost with the stuck worker, taken before onTimeout re-runs the stuck chunk's other
    // items: those go to the new worker as jobs of their own, and must not be sent twice.
    const lost = [...this.jobs.values()];
    this.onTimeout(job, item);
    for (const other of lost) this.worker.postMessage(other.chunk);
  }

  private spawn(): Worker {
    this.clock = this.limits.itemTimeMs === undefined ? undefined : new ItemClock();
    this.seen = { tick: -1, since: performance.now() };
    const workerData: ProcessConfig = { ...this.config, ...(this.clock && { itemClock: this.clock.buffer }) };
    const options = { resourceLimits: { maxOldGenerationSizeMb: this.limits.heapMb }, workerData };
    // A TypeScript entry needs a tiny bootstrap that registers tsx's loader in the worker thread
    // first, then imports it.
    const worker = this.entry.href.endsWith('.ts')
      ? new Worker(
          `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(this.entry.href)}); })`,
          { ...options, eval: true },
        )
      : new Worker(this.entry, options);
    worker.on('message', (reply: ResultChunk | StartedNotice) => {
      if (worker !== this.worker) return;
      if ('started' in reply) {
        this.started(reply.seq);
        return;
      }
      const job = this.jobs.get(reply.seq);
      if (!job) return;
      if (this.running?.seq === reply.seq) this.stopClock();
      this.jobs.delete(reply.seq);
      job.resolve(reply.results);
    });
    const crashed = (error: Error) => {
      if (this.closing || worker !== this.worker) return;
      const running = this.running ? this.jobs.get(this.running.seq) : undefined;
      this.stopClock();
      const lost = [...this.jobs.values()];
      this.jobs.clear();
      this.worker = this.spawn();
      this.onCrash(lost, error, running);
    };
    worker.on('error', crashed);
    worker.on('exit', (code) => {
      if (!this.closing && code !== 0 && this.jobs.size > 0) crashed(new Error(`worker exited with code ${code}`));
    });
    return worker;
  }

  close(): void {
    this.closing = true;
    this.stopClock();
    clearInterval(this.watchdog);
  }

  send(job: Job): void {
    this.jobs.set(job.chunk.seq, job);
    this.worker.postMessage(job.chunk);
  }
}

// The readers and the extractor load on the main thread only when it does the work itself (workers = 0):
// a pool of workers never needs them here, and they cost every start ~0.5 s of imports.
const chunkRunners = () => import('./run-chunk.js');

/** How each task runs on the main thread (workers = 0), reports a crash, and weighs its items. */
const TASKS: {
  [T in TaskName]: {
    local(items: TaskItem[T][], config: ProcessConfig): Promise<TaskResult[T][]>;
    crashed(item: TaskItem[T], error: Error, config: ProcessConfig): TaskResult[T];
    bytes(item: TaskItem[T]): number;
    /** Items per chunk when not the default (a time-limited task sends one item per chunk). */
    chunkItems?: number;
    /** Chunks per worker, bytes in all and per chunk out at once, when not the defaults. */
    inFlight?: { chunks: number; bytes: number; chunkBytes: number };
    limits?(config: ProcessConfig): SlotLimits;
    timedOut?(item: TaskItem[T], config: ProcessConfig): TaskResult[T];
  };
} = {
  parse: {
    local: async (items, config) =>
      (await chunkRunners()).runParseChunk(items, processOptions(config), config.attached),
    crashed: (raw: RawMessage, error) => ({
      ok: false,
      issue: {
        source: raw.source,
        stage: 'parse',
        error: `parser crashed on this message: ${error.message}`,
        lostMessage: true,
      },
    }),
    bytes: (raw) => raw.bytes.byteLength,
  },
  entities: {
    local: async (items, config) => (await chunkRunners()).runEntityChunk(items, config),
    crashed: (item: EntityWork, error) => ({
      ok: false,
      id: item.id,
      error: `entity extraction crashed on this ${'kind' in item ? 'document' : 'message'}: ${error.message}`,
    }),
    bytes: (item) => 2 * (item.text.length + ('subject' in item ? item.subject.length : 0)),
    inFlight: ENTITY_IN_FLIGHT,
    limits: (config) => ({
      heapMb: ENTITY_WORKER_HEAP_MB,
      itemTimeMs: config.entities?.timeLimitMs ?? ENTITY_TIME_LIMIT_MS,
    }),
    timedOut: (item: EntityWork, config) => ({
      ok: false,
      id: item.id,
      error: `time limit of ${config.entities?.timeLimitMs ?? ENTITY_TIME_LIMIT_MS} ms passed while reading this ${'kind' in item ? 'document' : 'message'} for names; the worker was terminated and replaced`,
    }),
  },
  documents: {
    local: async (items, config) => (await chunkRunners()).runDocumentChunk(items, config),
    crashed: (item: DocumentWork, error, config) => {
      const { bytes, ...about } = item;
      const outOfMemory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      const heap = documentLimits(config.documents?.limits).memoryLimitMb;
      return outOfMemory
        ? failedRecord(
            bytes,
            about,
            'too-complex',
            `memory limit of ${heap} MB (memoryLimitMb) exhausted while reading; the worker was replaced`,
          )
        : failedRecord(bytes, about, 'corrupt', `the reader crashed on this document: ${error.message}`);
    },
    bytes: (item) => item.bytes.byteLength,
    chunkItems: 1,
    limits: (config) => {
      const limits = documentLimits(config.documents?.limits);
      return {
        heapMb: limits.memoryLimitMb,
        timeMs: limits.timeLimitMs + Math.min(HARD_LIMIT_GRACE_MS, limits.timeLimitMs),
      };
    },
    timedOut: ({ bytes, ...about }, config) => {
      const ms = documentLimits(config.documents?.limits).timeLimitMs;
      return failedRecord(
        bytes,
        about,
        'timeout',
        `time limit of ${ms} ms (timeLimitMs) passed while reading; the worker was terminated and replaced`,
      );
    },
  },
};

export class WorkerPool<T extends TaskName> {
  private readonly slots: WorkerSlot[] = [];
  private nextSeq = 0;
  private quarantine: Promise<unknown> = Promise.resolve();

  private readonly start: () => void;
  /** Bytes handed out so far, when the pool grows with them (see `growth`). */
  private handedOut = 0;

  /**
   * `workers`: the most threads. `entry` is the module the workers run: parse-worker, or in tests a
   * module that wraps it. `growth.bytesPerWorker`: start one worker and add the next each time the
   * bytes handed out pass another `bytesPerWorker` — a worker's start costs as much as a few MB of
   * work, so ten new mails get one, while a corpus (even one that arrives compressed, or one hidden
   * in a small archive) soon has every worker; without it, all start at once.
   */
  /** The pool's own copy: configure() changes it, and every slot holds this same object, so a worker started later has the change. */
  private readonly config: ProcessConfig;

  constructor(
    private readonly task: T,
    readonly workers: number,
    config: ProcessConfig = {},
    entry: URL = WORKER_ENTRY,
    private readonly growth?: { bytesPerWorker: number },
  ) {
    this.config = { ...config };
    const spec = TASKS[this.task];
    const limits = spec.limits?.(this.config) ?? { heapMb: WORKER_HEAP_MB };
    this.start = () =>
      this.slots.push(
        new WorkerSlot(
          this.config,
          entry,
          limits,
          (jobs, error, running) => this.retry(jobs, error, running),
          (job, item) => this.timedOut(job, item),
        ),
      );
    for (let i = 0; i < (growth ? Math.min(1, workers) : workers); i++) this.start();
  }

  /**
   * Settings known only after the pool started (the correspondents of a pool started ahead of its
   * pass): sent to every worker now, before any work that follows, and kept for the workers a
   * crash or a timeout starts later.
   */
  configure(patch: ConfigureMessage['configure']): void {
    Object.assign(this.config, patch);
    const message: ConfigureMessage = { configure: patch };
    for (const slot of this.slots) slot.worker.postMessage(message);
  }

  /** Worker threads started so far. */
  get started(): number {
    return this.slots.length;
  }

  /** With `growth`, one more worker for every `bytesPerWorker` handed out, up to the most. */
  private grow(bytes: number): void {
    if (!this.growth) return;
    this.handedOut += bytes;
    while (this.slots.length < this.workers && this.handedOut > this.slots.length * this.growth.bytesPerWorker)
      this.start();
  }

  /** Item `index` of a job timed out; the others (lost with the terminated worker) run again. */
  private timedOut(job: Job, index: number): void {
    const items = job.chunk.items as TaskItem[T][];
    const rerun = (part: TaskItem[T][]) => (part.length ? this.dispatch(part) : Promise.resolve([]));
    const stuck = TASKS[this.task].timedOut!(items[index]!, this.config);
    void Promise.all([rerun(items.slice(0, index)), rerun(items.slice(index + 1))]).then(([before, after]) =>
      job.resolve([...before, stuck, ...after]),
    );
  }

  private dispatch(items: TaskItem[T][], isolated = false): Promise<TaskResult[T][]> {
    const chunk: WorkChunk<TaskItem[T]> = { seq: this.nextSeq++, task: this.task, items };
    if (this.slots.length === 0) return TASKS[this.task].local(items, this.config);
    return new Promise((resolve) => {
      const slot = this.slots.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
      slot.send({ chunk, resolve: resolve as (results: unknown[]) => void, isolated });
    });
  }

  /**
   * Runs one item alone, one at a time across the pool: while it runs, it is the only isolated
   * item anywhere, so a crash that finds it alone on its worker can only be its own.
   */
  private isolate(item: TaskItem[T]): Promise<TaskResult[T][]> {
    const run = this.quarantine.then(() => this.dispatch([item], true));
    this.quarantine = run.catch(() => {});
    return run;
  }

  private retry(jobs: Job[], error: Error, running: Job | undefined): void {
    for (const job of jobs) {
      const items = job.chunk.items as TaskItem[T][];
      // An isolated item that was alone on the crashed worker is the culprit, and so is the single
      // item the worker had announced it was reading; anything else that shared the worker with
      // other work is run alone again, so no innocent item is blamed.
      if ((job.isolated && jobs.length === 1) || (job === running && items.length === 1)) {
        job.resolve([TASKS[this.task].crashed(items[0]!, error, this.config)]);
        continue;
      }
      Promise.all(items.map((item) => this.isolate(item))).then((parts) => job.resolve(parts.flat()));
    }
  }

  /** Runs every item of `source`, yielding results in input order. */
  async *map(source: AsyncIterable<TaskItem[T]> | Iterable<TaskItem[T]>): AsyncGenerator<TaskResult[T]> {
    const { bytes: weigh, chunkItems = CHUNK_ITEMS, inFlight } = TASKS[this.task];
    // Sized for the most workers: a growing pool fills the ones it adds.
    const maxChunks = Math.max(1, this.workers) * (inFlight?.chunks ?? MAX_IN_FLIGHT_CHUNKS_PER_WORKER);
    const maxBytes = inFlight?.bytes ?? MAX_IN_FLIGHT_BYTES;
    const maxChunkBytes = inFlight?.chunkBytes ?? CHUNK_BYTES;
    const pending: { promise: Promise<TaskResult[T][]>; bytes: number }[] = [];
    let inFlightBytes = 0;
    let chunk: TaskItem[T][] = [];
    let chunkBytes = 0;
    const flush = () => {
      if (chunk.length === 0) return;
      this.grow(chunkBytes);
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
    for await (const item of source) {
      chunk.push(item);
      chunkBytes += weigh(item);
      if (chunk.length >= chunkItems || chunkBytes >= maxChunkBytes) flush();
      while (pending.length >= maxChunks || inFlightBytes >= maxBytes) yield* drainOne();
      // Hand back whatever is already finished, so results flow while reading goes on.
      while (pending.length > 0 && (await isSettled(pending[0]!.promise))) yield* drainOne();
    }
    flush();
    while (pending.length > 0) yield* drainOne();
  }

  /** Stops every worker. Work still out (after an error elsewhere) is abandoned, not retried. */
  async close(): Promise<void> {
    for (const slot of this.slots) slot.close();
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

const PENDING = Symbol('pending');
async function isSettled(promise: Promise<unknown>): Promise<boolean> {
  return (await Promise.race([promise.then(() => true), Promise.resolve(PENDING)])) !== PENDING;
}
