/**
 * The whole ingest, top-down:
 *
 *   readSources (① files → RawMessage) ─▶ ParsePool (②③ in worker threads → ProcessedMessage)
 *     ─▶ buildBatch (④ → GraphBatch) ─▶ GraphWriter.writeBatch (⑤ one transaction per batch)
 *     ─▶ GraphWriter.derive (conflicts, persons, who-wrote-to-whom counts, threads, verification)
 *     ─▶ runEntityPass (second pass: names in the stored bodies, with the persons just resolved)
 *
 * Accounting: every message read ends up ingested (a new Message), a duplicate (another copy of a
 * known one) or failed (recorded as a Failure with where and why): seen = ingested + duplicates + failed.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Driver } from 'neo4j-driver';

import { loadCypher } from '../db/cypher.js';

import { buildBatch } from './batch/build-batch.js';
import type { EntityPassSummary } from './entity-pass.js';
import { extractEntities } from './entity-stage.js';
import { loadKeyStore } from './extract/dkim/key-store.js';
import type { IngestIssue } from './model.js';
import { newTally, readBatches } from './read-batches.js';
import { type ReadLimits, inputBytes } from './read/read-sources.js';
import { awaitMessageIndex, isBulkLoad, restoreMessageIndex, suspendMessageIndex } from './write/bulk-index.js';
import { DatabaseGoneError, GraphWriter } from './write/graph-writer.js';
import { WorkerPool, defaultWorkerCount } from './workers/pool.js';

// Large batches amortise the round trips; 2,000 Enron messages are ~2 MB of parameters.
export const DEFAULT_BATCH_SIZE = 2_000;
// Two write transactions keep Neo4j busy while one commits; more only add lock waits.
const WRITES_IN_FLIGHT = 2;

export interface IngestProgress {
  seen: number;
  ingested: number;
  duplicates: number;
  failed: number;
  bytesRead: number;
  bytesTotal: number;
}

export interface IngestOptions {
  paths: string[];
  /** DKIM keys (DNS TXT records: JSON maps or zone files, files or folders); verification runs with none too. */
  keys?: string[];
  /** Ask live DNS for keys the store lacks (off by default: a lookup tells the domain someone is checking). */
  allowDns?: boolean;
  /** Skip DKIM verification altogether. */
  noVerify?: boolean;
  /** Skip entity extraction (the second pass); `leakgraph entities` runs it later. */
  noEntities?: boolean;
  workers?: number;
  batchSize?: number;
  /** Bytes under `paths`, when the caller has counted them already (read/read-sources.ts inputBytes). */
  inputBytes?: number;
  limits?: ReadLimits;
  onProgress?: (progress: IngestProgress) => void;
  onSkip?: (path: string, reason: string) => void;
  /** Second pass: messages read for entities so far, of how many. */
  onEntityProgress?: (done: number, total: number) => void;
}

export interface IngestSummary {
  runId: string;
  /** Which path wrote the messages: transactions (pipeline.ts) or neo4j-admin import (first-load.ts). */
  load: 'transactional' | 'bulk';
  seen: number;
  ingested: number;
  duplicates: number;
  failed: number;
  skipped: number;
  seconds: number;
  bytes: number;
  failures: IngestIssue[];
  /** The entity pass, when it ran. */
  entities?: EntityPassSummary;
  /** Seconds per part of a bulk first load (csv, import, start, schema, derive, entities). */
  timings?: Record<string, number>;
}

export async function isGraphEmpty(driver: Driver): Promise<boolean> {
  const { records } = await driver.executeQuery(loadCypher('read/has-messages'), {}, { routing: 'READ' });
  return !records[0]?.get('any');
}

export function newRunId(): string {
  return `${new Date().toISOString().replace(/[-:]/g, '').slice(0, 15)}-${randomBytes(3).toString('hex')}`;
}

export async function ingest(driver: Driver, options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const runId = newRunId();
  const writer = new GraphWriter(driver);
  const workers = options.workers ?? defaultWorkerCount();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const tally = newTally(options.inputBytes ?? (await inputBytes(options.paths)));
  const { progress } = tally;

  const keys = options.noVerify ? undefined : await loadKeyStore(options.keys ?? []);
  await writer.startRun(runId, { paths: options.paths, workers, host: hostname(), dkimKeys: keys?.size ?? 0 });
  let entities: EntityPassSummary | undefined;
  const bulk = await isBulkLoad(driver, progress.bytesTotal);
  if (bulk) await suspendMessageIndex(driver);
  const pool = new WorkerPool(
    'parse',
    workers,
    keys ? { dkim: { keys: keys.keys(), allowDns: !!options.allowDns } } : {},
  );
  // Batches are written while the next ones are parsed, up to WRITES_IN_FLIGHT transactions at once
  // (Neo4j runs them on separate threads; rows are sorted so they take their locks in one order).
  const writes: Promise<void>[] = [];

  try {
    for await (const { messages, issues } of readBatches(pool, options, batchSize, tally)) {
      const built = buildBatch(messages, issues);
      while (writes.length >= WRITES_IN_FLIGHT) await writes.shift();
      const write = writer.writeBatch(built, runId).then((created) => {
        progress.ingested += created;
        progress.duplicates += messages.length - created;
        options.onProgress?.({ ...progress });
      });
      write.catch(() => {}); // observed when awaited below
      writes.push(write);
    }
    for (const write of writes) await write;
    // The parse workers are done; free their memory before the entity pass starts its own.
    await pool.close();
    if (bulk) await restoreMessageIndex(driver);
    await writer.derive();
    if (!options.noEntities)
      entities = await extractEntities(driver, writer, { runId, workers, onProgress: options.onEntityProgress }, tally);
    if (bulk) await awaitMessageIndex(driver);
  } catch (error) {
    await writer.finishRun(runId, 'failed', {}).catch(() => {});
    if (bulk) await restoreMessageIndex(driver).catch(() => {}); // else the next start does
    if (error instanceof DatabaseGoneError) {
      throw new DatabaseGoneError(
        `${error.message}\nThe ingest stopped after ${progress.seen} messages. Nothing is half-written: each batch is one transaction. ` +
          'Start the database again (`leakgraph db start`) and run the same command: it carries on where this run stopped.',
      );
    }
    throw error;
  } finally {
    await pool.close();
  }

  const seconds = (performance.now() - started) / 1000;
  const summary: IngestSummary = {
    runId,
    load: 'transactional',
    seen: progress.seen,
    ingested: progress.ingested,
    duplicates: progress.duplicates,
    failed: progress.failed,
    skipped: tally.skipped,
    seconds: Math.round(seconds * 100) / 100,
    bytes: progress.bytesRead,
    failures: tally.failures,
    ...(entities && { entities }),
  };
  await writer.finishRun(runId, 'complete', {
    seen: summary.seen,
    ingested: summary.ingested,
    duplicates: summary.duplicates,
    failed: summary.failed,
    skipped: summary.skipped,
    seconds: summary.seconds,
  });
  return summary;
}
