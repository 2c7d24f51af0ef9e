/**
 * Read queries the API runs, each from a file in cypher/read, in a read transaction.
 */
import neo4j, { type Driver } from 'neo4j-driver';

import { loadCypher } from '../../db/cypher.js';

export async function readQuery<Row extends Record<string, unknown>>(
  driver: Driver,
  name: string,
  params: Record<string, unknown> = {},
): Promise<Row[]> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(loadCypher(`read/${name}`), params));
    return result.records.map((r) => r.toObject() as Row);
  } finally {
    await session.close();
  }
}
