/**
 * The ingest's second pass (issue 4): every message not read yet (or every message, --rebuild) →
 * its stored body, subject and participants → entity extraction in worker threads, with the
 * gazetteer of every person the first pass resolved → Entity/MENTIONS and REFERS_TO edges.
 *
 * Running after identity resolution means a correspondent named in a body is found by full name on
 * the very first ingest, and each message is read once however many copies it has. A message whose
 * extraction fails keeps its mail and is recorded as a failure (stage "extract"); nothing is lost.
 */
import type { Driver } from 'neo4j-driver';

import type { IngestIssue } from './model.js';
import {
  countEntityWork,
  deriveEntities,
  readCorrespondents,
  readEntityWork,
  resetEntities,
  writeEntityResults,
} from './write/entities.js';
import type { EntityResult, EntityWork } from './workers/protocol.js';
import { WorkerPool, defaultWorkerCount } from './workers/pool.js';

// Messages read from Neo4j per query and written back per transaction.
const PAGE = 1_000;

export interface EntityPassOptions {
  /** Read every message again (after the gazetteer grew, or the extractor changed). */
  rebuild?: boolean;
  workers?: number;
  /** The time one message may take (default ENTITY_TIME_LIMIT_MS): past it, the message is a failure. */
  timeLimitMs?: number;
  onProgress?: (done: number, total: number) => void;
  onFailure?: (issue: IngestIssue) => void;
}

export interface EntityPassSummary {
  messages: number;
  mentions: number;
  failed: number;
  seconds: number;
}

/** The messages to read, a page at a time; the next page is asked for while this one is handed out. */
async function* pages(driver: Driver): AsyncGenerator<EntityWork> {
  let next = readEntityWork(driver, '', PAGE);
  for (;;) {
    const page = await next;
    if (page.length === 0) return;
    next = readEntityWork(driver, page.at(-1)!.id, PAGE);
    next.catch(() => {}); // observed by the next await
    yield* page;
  }
}

export async function runEntityPass(driver: Driver, options: EntityPassOptions = {}): Promise<EntityPassSummary> {
  const started = performance.now();
  if (options.rebuild) await resetEntities(driver);
  const total = await countEntityWork(driver);
  const summary: EntityPassSummary = { messages: 0, mentions: 0, failed: 0, seconds: 0 };
  if (total > 0) {
    // The workers build the gazetteer from the correspondents: the dictionaries it brings stay out of this thread.
    const correspondents = await readCorrespondents(driver);
    const pool = new WorkerPool('entities', options.workers ?? defaultWorkerCount(), {
      correspondents,
      ...(options.timeLimitMs !== undefined && { entities: { timeLimitMs: options.timeLimitMs } }),
    });
    let batch: (EntityResult & { ok: true })[] = [];
    let writing: Promise<void> = Promise.resolve();
    const flush = async () => {
      const rows = batch;
      batch = [];
      await writing;
      writing = writeEntityResults(driver, rows);
      writing.catch(() => {}); // observed by the next await
    };
    try {
      for await (const result of pool.map(pages(driver))) {
        summary.messages++;
        if (result.ok) {
          summary.mentions += result.mentions.reduce((n, m) => n + m.count, 0);
          batch.push(result);
        } else {
          summary.failed++;
          options.onFailure?.({
            source: { path: `message ${result.id}`, entries: [] },
            stage: 'extract',
            error: result.error,
            lostMessage: false,
          });
          batch.push({ ok: true, id: result.id, lang: 'und', mentions: [] });
        }
        if (batch.length >= PAGE) await flush();
        options.onProgress?.(summary.messages, total);
      }
      await flush();
      await writing;
    } finally {
      await pool.close();
    }
  }
  await deriveEntities(driver);
  summary.seconds = Math.round((performance.now() - started) / 10) / 100;
  return summary;
}
