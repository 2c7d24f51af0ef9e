/**
 * GET /api/graph returns the graph that is in the database: every WROTE_TO edge and its ends,
 * checked against the database directly.
 */
import request from 'supertest';
import { describe, expect, it } from 'vitest';

import { ingest } from '../../ingest/pipeline.js';
import { createApp } from '../../server/app.js';
import type { GraphResponse } from '../../server/api/schemas.js';
import { useTestDatabase } from '../support/db.js';
import { missingShared, sharedPath } from '../support/shared.js';

const ENRON = 'fixtures/enron-dev-sample/maildir';

describe.skipIf(missingShared(ENRON))('GET /api/graph', () => {
  const db = useTestDatabase();

  it('returns every who-wrote-to-whom edge in the database with its count, and its end nodes', async () => {
    await ingest(db.driver(), { paths: [sharedPath(ENRON)], workers: 0 });
    const app = createApp({ driver: db.driver() });
    const res = await request(app).get('/api/graph').expect(200);
    const body = res.body as GraphResponse;

    const { records } = await db.driver().executeQuery(
      'MATCH (a:Address)-[w:WROTE_TO]->(b:Address) RETURN a.email AS s, b.email AS t, w.count AS c',
    );
    const inDb = new Map(records.map((r) => [`${r.get('s')}->${r.get('t')}`, r.get('c') as number]));
    expect(body.edges.length).toBe(inDb.size);
    expect(body.attributes.edgeCount).toBe(inDb.size);
    for (const e of body.edges) expect(e.attributes.count).toBe(inDb.get(`${e.source}->${e.target}`));

    const ends = new Set(records.flatMap((r) => [r.get('s') as string, r.get('t') as string]));
    expect(new Set(body.nodes.map((n) => n.key))).toEqual(ends);

    // A node's volume is its SENT and received edges, as in the database.
    const hub = body.nodes.reduce((a, b) => (b.attributes.sent > a.attributes.sent ? b : a));
    const { records: vol } = await db.driver().executeQuery(
      'MATCH (a:Address {email: $email}) RETURN COUNT { (a)-[:SENT]->() } AS sent, COUNT { ()-[:TO|CC|BCC]->(a) } AS received',
      { email: hub.key },
    );
    expect(hub.attributes.sent).toBe(vol[0]!.get('sent'));
    expect(hub.attributes.received).toBe(vol[0]!.get('received'));
  });

  it('filters edges by minimum message count', async () => {
    const app = createApp({ driver: db.driver() });
    const all = (await request(app).get('/api/graph').expect(200)).body as GraphResponse;
    const heavy = (await request(app).get('/api/graph?minCount=5').expect(200)).body as GraphResponse;
    expect(heavy.edges.length).toBe(all.edges.filter((e) => e.attributes.count >= 5).length);
    expect(heavy.edges.length).toBeGreaterThan(0);
    expect(heavy.edges.length).toBeLessThan(all.edges.length);
  });

  it('rejects an invalid filter with a JSON 400 that says which parameter', async () => {
    const app = createApp({ driver: db.driver() });
    const res = await request(app).get('/api/graph?minCount=zero').expect(400);
    expect(res.body.error).toBe('invalid request');
    expect(res.body.details[0].path).toBe('minCount');
  });
});
