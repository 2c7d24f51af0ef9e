/**
 * The first half of every load, transactional or bulk: readSources (① files → RawMessage) through the
 * parse pool (②③ in worker threads → ProcessedMessage), gathered into batches of processed messages
 * with the issues met on the way. Counts what it reads into the tally as it goes.
 */
import type { IngestIssue, LooseDocument, ProcessedMessage, ReadEvents } from './model.js';
import type { IngestOptions, IngestProgress } from './pipeline.js';
import { DEFAULT_READ_LIMITS, readSources } from './read/read-sources.js';
import type { WorkerPool } from './workers/pool.js';
import { type ParseResult, eachParsed } from './workers/protocol.js';

// Failures listed in the summary (all of them are in the graph).
export const MAX_SUMMARY_FAILURES = 50;

export interface ReadTally {
  progress: IngestProgress;
  /** The first MAX_SUMMARY_FAILURES issues, for the summary. */
  failures: IngestIssue[];
  skipped: number;
}

export interface ReadBatch {
  messages: ProcessedMessage[];
  /** Issues met since the previous batch; they are written with it (Failure nodes). */
  issues: IngestIssue[];
  /** Loose documents (not mail) found since the previous batch. */
  documents: LooseDocument[];
}

export function newTally(bytesTotal: number): ReadTally {
  return {
    progress: {
      seen: 0,
      ingested: 0,
      duplicates: 0,
      failed: 0,
      bytesRead: 0,
      bytesTotal,
      attachments: 0,
      looseDocuments: 0,
    },
    failures: [],
    skipped: 0,
  };
}

/** Keeps the first failures for the summary. */
export function keepFailures(tally: ReadTally, issues: readonly IngestIssue[]): void {
  tally.failures.push(...issues.slice(0, Math.max(0, MAX_SUMMARY_FAILURES - tally.failures.length)));
}

/**
 * A message and the mail attached to it (workers/attached-mail.ts), each counted as one seen: the
 * messages handed to `keep`, the failures and the warnings on kept messages to `record`. Shared by both loads.
 */
export function takeParsed(
  parsed: ParseResult,
  progress: IngestProgress,
  keep: (message: ProcessedMessage) => void,
  record: (issue: IngestIssue) => void,
): void {
  for (const result of eachParsed(parsed)) {
    if (result.ok) {
      progress.seen++;
      keep(result.message);
      for (const note of result.notes ?? []) record(note);
    } else record(result.issue);
  }
}

export async function* readBatches(
  pool: WorkerPool<'parse'>,
  options: Pick<IngestOptions, 'paths' | 'limits' | 'onSkip' | 'part'>,
  batchSize: number,
  tally: ReadTally,
): AsyncGenerator<ReadBatch> {
  const { progress } = tally;
  let issues: IngestIssue[] = [];
  let messages: ProcessedMessage[] = [];
  let documents: LooseDocument[] = [];
  const recordIssue = (issue: IngestIssue) => {
    issues.push(issue);
    keepFailures(tally, [issue]);
    if (issue.lostMessage) {
      progress.seen++;
      progress.failed++;
    }
  };
  const events: ReadEvents = {
    onIssue: recordIssue,
    onSkip: (path, reason) => {
      tally.skipped++;
      options.onSkip?.(path, reason);
    },
    onBytes: (n) => {
      progress.bytesRead += n;
    },
    onDocument: (document) => {
      progress.looseDocuments++;
      documents.push(document);
    },
  };
  const take = (): ReadBatch => {
    const batch = { messages, issues, documents };
    messages = [];
    issues = [];
    documents = [];
    return batch;
  };
  const read = readSources(options.paths, events, options.limits ?? DEFAULT_READ_LIMITS, options.part);
  for await (const parsed of pool.map(read)) {
    takeParsed(parsed, progress, (message) => messages.push(message), recordIssue);
    if (messages.length >= batchSize || documents.length >= batchSize) yield take();
  }
  if (messages.length || issues.length || documents.length) yield take();
}
