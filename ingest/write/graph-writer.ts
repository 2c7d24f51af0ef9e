/**
 * ⑤ write: GraphBatch → Neo4j. The pipeline hands it batches that batch/ built; it writes each in
 * one transaction and records the run. (The passes after the batches, derive, entities and
 * verification, have their own modules in write/.)
 *
 * A batch is written in one transaction, statement by statement (UNWIND … MERGE), so a crash or
 * a database that goes away leaves either the whole batch or none of it. Every statement MERGEs
 * on a key, so writing a batch twice changes nothing; that is what makes a rerun resume.
 *
 * One message must never stop a run (issue 14): when Neo4j refuses a batch, the writer halves it
 * until the message it refuses is alone (split-batch.ts), writes everything else, and records that
 * message as a Failure with Neo4j's reason, as the parse workers do for a message they cannot read.
 */
import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';

import { loadCypher } from '../../db/cypher.js';
import { neo4jFailure } from '../../db/errors.js';
import { type AttachmentRow, type GraphBatch, type RoleRow, failureRow } from '../batch/graph-schema.js';
import type { IngestIssue } from '../model.js';
import { type DeriveOptions, type DeriveSummary, deriveGraph } from './derive.js';
import { writeDkimRows } from './dkim.js';
import { writeSignalRows } from './signals.js';
import { failuresOnly, halves, refusedIssues } from './split-batch.js';

export class DatabaseGoneError extends Error {
  override name = 'DatabaseGoneError';
}

/** JS numbers reach Neo4j as floats; counts, sizes and offsets must be integers. */
function ints<T extends object>(obj: T, keys: readonly (keyof T)[]): T {
  const out = { ...obj } as Record<string, unknown>;
  for (const k of keys) {
    const v = out[k as string];
    if (typeof v === 'number') out[k as string] = neo4j.int(v);
  }
  return out as T;
}

const isGone = (error: unknown) => neo4jFailure(error) === 'unavailable';

/**
 * Neo4j refused what this batch holds (a value its index cannot take, a transaction over its memory
 * limit, …), as opposed to not answering or refusing us: worth finding the message at fault.
 */
function isRefusal(error: unknown): boolean {
  const failure = neo4jFailure(error);
  return error instanceof Neo4jError && failure !== 'unavailable' && failure !== 'unauthorized';
}

/** Neo4j's reason, first line, for a Failure. */
function reasonOf(error: unknown): string {
  return String((error as Error).message ?? error)
    .split('\n')[0]!
    .slice(0, 1000);
}

export interface BatchOutcome {
  /** Messages the batch created (its other copies were of messages already in the graph, or refused). */
  created: number;
  /** Attachments of those messages (HAS_ATTACHMENT edges written). */
  attachments: number;
  /** One issue per copy of a message Neo4j refused to store, already written as a Failure. */
  refused: IngestIssue[];
}

export class GraphWriter {
  constructor(private readonly driver: Driver) {}

  private session() {
    // Bookmarks shared with executeQuery: on a cluster, the derive's reads see every batch.
    return this.driver.session({
      defaultAccessMode: neo4j.session.WRITE,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
  }

  /** Runs `work` in one write transaction; a vanished database becomes DatabaseGoneError. */
  private async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.session();
    try {
      return await session.executeWrite(work);
    } catch (error) {
      if (isGone(error)) throw new DatabaseGoneError(`Neo4j stopped answering: ${(error as Error).message}`);
      throw error;
    } finally {
      await session.close();
    }
  }

  async startRun(id: string, props: Record<string, unknown>): Promise<void> {
    await this.write((tx) => tx.run(loadCypher('write/start-run'), { id, props }));
  }

  async finishRun(
    id: string,
    status: 'complete' | 'failed' | 'interrupted',
    props: Record<string, number>,
  ): Promise<void> {
    const converted = Object.fromEntries(
      Object.entries(props).map(([k, v]) => [k, Number.isInteger(v) ? neo4j.int(v) : v]),
    );
    await this.write((tx) => tx.run(loadCypher('write/finish-run'), { id, status, props: converted }));
  }

  /**
   * Writes one batch, in one transaction unless Neo4j refuses it; then in parts, leaving out (and
   * recording as Failures, found as the batch's were) the messages it refuses.
   */
  async writeBatch(batch: GraphBatch, runId: string): Promise<BatchOutcome> {
    try {
      return { ...(await this.writeWhole(batch, runId)), refused: [] };
    } catch (error) {
      if (!isRefusal(error) || batch.messages.length === 0) throw error;
    }
    const outcome: BatchOutcome = { created: 0, attachments: 0, refused: [] };
    if (batch.failures.length || batch.documents.length) await this.writeWhole(failuresOnly(batch), runId);
    await this.writeParts(batch, runId, outcome);
    return outcome;
  }

  /** Writes each half of a refused batch; a refused half is halved again, down to one message. */
  private async writeParts(batch: GraphBatch, runId: string, outcome: BatchOutcome): Promise<void> {
    for (const part of halves(batch)) {
      if (part.messages.length === 0) continue;
      try {
        const written = await this.writeWhole(part, runId);
        outcome.created += written.created;
        outcome.attachments += written.attachments;
      } catch (error) {
        if (!isRefusal(error)) throw error;
        if (part.messages.length > 1) await this.writeParts(part, runId, outcome);
        else await this.recordRefused(part, runId, outcome, error);
      }
    }
  }

  /** The one message Neo4j refuses: a Failure per copy, with Neo4j's reason. */
  private async recordRefused(part: GraphBatch, runId: string, outcome: BatchOutcome, error: unknown): Promise<void> {
    const issues = refusedIssues(part, reasonOf(error));
    const failures = issues.map((issue) => failureRow(issue, part.found));
    try {
      await this.writeWhole({ ...failuresOnly(part), failures }, runId);
    } catch {
      // Not even the Failure can be stored: the database itself is in trouble, not this message.
      throw error;
    }
    outcome.refused.push(...issues);
  }

  /**
   * Writes one batch in one transaction. Returns how many messages it created (the rest were copies
   * of known ones) and how many attachments they have. Only a new message gets its sender, recipient and attachment edges, created
   * outright (they cannot exist yet); a copy of a known message adds its provenance (Copy), any
   * BCC recipient it reveals, and Exchange DN pairings.
   */
  private async writeWhole(batch: GraphBatch, runId: string): Promise<{ created: number; attachments: number }> {
    const messages = batch.messages.map((m) => ({ ...m, props: ints(m.props, ['tzOffset', 'attachmentCount']) }));
    const copies = batch.copies.map((c) => ({ ...c, props: ints(c.props, ['offset', 'length', 'size']) }));
    return this.write(async (tx) => {
      const run = (name: string, params: Record<string, unknown>) => tx.run(loadCypher(`write/${name}`), params);
      const result = messages.length ? await run('merge-messages', { rows: messages }) : undefined;
      const created = new Set<string>((result?.records[0]?.get('created') as string[] | undefined) ?? []);
      const isNew = (row: RoleRow | AttachmentRow) => created.has(row.message);
      const fresh = {
        sent: batch.sent.filter(isNew),
        to: batch.to.filter(isNew),
        cc: batch.cc.filter(isNew),
        bcc: batch.bcc.filter(isNew),
      };
      const dirty = new Set([...fresh.sent, ...fresh.to, ...fresh.cc, ...fresh.bcc].map((r) => r.email));
      const addresses = batch.addresses.map((a) => ({ ...a, dirty: dirty.has(a.email) }));
      const attachments = batch.attachments.filter(isNew).map((a) => ints(a, ['size', 'part']));
      const revealedBcc = batch.bcc.filter((r) => !isNew(r));
      const knownNames = (['sent', 'to', 'cc', 'bcc'] as const).flatMap((role) =>
        batch[role].filter((r) => r.name !== null && !isNew(r)).map((r) => ({ ...r, role: role.toUpperCase() })),
      );
      // Sorted like every other row list (build-batch.ts): locks taken in one order do not deadlock.
      knownNames.sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : a.message < b.message ? -1 : 1));

      if (addresses.length) await run('merge-addresses', { rows: addresses });
      if (copies.length) await run('merge-copies', { rows: copies });
      // A copy's DKIM status travels with the copy itself (merge-copies); keys and signatures follow.
      await writeDkimRows(tx, { ...batch.dkim, copies: [] });
      await writeSignalRows(tx, batch.signals);
      if (fresh.sent.length) await run('create-sent', { rows: fresh.sent });
      if (fresh.to.length) await run('create-to', { rows: fresh.to });
      if (fresh.cc.length) await run('create-cc', { rows: fresh.cc });
      if (fresh.bcc.length) await run('create-bcc', { rows: fresh.bcc });
      if (revealedBcc.length) await run('merge-bcc', { rows: revealedBcc });
      if (knownNames.length) await run('merge-role-names', { rows: knownNames });
      if (attachments.length) await run('create-attachments', { rows: attachments });
      if (batch.aliases.length) await run('merge-aliases', { rows: batch.aliases });
      if (batch.documents.length)
        await run('merge-loose-documents', { rows: batch.documents.map((d) => ints(d, ['size'])) });
      if (batch.failures.length) await run('merge-failures', { rows: batch.failures, run: runId });
      return { created: created.size, attachments: attachments.length };
    });
  }

  /** Everything derived from the messages once they are all in (write/derive.ts). */
  async derive(options: DeriveOptions = {}): Promise<DeriveSummary> {
    try {
      return await deriveGraph(this.driver, options);
    } catch (error) {
      if (isGone(error)) throw new DatabaseGoneError(`Neo4j stopped answering: ${(error as Error).message}`);
      throw error;
    }
  }
}
