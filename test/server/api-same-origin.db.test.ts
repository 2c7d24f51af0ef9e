/**
 * Issue 14: a page on another site cannot drive the API on loopback. Requests its page would make
 * (Sec-Fetch-Site: cross-site or same-site, a foreign Origin, a text/plain or form POST that needs
 * no CORS preflight) are refused before they run; the app's own pages, a typed address and scripts
 * (no such headers) are served.
 */
import request from 'supertest';
import { describe, expect, it } from 'vitest';

import { createApp } from '../../server/app.js';
import { useTestDatabase } from '../support/db.js';

const QUERY = { cypher: 'RETURN 1 AS one' };

describe('cross-site requests refused (issue 14)', () => {
  const db = useTestDatabase();
  const app = () => createApp({ driver: db.driver(), log: () => {} });
  const host = '127.0.0.1:5174';

  it.each([
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }, /another site's page/],
    ['Sec-Fetch-Site: same-site (another port)', { 'sec-fetch-site': 'same-site' }, /another site's page/],
    ['a foreign Origin', { origin: 'https://evil.example' }, /another origin \(https:\/\/evil\.example\)/],
    ['Origin of another port', { origin: 'http://127.0.0.1:8080' }, /another origin/],
    ['Origin null (sandboxed frame)', { origin: 'null' }, /another origin \(null\)/],
  ])('POST /api/cypher with %s: 403', async (_what, headers, reason) => {
    const res = await request(app()).post('/api/cypher').set('host', host).set(headers).send(QUERY);
    expect(res.status).toBe(403);
    expect(res.body.error).toMatch(reason);
  });

  it('an expensive GET from another site (a bundle export) is refused too', async () => {
    const res = await request(app())
      .get('/api/export?format=bundle')
      .set('host', host)
      .set('sec-fetch-site', 'cross-site');
    expect(res.status).toBe(403);
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['a form', 'application/x-www-form-urlencoded'],
  ])('a %s POST body (no preflight needed cross-site): 415', async (_what, type) => {
    const res = await request(app()).post('/api/cypher').set('host', host).set('content-type', type).send('{}');
    expect(res.status).toBe(415);
    expect(res.body.error).toMatch(/POST bodies must be JSON/);
  });

  it.each([
    ['the app itself', { 'sec-fetch-site': 'same-origin', origin: `http://${host}` }],
    ['a typed address', { 'sec-fetch-site': 'none' }],
    ['a script (no browser headers)', {}],
  ])('%s is served', async (_what, headers) => {
    const res = await request(app()).post('/api/cypher').set('host', host).set(headers).send(QUERY);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.rows).toEqual([[1]]);
  });
});
