/**
 * Worker thread entry: receives WorkChunks, answers ResultChunks, for either task.
 */
import { parentPort, workerData } from 'node:worker_threads';

import type { RawMessage } from '../model.js';
import { ItemClock } from './item-clock.js';
import { type ProcessConfig, processOptions } from './process-config.js';
import type { ConfigureMessage, DocumentWork, EntityWork, ResultChunk, StartedNotice, WorkChunk } from './protocol.js';
import {
  loadDocumentReader,
  loadExtractor,
  loadMailReader,
  prepareGazetteer,
  runDocumentChunk,
  runEntityChunk,
  runParseChunk,
} from './run-chunk.js';

if (!parentPort) throw new Error('parse-worker.ts must run as a worker thread');
const port = parentPort;
const config = workerData as ProcessConfig;
let options = processOptions(config);
const clock = config.itemClock && new ItemClock(config.itemClock);
// A failure to load shows again, with its message, when the first chunk awaits the same import.
if (config.preloadExtractor) loadExtractor().catch(() => {});
if (config.preloadMailReader) loadMailReader().catch(() => {});

// Documents are read strictly one at a time, each announced when it starts, so the pool's time
// limit measures that document alone (parse and entity chunks may interleave at awaits).
let documents = Promise.resolve();

async function readDocuments(chunk: WorkChunk): Promise<void> {
  await loadDocumentReader();
  const notice: StartedNotice = { seq: chunk.seq, started: true };
  port.postMessage(notice);
  const reply: ResultChunk = { seq: chunk.seq, results: await runDocumentChunk(chunk.items as DocumentWork[], config) };
  port.postMessage(reply);
}

port.on('message', async (message: WorkChunk | ConfigureMessage) => {
  if ('configure' in message) {
    // Chunks sent after it see the new settings: messages arrive in order.
    Object.assign(config, message.configure);
    if ('dkim' in message.configure) options = processOptions(config);
    if (config.correspondents || config.correspondentsJson) prepareGazetteer(config);
    return;
  }
  const chunk = message;
  if (chunk.task === 'documents') {
    documents = documents.then(() => readDocuments(chunk));
    return;
  }
  const results =
    chunk.task === 'parse'
      ? await runParseChunk(chunk.items as RawMessage[], options, config.attached)
      : await runEntityChunk(chunk.items as EntityWork[], config, clock && { seq: chunk.seq, clock });
  const reply: ResultChunk = { seq: chunk.seq, results };
  port.postMessage(reply);
});
