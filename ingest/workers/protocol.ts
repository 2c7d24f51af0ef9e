/**
 * Messages between the pipeline and its parse workers. Work goes out in chunks to keep the
 * per-message cost of crossing threads small; results come back in the same order.
 */
import type { IngestIssue, ProcessedMessage, RawMessage } from '../model.js';

export interface WorkChunk {
  seq: number;
  items: RawMessage[];
}

export type WorkResult = { ok: true; message: ProcessedMessage } | { ok: false; issue: IngestIssue };

export interface ResultChunk {
  seq: number;
  results: WorkResult[];
}
