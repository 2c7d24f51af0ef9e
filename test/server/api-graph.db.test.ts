/**
 * GET /api/graph — the person-level who-talked-to-whom graph, checked against the database with the
 * test's own Cypher: EMAILED edges and stored volumes without a date window, counts recomputed in
 * the test from the message edges with one.
 */
import request from 'supertest';
import { getDomain } from 'tldts';
import { beforeAll, describe, expect, it } from 'vitest';

import type { GraphResponse } from '../../contract/index.js';
import { applyMigration } from '../../db/migrate.js';
import { createApp } from '../../server/app.js';
import { storedEdges } from '../../server/graph/person-graph.js';
import { expectedPersonDomains } from '../support/person-domains.js';
import { missingFixtures, rows, useIngestedGraph } from './support/ingested-graph.js';

describe.skipIf(missingFixtures())('GET /api/graph', () => {
  const db = useIngestedGraph();
  let app: ReturnType<typeof createApp>;
  beforeAll(() => {
    app = createApp({ driver: db.driver() });
  });

  const get = async (query: string) => (await request(app).get(`/api/graph${query}`).expect(200)).body as GraphResponse;

  it('returns every EMAILED edge with its counts, and the persons at its ends with their stored volume', async () => {
    const body = await get('');
    const edges = await rows<{ s: string; t: string; count: number; to: number; cc: number; bcc: number }>(
      db.driver(),
      'MATCH (a:Person)-[e:EMAILED]->(b:Person) RETURN a.id AS s, b.id AS t, e.count AS count, e.to AS to, e.cc AS cc, e.bcc AS bcc',
    );
    expect(edges.length).toBeGreaterThan(100);
    expect(body.edges.length).toBe(edges.length);
    expect(body.attributes.edgeCount).toBe(edges.length);
    const inDb = new Map(edges.map((e) => [`${e.s}->${e.t}`, e]));
    for (const e of body.edges) {
      const d = inDb.get(`${e.source}->${e.target}`)!;
      expect(e.attributes).toMatchObject({ kind: 'emailed', count: d.count, to: d.to, cc: d.cc, bcc: d.bcc });
    }
    const ends = new Set(edges.flatMap((e) => [e.s, e.t]));
    expect(new Set(body.nodes.map((n) => n.key))).toEqual(ends);
    expect(body.attributes).toMatchObject({ matchedPersons: ends.size, hiddenPersons: 0, nodeCount: ends.size });

    const volumes = await rows<{ id: string; sent: number; received: number; name: string }>(
      db.driver(),
      'MATCH (p:Person) RETURN p.id AS id, p.sent AS sent, p.received AS received, p.name AS name',
    );
    const byId = new Map(volumes.map((v) => [v.id, v]));
    for (const n of body.nodes) {
      expect(n.attributes).toMatchObject({
        kind: 'person',
        sent: byId.get(n.key)!.sent,
        received: byId.get(n.key)!.received,
        label: byId.get(n.key)!.name,
      });
    }
    // graphology's import format
    expect(body.options).toEqual({ type: 'directed', multi: false, allowSelfLoops: true });
  });

  it('colours each person by the organisation of the address they send from most, in the overview and in neighbourhoods, also after V016', async () => {
    const stored = await expectedPersonDomains(db.driver());
    // The explorer colours by organisation: the registrable domain of the host (public suffix list).
    const expected = { of: (id: string) => (stored.of(id) && getDomain(stored.of(id))) || stored.of(id) };
    const drawn = async () => {
      // A new app each time: nothing from its cache.
      const body = (
        await request(createApp({ driver: db.driver() }))
          .get('/api/graph')
          .expect(200)
      ).body as GraphResponse;
      return new Map(body.nodes.map((n) => [n.key, (n.attributes as { domain: string }).domain]));
    };
    const before = await drawn();
    expect([...before.values()].filter((d) => d !== '').length).toBeGreaterThan(100);
    for (const [key, domain] of before) expect(domain, key).toBe(expected.of(key));
    const sender = [...before.keys()].find((key) => before.get(key) !== '')!;
    const neighbours = (
      await request(app)
        .get(`/api/persons/${encodeURIComponent(sender)}/neighbors`)
        .expect(200)
    ).body as GraphResponse;
    expect(neighbours.nodes.length).toBeGreaterThan(1);
    for (const n of neighbours.nodes)
      expect((n.attributes as { domain: string }).domain, n.key).toBe(expected.of(n.key));

    // The graph is shared with later runs: the migration runs again whatever happens in between.
    try {
      await db.driver().executeQuery('MATCH (p:Person) REMOVE p.domain');
    } finally {
      await applyMigration(db.driver(), 'V016__person_domain');
    }
    expect(await drawn()).toEqual(before);
  });

  it('reads the edges among exactly the persons asked for, in any order, unknown ids ignored', async () => {
    const edges = await rows<{ s: string; t: string; count: number }>(
      db.driver(),
      'MATCH (a:Person)-[e:EMAILED]->(b:Person) RETURN a.id AS s, b.id AS t, e.count AS count',
    );
    // Every other person: edges to the rest are walked and must be left out.
    const half = [...new Set(edges.flatMap((e) => [e.s, e.t]))].sort().filter((_, i) => i % 2 === 0);
    const asked = new Set(half);
    const got = await storedEdges(db.driver(), ['p-no-such-person', ...half.reverse()], 1);
    const expected = edges.filter((e) => asked.has(e.s) && asked.has(e.t));
    expect(expected.length).toBeGreaterThan(20);
    expect(expected.length).toBeLessThan(edges.length);
    const key = (s: string, t: string, n: number) => `${s}->${t}:${n}`;
    expect(got.map((e) => key(e.source, e.target, e.count)).sort()).toEqual(
      expected.map((e) => key(e.s, e.t, e.count)).sort(),
    );
  });

  it('drops edges under minCount', async () => {
    const body = await get('?minCount=3');
    const [{ n }] = (await rows<{ n: number }>(
      db.driver(),
      'MATCH ()-[e:EMAILED]->() WHERE e.count >= 3 RETURN count(e) AS n',
    )) as [{ n: number }];
    expect(n).toBeGreaterThan(0);
    expect(body.edges.length).toBe(n);
    expect(body.edges.every((e) => e.attributes.count >= 3)).toBe(true);
  });

  it('keeps the top N persons by volume and says how many it left out', async () => {
    const candidates = await rows<{ id: string; volume: number }>(
      db.driver(),
      'MATCH (p:Person) WHERE EXISTS { (p)-[:EMAILED]-() } RETURN p.id AS id, p.sent + p.received AS volume ORDER BY volume DESC, id',
    );
    const body = await get('?top=10');
    expect(body.nodes.map((n) => n.key)).toEqual(candidates.slice(0, 10).map((c) => c.id));
    expect(body.attributes.matchedPersons).toBe(candidates.length);
    expect(body.attributes.hiddenPersons).toBe(candidates.length - 10);
    const kept = new Set(body.nodes.map((n) => n.key));
    const among = await rows(
      db.driver(),
      'MATCH (a:Person)-[e:EMAILED]->(b:Person) WHERE a.id IN $ids AND b.id IN $ids RETURN e',
      { ids: [...kept] },
    );
    expect(body.edges.length).toBe(among.length);
    expect(body.edges.every((e) => kept.has(e.source) && kept.has(e.target))).toBe(true);
  });

  it('recomputes counts from the messages dated inside a window', async () => {
    const [from, to] = ['2001-10-01', '2001-12-31'];
    // The test's own aggregation: one row per (message, sender person, recipient person, role), summed in JS.
    const raw = await rows<{ m: string; p: string; q: string; role: string }>(
      db.driver(),
      // Two MATCH clauses, so a person writing to their own address keeps the self-edge.
      `MATCH (p:Person)-[:USES]->(:Address)-[:SENT]->(m:Message)-[r]->(b:Address)
       MATCH (b)<-[:USES]-(q:Person)
       WHERE type(r) IN ['TO', 'CC', 'BCC'] AND m.date >= datetime('2001-10-01T00:00:00Z') AND m.date < datetime('2002-01-01T00:00:00Z')
       RETURN m.id AS m, p.id AS p, q.id AS q, type(r) AS role`,
    );
    const rank = { TO: 0, CC: 1, BCC: 2 } as Record<string, number>;
    const best = new Map<string, number>();
    for (const r of raw) {
      const k = `${r.p}->${r.q}|${r.m}`;
      best.set(k, Math.min(best.get(k) ?? 9, rank[r.role]!));
    }
    const expected = new Map<string, { count: number; to: number; cc: number; bcc: number }>();
    for (const [k, role] of best) {
      const pair = k.split('|')[0]!;
      const e = expected.get(pair) ?? { count: 0, to: 0, cc: 0, bcc: 0 };
      e.count++;
      if (role === 0) e.to++;
      else if (role === 1) e.cc++;
      else e.bcc++;
      expected.set(pair, e);
    }
    expect(expected.size).toBeGreaterThan(10);
    const body = await get(`?from=${from}&to=${to}`);
    expect(body.edges.length).toBe(expected.size);
    for (const e of body.edges) expect(e.attributes).toMatchObject({ ...expected.get(`${e.source}->${e.target}`) });
    // Node volumes are the window's too: messages each person sent in it.
    const sent = await rows<{ id: string; n: number }>(
      db.driver(),
      `MATCH (p:Person)-[:USES]->(:Address)-[:SENT]->(m:Message)
       WHERE m.date >= datetime('2001-10-01T00:00:00Z') AND m.date < datetime('2002-01-01T00:00:00Z')
       RETURN p.id AS id, count(DISTINCT m) AS n`,
    );
    const sentBy = new Map(sent.map((s) => [s.id, s.n]));
    for (const n of body.nodes) expect(n.attributes.sent).toBe(sentBy.get(n.key) ?? 0);
  });

  it('keeps only persons with an address at the given domains (and their subdomains)', async () => {
    const body = await get('?domains=williams.com');
    expect(body.nodes.length).toBeGreaterThan(0);
    const ok = await rows<{ id: string }>(
      db.driver(),
      // The last two labels, not ENDS WITH, which Neo4j 5.26 may plan as a scan its RANGE index refuses.
      "MATCH (p:Person)-[:USES]->(a:Address) WHERE split(a.domain, '.')[-2..] = ['williams', 'com'] RETURN DISTINCT p.id AS id",
    );
    const allowed = new Set(ok.map((r) => r.id));
    expect(body.nodes.every((n) => allowed.has(n.key))).toBe(true);
    expect(body.edges.every((e) => allowed.has(e.source) && allowed.has(e.target))).toBe(true);
  });

  it('adds the entities the shown persons mention, as a second kind of node (none before extraction)', async () => {
    const body = await get('?entities=true&top=50');
    const persons = body.nodes.filter((x) => x.attributes.kind === 'person').map((x) => x.key);
    const expected = await rows<{ p: string; e: string; n: number }>(
      db.driver(),
      'MATCH (p:Person)-[:USES]->(:Address)-[:SENT]->(m:Message)-[:MENTIONS]->(e:Entity) WHERE p.id IN $ids RETURN p.id AS p, e.key AS e, count(DISTINCT m) AS n',
      { ids: persons },
    );
    const mentions = body.edges.filter((e) => e.attributes.kind === 'mentions');
    const entities = new Set(expected.map((r) => r.e));
    expect(body.nodes.filter((x) => x.attributes.kind === 'entity').length).toBe(Math.min(entities.size, 1000));
    expect(body.attributes.hiddenEntities).toBe(Math.max(0, entities.size - 1000));
    if (entities.size <= 1000) {
      expect(mentions.length).toBe(expected.length);
      const byPair = new Map(expected.map((r) => [`${r.p}=>${r.e}`, r.n]));
      for (const e of mentions) expect(e.attributes.count).toBe(byPair.get(`${e.source}=>${e.target}`));
    }
  });

  it('reuses an answer while the database is unchanged, and reads the graph again after any write', async () => {
    const first = await request(app).get('/api/graph?top=21').expect(200);
    expect(first.headers['x-leakgraph-cache']).toBe('miss');
    const second = await request(app).get('/api/graph?top=21').expect(200);
    expect(second.headers['x-leakgraph-cache']).toBe('hit');
    expect(second.body).toEqual(first.body);
    const edge = (first.body as GraphResponse).edges[0]!;
    const bump = 'MATCH (:Person {id: $s})-[e:EMAILED]->(:Person {id: $t}) SET e.count = e.count + $d';
    await db.driver().executeQuery(bump, { s: edge.source, t: edge.target, d: 1000 });
    try {
      const third = await request(app).get('/api/graph?top=21').expect(200);
      expect(third.headers['x-leakgraph-cache']).toBe('miss');
      const changed = (third.body as GraphResponse).edges.find((e) => e.key === edge.key)!;
      expect(changed.attributes.count).toBe(edge.attributes.count + 1000);
    } finally {
      await db.driver().executeQuery(bump, { s: edge.source, t: edge.target, d: -1000 });
    }
  });

  it('rejects invalid filters with a JSON 400 that names the parameter', async () => {
    for (const [query, path] of [
      ['?minCount=zero', 'minCount'],
      ['?top=0', 'top'],
      ['?from=yesterday', 'from'],
      ['?entityTypes=XYZ', 'entityTypes'],
    ] as const) {
      const res = await request(app).get(`/api/graph${query}`).expect(400);
      expect(res.body.error).toBe('invalid request');
      expect(res.body.details[0].path).toMatch(new RegExp(`^${path}`));
    }
  });
});
