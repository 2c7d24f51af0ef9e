/**
 * The ingest's second pass (issue 4): every message not read yet (or every message, --rebuild) →
 * its stored body, subject and participants → entity extraction in worker threads, with the
 * gazetteer of every person the first pass resolved → Entity/MENTIONS and REFERS_TO edges. Then the
 * same for every document the document pass read and this pass did not (issue 12): the start of its
 * text → MENTIONS/REFERS_TO from the Document, in context 'document'.
 *
 * Running after identity resolution means a correspondent named in a body is found by full name on
 * the very first ingest, and each message is read once however many copies it has. A message or
 * document whose extraction fails is recorded as a failure (stage "extract") and written with no
 * mentions, so it is not read again until --rebuild; the mail and the document themselves are kept.
 */
import type { Driver } from 'neo4j-driver';

import { documentSource } from './entity-documents.js';
import { messageSource } from './entity-messages.js';
import type { EntityResultOk, EntityTextSource } from './entity-source.js';
import type { Correspondent } from './extract/entities/types.js';
import type { IngestIssue } from './model.js';
import { deriveEntities, readCorrespondents } from './write/entities.js';
import type { EntityExtractor } from './workers/entity-extractor.js';
import { entityTimeLimit } from './workers/entity-worker.js';
import { WorkerPool, defaultWorkerCount } from './workers/pool.js';

export interface EntityPassOptions {
  /** Read every message and document again (after the gazetteer grew, or the extractor changed). */
  rebuild?: boolean;
  /** The most worker threads (default one per core; a run with little to read starts fewer). */
  workers?: number;
  /** The time one message or document may take (default ENTITY_TIME_LIMIT_MS): past it, it is a failure. */
  timeLimitMs?: number;
  /** Messages and documents read so far, of how many. */
  onProgress?: (done: number, total: number) => void;
  onFailure?: (issue: IngestIssue) => void;
  /** A worker started ahead of the pass: used when one worker is enough, closed in any case. */
  warm?: WarmEntityWorker;
}

/**
 * An entity worker started ahead of its pass (workers/entity-worker.ts) or a resident extractor
 * (workers/resident-extractor.ts), and the correspondents already sent to it, if any.
 */
export interface WarmEntityWorker {
  pool: EntityExtractor;
  /** Read once the derive's persons were final, and sent to the pool then (sendCorrespondents). */
  sent?: Promise<Correspondent[]>;
}

export interface EntityPassSummary {
  messages: number;
  /** Documents read for names (issue 12). */
  documents: number;
  /** Mentions found in messages and documents. */
  mentions: number;
  failed: number;
  seconds: number;
  /** The names were read by a resident extractor (`leakgraph serve`, `extractor`), not by this process's threads. */
  resident?: true;
}

const SOURCES: readonly EntityTextSource[] = [messageSource, documentSource];

interface Run {
  driver: Driver;
  pool: EntityExtractor;
  summary: EntityPassSummary;
  options: EntityPassOptions;
  done: () => number;
  total: number;
}

/** Reads one source through the pool; its results are written a page per transaction, one write in flight. */
async function readSource(source: EntityTextSource, run: Run): Promise<void> {
  const { driver, summary, options } = run;
  let batch: EntityResultOk[] = [];
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    const rows = batch;
    batch = [];
    await writing;
    writing = source.write(driver, rows);
    writing.catch(() => {}); // observed by the next await
  };
  for await (const result of run.pool.map(source.pages(driver))) {
    summary[source.kind === 'message' ? 'messages' : 'documents']++;
    if (result.ok) {
      summary.mentions += result.mentions.reduce((n, m) => n + m.count, 0);
      batch.push(result);
    } else {
      summary.failed++;
      options.onFailure?.({
        source: { path: `${source.kind} ${result.id}`, entries: [] },
        stage: 'extract',
        error: result.error,
        lostMessage: false,
      });
      batch.push({ ok: true, id: result.id, lang: 'und', mentions: [] });
    }
    if (batch.length >= source.page) await flush();
    options.onProgress?.(run.done(), run.total);
  }
  await flush();
  await writing;
}

// A worker's start costs about what it takes to read this many messages (its lexicons, ~2.7 CPU-s when
// this was set, ~1.3 since its word tables are cached; the run's gazetteer, ~0.4–1.2 CPU-s per 23,000
// correspondents): a run of a few new mails starts one, which then has both cores' worth of room beside
// Neo4j, not two that each pay the start for a handful of messages.
export const ITEMS_PER_EXTRA_WORKER = 4_000;

/** Workers worth starting for `total` items: one per ITEMS_PER_EXTRA_WORKER, at least one, at most `most` (0: the main thread reads). */
export function entityWorkerCount(total: number, most: number): number {
  return Math.min(most, Math.max(1, Math.ceil(total / ITEMS_PER_EXTRA_WORKER)));
}

/**
 * Reads the correspondents now (the derive's persons are final: by default all of them, or as `read`
 * says) and sends them to the warm worker, which builds its gazetteer while the derive's later steps
 * run. A failure to read surfaces when the pass awaits them.
 */
export function sendCorrespondents(
  driver: Driver,
  warm: WarmEntityWorker,
  read: () => Promise<Correspondent[]> = () => readCorrespondents(driver),
): WarmEntityWorker {
  const { pool } = warm;
  // After what an earlier derive of the run sent (mail found in documents derives again), never
  // before it: the worker keeps the last correspondents it was sent.
  const earlier = warm.sent?.catch(() => undefined);
  const sent = Promise.resolve(earlier)
    .then(read)
    .then((correspondents) => {
      pool.configure({ correspondents });
      return correspondents;
    });
  sent.catch(() => {}); // observed by the pass; a run that fails before it must not crash on it
  return { pool, sent };
}

async function startPool(driver: Driver, options: EntityPassOptions, total: number): Promise<EntityExtractor> {
  // The workers build the gazetteer from the correspondents: the dictionaries it brings stay out of this thread.
  const warm = options.warm;
  const correspondents = await (warm?.sent ?? readCorrespondents(driver));
  // The workers asked for (--workers, or one per core) are the most started: a few new mails need one.
  const workers = entityWorkerCount(total, options.workers ?? defaultWorkerCount());
  // The warm worker has the default time limit: a pass asked for another one starts its own workers.
  if (warm && warm.pool.workers === workers && options.timeLimitMs === undefined) {
    if (!warm.sent) warm.pool.configure({ correspondents });
    return warm.pool;
  }
  // Not adopted: its lexicons are not kept in memory beside the new workers'.
  await warm?.pool.close();
  return new WorkerPool('entities', workers, { correspondents, ...entityTimeLimit(options.timeLimitMs) });
}

export async function runEntityPass(driver: Driver, options: EntityPassOptions = {}): Promise<EntityPassSummary> {
  try {
    return await entityPass(driver, options);
  } finally {
    // Unused (nothing to read, more workers needed, a failure) or used and closed already: closed again, harmlessly.
    await options.warm?.pool.close();
  }
}

async function entityPass(driver: Driver, options: EntityPassOptions): Promise<EntityPassSummary> {
  const started = performance.now();
  if (options.rebuild) for (const source of SOURCES) await source.reset(driver);
  const counts = await Promise.all(SOURCES.map((source) => source.count(driver)));
  const total = counts.reduce((a, b) => a + b, 0);
  const summary: EntityPassSummary = { messages: 0, documents: 0, mentions: 0, failed: 0, seconds: 0 };
  if (total > 0) {
    const pool = await startPool(driver, options, total);
    const run: Run = { driver, pool, summary, options, total, done: () => summary.messages + summary.documents };
    try {
      for (const [i, source] of SOURCES.entries()) if (counts[i]! > 0) await readSource(source, run);
      if (pool.resident) summary.resident = true;
    } finally {
      await pool.close();
    }
  }
  await deriveEntities(driver);
  summary.seconds = Math.round((performance.now() - started) / 10) / 100;
  return summary;
}
