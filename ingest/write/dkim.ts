/**
 * ⑤ write (DKIM): DkimRows → Neo4j inside the caller's transaction, and the corpus-wide
 * Message.status pass. The ingest calls writeDkimRows from its batch transaction (after the copies
 * are merged) and deriveMessageStatus once the conflicts are linked.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';

import { loadCypher, runAutoCommit } from '../../db/cypher.js';
import type { DkimRows } from '../extract/dkim/rows.js';

/** Writes keys, then signatures (which link to keys), then copy statuses. Copies must exist already. */
export async function writeDkimRows(tx: ManagedTransaction, rows: DkimRows): Promise<void> {
  if (rows.keys.length) await tx.run(loadCypher('write/dkim-merge-keys'), { rows: rows.keys });
  if (rows.signatures.length) {
    // JS numbers reach Neo4j as floats; the position is an integer.
    const signatures = rows.signatures.map((s) => ({ ...s, props: { ...s.props, index: neo4j.int(s.props.index) } }));
    await tx.run(loadCypher('write/dkim-merge-signatures'), { rows: signatures });
  }
  if (rows.copies.length) {
    const copies = rows.copies.map((c) => ({ ...c, signatureCount: neo4j.int(c.signatureCount) }));
    await tx.run(loadCypher('write/dkim-set-copy-status'), { rows: copies });
  }
}

/**
 * Message.status / statusReason from its copies and the conflict flag, for the messages of one derive
 * (Message.pending = `derive`; true: those marked and not yet claimed).
 */
export async function deriveMessageStatus(driver: Driver, derive: string | boolean): Promise<void> {
  await runAutoCommit(driver, 'write/dkim-message-status', { derive });
}
