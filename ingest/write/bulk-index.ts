/**
 * ⑤ write: the full-text index over message subjects and bodies, during a bulk load. Lucene
 * maintained row by row during the load of the Enron benchmark set cost 7.5 CPU-seconds; built once
 * afterwards, 3.3. So when an ingest brings more mail than the graph holds, the index is dropped
 * while the batches are written and created again (migration V003) before the derive step, to be
 * populated in the background. A killed ingest leaves it dropped until the next start, where every
 * missing index and constraint of the migrations is created again (db/migrate.ts).
 */
import neo4j, { type Driver } from 'neo4j-driver';

import { loadCypher } from '../../db/cypher.js';
import { applyMigration } from '../../db/migrate.js';

const FULLTEXT_MIGRATION = 'V003__fulltext';
// Input bytes per message in real dumps (Enron: 2.5 kB); a rough count of what is coming.
export const BYTES_PER_MESSAGE = 3_000;
// Below this, the index is simply kept up to date.
const MIN_BULK_MESSAGES = 5_000;

export async function isBulkLoad(driver: Driver, inputBytes: number): Promise<boolean> {
  const coming = inputBytes / BYTES_PER_MESSAGE;
  if (coming < MIN_BULK_MESSAGES) return false;
  const { records } = await driver.executeQuery(loadCypher('read/message-count'), {}, { routing: neo4j.routing.READ });
  return coming > Number(records[0]?.get('messages') ?? 0);
}

export async function suspendMessageIndex(driver: Driver): Promise<void> {
  await driver.executeQuery(loadCypher('write/drop-message-index'));
}

/** Creates the index again; Neo4j populates it in the background. */
export async function restoreMessageIndex(driver: Driver): Promise<void> {
  await applyMigration(driver, FULLTEXT_MIGRATION);
}

/** Waits until search sees every message (at the end of the ingest). */
export async function awaitMessageIndex(driver: Driver): Promise<void> {
  await driver.executeQuery(loadCypher('read/await-message-index'));
}
