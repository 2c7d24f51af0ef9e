/**
 * Issue 14: the managed Neo4j reaches no network address, whoever asks it to (LOAD CSV, a plugin
 * loading URLs): neo4j.conf sets internal.dbms.cypher_ip_blocklist to every address. Here an HTTP
 * server on loopback offers a CSV; Neo4j, asked directly (not through the API's guard), refuses to
 * fetch it, and the server sees no request.
 */
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { useTestDatabase } from '../support/db.js';

describe('LOAD CSV reaches no network (issue 14)', () => {
  const db = useTestDatabase();
  let server: Server;
  let requests = 0;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      requests++;
      res.end('a,b\n1,2\n');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('refuses a URL on loopback, and nothing is fetched', async () => {
    const { port } = server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/x.csv`;
    await expect(db.driver().executeQuery('LOAD CSV FROM $url AS row RETURN count(row) AS n', { url })).rejects.toThrow(
      /blocked|not allowed|blocklist/i,
    );
    expect(requests).toBe(0);
  });
});
