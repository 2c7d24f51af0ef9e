/**
 * Fault injection for stall-worker.ts: a document chunk whose bytes hold STALL_MARKER is announced
 * as started, as the real worker announces it, and then the thread blocks for good, as a reader
 * stuck in a loop would. Only the pool's hard time limit (terminating the worker) ends it.
 */
import { parentPort } from 'node:worker_threads';

import type { DocumentWork, StartedNotice, WorkChunk } from '../../../ingest/workers/protocol.js';

export const STALL_MARKER = 'LEAKGRAPH-TEST-STALL';

parentPort?.on('message', (chunk: WorkChunk) => {
  const items = chunk.task === 'documents' ? (chunk.items as DocumentWork[]) : [];
  if (!items.some((d) => Buffer.from(d.bytes).includes(STALL_MARKER))) return;
  const notice: StartedNotice = { seq: chunk.seq, started: true };
  parentPort!.postMessage(notice);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); // never woken
});
