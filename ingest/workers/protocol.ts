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
import type { ArchiveListing, IngestIssue, ProcessedMessage, RawMessage } from '../model.js';
import type { ProcessConfig } from './process-config.js';

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

/** Sent to every worker of a pool started ahead of its work (WorkerPool.configure): settings known only now. */
export interface ConfigureMessage {
  configure: Pick<ProcessConfig, 'correspondents' | 'correspondentsJson' | 'dkim' | 'attached'>;
}

/** Sent by a worker when it starts a chunk of a time-limited task: the clock starts then, not when queued. */
export interface StartedNotice {
  seq: number;
  started: true;
}

/** One document to read: its bytes and what the carrier says about it. */
export interface DocumentWork extends DocumentAbout {
  bytes: Uint8Array;
  /** Archives above it, when it was found in an archive document (issue 12; nesting limit). */
  depth?: number;
}

/** A read document; for an archive, also its listing: its files are documents to read next (issue 12). */
export type DocumentRead = DocumentRecord & { archive?: ArchiveListing };

/**
 * A message read from a file, with the mail attached to it (workers/attached-mail.ts) as results of
 * their own, every level flattened in order; or why it could not be read.
 */
export type ParseResult =
  | {
      ok: true;
      message: ProcessedMessage;
      attached?: ParseResult[];
      /** Warnings about the message, which is kept (its headers cut, or its body left out, to be read: parse/salvage.ts). */
      notes?: IngestIssue[];
    }
  | { ok: false; issue: IngestIssue };

/** A parse result and its attached mails' results, in order: what the loads count and write. */
export function* eachParsed(result: ParseResult): Generator<ParseResult> {
  yield result;
  if (result.ok && result.attached) yield* result.attached;
}

/** One stored message whose body, or one read document whose text, is to be read for names. */
export type EntityWork = MessageText | DocumentText;

export type EntityResult =
  { ok: true; id: string; lang: string; mentions: MentionSummary[] } | { ok: false; id: string; error: string };

export type TaskItem = { parse: RawMessage; entities: EntityWork; documents: DocumentWork };
/** A document always comes back as a record: a failure is a status on it, never a missing result. */
export type TaskResult = { parse: ParseResult; entities: EntityResult; documents: DocumentRead };
