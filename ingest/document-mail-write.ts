/**
 * The document pass, mail among the documents (issue 12), written: the RawMessages document-mail.ts
 * found → the parse pool (②③, the mail attached to them read too, workers/attached-mail.ts) →
 * buildBatch → GraphWriter.writeBatch, the ingest's own path, so a message found loose and in an
 * archive is one Message with two copies. Its attachments become pending Documents, which the pass
 * reads in its next round; its derive marks are taken by the derive that follows the pass
 * (derive-pass.ts), its entityPending by the entity pass.
 *
 * Accounting, as the ingest's: seen = ingested + duplicates + failed, each failure a Failure node
 * written with the messages; `documents` counts the new Documents the messages' attachments made.
 */
import type { Driver } from 'neo4j-driver';

import { buildBatch } from './batch/build-batch.js';
import type { DocumentMail } from './document-mail.js';
import type { IngestIssue, ProcessedMessage, RawMessage } from './model.js';
import { MAX_SUMMARY_FAILURES, newTally, takeParsed } from './read-batches.js';
import { countPendingDocuments } from './write/documents.js';
import type { GraphWriter } from './write/graph-writer.js';
import { WorkerPool } from './workers/pool.js';
import type { ProcessConfig } from './workers/process-config.js';

// Mail held before it is parsed and written: a few hundred messages, or an mbox or two, at once.
const MAX_QUEUED_BYTES = 64 * 1024 * 1024;
// Messages per write transaction, as the ingest's batches (ingest-defaults.ts DEFAULT_BATCH_SIZE).
const WRITE_MESSAGES = 2_000;

export interface DocumentMailSummary {
  seen: number;
  ingested: number;
  duplicates: number;
  failed: number;
  /** Attachments of the new messages, and the Documents they made that were not known yet. */
  attachments: number;
  documents: number;
  /** The first failures (all are Failure nodes). */
  failures: IngestIssue[];
}

export interface DocumentMailOptions {
  writer: GraphWriter;
  runId: string;
  workers: number;
  /** The parse workers' configuration (DKIM keys, attached-mail limits), as the ingest's. */
  parse: ProcessConfig;
}

export class DocumentMailWriter {
  readonly summary: DocumentMailSummary = {
    seen: 0,
    ingested: 0,
    duplicates: 0,
    failed: 0,
    attachments: 0,
    documents: 0,
    failures: [],
  };
  private raws: RawMessage[] = [];
  private issues: IngestIssue[] = [];
  private bytes = 0;
  private pool: WorkerPool<'parse'> | undefined;

  constructor(
    private readonly driver: Driver,
    private readonly options: DocumentMailOptions,
  ) {}

  /** Queues the mail of one document; true when enough is queued that it should be written now. */
  add(mail: DocumentMail): boolean {
    this.raws.push(...mail.raws);
    this.record(mail.issues);
    this.bytes += mail.raws.reduce((n, r) => n + r.bytes.byteLength, 0);
    return this.bytes >= MAX_QUEUED_BYTES || this.raws.length >= WRITE_MESSAGES;
  }

  private record(issues: IngestIssue[]): void {
    this.issues.push(...issues);
    const lost = issues.filter((i) => i.lostMessage).length;
    this.summary.seen += lost;
    this.summary.failed += lost;
    this.keep(issues);
  }

  private keep(issues: IngestIssue[]): void {
    this.summary.failures.push(...issues.slice(0, Math.max(0, MAX_SUMMARY_FAILURES - this.summary.failures.length)));
  }

  /** Parses and writes what is queued, a batch per transaction; call with no other document write in flight. */
  async flush(): Promise<void> {
    const raws = this.raws;
    this.raws = [];
    this.bytes = 0;
    for (let at = 0; at < raws.length || this.issues.length > 0; at += WRITE_MESSAGES)
      await this.write(raws.slice(at, at + WRITE_MESSAGES));
  }

  private async write(raws: RawMessage[]): Promise<void> {
    const messages: ProcessedMessage[] = [];
    if (raws.length > 0) {
      this.pool ??= new WorkerPool('parse', this.options.workers, this.options.parse);
      const { progress } = newTally(0);
      for await (const parsed of this.pool.map(raws))
        takeParsed(
          parsed,
          progress,
          (m) => messages.push(m),
          (issue) => this.record([issue]),
        );
      this.summary.seen += progress.seen;
    }
    const issues = this.issues;
    this.issues = [];
    const before = await countPendingDocuments(this.driver);
    const { created, attachments, refused } = await this.options.writer.writeBatch(
      buildBatch(messages, issues, [], 'pass'),
      this.options.runId,
    );
    this.summary.documents += (await countPendingDocuments(this.driver)) - before;
    this.summary.ingested += created;
    this.summary.attachments += attachments;
    this.summary.duplicates += messages.length - created - refused.length;
    this.summary.failed += refused.length;
    this.keep(refused);
  }

  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = undefined;
  }
}
