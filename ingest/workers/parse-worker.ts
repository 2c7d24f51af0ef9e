/**
 * Worker thread entry: receives WorkChunks, answers ResultChunks.
 */
import { parentPort } from 'node:worker_threads';

import type { ResultChunk, WorkChunk } from './protocol.js';
import { runChunk } from './run-chunk.js';

if (!parentPort) throw new Error('parse-worker.ts must run as a worker thread');
const port = parentPort;

port.on('message', async (chunk: WorkChunk) => {
  const reply: ResultChunk = { seq: chunk.seq, results: await runChunk(chunk.items) };
  port.postMessage(reply);
});
