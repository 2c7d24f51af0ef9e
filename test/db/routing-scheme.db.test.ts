/**
 * Issue 13, scale-out: an analyst's own Neo4j is often a cluster or Aura, reached through a routing
 * URI (`neo4j://`, `neo4j+s://`) where the driver first asks the server for its routing table and
 * sends writes to the leader, reads to any member. Here the test instance is reached that way: the
 * built command ingests a fixture through `NEO4J_URI=neo4j://…`, and the API, given the driver the
 * `serve` command builds (db/ensure.ts), reads it back. Expected values come from the raw headers.
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

import { demoMailboxDir } from '../../cli/demo-mailbox.js';
import { connectDatabase } from '../../db/ensure.js';
import { startServer } from '../../server/index.js';
import type { StatsResponse } from '../../contract/index.js';
import { cliEntry } from '../support/cli.js';
import { testConnectionEnv, useTestDatabase } from '../support/db.js';
import { expectedGraph } from '../support/raw-headers.js';

const run = promisify(execFile);

function routingEnv(): Record<string, string> {
  const env = testConnectionEnv();
  return { ...env, NEO4J_URI: env.NEO4J_URI!.replace(/^bolt:\/\//, 'neo4j://') };
}

describe('the neo4j:// routing scheme against the test instance (issue 13)', () => {
  const db = useTestDatabase();
  const files = readdirSync(demoMailboxDir(), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.eml'))
    .map((e) => join(e.parentPath, e.name));
  const expected = expectedGraph(files, 'content');
  const saved = { ...process.env };
  afterAll(() => {
    for (const key of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD']) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });

  it('the server hands out a routing table that names itself as writer, reader and router', async () => {
    const env = routingEnv();
    expect(env.NEO4J_URI).toMatch(/^neo4j:\/\/127\.0\.0\.1:\d+$/);
    const { records } = await db.driver().executeQuery('CALL dbms.routing.getRoutingTable({}, "neo4j")');
    const servers = records[0]!.get('servers') as { role: string; addresses: string[] }[];
    const address = env.NEO4J_URI!.slice('neo4j://'.length);
    expect(Object.fromEntries(servers.map((s) => [s.role, s.addresses]))).toEqual({
      WRITE: [address],
      READ: [address],
      ROUTE: [address],
    });
  });

  it('`leakgraph ingest` writes the demo mailbox through neo4j://', { timeout: 300_000 }, async () => {
    const { stdout } = await run(
      process.execPath,
      [cliEntry(), 'ingest', demoMailboxDir(), '--no-entities', '--workers', '1', '--json'],
      { env: { ...process.env, ...routingEnv() } },
    );
    const summary = JSON.parse(stdout) as { ingested: number; failed: number; seen: number };
    expect(summary).toMatchObject({ seen: files.length, ingested: expected.messages, failed: 0 });
  });

  it('the API reads it back through the driver `serve` builds from a neo4j:// NEO4J_URI', async () => {
    Object.assign(process.env, routingEnv());
    const ready = await connectDatabase({ autoStart: false, plainNumbers: true });
    try {
      expect(ready.connection).toMatchObject({ managed: false, uri: routingEnv().NEO4J_URI });
      const server = await startServer(ready.driver, { port: 0 });
      try {
        const res = await fetch(`${server.url}api/stats`);
        expect(res.status).toBe(200);
        const stats = (await res.json()) as StatsResponse;
        expect(stats.labels.Message).toBe(expected.messages);
        expect(stats.labels.Address).toBe(expected.addresses.size);
        expect(stats.relationships).toMatchObject({
          SENT: expected.sent,
          TO: expected.to,
          CC: expected.cc,
          BCC: expected.bcc,
          WROTE_TO: expected.pairs.size,
        });
      } finally {
        await server.close();
      }
    } finally {
      await ready.driver.close();
    }
  });
});
