/**
 * Fault injection for crash-worker.ts: a parse chunk holding a message that contains
 * LEAKGRAPH_TEST_CRASH_MARKER ends the worker thread with a non-zero code.
 */
import { parentPort } from 'node:worker_threads';

import type { RawMessage } from '../../../ingest/model.js';
import type { WorkChunk } from '../../../ingest/workers/protocol.js';

const marker = process.env.LEAKGRAPH_TEST_CRASH_MARKER;

parentPort?.on('message', (chunk: WorkChunk) => {
  const items = chunk.task === 'parse' ? (chunk.items as RawMessage[]) : [];
  if (marker && items.some((m) => Buffer.from(m.bytes).includes(marker))) process.exit(70);
});
