/**
 * The bulk first load (--bulk): a dump into an empty managed database through Neo4j's own importer,
 * then the same derive, document, signal and entity passes as the transactional path (pipeline.ts,
 * derive-pass.ts). On two cores it was no faster than that path (load-choice.ts, with the figures).
 *
 *   readBatches (①②③, as the transactional path) ─▶ buildBatch (④) ─▶ FirstLoadCollector
 *     (one Message per distinct message, CSV files per kind)                  │ meanwhile: the database stops
 *   ─▶ neo4j-admin database import full (into the stopped database; a failure puts the old one back)
 *   ─▶ start ─▶ migrations (constraints, indexes) and the values CSV cannot hold
 *   ─▶ runDerivePass: derive (every message is marked new) ─▶ document pass and signals ─▶ entity pass
 *
 * `--bulk` asks for it; load-choice.ts refuses it where it cannot run. The CSV files live in the
 * instance's import/ folder for the length of the load (about the size of the input) and are removed
 * after it, whatever happens.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';

import { importIntoStoppedInstance } from '../db/admin-import.js';
import { type Instance, instancePaths } from '../db/instance.js';
import { migrate } from '../db/migrate.js';
import { startInstance, stopInstance } from '../db/server.js';

import { buildBatch } from './batch/build-batch.js';
import { runDerivePass } from './derive-pass.js';
import { loadKeyStore } from './extract/dkim/key-store.js';
import { DEFAULT_BATCH_SIZE } from './ingest-defaults.js';
import {
  type IngestOptions,
  type IngestSummary,
  addDocumentMail,
  derivePassOptions,
  newRunId,
  parseConfig,
} from './pipeline.js';
import { keepFailures, newTally, readBatches } from './read-batches.js';
import { inputBytes } from './read/read-sources.js';
import { FirstLoadCollector } from './write/csv/collect.js';
import { CsvGraph } from './write/csv/csv-graph.js';
import { ARRAY_DELIMITER_OPTION } from './write/csv/encode.js';
import { applyFixups } from './write/csv/fixups.js';
import type { MessageRecord } from './write/csv/message-record.js';
import { Spill } from './write/csv/spill.js';
import { DatabaseGoneError, GraphWriter } from './write/graph-writer.js';
import { WorkerPool, defaultWorkerCount } from './workers/pool.js';

// Input bytes per spill partition: a partition is reduced in memory, about three times its input.
const PARTITION_INPUT_BYTES = 64 * 1024 * 1024;

/** The phases after reading, for progress: the CSV files (partitions reduced), the import (percent). */
export type FirstLoadPhase = 'csv' | 'import';

export interface FirstLoadOptions extends IngestOptions {
  /** The managed database to load into: stopped, imported into, started again. */
  instance: Instance;
  onPhase?: (phase: FirstLoadPhase, done: number, total: number) => void;
  /** One line per step (stopping, importing, starting, deriving). */
  log?: (line: string) => void;
}

/** Seconds spent in each part of a bulk first load (derive: with the document and entity passes). */
export type FirstLoadTimings = {
  csv: number;
  import: number;
  start: number;
  schema: number;
  derive: number;
};

export async function firstLoad(
  driver: Driver,
  options: FirstLoadOptions,
): Promise<IngestSummary & { timings: FirstLoadTimings }> {
  const started = performance.now();
  const { instance } = options;
  const log = options.log ?? (() => {});
  const timings: FirstLoadTimings = { csv: 0, import: 0, start: 0, schema: 0, derive: 0 };
  let mark = started;
  const lap = (phase: keyof FirstLoadTimings) => {
    const now = performance.now();
    timings[phase] = Math.round(now - mark) / 1000;
    mark = now;
  };
  const runId = newRunId();
  const workers = options.workers ?? defaultWorkerCount();
  const tally = newTally(options.inputBytes ?? (await inputBytes(options.paths, options.part)));
  const { progress } = tally;
  const keys = options.noVerify ? undefined : await loadKeyStore(options.keys ?? []);
  const dir = join(instancePaths(instance).importDir, `first-load-${runId}`);
  mkdirSync(dir, { recursive: true });

  // The database holds nothing yet: it stops while the files are written.
  log(`Bulk first load: writing CSV files for neo4j-admin import; the ${instance.label} stops meanwhile.`);
  const stopped = stopInstance(instance);
  stopped.catch(() => {}); // observed below
  const pool = new WorkerPool('parse', workers, parseConfig(options, keys));
  const out = new CsvGraph(dir);
  const cleanUp = async () => {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
    await stopped.catch(() => {});
  };
  try {
    const partitions = Math.max(1, Math.ceil(progress.bytesTotal / PARTITION_INPUT_BYTES));
    const collector = new FirstLoadCollector(out, new Spill<MessageRecord>(dir, partitions), {
      run: runId,
      at: new Date().toISOString(),
    });
    for await (const { messages, issues, documents } of readBatches(
      pool,
      options,
      options.batchSize ?? DEFAULT_BATCH_SIZE,
      tally,
    )) {
      const { created, attachments } = collector.add(buildBatch(messages, issues, documents, 'read'));
      progress.ingested += created;
      progress.attachments += attachments;
      progress.duplicates += messages.length - created;
      options.onProgress?.({ ...progress });
    }
    await pool.close();
    collector.finish((done, total) => options.onPhase?.('csv', done, total));
    lap('csv');
    await stopped;
    log('Importing with neo4j-admin…');
    await importIntoStoppedInstance(instance, {
      inputs: out.importOptions(),
      arrayDelimiter: ARRAY_DELIMITER_OPTION,
      onProgress: ({ fraction }) => options.onPhase?.('import', Math.round(fraction * 100), 100),
    });
    lap('import');
  } catch (error) {
    await cleanUp();
    // The database runs again as it was (a failed import put the old one back).
    await startInstance(instance, log).catch((e: Error) =>
      log(`The ${instance.label} did not start again: ${e.message}`),
    );
    throw error;
  }
  await cleanUp();
  await startInstance(instance, log);
  lap('start');

  const writer = new GraphWriter(driver);
  try {
    // The bookmarks executeQuery kept name transactions of the store the import replaced; the new
    // store has not reached them and would refuse every query that waits for them.
    const bookmarks = driver.executeQueryBookmarkManager;
    await bookmarks.updateBookmarks(await bookmarks.getBookmarks(), []);
    await driver.verifyConnectivity();
    await migrate(driver);
    await applyFixups(driver, out.emptyLists(), out.fixups());
    lap('schema');
    await writer.startRun(runId, { paths: options.paths, workers, host: hostname(), dkimKeys: keys?.size ?? 0 });
    log('Deriving persons, edges, threads and verification…');
    const passes = await runDerivePass(
      driver,
      writer,
      derivePassOptions(options, runId, workers, parseConfig(options, keys)),
    );
    keepFailures(tally, passes.failures);
    addDocumentMail(progress, tally.failures, passes.documents);
    lap('derive');
    const summary: IngestSummary & { timings: FirstLoadTimings } = {
      runId,
      load: 'bulk',
      seen: progress.seen,
      ingested: progress.ingested,
      duplicates: progress.duplicates,
      failed: progress.failed,
      skipped: tally.skipped,
      seconds: Math.round(performance.now() - started) / 1000,
      bytes: progress.bytesRead,
      failures: tally.failures,
      // An empty database holds no file's failure of an earlier run to clear (nor a document's).
      cleared: passes.cleared,
      derive: passes.derive,
      ...(passes.entities && { entities: passes.entities }),
      documents: {
        attachments: progress.attachments,
        loose: progress.looseDocuments,
        ...(passes.documents && { pass: passes.documents }),
      },
      timings,
    };
    const { seen, ingested, duplicates, failed, skipped, seconds } = summary;
    await writer.finishRun(runId, 'complete', {
      attachments: summary.documents.attachments,
      looseDocuments: summary.documents.loose,
      seen,
      ingested,
      duplicates,
      failed,
      skipped,
      cleared: summary.cleared,
      seconds,
    });
    return summary;
  } catch (error) {
    await writer.finishRun(runId, 'failed', {}).catch(() => {});
    if (error instanceof DatabaseGoneError)
      throw new DatabaseGoneError(
        `${error.message}\nThe messages are in; what follows them was not finished. Start the database again (\`leakgraph db start\`) and run the same command: it completes the graph.`,
      );
    throw error;
  }
}
