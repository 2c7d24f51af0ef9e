/**
 * neo4jFailure (db/errors.ts) on errors the real driver and the real test Neo4j produce: the one
 * reading of driver errors behind the API's 400/503 answers and the ingest's "Neo4j stopped answering".
 */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';

import { neo4jFailure } from '../../db/errors.js';
import { testNeo4j, useTestDatabase } from '../support/db.js';

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'no error',
    (error: unknown) => neo4jFailure(error),
  );

describe('neo4jFailure', () => {
  const db = useTestDatabase();

  it('a statement Neo4j cannot parse is the client’s mistake', async () => {
    expect(await failureOf(db.driver().executeQuery('RETURN 1 +'))).toBe('client');
  });

  it('a write in a read transaction is refused', async () => {
    const write = db.driver().executeQuery('CREATE (:ErrorsTest) RETURN 1', {}, { routing: neo4j.routing.READ });
    expect(await failureOf(write)).toBe('refused');
  });

  it('a transaction past its timeout is stopped', async () => {
    const session = db.driver().session({ defaultAccessMode: neo4j.session.READ });
    try {
      const slow = session.executeRead(
        (tx) => tx.run('UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7919 = -1 RETURN count(x)'),
        { timeout: 200 },
      );
      expect(await failureOf(slow)).toBe('stopped');
    } finally {
      await session.close();
    }
  });

  it('wrong credentials are unauthorized', async () => {
    const { uri, user } = testNeo4j();
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, 'not-the-password'));
    try {
      expect(await failureOf(driver.verifyConnectivity())).toBe('unauthorized');
    } finally {
      await driver.close();
    }
  });

  it('a port nobody listens on is unavailable', async () => {
    const driver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'x'), {
      connectionAcquisitionTimeout: 5_000,
    });
    try {
      expect(await failureOf(driver.verifyConnectivity())).toBe('unavailable');
    } finally {
      await driver.close();
    }
  });

  it('reads codes, not message text: a plain error that mentions a socket is something else', () => {
    expect(neo4jFailure(new Error('socket closed: ECONNRESET'))).toBe('other');
    expect(neo4jFailure(Object.assign(new Error('x'), { code: 'ServiceUnavailable' }))).toBe('other');
  });
});
