/**
 * Saved queries: the library (every query runs with its defaults and returns its declared shape),
 * analysts' own queries (saved in the graph, run, exported back to .cypher, deleted), parameters,
 * ad-hoc Cypher, row caps and timeouts.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { GraphResponse, QueryResult, SavedQuery } from '../../contract/index.js';
import { createApp } from '../../server/app.js';
import { formatQueryFile, parseQueryFile } from '../../server/queries/header.js';
import { binary, unzip } from './support/http.js';
import { missingFixtures, rows, useIngestedGraph } from './support/ingested-graph.js';

// The analyses issue 5 asks the library for, by file name.
const REQUIRED = [
  'top-correspondents',
  'emailed-both',
  'shortest-path',
  'bridges',
  'first-last-contact',
  'messages-around-event',
  'after-hours',
  'bursts-silences',
  'external-domains',
  'bcc-use',
  'largest-threads',
  'messages-mentioning-entity',
  'shared-attachments',
  'document-spread',
  'documents-with-anomalies',
  'conflicting-copies',
  'verification-status',
];

function expectGraphShape(graph: GraphResponse): void {
  const keys = new Set(graph.nodes.map((n) => n.key));
  expect(keys.size).toBe(graph.nodes.length);
  expect(graph.attributes.nodeCount).toBe(graph.nodes.length);
  expect(graph.attributes.edgeCount).toBe(graph.edges.length);
  for (const e of graph.edges) {
    expect(keys.has(e.source) && keys.has(e.target)).toBe(true);
    expect(e.attributes.count).toBeGreaterThan(0);
  }
  for (const n of graph.nodes) expect(['person', 'entity']).toContain(n.attributes.kind);
}

describe.skipIf(missingFixtures())('saved queries', () => {
  const db = useIngestedGraph();
  let app: ReturnType<typeof createApp>;
  beforeAll(() => {
    app = createApp({ driver: db.driver() });
  });
  afterAll(async () => {
    await db.driver().executeQuery("MATCH (q:SavedQuery) WHERE q.name STARTS WITH 'test-' DELETE q");
  });

  it('lists the library: at least the 15 analyses of the issue, each with a header', async () => {
    const list = (await request(app).get('/api/queries').expect(200)).body as SavedQuery[];
    const library = list.filter((q) => q.source === 'library');
    expect(library.length).toBeGreaterThanOrEqual(15);
    for (const name of REQUIRED) expect(library.map((q) => q.name)).toContain(name);
    for (const q of library) {
      expect(q.title.length).toBeGreaterThan(5);
      expect(q.description.length).toBeGreaterThan(20);
      expect(['graph', 'table']).toContain(q.result);
      // Every $parameter the Cypher uses is declared, and every declared one is used.
      const used = new Set([...q.cypher.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]));
      expect(new Set(q.params.map((p) => p.name))).toEqual(used);
    }
  });

  it('runs every library query with its default parameters and returns the declared shape', async () => {
    const list = ((await request(app).get('/api/queries').expect(200)).body as SavedQuery[]).filter(
      (q) => q.source === 'library',
    );
    for (const q of list) {
      const res = await request(app).post(`/api/queries/${q.name}/run`).send({});
      expect(res.status, `${q.name}: ${JSON.stringify(res.body)}`).toBe(200);
      const result = res.body as QueryResult;
      expect(result.kind, q.name).toBe(q.result);
      expect(result.ms).toBeGreaterThanOrEqual(0);
      if (result.kind === 'table') {
        expect(result.columns.length, q.name).toBeGreaterThan(0);
        for (const row of result.rows) expect(row.length).toBe(result.columns.length);
      } else {
        expectGraphShape(result.graph);
      }
    }
  });

  it('gives values the database confirms: top correspondents of the busiest person', async () => {
    const [p] = (await rows<{ id: string }>(
      db.driver(),
      'MATCH (p:Person) RETURN p.id AS id ORDER BY p.sent + p.received DESC, p.id LIMIT 1',
    )) as [{ id: string }];
    const result = (
      await request(app)
        .post('/api/queries/top-correspondents/run')
        .send({ params: { person: p.id, limit: 5 } })
        .expect(200)
    ).body as QueryResult;
    if (result.kind !== 'table') throw new Error('expected a table');
    const totals = await rows<{ id: string; total: number }>(
      db.driver(),
      'MATCH (p:Person {id: $id})-[e:EMAILED]-(q:Person) WHERE q <> p RETURN q.id AS id, sum(e.count) AS total ORDER BY total DESC, id LIMIT 5',
      { id: p.id },
    );
    const id = result.columns.indexOf('id');
    const total = result.columns.indexOf('total');
    expect(result.rows.map((r) => ({ id: r[id], total: r[total] }))).toEqual(totals);
    // "@top(1)" is the same person
    const byDefault = (
      await request(app)
        .post('/api/queries/top-correspondents/run')
        .send({ params: { limit: 5 } })
        .expect(200)
    ).body as QueryResult;
    expect(byDefault).toMatchObject({ kind: 'table', rows: result.rows });
  });

  it('checks parameters against their declared types', async () => {
    const bad = [
      [{ limit: 'many' }, /parameter limit: expecting a whole number/],
      [{ person: 'alice' }, /parameter person: expecting a person id/],
      [{ nosuch: 1 }, /unknown parameter\(s\) nosuch/],
    ] as const;
    for (const [params, message] of bad) {
      const res = await request(app).post('/api/queries/top-correspondents/run').send({ params }).expect(400);
      expect(res.body.error).toMatch(message);
    }
    await request(app).post('/api/queries/no-such-query/run').send({}).expect(404);
  });

  it('saves an analyst query in the graph, runs it, exports it as a .cypher file and deletes it', async () => {
    const query = {
      name: 'test-busy-senders',
      title: 'Busiest senders',
      description: 'Persons by messages sent.',
      cypher:
        'MATCH (p:Person) WHERE p.sent >= $min RETURN p.name AS name, p.sent AS sent ORDER BY sent DESC, name LIMIT $limit',
      params: [
        { name: 'min', type: 'int', description: 'fewest messages', default: 1 },
        { name: 'limit', type: 'int', description: 'rows', default: 10 },
      ],
      result: 'table',
    };
    const saved = (await request(app).post('/api/queries').send(query).expect(201)).body as SavedQuery;
    expect(saved).toMatchObject({ name: query.name, source: 'analyst' });
    const [node] = (await rows<{ cypher: string }>(
      db.driver(),
      'MATCH (q:SavedQuery {name: $n}) RETURN q.cypher AS cypher',
      { n: query.name },
    )) as [{ cypher: string }];
    expect(node.cypher).toBe(query.cypher);

    const list = (await request(app).get('/api/queries').expect(200)).body as SavedQuery[];
    expect(list.find((q) => q.name === query.name)?.source).toBe('analyst');

    const result = (
      await request(app)
        .post(`/api/queries/${query.name}/run`)
        .send({ params: { limit: 3 } })
        .expect(200)
    ).body as QueryResult;
    const expected = await rows<{ name: string; sent: number }>(
      db.driver(),
      'MATCH (p:Person) WHERE p.sent >= 1 RETURN p.name AS name, p.sent AS sent ORDER BY sent DESC, name LIMIT 3',
    );
    expect(result).toMatchObject({
      kind: 'table',
      columns: ['name', 'sent'],
      rows: expected.map((r) => [r.name, r.sent]),
    });

    const download = await request(app).get(`/api/queries/${query.name}/cypher`).buffer(true).parse(binary).expect(200);
    expect(download.headers['content-disposition']).toMatch(
      new RegExp(`^attachment; filename="?${query.name}\\.cypher"?$`),
    );
    const file = (download.body as Buffer).toString('utf8');
    const back = parseQueryFile(file, 'exported');
    expect(back).toMatchObject({
      name: query.name,
      title: query.title,
      description: query.description,
      cypher: query.cypher,
      result: 'table',
    });
    expect(back.params.map((p) => [p.name, p.type, p.default])).toEqual([
      ['min', 'int', 1],
      ['limit', 'int', 10],
    ]);

    const zip = await request(app).get('/api/queries/export.zip').buffer(true).parse(binary).expect(200);
    const files = await unzip(zip.body as Buffer);
    expect(files.get(`${query.name}.cypher`)?.toString('utf8')).toBe(file);

    await request(app)
      .post('/api/queries')
      .send({ ...query, name: 'top-correspondents' })
      .expect(409);
    await request(app).delete(`/api/queries/${query.name}`).expect(204);
    await request(app).delete(`/api/queries/${query.name}`).expect(404);
    await request(app).delete('/api/queries/top-correspondents').expect(409);
    expect(await rows(db.driver(), 'MATCH (q:SavedQuery {name: $n}) RETURN q', { n: query.name })).toEqual([]);
  });

  it('refuses to save a query that writes, and saves nothing', async () => {
    const res = await request(app)
      .post('/api/queries')
      .send({ name: 'test-evil', title: 'Evil', cypher: "MATCH (p:Person) SET p.name = 'x' RETURN p" })
      .expect(400);
    expect(res.body.reason).toMatch(/the plan writes or administers the database \(operator SetProperty\)/);
    expect(await rows(db.driver(), "MATCH (q:SavedQuery {name: 'test-evil'}) RETURN q")).toEqual([]);
  });

  it('round-trips every library file through the header format', async () => {
    const list = ((await request(app).get('/api/queries').expect(200)).body as SavedQuery[]).filter(
      (q) => q.source === 'library',
    );
    for (const q of list) {
      const { source: _source, createdAt: _c, updatedAt: _u, ...definition } = q;
      expect(parseQueryFile(formatQueryFile(definition), q.name)).toEqual(definition);
    }
  });

  it('runs ad-hoc Cypher: a table, a graph, a row cap that says it cut, and parameters', async () => {
    const table = (
      await request(app)
        .post('/api/cypher')
        .send({ cypher: 'MATCH (m:Message) RETURN m.id AS id, m.date AS date ORDER BY id LIMIT 3' })
        .expect(200)
    ).body as QueryResult;
    const expected = await rows<{ id: string; date: string }>(
      db.driver(),
      'MATCH (m:Message) RETURN m.id AS id, toString(m.date) AS date ORDER BY id LIMIT 3',
    );
    expect(table).toMatchObject({
      kind: 'table',
      columns: ['id', 'date'],
      rows: expected.map((r) => [r.id, r.date]),
      truncated: false,
    });

    const capped = (
      await request(app).post('/api/cypher').send({ cypher: 'MATCH (m:Message) RETURN m.id', limit: 7 }).expect(200)
    ).body as QueryResult;
    expect(capped).toMatchObject({ kind: 'table', truncated: true });
    expect((capped as { rows: unknown[] }).rows.length).toBe(7);

    const withParams = (
      await request(app)
        .post('/api/cypher')
        .send({ cypher: 'UNWIND range(1, $n) AS x RETURN x', params: { n: 4 } })
        .expect(200)
    ).body as QueryResult;
    expect(withParams).toMatchObject({ kind: 'table', rows: [[1], [2], [3], [4]] });

    const graph = (
      await request(app)
        .post('/api/cypher')
        .send({ cypher: 'MATCH (a:Person)-[e:EMAILED]->(b:Person) WHERE e.count >= 10 RETURN a, e, b' })
        .expect(200)
    ).body as QueryResult;
    if (graph.kind !== 'graph') throw new Error('expected a graph');
    const strong = await rows<{ s: string; t: string }>(
      db.driver(),
      'MATCH (a:Person)-[e:EMAILED]->(b:Person) WHERE e.count >= 10 RETURN a.id AS s, b.id AS t',
    );
    expect(new Set(graph.graph.edges.map((e) => `${e.source}->${e.target}`))).toEqual(
      new Set(strong.map((r) => `${r.s}->${r.t}`)),
    );
    expectGraphShape(graph.graph);
  });

  it('stops a query that runs past the server timeout, and reports Neo4j errors as 400', async () => {
    const slow = await request(app)
      .post('/api/cypher')
      .send({ cypher: 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 123456789 RETURN count(x)' });
    expect(slow.status).toBe(400);
    expect(slow.body.error).toMatch(/ran longer than 15 s/);
    const syntax = await request(app).post('/api/cypher').send({ cypher: 'MATCH (n RETURN n' }).expect(400);
    expect(syntax.body.error).toMatch(/Neo4j cannot run this query/);
    expect(syntax.body.error).not.toMatch(/at .*\.js/);
  }, 60_000);
});
