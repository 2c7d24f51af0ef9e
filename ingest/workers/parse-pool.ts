/**
 * The parse workers of an ingest. A module of its own, like entity-worker.ts, so that `leakgraph
 * ingest` can start the first worker before it loads the database driver and the pipeline: the
 * worker's imports (the mail parser, DKIM, the Outlook and attached-mail readers: ~0.6 s, mailparser
 * half of it) then run on the other core while the command loads and connects, and ten new mails no
 * longer wait for them (issue 13). What the workers need from the run (the DKIM keys, the bounds on
 * attached mail) is known only later: the run hands it over with `configure` before any mail.
 */
import { WorkerPool } from './pool.js';
import type { ProcessConfig } from './process-config.js';

// A parse worker's start (its mail, DKIM and container libraries) costs about 1.1 CPU-seconds, what
// it takes to parse ~4 MB of Enron mail: the pool adds a worker per 4 MB of mail handed out, so ten
// new mails get one, leaving the other core to Neo4j and the main thread.
export const BYTES_PER_PARSE_WORKER = 4 * 1024 * 1024;

/** The run's settings for its parse workers, sent to a pool started ahead of the run. */
export type ParseSettings = Pick<ProcessConfig, 'dkim' | 'attached'>;

/** Up to `workers` threads (none: the caller parses on its own thread), the first started now, loading the parser at once. */
export function startParsePool(workers: number, settings: ParseSettings = {}): WorkerPool<'parse'> {
  return new WorkerPool('parse', workers, { preloadMailReader: true, ...settings }, undefined, {
    bytesPerWorker: BYTES_PER_PARSE_WORKER,
  });
}
