/**
 * Local by default: the server refuses to listen beyond loopback without a token, and with one
 * every API request must carry it. Security headers, body limits, JSON errors without internals.
 */
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';

import { EXPLORER_GRAPH_FORM, FIRST_VIEW, graphRequestSchema } from '../../contract/index.js';
import { createApp } from '../../server/app.js';
import { UnsafeBindError, startServer } from '../../server/index.js';
import { DEFAULT_FILTERS, graphPath } from '../../web/src/api/client.js';
import { missingFixtures, useIngestedGraph } from './support/ingested-graph.js';

const TOKEN = 'a-long-enough-test-token-0123456789';

describe.skipIf(missingFixtures())('server safety', () => {
  const db = useIngestedGraph();
  let app: ReturnType<typeof createApp>;
  beforeAll(() => {
    app = createApp({ driver: db.driver() });
  });

  it('refuses to listen on a non-loopback address without a token', async () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.10']) {
      await expect(startServer(db.driver(), { host, port: 0 })).rejects.toThrow(UnsafeBindError);
    }
    await expect(startServer(db.driver(), { host: '0.0.0.0', port: 0, token: 'short' })).rejects.toThrow(
      /at least 16 characters/,
    );
  });

  it('listens on 127.0.0.1 by default and answers there', async () => {
    const server = await startServer(db.driver(), { port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const res = await fetch(`${server.url}api/stats`);
      expect(res.status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it("reads the explorer's first view at start, so the analyst's first request is served from the cache", async () => {
    // The view the web app asks for first, exactly as it sends it (in the explorer's form).
    const path = graphPath(DEFAULT_FILTERS);
    const sent = Object.fromEntries(new URL(path, 'http://x/').searchParams);
    expect(graphRequestSchema.parse(sent)).toEqual(
      graphRequestSchema.parse({ ...FIRST_VIEW, form: EXPLORER_GRAPH_FORM }),
    );
    const server = await startServer(db.driver(), { port: 0 });
    try {
      await server.warmed;
      const first = await fetch(`${server.url}${path}`);
      expect(first.status).toBe(200);
      expect(first.headers.get('x-leakgraph-cache')).toBe('hit');
      expect(((await first.json()) as { form?: string }).form).toBe('compact');
      const other = await fetch(`${server.url}api/graph?minCount=2`);
      expect(other.headers.get('x-leakgraph-cache')).toBe('miss');
    } finally {
      await server.close();
    }
  });

  it('with a token, every API request must carry it', async () => {
    const guarded = createApp({ driver: db.driver(), token: TOKEN });
    for (const path of ['/api/stats', '/api/graph', '/api/search?q=enron', '/api/queries', '/api/nothing-here']) {
      expect((await request(guarded).get(path).expect(401)).body.error).toMatch(/token/);
    }
    await request(guarded).post('/api/cypher').send({ cypher: 'RETURN 1' }).expect(401);
    await request(guarded).get('/api/stats').set('Authorization', 'Bearer wrong-token-of-some-length').expect(401);
    await request(guarded).get('/api/stats').set('Authorization', `Bearer ${TOKEN}`).expect(200);
  });

  it('lets a browser in with the token once: /login keeps it in an HttpOnly, SameSite=Strict cookie', async () => {
    const guarded = createApp({ driver: db.driver(), token: TOKEN });
    await request(guarded).get('/login').expect(401);
    const wrong = await request(guarded).get('/login?token=wrong-token-of-some-length').expect(401);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    const login = await request(guarded).get(`/login?token=${TOKEN}`).expect(303);
    expect(login.headers.location).toBe('./');
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/^leakgraph_token=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const pair = cookie.split(';')[0]!;
    await request(guarded).get('/api/stats').set('Cookie', `other=1; ${pair}`).expect(200);
    await request(guarded).get('/api/stats').set('Cookie', 'leakgraph_token=wrong-token-of-some-length').expect(401);
    // Without a token there is no login page to probe.
    await request(app).get('/login?token=anything').expect(404);
  });

  it('answers only requests addressed to a loopback name (no DNS rebinding) when no token guards it', async () => {
    await request(app).get('/api/stats').set('Host', 'localhost:5174').expect(200);
    await request(app).get('/api/stats').set('Host', '127.0.0.1').expect(200);
    const rebound = await request(app).get('/api/stats').set('Host', 'attacker.example:5174').expect(403);
    expect(rebound.body.error).toMatch(/loopback name/);
    // With a token the token decides, whatever name the request uses.
    const guarded = createApp({ driver: db.driver(), token: TOKEN });
    await request(guarded)
      .get('/api/stats')
      .set('Host', 'leak-box.lan')
      .set('Authorization', `Bearer ${TOKEN}`)
      .expect(200);
  });

  it('sends security headers and never lets the browser cache API answers', async () => {
    const res = await request(app).get('/api/stats').expect(200);
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['content-security-policy']).toMatch(/object-src 'none'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('limits request bodies and answers every error in JSON without internals', async () => {
    const big = await request(app)
      .post('/api/cypher')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ cypher: 'x'.repeat(1_100_000) }))
      .expect(413);
    expect(big.body.error).toMatch(/too large/);
    const bad = await request(app)
      .post('/api/cypher')
      .set('content-type', 'application/json')
      .send('{"cypher": ')
      .expect(400);
    expect(typeof bad.body.error).toBe('string');
    const missing = await request(app).get('/api/nothing-here').expect(404);
    expect(missing.body).toEqual({ error: 'no such endpoint: GET /api/nothing-here' });
    for (const res of [big, bad, missing])
      expect(JSON.stringify(res.body)).not.toMatch(/node_modules|\.ts:\d+|\.js:\d+|stack/i);
  });
});
