/**
 * The person nodes of /api/graph and of exports carry how many of the messages each person sent are
 * verified and contradicted, once verification has run. Without a date window the nodes come with the
 * query that chooses the persons (the overview's ranking, a filter's, an export's ids); a window
 * reads them by id. The DKIM fixtures are ingested through the built command with their archived keys (DNS
 * off), so the statuses are the verifier's; the expected counts are the test's own Cypher over them.
 */
import { spawnSync } from 'node:child_process';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';

import { type CompactGraphResponse, type GraphResponse, expandCompactGraph } from '../../contract/index.js';
import { createApp } from '../../server/app.js';
import { DKIM_DIR, answerKeyStorePaths, readAnswerKey } from '../ingest/extract/dkim/fixtures.js';
import { cliEntry } from '../support/cli.js';
import { testConnectionEnv, useTestDatabase } from '../support/db.js';
import { missingShared, sharedPath } from '../support/shared.js';

const skip = missingShared(DKIM_DIR);

type Counts = Map<string, { verified: number; contradicted: number }>;

describe.skipIf(!!skip)('verification counts on the graph nodes', () => {
  const db = useTestDatabase();
  let app: ReturnType<typeof createApp>;
  let expected: Counts;

  beforeAll(async () => {
    const keys = answerKeyStorePaths().flatMap((path) => ['--keys', path]);
    const files = readAnswerKey().map((r) => sharedPath(`${DKIM_DIR}/${r.file}`));
    const run = spawnSync(
      process.execPath,
      [cliEntry(), 'ingest', ...files, ...keys, '--no-entities', '--no-documents', '--workers', '1', '--json', '-q'],
      { env: { ...process.env, ...testConnectionEnv() }, encoding: 'utf8', timeout: 110_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    app = createApp({ driver: db.driver() });
    const { records } = await db.driver().executeQuery(
      `MATCH (p:Person)
       OPTIONAL MATCH (p)-[:USES]->(:Address)-[:SENT]->(m:Message)
       WITH p, collect(DISTINCT m) AS sent
       RETURN p.id AS id,
              size([m IN sent WHERE m.status = 'verified']) AS verified,
              size([m IN sent WHERE m.status = 'contradicted']) AS contradicted`,
    );
    expected = new Map(
      records.map((r) => [r.get('id') as string, { verified: r.get('verified'), contradicted: r.get('contradicted') }]),
    );
  }, 120_000);

  const nodeCounts = (nodes: GraphResponse['nodes']): Counts =>
    new Map(
      nodes
        .filter((n) => n.attributes.kind === 'person')
        .map((n) => [n.key, { verified: n.attributes.verified!, contradicted: n.attributes.contradicted! }]),
    );
  const expectedFor = (nodes: GraphResponse['nodes']): Counts =>
    new Map(nodes.filter((n) => n.attributes.kind === 'person').map((n) => [n.key, expected.get(n.key)!]));

  it('gives every person of the overview its counts, in both forms', async () => {
    const total = [...expected.values()].reduce((sum, c) => sum + c.verified, 0);
    expect(total).toBeGreaterThan(0);
    const full = (await request(app).get('/api/graph').expect(200)).body as GraphResponse;
    expect(full.nodes.length).toBeGreaterThan(3);
    expect(nodeCounts(full.nodes)).toEqual(expectedFor(full.nodes));
    expect([...nodeCounts(full.nodes).values()].some((c) => c.verified > 0)).toBe(true);
    const compact = expandCompactGraph(
      (await request(app).get('/api/graph?form=compact').expect(200)).body as CompactGraphResponse,
    );
    expect(nodeCounts(compact.nodes)).toEqual(nodeCounts(full.nodes));
    // With a filter the persons are chosen by another query; a date window reads the nodes by id.
    const domain = full.nodes.find((n) => n.attributes.domain)!.attributes.domain;
    for (const filters of [`domains=${domain}`, 'from=1970-01-01&to=2100-01-01']) {
      const graph = (await request(app).get(`/api/graph?${filters}`).expect(200)).body as GraphResponse;
      expect(graph.nodes.length, filters).toBeGreaterThan(0);
      expect(nodeCounts(graph.nodes), filters).toEqual(expectedFor(graph.nodes));
    }
  });

  it('gives the persons of an export by ids their counts', async () => {
    const ids = [...expected].filter(([, c]) => c.verified + c.contradicted > 0).map(([id]) => id);
    const others = [...expected.keys()].filter((id) => !ids.includes(id)).slice(0, 3);
    expect(ids.length).toBeGreaterThan(0);
    const res = await request(app)
      .get(`/api/export?format=json&ids=${[...ids, ...others].join(',')}`)
      .expect(200);
    const graph = JSON.parse(res.text) as GraphResponse;
    expect(graph.nodes.map((n) => n.key).sort()).toEqual([...ids, ...others].sort());
    expect(nodeCounts(graph.nodes)).toEqual(expectedFor(graph.nodes));
  });
});
