/**
 * ⑤ write: GraphBatch → Neo4j. The only ingest module that talks to the database.
 *
 * A batch is written in one transaction, statement by statement (UNWIND … MERGE), so a crash or
 * a database that goes away leaves either the whole batch or none of it. Every statement MERGEs
 * on a key, so writing a batch twice changes nothing; that is what makes a rerun resume.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';

import { loadCypher } from '../../db/cypher.js';
import type { GraphBatch } from '../batch/graph-schema.js';
import { deriveGraph } from './derive.js';

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

const isGone = (error: unknown) => {
  const code = (error as { code?: string }).code ?? '';
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ECONNRESET|socket|closed/i.test((error as Error).message ?? '');
};

export class GraphWriter {
  constructor(
    private readonly driver: Driver,
    private readonly database?: string,
  ) {}

  private session() {
    return this.driver.session({ ...(this.database && { database: this.database }), defaultAccessMode: neo4j.session.WRITE });
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

  async finishRun(id: string, status: 'complete' | 'failed' | 'interrupted', props: Record<string, number>): Promise<void> {
    const converted = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, Number.isInteger(v) ? neo4j.int(v) : v]));
    await this.write((tx) => tx.run(loadCypher('write/finish-run'), { id, status, props: converted }));
  }

  /** Writes one batch in one transaction. Returns how many messages it created (the rest were copies of known ones). */
  async writeBatch(batch: GraphBatch, runId: string): Promise<number> {
    const messages = batch.messages.map((m) => ({ ...m, props: ints(m.props, ['tzOffset', 'attachmentCount']) }));
    const copies = batch.copies.map((c) => ({ ...c, props: ints(c.props, ['offset', 'length', 'size']) }));
    const attachments = batch.attachments.map((a) => ints(a, ['size']));
    return this.write(async (tx) => {
      let created = 0;
      if (batch.addresses.length) await tx.run(loadCypher('write/merge-addresses'), { rows: batch.addresses });
      if (messages.length) {
        const result = await tx.run(loadCypher('write/merge-messages'), { rows: messages });
        created = Number(result.records[0]?.get('created') ?? 0);
      }
      if (copies.length) await tx.run(loadCypher('write/merge-copies'), { rows: copies });
      if (batch.sent.length) await tx.run(loadCypher('write/merge-sent'), { rows: batch.sent });
      if (batch.to.length) await tx.run(loadCypher('write/merge-to'), { rows: batch.to });
      if (batch.cc.length) await tx.run(loadCypher('write/merge-cc'), { rows: batch.cc });
      if (batch.bcc.length) await tx.run(loadCypher('write/merge-bcc'), { rows: batch.bcc });
      if (attachments.length) await tx.run(loadCypher('write/merge-attachments'), { rows: attachments });
      if (batch.aliases.length) await tx.run(loadCypher('write/merge-aliases'), { rows: batch.aliases });
      if (batch.failures.length) await tx.run(loadCypher('write/merge-failures'), { rows: batch.failures, run: runId });
      return created;
    });
  }

  /** Everything derived from the messages once they are all in (write/derive.ts). */
  async derive(onStep?: (step: string) => void): Promise<void> {
    try {
      await deriveGraph(this.driver, { ...(this.database && { database: this.database }), ...(onStep && { onStep }) });
    } catch (error) {
      if (isGone(error)) throw new DatabaseGoneError(`Neo4j stopped answering: ${(error as Error).message}`);
      throw error;
    }
  }
}
