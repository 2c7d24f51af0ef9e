/**
 * Edges of undated mail beside dated ones: /api/graph, a month window and a neighbourhood give every
 * edge its own first and last date. The expected dates are the Date headers this test writes; the
 * format is Neo4j's own toString() of the stored instant, as the rest of the API writes dates.
 * (Found on the ×4 benchmark graph: 8,787 of 54,480 overview edges showed another edge's dates,
 * because collect() drops nulls and the dates came back as four separate lists.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { GraphResponse } from '../../contract/index.js';
import { ingest } from '../../ingest/pipeline.js';
import { createApp } from '../../server/app.js';
import { useTestDatabase } from '../support/db.js';

const SENDER = 'ann.sender@example.org';
// Recipients by number: even ones get undated mail only, odd ones one dated message each.
const RECIPIENTS = 12;
const recipient = (i: number) => `recipient${String(i).padStart(2, '0')}@example.org`;
// March 2001, a day per recipient, at a minute and second of its own, in the sender's zone (−08:00);
// recipient 3's at a whole minute (Neo4j writes its ":00" seconds all the same).
const pad = (n: number) => String(n).padStart(2, '0');
const dateOf = (i: number) => `${pad(i + 1)} Mar 2001 09:${pad(10 + i)}:${pad(i === 3 ? 0 : 20 + i)} -0800`;

function message(to: string, n: number, date: string | null): string {
  return [
    `From: Ann Sender <${SENDER}>`,
    `To: ${to}`,
    `Subject: note ${n}`,
    ...(date ? [`Date: ${date}`] : []),
    `Message-ID: <undated-test-${n}@example.org>`,
    '',
    `Note number ${n}.`,
    '',
  ].join('\r\n');
}

describe('edge dates beside undated mail', () => {
  const db = useTestDatabase();
  let app: ReturnType<typeof createApp>;
  let dir: string;
  /** The sender's edges by recipient address: the Date header written, or null for undated mail only. */
  const written = new Map<string, string | null>();
  const personOf = new Map<string, string>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'leakgraph-undated-'));
    let n = 0;
    for (let i = 0; i < RECIPIENTS; i++) {
      const date = i % 2 === 1 ? dateOf(i) : null;
      writeFileSync(join(dir, `${++n}.eml`), message(recipient(i), n, date));
      written.set(recipient(i), date);
    }
    // A pair with an undated and a dated message: the dated one is its first and last.
    writeFileSync(join(dir, `${++n}.eml`), message(recipient(1), n, null));
    const summary = await ingest(db.driver(), { paths: [dir], workers: 1, noEntities: true });
    expect(summary.failed).toBe(0);
    app = createApp({ driver: db.driver() });
    const { records } = await db
      .driver()
      .executeQuery('MATCH (p:Person)-[:USES]->(a:Address) RETURN a.email AS email, p.id AS id');
    for (const r of records) personOf.set(r.get('email') as string, r.get('id') as string);
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The date Neo4j writes for a Date header (its own parser and toString, not ours). */
  async function neo4jString(header: string): Promise<string> {
    const iso = new Date(Date.parse(header)).toISOString();
    const { records } = await db
      .driver()
      .executeQuery("RETURN toString(datetime({epochMillis: datetime($iso).epochMillis, timezone: '-08:00'})) AS s", {
        iso,
      });
    return records[0]!.get('s') as string;
  }

  async function expectSenderEdges(body: GraphResponse, recipients: string[]): Promise<void> {
    const sender = personOf.get(SENDER)!;
    const edges = new Map(body.edges.filter((e) => e.source === sender).map((e) => [e.target, e.attributes]));
    expect(edges.size).toBe(recipients.length);
    for (const to of recipients) {
      const attributes = edges.get(personOf.get(to)!);
      const header = written.get(to)!;
      const expected = header === null ? null : await neo4jString(header);
      expect({ to, first: attributes?.first, last: attributes?.last }).toEqual({ to, first: expected, last: expected });
    }
  }

  const all = Array.from({ length: RECIPIENTS }, (_, i) => recipient(i));

  it('GET /api/graph: each edge its own dates, undated ones none', async () => {
    const body = (await request(app).get('/api/graph?top=100').expect(200)).body as GraphResponse;
    await expectSenderEdges(body, all);
  });

  it('GET /api/persons/:id/neighbors: the same, with and without the edges among them', async () => {
    for (const among of [false, true]) {
      const id = encodeURIComponent(personOf.get(SENDER)!);
      const body = (await request(app).get(`/api/persons/${id}/neighbors?limit=100&among=${among}`).expect(200))
        .body as GraphResponse;
      await expectSenderEdges(body, all);
    }
  });

  it('a month window and a window with pieces of month: only the dated edges, with their dates', async () => {
    const dated = all.filter((to) => written.get(to) !== null);
    for (const window of ['from=2001-03-01&to=2001-03-31', 'from=2001-03-02&to=2001-03-30']) {
      const body = (await request(app).get(`/api/graph?top=100&${window}`).expect(200)).body as GraphResponse;
      await expectSenderEdges(body, dated);
    }
  });
});
