/**
 * Which path a load takes: transactions (pipeline.ts), or the bulk first load (first-load.ts), which
 * replaces the store of the managed database with what `neo4j-admin database import` writes.
 *
 * The bulk path needs the database leakgraph manages (it stops and starts it; a server of your own,
 * NEO4J_URI, it never stops), and that database must hold nothing but its schema record: no mail, no
 * corrections, no saved queries. It runs only when asked for (`--bulk`): on two cores it was never
 * the faster load (7 December, `npm run bench:ingest`, one run each: 205.7 s against 181.6 transactional
 * on the benchmark set, 170 MiB; 540.1 s against 540.0 on its ×4 copy, 681 MiB; earlier pairs 216.7
 * against 134.1 and 180.8 against 177.9), it stops the database from its start (while it writes the CSV
 * files) until the import is in, and the ingest process's peak RSS was the higher (1,055 MB against 927
 * at ×4). Parsing is most of a load on two cores, and both paths parse alike; the transactional one
 * writes while it parses. A split ingest (--part) never takes it.
 */
import neo4j, { type Driver } from 'neo4j-driver';

import { loadCypher } from '../db/cypher.js';

export type LoadPath = 'bulk' | 'transactional';

export class BulkRefusedError extends Error {
  override name = 'BulkRefusedError';
}

async function isGraphBare(driver: Driver): Promise<boolean> {
  const { records } = await driver.executeQuery(loadCypher('read/graph-is-empty'), {}, { routing: neo4j.routing.READ });
  return records[0]?.get('empty') === true;
}

/** The path a load takes: `mode` as asked (--bulk or not), or an error that says why bulk cannot run. */
export async function chooseLoad(
  driver: Driver,
  request: { mode: LoadPath; managed: boolean; split?: boolean },
): Promise<LoadPath> {
  if (request.mode === 'transactional') return 'transactional';
  // Parts run side by side into one database; the import replaces the whole store at once.
  if (request.split)
    throw new BulkRefusedError('--bulk refused: a split ingest (--part) adds to one database; run without --bulk.');
  if (!request.managed)
    throw new BulkRefusedError(
      '--bulk refused: the bulk first load stops the database to import into it, and NEO4J_URI names a server of your own; run without --bulk.',
    );
  if (!(await isGraphBare(driver)))
    throw new BulkRefusedError(
      '--bulk refused: the bulk first load replaces the whole database, and this one already holds data (mail, corrections or saved queries); run without --bulk to add to it.',
    );
  return 'bulk';
}
