/**
 * `leakgraph queries list|export`: the analyst's saved queries written back to .cypher files that
 * parse to the same query, and listed with the library.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { SavedQuery } from '../../contract/index.js';
import { createApp } from '../../server/app.js';
import { parseQueryFile } from '../../server/queries/header.js';
import { registerQueriesCommand } from '../../cli/commands/queries.js';
import { testConnectionEnv } from '../support/db.js';
import { missingFixtures, useIngestedGraph } from '../server/support/ingested-graph.js';

describe.skipIf(missingFixtures())('leakgraph queries', () => {
  const db = useIngestedGraph();
  const dir = mkdtempSync(join(tmpdir(), 'leakgraph-queries-'));
  const saved = { ...process.env };
  beforeAll(() => Object.assign(process.env, testConnectionEnv()));
  afterAll(async () => {
    process.env = saved;
    rmSync(dir, { recursive: true, force: true });
    await db.driver().executeQuery("MATCH (q:SavedQuery) WHERE q.name STARTS WITH 'test-' DELETE q");
  });

  const run = async (...args: string[]) => {
    const program = new Command('leakgraph').exitOverride();
    registerQueriesCommand(program);
    const out: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await program.parseAsync(['node', 'leakgraph', ...args]);
    } finally {
      spy.mockRestore();
      err.mockRestore();
    }
    return out.join('');
  };

  it('exports the analyst queries to .cypher files that parse back to the same queries', async () => {
    const app = createApp({ driver: db.driver() });
    const query = {
      name: 'test-late-senders',
      title: 'Who writes late',
      description: 'Messages after a given hour, by sender.',
      cypher:
        'MATCH (a:Address)-[:SENT]->(m:Message) WHERE m.date.hour >= $hour RETURN a.email AS sender, count(m) AS n ORDER BY n DESC LIMIT 10',
      params: [{ name: 'hour', type: 'int', description: 'local hour', default: 20 }],
      result: 'table',
    };
    await request(app).post('/api/queries').send(query).expect(201);
    await run('queries', 'export', dir);
    expect(readdirSync(dir)).toEqual(['test-late-senders.cypher']);
    const back = parseQueryFile(readFileSync(join(dir, 'test-late-senders.cypher'), 'utf8'), 'exported');
    expect(back).toMatchObject({
      name: query.name,
      title: query.title,
      description: query.description,
      cypher: query.cypher,
      result: 'table',
    });
    expect(back.params).toEqual([
      { name: 'hour', type: 'int', description: 'local hour', default: 20, required: false },
    ]);

    const list = JSON.parse(await run('queries', 'list', '--json')) as SavedQuery[];
    expect(list.filter((q) => q.source === 'analyst').map((q) => q.name)).toEqual(['test-late-senders']);
    expect(list.filter((q) => q.source === 'library').length).toBeGreaterThanOrEqual(15);
  });
});
