/**
 * Messages between the pipeline and its workers. Work goes out in chunks to keep the per-item
 * cost of crossing threads small; results come back in the same order. Three tasks: parsing raw
 * mail (the ingest's first pass), extracting entities from stored bodies (its second pass), and
 * reading documents (attachments and loose files), one per chunk under a time and memory limit.
 */
import type { DocumentAbout } from '../extract/documents/read-document.js';
import type { DocumentRecord } from '../extract/documents/types.js';
import type { DocumentText } from '../extract/entities/document-text.js';
import type { MessageText } from '../extract/entities/extract-message.js';
import type { MentionSummary } from '../extract/entities/summarise-mentions.js';
import type { IngestIssue, ProcessedMessage, RawMessage } from '../model.js';

export type TaskName = 'parse' | 'entities' | 'documents';

export interface WorkChunk<I = unknown> {
  seq: number;
  task: TaskName;
  items: I[];
}

export interface ResultChunk<R = unknown> {
  seq: number;
  results: R[];
}

/** Sent by a worker when it starts a chunk of a time-limited task: the clock starts then, not when queued. */
export interface StartedNotice {
  seq: number;
  started: true;
}

/** One document to read: its bytes and what the carrier says about it. */
export interface DocumentWork extends DocumentAbout {
  bytes: Uint8Array;
}

export type ParseResult = { ok: true; message: ProcessedMessage } | { ok: false; issue: IngestIssue };

/** One stored message whose body, or one read document whose text, is to be read for names. */
export type EntityWork = MessageText | DocumentText;

export type EntityResult =
  { ok: true; id: string; lang: string; mentions: MentionSummary[] } | { ok: false; id: string; error: string };

export type TaskItem = { parse: RawMessage; entities: EntityWork; documents: DocumentWork };
/** A document always comes back as a record: a failure is a status on it, never a missing result. */
export type TaskResult = { parse: ParseResult; entities: EntityResult; documents: DocumentRecord };
