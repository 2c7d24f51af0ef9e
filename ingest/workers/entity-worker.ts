/**
 * An entity worker started ahead of its pass (entity-pass.ts): it loads the extractor and its lexicons
 * while the mail is still read, parsed and derived, and builds the gazetteer when the correspondents
 * reach it. A module of its own so that `leakgraph ingest` can start it before loading the pipeline.
 */
import { WorkerPool } from './pool.js';

/** The time one item may take, when a pass asks for another than the default (ENTITY_TIME_LIMIT_MS). */
export const entityTimeLimit = (timeLimitMs: number | undefined) =>
  timeLimitMs !== undefined ? { entities: { timeLimitMs } } : {};

export function startEntityWorker(options: { timeLimitMs?: number } = {}): WorkerPool<'entities'> {
  return new WorkerPool('entities', 1, { preloadExtractor: true, ...entityTimeLimit(options.timeLimitMs) });
}
