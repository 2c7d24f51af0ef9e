/**
 * Worker thread entry: receives WorkChunks, answers ResultChunks.
 */
import { parentPort, workerData } from 'node:worker_threads';

import { type ProcessConfig, processOptions } from './process-config.js';

import type { ResultChunk, WorkChunk } from './protocol.js';
import { runChunk } from './run-chunk.js';

if (!parentPort) throw new Error('parse-worker.ts must run as a worker thread');
const port = parentPort;
const options = processOptions(workerData as ProcessConfig);

port.on('message', async (chunk: WorkChunk) => {
  const reply: ResultChunk = { seq: chunk.seq, results: await runChunk(chunk.items, options) };
  port.postMessage(reply);
});
