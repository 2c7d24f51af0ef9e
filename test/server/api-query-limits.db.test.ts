/**
 * Issue 14: analyst queries are bounded by Neo4j itself and by the API. A query over the per-
 * transaction memory limit of the generated neo4j.conf is refused once, with the reason (before,
 * the driver re-ran it for 30 s since Neo4j calls that error transient, then answered 500); at most
 * two analyst queries run at once, a third gets 429 with Retry-After, and a slot frees when Neo4j
 * has finished. (The query Neo4j cannot stop is in runaway-restart.db.test.ts, on its own database.)
 */
import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createApp } from '../../server/app.js';
import { useTestDatabase } from '../support/db.js';

// collect() of 50 million strings: over the test instance's 256 MB per transaction (a quarter of its 1 GB heap).
const TOO_BIG = 'UNWIND range(1, 50000000) AS i WITH collect(toString(i)) AS l RETURN size(l) AS n';
// Slow, but a row at a time, so Neo4j stops it at its timeout.
const SLOW = 'UNWIND range(1, 2000000000) AS i WITH i WHERE i < 0 RETURN count(*) AS n';
const TIMEOUT_MS = 3_000;

/** Transactions other than this query's own whose text contains `marker`. */
async function running(driver: Driver, marker: string): Promise<number> {
  const { records } = await driver.executeQuery(
    "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS n",
    { marker },
  );
  return records[0]!.get('n') as number;
}

describe('analyst queries bounded (issue 14)', { timeout: 90_000 }, () => {
  const db = useTestDatabase();
  let server: Server;
  beforeAll(() => {
    const app = createApp({ driver: db.driver(), queries: { timeoutMs: TIMEOUT_MS, maxConcurrent: 2 }, log: () => {} });
    server = app.listen(0, '127.0.0.1');
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('over the memory limit: refused once with the reason, not run again by the driver', async () => {
    const res = await request(server).post('/api/cypher').send({ cypher: TOO_BIG });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/needed more memory than the database allows one query/);
    expect(res.body.error).toMatch(/db\.memory\.transaction\.max/);
    // A retried query would still be running (the driver retries a transient error for 30 s).
    expect(await running(db.driver(), 'range(1, 50000000)')).toBe(0);
  });

  it('two at once at most: a third gets 429 with Retry-After, and a slot frees when Neo4j is done', async () => {
    const first = request(server)
      .post('/api/cypher')
      .send({ cypher: SLOW })
      .then((r) => r);
    const second = request(server)
      .post('/api/cypher')
      .send({ cypher: SLOW })
      .then((r) => r);
    await new Promise((r) => setTimeout(r, 500));
    const third = await request(server).post('/api/cypher').send({ cypher: 'RETURN 1 AS one' });
    expect(third.status).toBe(429);
    expect(third.headers['retry-after']).toBe('3');
    expect(third.body.error).toMatch(/^2 analyst queries are running already; try again in 3 s$/);
    for (const res of [await first, await second]) {
      expect(res.status).toBe(400);
      expect(res.body.error).toMatch(/the query ran longer than 3 s( and was stopped)?;/);
    }
    // The slots are given back once Neo4j has finished, a moment after the answers.
    let again = await request(server).post('/api/cypher').send({ cypher: 'RETURN 1 AS one' });
    for (let i = 0; i < 40 && again.status === 429; i++) {
      await new Promise((r) => setTimeout(r, 250));
      again = await request(server).post('/api/cypher').send({ cypher: 'RETURN 1 AS one' });
    }
    expect(again.status).toBe(200);
    expect(again.body.rows).toEqual([[1]]);
    expect(await running(db.driver(), 'range(1, 2000000000)')).toBe(0);
  });
});
