/**
 * Asks Neo4j to stop the transactions of one analyst query, found by the tag the API put in their
 * metadata. Used when the API has answered at its own timeout and Neo4j has not stopped the query.
 * Best effort: on a user's own Neo4j the account may lack the right to list or end transactions,
 * and the transaction's own timeout still applies.
 */
import type { Driver } from 'neo4j-driver';

import { loadCypher } from '../../db/cypher.js';

export const QUERY_TAG = 'leakgraphQuery';

/** Ids of the transactions still listed under `tag` (running, or marked terminated and running on). */
export async function taggedTransactions(driver: Driver, tag: string): Promise<string[]> {
  const session = driver.session();
  try {
    const found = await session.run(loadCypher('admin/tagged-transactions'), { tag });
    return found.records.map((r) => r.get('transactionId') as string);
  } finally {
    await session.close();
  }
}

export async function terminateTagged(driver: Driver, tag: string, log: (error: unknown) => void): Promise<void> {
  const session = driver.session();
  try {
    const ids = await taggedTransactions(driver, tag);
    if (ids.length > 0) await session.run(loadCypher('admin/terminate-transactions'), { ids });
  } catch (error) {
    log(error);
  } finally {
    await session.close();
  }
}
