/**
 * Which path a load takes: transactions (pipeline.ts), or the bulk first load (first-load.ts), which
 * replaces the store of the managed database with what `neo4j-admin database import` writes.
 *
 * The bulk path needs the database leakgraph manages (it stops and starts it; a server of your own,
 * NEO4J_URI, it never stops), and that database must hold nothing but its schema record: no mail, no
 * corrections, no saved queries. By default it is taken only for an input of BULK_MIN_INPUT_BYTES or
 * more, where the restart (about 10 s) costs less than the transactions it saves; `--bulk` asks for
 * it whatever the size, `--no-bulk` never takes it. A split ingest (--part) never takes it either.
 */
import neo4j, { type Driver } from 'neo4j-driver';

import { loadCypher } from '../db/cypher.js';

import { BULK_MIN_INPUT_BYTES } from './ingest-defaults.js';

export type LoadMode = 'auto' | 'bulk' | 'transactional';

export class BulkRefusedError extends Error {
  override name = 'BulkRefusedError';
}

export interface LoadChoice {
  path: 'bulk' | 'transactional';
  /** Said to the analyst when a large load could have been faster. */
  note?: string;
}

export async function isGraphBare(driver: Driver): Promise<boolean> {
  const { records } = await driver.executeQuery(loadCypher('read/graph-is-empty'), {}, { routing: neo4j.routing.READ });
  return records[0]?.get('empty') === true;
}

export async function chooseLoad(
  driver: Driver,
  request: { mode: LoadMode; managed: boolean; inputBytes: number; split?: boolean },
): Promise<LoadChoice> {
  const { mode, managed, inputBytes } = request;
  if (mode === 'transactional') return { path: 'transactional' };
  if (request.split) {
    // Parts run side by side into one database; the import replaces the whole store at once.
    if (mode === 'bulk')
      throw new BulkRefusedError('--bulk refused: a split ingest (--part) adds to one database; run without --bulk.');
    return { path: 'transactional' };
  }
  if (mode === 'auto' && inputBytes < BULK_MIN_INPUT_BYTES) return { path: 'transactional' };
  if (!managed) {
    const why = 'the bulk first load stops the database to import into it, and NEO4J_URI names a server of your own';
    if (mode === 'bulk') throw new BulkRefusedError(`--bulk refused: ${why}; run without --bulk.`);
    return { path: 'transactional', note: `Loading with transactions: ${why} (unset NEO4J_URI to use it).` };
  }
  if (!(await isGraphBare(driver))) {
    if (mode === 'bulk')
      throw new BulkRefusedError(
        '--bulk refused: the bulk first load replaces the whole database, and this one already holds data (mail, corrections or saved queries); run without --bulk to add to it.',
      );
    return { path: 'transactional' };
  }
  return { path: 'bulk' };
}
