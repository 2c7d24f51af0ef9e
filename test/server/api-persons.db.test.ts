/**
 * GET /api/persons/:id, …/neighbors, …/messages and GET /api/path, against the test's own Cypher
 * over the message edges (and a breadth-first search in the test for path lengths).
 */
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';

import type { GraphResponse, MessageSummary, Page, PathResponse, PersonDetail } from '../../contract/index.js';
import { createApp } from '../../server/app.js';
import { missingFixtures, rows, useIngestedGraph } from './support/ingested-graph.js';

describe.skipIf(missingFixtures())('persons and paths', () => {
  const db = useIngestedGraph();
  let app: ReturnType<typeof createApp>;
  let busiest: string;
  const edges: { s: string; t: string; count: number }[] = [];

  beforeAll(async () => {
    app = createApp({ driver: db.driver() });
    [{ id: busiest }] = (await rows<{ id: string }>(
      db.driver(),
      'MATCH (p:Person) RETURN p.id AS id ORDER BY p.sent + p.received DESC, p.id LIMIT 1',
    )) as [{ id: string }];
    edges.push(
      ...(await rows<{ s: string; t: string; count: number }>(
        db.driver(),
        'MATCH (a:Person)-[e:EMAILED]->(b:Person) RETURN a.id AS s, b.id AS t, e.count AS count',
      )),
    );
  });

  /** Messages one of two persons sent to the other, counted from the message edges. */
  async function messagesBetween(a: string, b: string): Promise<string[]> {
    const r = await rows<{ id: string }>(
      db.driver(),
      `MATCH (x:Person)-[:USES]->(:Address)-[:SENT]->(m:Message)-[:TO|CC|BCC]->(:Address)<-[:USES]-(y:Person)
       WHERE (x.id = $a AND y.id = $b) OR (x.id = $b AND y.id = $a)
       RETURN DISTINCT m.id AS id`,
      { a, b },
    );
    return r.map((x) => x.id);
  }

  it('GET /api/persons/:id gives the person, its addresses with reasons and volumes, dates and activity', async () => {
    const body = (await request(app).get(`/api/persons/${busiest}`).expect(200)).body as PersonDetail;
    const [p] = (await rows<{ name: string; names: string[]; sent: number; received: number }>(
      db.driver(),
      'MATCH (p:Person {id: $id}) RETURN p.name AS name, p.names AS names, p.sent AS sent, p.received AS received',
      { id: busiest },
    )) as [{ name: string; names: string[]; sent: number; received: number }];
    expect(body).toMatchObject({ id: busiest, name: p.name, names: p.names, sent: p.sent, received: p.received });

    const addresses = await rows<{ email: string; reason: string; sent: number; received: number }>(
      db.driver(),
      `MATCH (p:Person {id: $id})-[u:USES]->(a:Address)
       OPTIONAL MATCH (a)-[s:SENT]->() WITH a, u, count(s) AS sent
       OPTIONAL MATCH ()-[r:TO|CC|BCC]->(a) RETURN a.email AS email, u.reason AS reason, sent, count(r) AS received ORDER BY email`,
      { id: busiest },
    );
    expect(body.addresses.map(({ email, reason, sent, received }) => ({ email, reason, sent, received }))).toEqual(
      addresses,
    );

    const dated = await rows<{ d: string; sent: boolean }>(
      db.driver(),
      `MATCH (p:Person {id: $id})-[:USES]->(a:Address)-[r]-(m:Message) WHERE type(r) IN ['SENT','TO','CC','BCC'] AND m.date IS NOT NULL
       RETURN DISTINCT m.id AS id, toString(m.date) AS d, type(r) = 'SENT' AS sent`,
      { id: busiest },
    );
    const byInstant = [...dated].sort((a, b) => Date.parse(a.d) - Date.parse(b.d));
    expect(body.first).toBe(byInstant[0]!.d);
    expect(body.last).toBe(byInstant.at(-1)!.d);
    // Months in the sender's own calendar: the first 7 characters of the ISO date with its offset.
    const months = new Map<string, { sent: number; received: number }>();
    for (const m of dated) {
      const h = months.get(m.d.slice(0, 7)) ?? { sent: 0, received: 0 };
      if (m.sent) h.sent++;
      else h.received++;
      months.set(m.d.slice(0, 7), h);
    }
    expect(body.histogram).toEqual(
      [...months].sort(([a], [b]) => a.localeCompare(b)).map(([month, h]) => ({ month, ...h })),
    );

    const totals = new Map<string, { sent: number; received: number }>();
    for (const e of edges) {
      if (e.s === e.t) continue;
      if (e.s === busiest)
        totals.set(e.t, { sent: (totals.get(e.t)?.sent ?? 0) + e.count, received: totals.get(e.t)?.received ?? 0 });
      if (e.t === busiest)
        totals.set(e.s, { sent: totals.get(e.s)?.sent ?? 0, received: (totals.get(e.s)?.received ?? 0) + e.count });
    }
    const top = [...totals]
      .map(([id, t]) => ({ id, ...t, total: t.sent + t.received }))
      .sort((a, b) => b.total - a.total || a.id.localeCompare(b.id));
    expect(body.topCorrespondents.map(({ id, sent, received, total }) => ({ id, sent, received, total }))).toEqual(
      top.slice(0, 20),
    );
    expect(Array.isArray(body.topMentions)).toBe(true);
  });

  it('answers 404 for an unknown person and 400 for a malformed id', async () => {
    expect((await request(app).get('/api/persons/p-0000000000000000').expect(404)).body.error).toMatch(/no person/);
    expect((await request(app).get('/api/persons/alice').expect(400)).body.details[0].path).toBe('id');
  });

  it('GET …/neighbors expands one hop with edge weights, strongest first, and reports what it cut', async () => {
    const neighbours = new Map<string, number>();
    for (const e of edges) {
      if (e.s === e.t) continue;
      if (e.s === busiest) neighbours.set(e.t, (neighbours.get(e.t) ?? 0) + e.count);
      if (e.t === busiest) neighbours.set(e.s, (neighbours.get(e.s) ?? 0) + e.count);
    }
    const all = (await request(app).get(`/api/persons/${busiest}/neighbors`).expect(200)).body as GraphResponse;
    expect(new Set(all.nodes.map((n) => n.key))).toEqual(new Set([busiest, ...neighbours.keys()]));
    const ids = new Set(all.nodes.map((n) => n.key));
    const weight = (s: string, t: string) => edges.find((x) => x.s === s && x.t === t)!.count;
    // By default the edges between the person and its neighbours, each with its own count…
    const withPerson = edges.filter((e) => (e.s === busiest && ids.has(e.t)) || (e.t === busiest && ids.has(e.s)));
    expect(all.edges.length).toBe(withPerson.length);
    for (const e of all.edges) {
      expect([e.source, e.target]).toContain(busiest);
      expect(e.attributes.count).toBe(weight(e.source, e.target));
    }
    // …and with among=true also those among the neighbours.
    const among = (await request(app).get(`/api/persons/${busiest}/neighbors?among=true`).expect(200))
      .body as GraphResponse;
    expect(among.edges.length).toBe(edges.filter((e) => ids.has(e.s) && ids.has(e.t)).length);
    expect(among.edges.length).toBeGreaterThan(all.edges.length);
    for (const e of among.edges) expect(e.attributes.count).toBe(weight(e.source, e.target));

    const five = (await request(app).get(`/api/persons/${busiest}/neighbors?limit=5`).expect(200))
      .body as GraphResponse;
    const strongest = [...neighbours]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 5)
      .map(([id]) => id);
    expect(five.nodes.map((n) => n.key).sort()).toEqual([busiest, ...strongest].sort());
    expect(five.attributes).toMatchObject({ matchedPersons: neighbours.size, hiddenPersons: neighbours.size - 5 });
  });

  it('GET …/messages pages through what the person sent and received, sorted and filtered', async () => {
    const all = await rows<{ id: string; d: string | null; sent: boolean }>(
      db.driver(),
      `MATCH (p:Person {id: $id})-[:USES]->(a:Address)-[r]-(m:Message) WHERE type(r) IN ['SENT','TO','CC','BCC']
       RETURN DISTINCT m.id AS id, toString(m.date) AS d, type(r) = 'SENT' AS sent`,
      { id: busiest },
    );
    const distinct = new Set(all.map((m) => m.id));
    const first = (await request(app).get(`/api/persons/${busiest}/messages?limit=50&sort=-date`).expect(200))
      .body as Page<MessageSummary>;
    expect(first.total).toBe(distinct.size);
    const pages: MessageSummary[] = [...first.items];
    for (let offset = 50; offset < first.total; offset += 50) {
      pages.push(
        ...(
          (await request(app).get(`/api/persons/${busiest}/messages?limit=50&offset=${offset}&sort=-date`).expect(200))
            .body as Page<MessageSummary>
        ).items,
      );
    }
    expect(new Set(pages.map((m) => m.id))).toEqual(distinct);
    const dates = pages.filter((m) => m.date).map((m) => Date.parse(m.date!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));

    const sent = (await request(app).get(`/api/persons/${busiest}/messages?role=sent&limit=1`).expect(200))
      .body as Page<MessageSummary>;
    expect(sent.total).toBe(new Set(all.filter((m) => m.sent).map((m) => m.id)).size);

    const partner = [...edges].filter((e) => e.s === busiest && e.t !== busiest).sort((a, b) => b.count - a.count)[0]!
      .t;
    const between = await messagesBetween(busiest, partner);
    const withPartner = (
      await request(app).get(`/api/persons/${busiest}/messages?with=${partner}&limit=500`).expect(200)
    ).body as Page<MessageSummary>;
    expect(withPartner.total).toBe(between.length);
    expect(new Set(withPartner.items.map((m) => m.id))).toEqual(new Set(between));
    for (const m of withPartner.items) expect([busiest, partner]).toContain(m.from?.personId);
  });

  it('GET /api/path finds the shortest chains, each hop backed by the messages between its two people', async () => {
    // Breadth-first search over EMAILED, either direction, in the test.
    const adjacent = new Map<string, Set<string>>();
    for (const e of edges) {
      if (e.s === e.t) continue;
      adjacent.set(e.s, (adjacent.get(e.s) ?? new Set()).add(e.t));
      adjacent.set(e.t, (adjacent.get(e.t) ?? new Set()).add(e.s));
    }
    const distance = new Map([[busiest, 0]]);
    const queue = [busiest];
    while (queue.length) {
      const x = queue.shift()!;
      for (const y of adjacent.get(x) ?? []) {
        if (distance.has(y)) continue;
        distance.set(y, distance.get(x)! + 1);
        queue.push(y);
      }
    }
    const target =
      [...distance]
        .filter(([, d]) => d === 3)
        .map(([id]) => id)
        .sort()[0] ??
      [...distance]
        .filter(([, d]) => d === 2)
        .map(([id]) => id)
        .sort()[0]!;
    const hops = distance.get(target)!;
    expect(hops).toBeGreaterThanOrEqual(2);

    const body = (await request(app).get(`/api/path?from=${busiest}&to=${target}&limit=3`).expect(200))
      .body as PathResponse;
    expect(body.paths.length).toBeGreaterThan(0);
    expect(body.paths.length).toBeLessThanOrEqual(3);
    for (const path of body.paths) {
      expect(path.persons[0]!.id).toBe(busiest);
      expect(path.persons.at(-1)!.id).toBe(target);
      expect(path.hops.length).toBe(hops);
      for (const hop of path.hops) {
        expect(adjacent.get(hop.from.id)?.has(hop.to.id)).toBe(true);
        const between = await messagesBetween(hop.from.id, hop.to.id);
        expect(hop.count).toBe(between.length);
        expect(hop.messages.length).toBe(Math.min(between.length, 20));
        for (const m of hop.messages) expect(between).toContain(m.id);
      }
    }
    const none = (
      await request(app)
        .get(`/api/path?from=${busiest}&to=${target}&maxHops=${hops - 1}`)
        .expect(200)
    ).body as PathResponse;
    expect(none.paths).toEqual([]);
    await request(app).get(`/api/path?from=${busiest}&to=p-0000000000000000`).expect(404);
  });
});
