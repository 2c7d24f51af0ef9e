/**
 * ⑤ write (derive): one derive at a time on a database. Two ingests finishing together, or the parts
 * of a split ingest, must not resolve identities and count the same messages at once; a transaction
 * holding the write lock on the (:DeriveState) node for the whole derive makes the second one wait.
 * A derive that dies releases it with its connection (the server rolls the transaction back).
 */
import neo4j, { type Driver } from 'neo4j-driver';

import { loadCypher } from '../../../db/cypher.js';

// Say so when the lock is not granted at once.
const WAIT_NOTICE_MS = 2_000;

export interface DeriveState {
  /** Version of the derived data the graph holds (0: older than incremental derive, or none). */
  version: number;
}

/**
 * Runs `work` holding the lock; when it succeeds, records that the graph's derived data is of
 * `version` (in the lock's own transaction: the node is locked).
 */
export async function withDeriveLock<T>(
  driver: Driver,
  holder: string,
  version: number,
  work: (state: DeriveState) => Promise<T>,
  onWait?: () => void,
): Promise<T> {
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  const tx = session.beginTransaction();
  const notice = onWait ? setTimeout(onWait, WAIT_NOTICE_MS) : undefined;
  try {
    const result = await tx.run(loadCypher('write/derive-lock'), { holder });
    clearTimeout(notice);
    const held = result.records[0]?.get('version') as unknown;
    const value = await work({
      version: neo4j.isInt(held) ? (held as { toNumber(): number }).toNumber() : Number(held),
    });
    await tx.run(loadCypher('write/derive-done'), { version: neo4j.int(version) });
    // The work is committed on its own; a lock transaction the server ended meanwhile (a transaction
    // timeout) only loses the version, and the next derive recomputes everything once.
    await tx.commit().catch(() => {});
    return value;
  } catch (error) {
    await tx.rollback().catch(() => {});
    throw error;
  } finally {
    clearTimeout(notice);
    await session.close();
  }
}
