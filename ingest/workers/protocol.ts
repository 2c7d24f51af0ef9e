/**
 * Messages between the pipeline and its workers. Work goes out in chunks to keep the per-item
 * cost of crossing threads small; results come back in the same order. Two tasks: parsing raw
 * mail (the ingest's first pass) and extracting entities from stored bodies (its second pass).
 */
import type { MessageText } from '../extract/entities/extract-message.js';
import type { MentionSummary } from '../extract/entities/summarise-mentions.js';
import type { IngestIssue, ProcessedMessage, RawMessage } from '../model.js';

export type TaskName = 'parse' | 'entities';

export interface WorkChunk<I = unknown> {
  seq: number;
  task: TaskName;
  items: I[];
}

export interface ResultChunk<R = unknown> {
  seq: number;
  results: R[];
}

export type ParseResult = { ok: true; message: ProcessedMessage } | { ok: false; issue: IngestIssue };

/** One stored message whose body is to be read for names. */
export type EntityWork = MessageText;

export type EntityResult =
  { ok: true; id: string; lang: string; mentions: MentionSummary[] } | { ok: false; id: string; error: string };

export type TaskItem = { parse: RawMessage; entities: EntityWork };
export type TaskResult = { parse: ParseResult; entities: EntityResult };
