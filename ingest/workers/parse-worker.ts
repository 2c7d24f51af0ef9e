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

port.on('message', async (chunk: WorkChunk) => {
  const results =
    chunk.task === 'parse'
      ? await runParseChunk(chunk.items as RawMessage[], options)
      : await runEntityChunk(chunk.items as EntityWork[], config.gazetteer);
  const reply: ResultChunk = { seq: chunk.seq, results };
  port.postMessage(reply);
});
