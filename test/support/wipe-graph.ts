/**
 * Emptying the test graph, for tests and for benchmarks (no vitest here: benchmarks
 * runs outside the test runner).
 */
import type { Driver } from 'neo4j-driver';

/**
 * Empties the graph (not the schema), relationships first: a node with thousands of relationships
 * deleted in one go can exceed the test database's transaction memory (after the benchmark set).
 */
export async function wipeGraph(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS');
    await session.run('MATCH (n) WHERE NOT n:Migration CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS');
  } finally {
    await session.close();
  }
}
