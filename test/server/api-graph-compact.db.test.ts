/**
 * GET /api/graph?form=compact — the explorer's form: edges as columns, counts only, read by their
 * own query (graph-edge-counts.cypher). Checked against the test's own Cypher over the EMAILED
 * edges, and against the graphology form of the same filters (read by other queries), so the two
 * forms cannot drift apart.
 */
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';

import {
  type CompactGraphResponse,
  type DrawnGraph,
  type GraphResponse,
  expandCompactGraph,
} from '../../contract/index.js';
import { createApp } from '../../server/app.js';
import { missingFixtures, rows, useIngestedGraph } from './support/ingested-graph.js';

const edgeKey = (e: DrawnGraph['edges'][number]) =>
  `${e.source}->${e.target}:${e.attributes.kind}:${e.attributes.count}`;

describe.skipIf(missingFixtures())('GET /api/graph?form=compact', () => {
  const db = useIngestedGraph();
  let app: ReturnType<typeof createApp>;
  beforeAll(() => {
    app = createApp({ driver: db.driver() });
  });

  const get = async (query: string) => request(app).get(`/api/graph${query}`).expect(200);

  it('has every EMAILED edge with its count, among the persons at its ends, in far fewer bytes', async () => {
    const compact = await get('?form=compact');
    const drawn = expandCompactGraph(compact.body as CompactGraphResponse);
    const edges = await rows<{ s: string; t: string; count: number }>(
      db.driver(),
      'MATCH (a:Person)-[e:EMAILED]->(b:Person) RETURN a.id AS s, b.id AS t, e.count AS count',
    );
    expect(edges.length).toBeGreaterThan(100);
    expect(drawn.edges.map(edgeKey).sort()).toEqual(edges.map((e) => `${e.s}->${e.t}:emailed:${e.count}`).sort());
    const full = await get('');
    const detailed = full.body as GraphResponse;
    expect(drawn.nodes).toEqual(detailed.nodes);
    expect(drawn.attributes).toEqual(detailed.attributes);
    // Node attributes are the same objects in both forms; the edges are what shrinks.
    expect(compact.text.length).toBeLessThan(full.text.length * 0.75);
  });

  it('keeps the edges of at least minCount messages among the persons that have one', async () => {
    const drawn = expandCompactGraph((await get('?form=compact&minCount=2')).body as CompactGraphResponse);
    const edges = await rows<{ s: string; t: string; count: number }>(
      db.driver(),
      'MATCH (a:Person)-[e:EMAILED]->(b:Person) WHERE e.count >= 2 RETURN a.id AS s, b.id AS t, e.count AS count',
    );
    expect(edges.length).toBeGreaterThan(20);
    expect(drawn.edges.map(edgeKey).sort()).toEqual(edges.map((e) => `${e.s}->${e.t}:emailed:${e.count}`).sort());
    expect(new Set(drawn.nodes.map((n) => n.key))).toEqual(new Set(edges.flatMap((e) => [e.s, e.t])));
    expect(drawn.attributes.matchedPersons).toBe(drawn.nodes.length);
  });

  it('draws the same graph as the graphology form under every filter', async () => {
    for (const filters of [
      'top=25&minCount=2',
      'domains=enron.com&top=40',
      'from=2001-10-01&to=2001-12-31&top=30',
      'from=2001-10-15&to=2001-11-20&minCount=2',
      // Whole months (buckets) and pieces of month at both ends, summed; and the domain filter on buckets.
      'from=2001-09-20&to=2001-12-10&minCount=2',
      'from=2001-10-01&to=2001-11-30&domains=enron.com',
      'entities=true&documents=true&top=20',
    ]) {
      const drawn = expandCompactGraph((await get(`?form=compact&${filters}`)).body as CompactGraphResponse);
      const detailed = (await get(`?${filters}`)).body as GraphResponse;
      expect(detailed.edges.length, filters).toBeGreaterThan(0);
      expect(drawn.nodes, filters).toEqual(detailed.nodes);
      expect(drawn.attributes, filters).toEqual(detailed.attributes);
      expect(drawn.edges.map(edgeKey).sort(), filters).toEqual(detailed.edges.map(edgeKey).sort());
    }
  });

  it('keeps the two forms apart in the cache', async () => {
    expect((await get('?top=17')).headers['x-leakgraph-cache']).toBe('miss');
    const compact = await get('?top=17&form=compact');
    expect(compact.headers['x-leakgraph-cache']).toBe('miss');
    expect((compact.body as CompactGraphResponse).form).toBe('compact');
    expect((await get('?form=compact&top=17')).headers['x-leakgraph-cache']).toBe('hit');
  });

  it('rejects an unknown form with a JSON 400 that names it', async () => {
    const res = await request(app).get('/api/graph?form=gexf').expect(400);
    expect(JSON.stringify(res.body)).toContain('form');
  });
});
