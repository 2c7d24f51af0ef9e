/**
 * Issue 13: /api/graph reads the top-N view in person_volume order and a date window from the month
 * buckets the derive keeps (EMAILED_IN, ACTIVE_IN), and pieces of month from the messages. Checked
 * against the test's own count from the raw message edges (Message, SENT, TO/CC/BCC, USES), after a
 * first ingest, after an incremental second one (its own derive grows the buckets), and after an
 * analyst's merge correction (the buckets of the merged persons are rebuilt).
 */
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';

import type { GraphResponse } from '../../contract/index.js';
import { ingest } from '../../ingest/pipeline.js';
import { recordCorrection } from '../../ingest/write/corrections.js';
import { deriveGraph } from '../../ingest/write/derive.js';
import { createApp } from '../../server/app.js';
import { useTestDatabase } from '../support/db.js';
import { missingShared, sharedPath } from '../support/shared.js';

const ENRON = 'fixtures/enron-dev-sample/maildir';
const TOP = 12;

interface Expected {
  edges: Map<string, { count: number; to: number; cc: number; bcc: number; first: number; last: number }>;
  volumes: Map<string, { sent: number; received: number }>;
}

/** The test's own count: one row per (message, sender person, recipient person, role), summed here. */
async function countFromMessages(app: { driver: () => Driver }, from?: string, to?: string) {
  const window = from && to ? 'AND m.date >= datetime($from) AND m.date < datetime($to)' : '';
  const params = { from: from ?? null, to: to ?? null };
  const { records } = await app.driver().executeQuery(
    `MATCH (p:Person)-[:USES]->(:Address)-[:SENT]->(m:Message)-[r]->(b:Address) MATCH (b)<-[:USES]-(q:Person)
       WHERE type(r) IN ['TO', 'CC', 'BCC'] ${window}
       RETURN m.id AS m, p.id AS p, q.id AS q, type(r) AS role, m.date.epochSeconds AS at`,
    params,
  );
  const rank: Record<string, number> = { TO: 0, CC: 1, BCC: 2 };
  const best = new Map<string, { role: number; at: number }>();
  for (const r of records) {
    const k = `${r.get('p')}->${r.get('q')}|${r.get('m')}`;
    const role = rank[r.get('role') as string]!;
    // Undated mail counts in the all-time view, and has no first or last date.
    best.set(k, { role: Math.min(best.get(k)?.role ?? 9, role), at: (r.get('at') as number | null) ?? NaN });
  }
  const edges: Expected['edges'] = new Map();
  for (const [k, { role, at }] of best) {
    const pair = k.split('|')[0]!;
    const e = edges.get(pair) ?? { count: 0, to: 0, cc: 0, bcc: 0, first: Infinity, last: -Infinity };
    e.count++;
    if (role === 0) e.to++;
    else if (role === 1) e.cc++;
    else e.bcc++;
    if (!Number.isNaN(at)) [e.first, e.last] = [Math.min(e.first, at), Math.max(e.last, at)];
    edges.set(pair, e);
  }
  const sides = await app.driver().executeQuery(
    `MATCH (p:Person)-[:USES]->(:Address)-[r]-(m:Message)
     WHERE type(r) IN ['SENT', 'TO', 'CC', 'BCC'] ${window}
     RETURN p.id AS p, m.id AS m, type(r) = 'SENT' AS sent`,
    params,
  );
  const seen = new Set<string>();
  const volumes: Expected['volumes'] = new Map();
  for (const r of sides.records) {
    const sent = r.get('sent') as boolean;
    const k = `${r.get('p')}|${r.get('m')}|${sent}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const v = volumes.get(r.get('p') as string) ?? { sent: 0, received: 0 };
    if (sent) v.sent++;
    else v.received++;
    volumes.set(r.get('p') as string, v);
  }
  return { edges, volumes } satisfies Expected;
}

/** The answer the counts give: persons at the ends of an edge, most active first (then by id), cut to TOP. */
function expectAnswer(body: GraphResponse, expected: Expected): void {
  const ends = new Set([...expected.edges.keys()].flatMap((k) => k.split('->')));
  const volume = (id: string) => (expected.volumes.get(id)?.sent ?? 0) + (expected.volumes.get(id)?.received ?? 0);
  const ranked = [...ends].sort((a, b) => volume(b) - volume(a) || (a < b ? -1 : 1));
  const kept = ranked.slice(0, TOP);
  expect(ends.size).toBeGreaterThan(TOP);
  expect(body.nodes.map((n) => n.key)).toEqual(kept);
  expect(body.attributes).toMatchObject({ matchedPersons: ends.size, hiddenPersons: ends.size - TOP });
  for (const n of body.nodes) expect(n.attributes).toMatchObject(expected.volumes.get(n.key)!);
  const among = [...expected.edges].filter(([k]) => k.split('->').every((id) => kept.includes(id)));
  expect(among.length).toBeGreaterThan(0);
  expect(body.edges.map((e) => e.key).sort()).toEqual(among.map(([k]) => k).sort());
  const byKey = new Map(among);
  for (const e of body.edges) {
    const { first, last, ...counts } = byKey.get(e.key)!;
    expect(e.attributes).toMatchObject(counts);
    // Seconds of the instant (an edge of undated mail only has neither date).
    const at = (iso: string | null, none: number) => (iso === null ? none : Date.parse(iso) / 1000);
    expect(at(e.attributes.first, Infinity)).toBe(first);
    expect(at(e.attributes.last, -Infinity)).toBe(last);
  }
}

describe.skipIf(missingShared(ENRON))('GET /api/graph from the month buckets (issue 13)', () => {
  const db = useTestDatabase();
  let app: ReturnType<typeof createApp>;
  beforeAll(() => {
    app = createApp({ driver: db.driver() });
  });

  const get = async (query: string) => (await request(app).get(`/api/graph${query}`).expect(200)).body as GraphResponse;

  // Whole months only (Oct–Nov 2001, as the explorer's brush asks), and whole months with pieces
  // of September and December at either end.
  const windows = [
    { query: 'from=2001-10-01&to=2001-11-30', from: '2001-10-01T00:00:00Z', to: '2001-12-01T00:00:00Z' },
    { query: 'from=2001-09-10&to=2001-12-20', from: '2001-09-10T00:00:00Z', to: '2001-12-21T00:00:00Z' },
  ];

  async function expectCountsFromMessages(): Promise<void> {
    expectAnswer(await get(`?top=${TOP}`), await countFromMessages(db, undefined, undefined));
    for (const w of windows)
      expectAnswer(await get(`?top=${TOP}&${w.query}`), await countFromMessages(db, w.from, w.to));
  }

  it('after a first ingest of one mailbox', { timeout: 240_000 }, async () => {
    const summary = await ingest(db.driver(), {
      paths: [join(sharedPath(ENRON), 'slinger-r')],
      workers: 1,
      noEntities: true,
    });
    expect(summary.failed).toBe(0);
    await expectCountsFromMessages();
  });

  it('after an incremental second ingest of the rest', { timeout: 240_000 }, async () => {
    const summary = await ingest(db.driver(), { paths: [sharedPath(ENRON)], workers: 1, noEntities: true });
    expect(summary.ingested).toBeGreaterThan(0);
    // An incremental derive: only the new messages are counted into the buckets.
    expect(summary.derive?.everything).toBe(false);
    await expectCountsFromMessages();
  });

  it('after a merge correction of two of the most active persons', { timeout: 240_000 }, async () => {
    const body = await get('?top=3&from=2001-10-01&to=2001-11-30');
    const [a, , b] = body.nodes.map((n) => n.key);
    const { records } = await db
      .driver()
      .executeQuery(
        'MATCH (p:Person)-[:USES]->(x:Address) WHERE p.id IN [$a, $b] RETURN p.id AS p, min(x.email) AS email',
        {
          a,
          b,
        },
      );
    expect(records.length).toBe(2);
    await recordCorrection(
      db.driver(),
      'merge',
      records.map((r) => r.get('email') as string),
      'one person, two addresses',
    );
    const derive = await deriveGraph(db.driver());
    expect(derive.persons.changedPersons).toBe(2);
    await expectCountsFromMessages();
  });
});
