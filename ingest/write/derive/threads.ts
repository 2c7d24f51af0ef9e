/**
 * ⑤ write (derive): threads. The replies a derive may change — its own, later replies with the
 * subject of one of its messages, replies by persons whose addresses changed, and messages citing a
 * Message-ID it brought (message_citations index) — look for their parent again in the whole graph;
 * those whose chain changed get their thread id again.
 */
import neo4j, { type Driver } from 'neo4j-driver';

import { loadCypher, runAutoCommit } from '../../../db/cypher.js';
import { exactTermsQuery } from '../identity-scope.js';

// How far back a reply may reach for its parent when only the subject links them.
export const SUBJECT_THREAD_WINDOW_DAYS = 30;
// Message-IDs per full-text query (Lucene allows 1,024 clauses).
const IDS_PER_QUERY = 500;

async function markCiting(driver: Driver, derive: string): Promise<void> {
  const { records } = await driver.executeQuery(
    loadCypher('read/pending-message-ids'),
    { derive },
    { routing: neo4j.routing.READ },
  );
  const ids = records.map((r) => r.get('id') as string);
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY)
    await driver.executeQuery(loadCypher('write/mark-relink-citing'), {
      q: exactTermsQuery(ids.slice(i, i + IDS_PER_QUERY)),
    });
}

/** `everything`: every message is the derive's own, so every reply is looked at anyway. */
export async function deriveThreads(driver: Driver, derive: string, everything: boolean): Promise<void> {
  const windowDays = neo4j.int(SUBJECT_THREAD_WINDOW_DAYS);
  await runAutoCommit(driver, 'write/mark-relink', { derive, everything, windowDays });
  if (!everything) await markCiting(driver, derive);
  await runAutoCommit(driver, 'write/relink-replies', { windowDays });
  await runAutoCommit(driver, 'write/thread-ids', { derive });
}
