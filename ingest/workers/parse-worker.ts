/**
 * Worker thread entry: receives WorkChunks, answers ResultChunks, for either task.
 */
import { parentPort, workerData } from 'node:worker_threads';

import type { RawMessage } from '../model.js';
import { type ProcessConfig, processOptions } from './process-config.js';
import type { EntityWork, ResultChunk, WorkChunk } from './protocol.js';
import { runEntityChunk, runParseChunk } from './run-chunk.js';

if (!parentPort) throw new Error('parse-worker.ts must run as a worker thread');
const port = parentPort;
const config = workerData as ProcessConfig;
const options = processOptions(config);
// Fault injection for the pool's crash test (test/ingest/workers): a message containing this
// marker kills the worker, as a parser bug or an exhausted heap would. Never set in normal use.
const CRASH_MARKER = process.env.LEAKGRAPH_TEST_CRASH_MARKER;

port.on('message', async (chunk: WorkChunk) => {
  if (CRASH_MARKER && chunk.task === 'parse' && (chunk.items as RawMessage[]).some((m) => Buffer.from(m.bytes).includes(CRASH_MARKER))) {
    process.exit(70);
  }
  const results =
    chunk.task === 'parse'
      ? await runParseChunk(chunk.items as RawMessage[], options)
      : await runEntityChunk(chunk.items as EntityWork[], config.gazetteer);
  const reply: ResultChunk = { seq: chunk.seq, results };
  port.postMessage(reply);
});
