/**
 * Issue 12, documents as graph nodes on the real test Neo4j: GET /api/graph?documents=true adds a
 * node per attached document with Person → Document edges (sent / received / both), and the
 * anomalies filter keeps documents with anomalies, without, or all. Expected values come from the
 * messages as written in support/document-dump.ts (who sent and received what) and, for anomalies,
 * from a Cypher count over the graph independent of the endpoint's statement, itself checked against
 * what support/document-expectations.ts derives from the answer key and the mails. Expanding a person
 * (GET /api/persons/:id/neighbors?documents=true) adds that person's documents the same way.
 */
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';

import type { GraphResponse } from '../../contract/index.js';
import { createApp } from '../../server/app.js';
import { missingShared } from '../support/shared.js';
import {
  ATTACHED,
  MESSAGES,
  OLD_PDF,
  SHARED,
  SHEET,
  addresses,
  documentHolders,
  expectedDocumentEdges,
  holderRole,
  parseAddress,
  useDocumentGraph,
} from './support/document-dump.js';
import { dumpAnomalies } from './support/document-expectations.js';

const skip = missingShared('fixtures/documents');

describe.skipIf(!!skip)('documents in the graph (issue 12)', () => {
  const g = useDocumentGraph();
  let app: ReturnType<typeof createApp>;
  beforeAll(() => {
    app = createApp({ driver: g.driver() });
  });
  const graph = async (query: string) =>
    (await request(app).get(`/api/graph?${query}`).expect(200)).body as GraphResponse;
  const personOf = g.personOf;

  it('leaves documents out unless asked', async () => {
    const body = await graph('minCount=1');
    expect(body.nodes.filter((n) => n.attributes.kind === 'document')).toEqual([]);
    expect(body.attributes.hiddenDocuments).toBeUndefined();
  });

  it('draws each attached document once, linked to everyone who sent or received it, with their role', async () => {
    const body = await graph('minCount=1&documents=true');
    const docs = body.nodes.filter((n) => n.attributes.kind === 'document');
    expect(docs.map((n) => n.key).sort()).toEqual(ATTACHED.map((f) => `doc:${g.entry(f).sha256}`).sort());
    const shared = `doc:${g.entry(SHARED).sha256}`;
    const edges = body.edges.filter((e) => e.target === shared);
    expect(edges.every((e) => e.attributes.kind === 'document')).toBe(true);
    const got = new Map(edges.map((e) => [e.source, e.attributes.role]));
    const want = new Map<string, string>();
    // Who had the shared document, from the headers as written: senders and every recipient.
    for (const [email, h] of documentHolders(SHARED)) want.set(await personOf(email), holderRole(h));
    expect(got).toEqual(want);
    // Bob received it from Alice and sent it to Keith: "both", in two messages.
    const bob = edges.find((e) => e.attributes.role === 'both');
    expect(bob?.attributes.count).toBe(2);
    const node = docs.find((n) => n.key === shared)!;
    expect(node.attributes.received).toBe(edges.reduce((s, e) => s + e.attributes.count, 0));
  });

  it('filters documents with anomalies, without, or all', async () => {
    const { records } = await g
      .driver()
      .executeQuery(
        'MATCH (:Message)-[:HAS_ATTACHMENT]->(d:Document) RETURN DISTINCT d.sha256 AS sha, size(coalesce(d.anomalyKinds, [])) > 0 AS odd',
      );
    const odd = records.filter((r) => r.get('odd') as boolean).map((r) => `doc:${r.get('sha') as string}`);
    const plain = records.filter((r) => !(r.get('odd') as boolean)).map((r) => `doc:${r.get('sha') as string}`);
    // The graph holds what the key and the mails call for (document-expectations.ts): of the attached
    // documents, the 1990 PDF predates its format, the others' editors write in the mails.
    const attached = ATTACHED;
    const { anomalous } = dumpAnomalies(g.entry);
    const key = (f: string) => `doc:${g.entry(f).sha256}`;
    expect([...odd].sort()).toEqual(
      attached
        .filter((f) => anomalous.includes(f))
        .map(key)
        .sort(),
    );
    expect([...plain].sort()).toEqual(
      attached
        .filter((f) => !anomalous.includes(f))
        .map(key)
        .sort(),
    );
    // The dump needs at least one anomalous and one plain document.
    expect(odd).toContain(key(OLD_PDF));
    expect(plain).toContain(key(SHEET));
    const keys = async (anomalies: string) =>
      (await graph(`minCount=1&documents=true&anomalies=${anomalies}`)).nodes
        .filter((n) => n.attributes.kind === 'document')
        .map((n) => n.key)
        .sort();
    expect(await keys('with')).toEqual(odd.sort());
    expect(await keys('without')).toEqual(plain.sort());
    expect(await keys('all')).toEqual([...odd, ...plain].sort());
    await request(app).get('/api/graph?documents=true&anomalies=maybe').expect(400);
  });

  it('counts only messages in the date window', async () => {
    // 2018-01-04 on: only Bob's message (5 Jan) of the three carrying the shared document.
    const body = await graph('minCount=1&documents=true&from=2018-01-04');
    const shared = `doc:${g.entry(SHARED).sha256}`;
    const edges = body.edges.filter((e) => e.target === shared);
    const bob = MESSAGES[1]!;
    const people = [parseAddress(bob.headers.from!).email, ...addresses(bob.headers.to).map((a) => a.email)];
    expect(edges.map((e) => e.source).sort()).toEqual((await Promise.all(people.map(personOf))).sort());
    expect(edges.every((e) => e.attributes.count === 1)).toBe(true);
  });

  it('expanding a person (…/neighbors) with documents adds the documents that person sent or received', async () => {
    const email = 'bob@example.org';
    const bob = await personOf(email);
    const neighbours = async (query: string) =>
      (await request(app).get(`/api/persons/${bob}/neighbors?${query}`).expect(200)).body as GraphResponse;
    // Bob's documents, from the headers as written: each with his role and the messages carrying it.
    const want = await expectedDocumentEdges(g, [bob]);
    const mine = ATTACHED.filter((f) => documentHolders(f).has(email));
    expect(mine.length).toBeGreaterThan(1);
    const body = await neighbours('documents=true');
    const docs = body.nodes.filter((n) => n.attributes.kind === 'document');
    expect(docs.map((n) => n.key).sort()).toEqual(mine.map((f) => `doc:${g.entry(f).sha256}`).sort());
    const edges = body.edges.filter((e) => e.attributes.kind === 'document');
    expect(new Map(edges.map((e) => [e.key, { role: e.attributes.role, count: e.attributes.count }]))).toEqual(want);
    for (const f of mine) {
      const node = docs.find((n) => n.key === `doc:${g.entry(f).sha256}`)!;
      expect([node.attributes.sha256, node.attributes.size, node.attributes.format]).toEqual([
        g.entry(f).sha256,
        g.entry(f).size,
        g.entry(f).extension,
      ]);
    }
    expect(body.attributes.hiddenDocuments).toBe(0);
    // The correspondents are as without documents.
    const plain = await neighbours('');
    expect(plain.nodes.filter((n) => n.attributes.kind === 'document')).toEqual([]);
    expect(body.nodes.filter((n) => n.attributes.kind === 'person')).toEqual(plain.nodes);
    expect(body.edges.filter((e) => e.attributes.kind === 'emailed')).toEqual(plain.edges);
    // The anomaly filter applies as in the graph.
    const { anomalous } = dumpAnomalies(g.entry);
    const odd = (await neighbours('documents=true&anomalies=with')).nodes.filter(
      (n) => n.attributes.kind === 'document',
    );
    expect(odd.map((n) => n.key).sort()).toEqual(
      mine
        .filter((f) => anomalous.includes(f))
        .map((f) => `doc:${g.entry(f).sha256}`)
        .sort(),
    );
    expect(odd.length).toBeGreaterThan(0);
    expect(odd.length).toBeLessThan(mine.length);
  });
});
