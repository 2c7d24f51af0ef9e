/**
 * The test database, from inside a test file: a driver, a wipe, counts.
 * Integration files call useTestDatabase() once; it wipes the graph before the file's tests run.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { type ProvidedContext, afterAll, beforeAll, inject } from 'vitest';

import { migrate } from '../../db/migrate.js';
import { wipeGraph } from './wipe-graph.js';

// What the global setup (test/setup/global-neo4j.ts) provides to every test file.
declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string };
  }
}

/** The test Neo4j the integration project's global setup provides; a clear error in a unit file. */
export function testNeo4j(): ProvidedContext['neo4j'] {
  const c = inject('neo4j') as ProvidedContext['neo4j'] | undefined;
  if (!c)
    throw new Error(
      'this test uses the test Neo4j: name its file *.db.test.ts so it runs in the integration project (vitest.config.ts)',
    );
  return c;
}

export function testConnectionEnv(): Record<string, string> {
  const c = testNeo4j();
  return { NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password };
}

export function openTestDriver(options: { plainNumbers?: boolean } = {}): Driver {
  const c = testNeo4j();
  return neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password), {
    disableLosslessIntegers: options.plainNumbers ?? true,
  });
}

export async function wipe(driver: Driver): Promise<void> {
  await wipeGraph(driver);
}

/** Scalar query helper: the first column of the first row, as a JS value. */
export async function scalar<T = number>(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<T> {
  const { records } = await driver.executeQuery(cypher, params);
  return records[0]?.get(0) as T;
}

export async function countNodes(driver: Driver, label: string): Promise<number> {
  // Labels cannot be parameters; this helper only ever gets literals from the tests.
  return scalar(driver, `MATCH (n:\`${label}\`) RETURN count(n)`);
}

export async function countRels(driver: Driver, type: string): Promise<number> {
  return scalar(driver, `MATCH ()-[r:\`${type}\`]->() RETURN count(r)`);
}

/** Opens a driver for this test file, wipes the graph first, closes the driver after. */
export function useTestDatabase(): { driver: () => Driver } {
  let driver: Driver | undefined;
  beforeAll(async () => {
    driver = openTestDriver();
    await migrate(driver);
    await wipe(driver);
  });
  afterAll(async () => {
    await driver?.close();
  });
  return {
    driver: () => {
      if (!driver) throw new Error('useTestDatabase(): the driver is opened in beforeAll');
      return driver;
    },
  };
}
