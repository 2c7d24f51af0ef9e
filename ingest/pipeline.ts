/**
 * The whole ingest, top-down:
 *
 *   readSources (① files → RawMessage) ─▶ ParsePool (②③ in worker threads → ProcessedMessage)
 *     ─▶ buildBatch (④ → GraphBatch) ─▶ GraphWriter.writeBatch (⑤ one transaction per batch)
 *     ─▶ GraphWriter.derive (conflicts, persons, who-wrote-to-whom counts, threads, verification)
 *     ─▶ runDocumentPass (attachments and loose documents not read yet: text, metadata, anomalies)
 *     ─▶ runEntityPass (second pass: names in the stored bodies, with the persons just resolved)
 *
 * Accounting: every message read ends up ingested (a new Message), a duplicate (another copy of a
 * known one) or failed (recorded as a Failure with where and why): seen = ingested + duplicates + failed.
 * Documents found are counted as attachments (of the new messages) and loose files; the document
 * pass then counts them read, by status, or unreachable.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Driver } from 'neo4j-driver';

import { loadCypher } from '../db/cypher.js';

import { buildBatch } from './batch/build-batch.js';
import { type DerivePassOptions, type DerivePassSummary, runDerivePass } from './derive-pass.js';
import type { DocumentPassSummary } from './document-pass.js';
import { type EntityPassSummary, ITEMS_PER_EXTRA_WORKER } from './entity-pass.js';
import { type KeyStore, loadKeyStore } from './extract/dkim/key-store.js';
import { DEFAULT_BATCH_SIZE } from './ingest-defaults.js';
import type { IngestIssue, LooseDocument, Part, ProcessedMessage, ReadEvents } from './model.js';
import { MAX_SUMMARY_FAILURES, takeParsed } from './read-batches.js';
import { DEFAULT_READ_LIMITS, type ReadLimits, inputBytes, readSources } from './read/read-sources.js';
import {
  BYTES_PER_MESSAGE,
  awaitMessageIndex,
  isBulkLoad,
  restoreMessageIndex,
  suspendMessageIndex,
} from './write/bulk-index.js';
import { FileFailures } from './write/cleared-failures.js';
import { DatabaseGoneError, GraphWriter } from './write/graph-writer.js';
import { type PartProgress, finishPart, startPart } from './write/parts.js';
import type { AttachedLimits } from './workers/attached-limits.js';
import type { EntityExtractor } from './workers/entity-extractor.js';
import { startEntityWorker } from './workers/entity-worker.js';
import { type ParseSettings, startParsePool } from './workers/parse-pool.js';
import { type WorkerPool, defaultWorkerCount } from './workers/pool.js';
import type { ProcessConfig } from './workers/process-config.js';

// Two write transactions keep Neo4j busy while one commits; more only add lock waits.
const WRITES_IN_FLIGHT = 2;

export interface IngestProgress {
  seen: number;
  ingested: number;
  duplicates: number;
  failed: number;
  bytesRead: number;
  bytesTotal: number;
  /** Documents found: attachments of the messages written, loose files (not mail) read. */
  attachments: number;
  looseDocuments: number;
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
  /** Skip the document pass; `leakgraph documents` runs it later. */
  noDocuments?: boolean;
  /** Read every document again, not only the new ones. */
  rebuildDocuments?: boolean;
  workers?: number;
  batchSize?: number;
  /** Bytes under `paths`, when the caller has counted them already (read/read-sources.ts inputBytes). */
  inputBytes?: number;
  limits?: ReadLimits;
  /** Mail attached to mail: how deep and how many per message (default DEFAULT_ATTACHED_LIMITS). */
  attached?: AttachedLimits;
  onProgress?: (progress: IngestProgress) => void;
  onSkip?: (path: string, reason: string) => void;
  /** Second pass: messages read for entities so far, of how many. */
  onEntityProgress?: (done: number, total: number) => void;
  /** Document pass: documents read so far, of how many. */
  onDocumentProgress?: (done: number, total: number) => void;
  /** The derive step about to run. */
  onDeriveStep?: (step: string) => void;
  /** Only the files of this part (`--part I/N`); the part that finishes last derives for all. */
  part?: Part;
  /**
   * An entity worker the caller started before it loaded the pipeline (workers/entity-worker.ts):
   * the run uses it if it would start one, closes it as soon as it knows it will not, and closes it in
   * any case when it ends, however it ends. Or a resident extractor (workers/resident-extractor.ts), likewise.
   */
  entityWorker?: EntityExtractor;
  /**
   * Parse workers the caller started before it loaded the pipeline (workers/parse-pool.ts), with as
   * many threads at most as `workers`: the run sends them its settings and uses them, and closes them
   * when it ends, however it ends.
   */
  parsePool?: WorkerPool<'parse'>;
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
  /**
   * Failures earlier runs recorded that this run, reading the same files (or the document pass the same
   * documents) again, did not meet: replaced, or read now; kept as ClearedFailure (`leakgraph failures --all`).
   */
  cleared: number;
  /** The derive step, when it ran (not in a part that did not finish last). */
  derive?: DerivePassSummary['derive'];
  /** A split ingest: this part, how many parts have finished, and whether this one derived (the last). */
  part?: Part & PartProgress;
  /** The entity pass, when it ran. */
  entities?: EntityPassSummary;
  /** Documents found in this run, and the document pass when it ran. */
  documents: { attachments: number; loose: number; pass?: DocumentPassSummary };
  /** Seconds per part of a bulk first load (csv, import, start, schema, derive). */
  timings?: Record<string, number>;
}

/** What follows the batches, as the ingest options ask for it (derive-pass.ts); the bulk first load shares it. */
export function derivePassOptions(
  options: IngestOptions,
  runId: string,
  workers: number,
  parse?: ProcessConfig,
): DerivePassOptions {
  return {
    runId,
    workers,
    ...(parse && { parse }),
    ...(options.noEntities && { noEntities: true }),
    ...(options.noDocuments && { noDocuments: true }),
    ...(options.rebuildDocuments && { rebuildDocuments: true }),
    ...(options.limits && { readLimits: options.limits }),
    ...(options.onDocumentProgress && { onDocumentProgress: options.onDocumentProgress }),
    ...(options.onDeriveStep && { onStep: options.onDeriveStep }),
    ...(options.onEntityProgress && { onEntityProgress: options.onEntityProgress }),
  };
}

/**
 * The messages the document pass found among the documents (issue 12), added to the run's counts so
 * seen = ingested + duplicates + failed holds for the whole run, and their first failures listed.
 */
export function addDocumentMail(
  counts: Pick<IngestProgress, 'seen' | 'ingested' | 'duplicates' | 'failed' | 'attachments'>,
  failures: IngestIssue[],
  pass: DocumentPassSummary | undefined,
): void {
  if (!pass) return;
  const { mail } = pass;
  counts.seen += mail.seen;
  counts.ingested += mail.ingested;
  counts.duplicates += mail.duplicates;
  counts.failed += mail.failed;
  counts.attachments += mail.attachments;
  failures.push(...mail.failures.slice(0, Math.max(0, MAX_SUMMARY_FAILURES - failures.length)));
}

/** What the parse workers need, for either load: the DKIM keys unless skipped, the limits on attached mail. */
export function parseConfig(options: IngestOptions, keys: KeyStore | undefined): ParseSettings {
  return {
    ...(keys && { dkim: { keys: keys.keys(), allowDns: !!options.allowDns } }),
    ...(options.attached && { attached: options.attached }),
  };
}

export async function isGraphEmpty(driver: Driver): Promise<boolean> {
  const { records } = await driver.executeQuery(loadCypher('read/has-messages'), {}, { routing: 'READ' });
  return !records[0]?.get('any');
}

// Input up to what one entity worker reads (the pass starts one per ITEMS_PER_EXTRA_WORKER items, at
// BYTES_PER_MESSAGE each): the pass will use one worker, so it is started with the run and loads the
// extractor while the mail is parsed and derived. Larger runs, and parts (the last part's pass reads
// the whole corpus), start their workers at the pass, where that start is lost in the reading.
const WARM_ENTITY_BYTES = ITEMS_PER_EXTRA_WORKER * BYTES_PER_MESSAGE;

function wantsWarmEntityWorker(options: IngestOptions, workers: number, bytes: number): boolean {
  return !(options.noEntities || options.part || workers < 1 || bytes <= 0 || bytes > WARM_ENTITY_BYTES);
}

export function newRunId(): string {
  return `${new Date().toISOString().replace(/[-:]/g, '').slice(0, 15)}-${randomBytes(3).toString('hex')}`;
}

/**
 * Whether `issue` may have kept the read from the rest of its file: a container it stopped in (a limit
 * reached, a damaged zip), an entry or a folder it lost. Failures an earlier run recorded further into
 * such a file were not met again because they were not reached, so they stay. It cannot tell these
 * from one message the read lost and went on past (an mbox message over the size limit), so that file
 * keeps its earlier failures too: the safe side. A message the parse or the write lost is one message.
 */
function cutsReadShort(issue: IngestIssue): boolean {
  return issue.lostMessage && (issue.stage === 'read' || issue.stage === 'container');
}

export async function ingest(driver: Driver, options: IngestOptions): Promise<IngestSummary> {
  try {
    return await ingestRun(driver, options);
  } finally {
    // A worker the caller started is this run's whatever happens, a failure before the run's try included.
    await options.entityWorker?.close();
    await options.parsePool?.close();
  }
}

async function ingestRun(driver: Driver, options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const runId = newRunId();
  const writer = new GraphWriter(driver);
  const workers = options.workers ?? defaultWorkerCount();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const progress: IngestProgress = {
    seen: 0,
    ingested: 0,
    duplicates: 0,
    failed: 0,
    bytesRead: 0,
    bytesTotal: options.inputBytes ?? (await inputBytes(options.paths, options.part)),
    attachments: 0,
    looseDocuments: 0,
  };
  const warm = wantsWarmEntityWorker(options, workers, progress.bytesTotal);
  // One the caller started for a run too large to want it is not kept loaded and idle through the run.
  if (!warm) await options.entityWorker?.close();
  const failures: IngestIssue[] = [];
  // Files with failures of earlier runs, which this run clears where it no longer meets them.
  const earlier = await FileFailures.start(driver, options.paths);
  let skipped = 0;
  let pendingIssues: IngestIssue[] = [];
  let pendingDocuments: LooseDocument[] = [];
  const documentFlushes: Promise<void>[] = [];

  const recordIssue = (issue: IngestIssue) => {
    pendingIssues.push(issue);
    if (cutsReadShort(issue)) earlier.readShort(issue.source.path);
    if (failures.length < MAX_SUMMARY_FAILURES) failures.push(issue);
    if (issue.lostMessage) {
      progress.seen++;
      progress.failed++;
    }
  };
  const events: ReadEvents = {
    onIssue: recordIssue,
    onSkip: (path, reason) => {
      skipped++;
      options.onSkip?.(path, reason);
    },
    onBytes: (n) => {
      progress.bytesRead += n;
    },
    onFileRead: earlier.onFileRead,
    onDocument: (document) => {
      progress.looseDocuments++;
      pendingDocuments.push(document);
      // A folder of documents yields no message to flush on: its documents are written as they add up.
      if (pendingDocuments.length >= batchSize) {
        const flushed = flush();
        flushed.catch(() => {}); // observed when awaited below
        documentFlushes.push(flushed);
      }
    },
  };

  const keys = options.noVerify ? undefined : await loadKeyStore(options.keys ?? []);
  await writer.startRun(runId, {
    paths: options.paths,
    workers,
    host: hostname(),
    dkimKeys: keys?.size ?? 0,
    ...(options.part && { part: `${options.part.index}/${options.part.count}` }),
  });
  let entities: EntityPassSummary | undefined;
  let documentPass: DocumentPassSummary | undefined;
  let derive: IngestSummary['derive'];
  let cleared: number;
  let part: IngestSummary['part'];
  if (options.part) await startPart(driver, options.paths, options.part);
  const bulk = await isBulkLoad(driver, progress.bytesTotal);
  if (bulk) await suspendMessageIndex(driver);
  const pool = options.parsePool ?? startParsePool(workers, parseConfig(options, keys));
  if (options.parsePool) pool.configure(parseConfig(options, keys));
  // Started here (or given), with nothing awaited before the try below: its finally closes it on every path
  // (a given one is closed by ingest() too, should the run fail before this point).
  const entityWorker = warm ? (options.entityWorker ?? startEntityWorker()) : undefined;
  let batch: ProcessedMessage[] = [];
  // Batches are written while the next ones are parsed, up to WRITES_IN_FLIGHT transactions at once
  // (Neo4j runs them on separate threads; rows are sorted so they take their locks in one order).
  const writes: Promise<void>[] = [];
  const flush = async () => {
    if (batch.length === 0 && pendingIssues.length === 0 && pendingDocuments.length === 0) return;
    const built = buildBatch(batch, pendingIssues, pendingDocuments, 'read');
    const copies = batch.length;
    batch = [];
    pendingIssues = [];
    pendingDocuments = [];
    while (writes.length >= WRITES_IN_FLIGHT) await writes.shift();
    const write = writer.writeBatch(built, runId).then(({ created, attachments, refused }) => {
      // A message Neo4j refused to store is a failure (already in the graph as one), not a duplicate.
      progress.ingested += created;
      progress.attachments += attachments;
      progress.duplicates += copies - created - refused.length;
      progress.failed += refused.length;
      failures.push(...refused.slice(0, Math.max(0, MAX_SUMMARY_FAILURES - failures.length)));
      options.onProgress?.({ ...progress });
    });
    write.catch(() => {}); // observed when awaited below
    writes.push(write);
  };

  try {
    const read = readSources(options.paths, events, options.limits ?? DEFAULT_READ_LIMITS, options.part);
    for await (const parsed of pool.map(read)) {
      takeParsed(parsed, progress, (message) => batch.push(message), recordIssue);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    for (const flushed of documentFlushes) await flushed;
    for (const write of writes) await write;
    cleared = await earlier.finish(driver, runId);
    // The parse workers are done: their memory is freed while the derive runs, before the entity pass
    // starts workers of its own (stopping them takes ~25 ms, which ten new mails would wait for).
    const parseClosed = pool.close();
    parseClosed.catch(() => {}); // awaited by the derive pass; closed again below in any case
    if (bulk) await restoreMessageIndex(driver);
    if (options.part) part = { ...options.part, ...(await finishPart(driver, options.paths, options.part)) };
    if (!part || part.last) {
      const passes = await runDerivePass(driver, writer, {
        ...derivePassOptions(options, runId, workers, parseConfig(options, keys)),
        ...(entityWorker && { entityWorker }),
        parseWorkersClosed: parseClosed,
      });
      derive = passes.derive;
      cleared += passes.cleared;
      entities = passes.entities;
      documentPass = passes.documents;
      addDocumentMail(progress, failures, documentPass);
      failures.push(...passes.failures.slice(0, Math.max(0, MAX_SUMMARY_FAILURES - failures.length)));
    }
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
    // The entity pass closed it, or it never ran (a failure, a part that is not the last).
    await entityWorker?.close();
  }

  const seconds = (performance.now() - started) / 1000;
  const summary: IngestSummary = {
    runId,
    load: 'transactional',
    seen: progress.seen,
    ingested: progress.ingested,
    duplicates: progress.duplicates,
    failed: progress.failed,
    skipped,
    seconds: Math.round(seconds * 100) / 100,
    bytes: progress.bytesRead,
    failures,
    cleared,
    ...(derive && { derive }),
    ...(part && { part }),
    ...(entities && { entities }),
    documents: {
      attachments: progress.attachments,
      loose: progress.looseDocuments,
      ...(documentPass && { pass: documentPass }),
    },
  };
  await writer.finishRun(runId, 'complete', {
    attachments: summary.documents.attachments,
    looseDocuments: summary.documents.loose,
    seen: summary.seen,
    ingested: summary.ingested,
    duplicates: summary.duplicates,
    failed: summary.failed,
    skipped: summary.skipped,
    cleared,
    seconds: summary.seconds,
  });
  return summary;
}
