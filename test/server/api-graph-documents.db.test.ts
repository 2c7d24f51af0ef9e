/**
 * Issue 12, documents as graph nodes on the real test Neo4j: GET /api/graph?documents=true adds a
 * node per attached document with Person → Document edges (sent / received / both), and the
 * anomalies filter keeps documents with anomalies, without, or all. Expected values come from the
 * messages as written in support/document-dump.ts (who sent and received what) and, for anomalies,
 * from a Cypher count over the graph independent of the endpoint's statement, itself checked against
 * what support/document-expectations.ts derives from the answer key and the mails.
 */
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';

import type { GraphResponse } from '../../contract/index.js';
import { createApp } from '../../server/app.js';
import { missingShared } from '../support/shared.js';
import {
  MESSAGES,
  OLD_PDF,
  SHARED,
  SHEET,
  addresses,
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
  const personOf = async (email: string): Promise<string> => {
    const { records } = await g
      .driver()
      .executeQuery('MATCH (p:Person)-[:USES]->(:Address {email: $email}) RETURN p.id AS id', { email });
    return records[0]!.get('id') as string;
  };

  it('leaves documents out unless asked', async () => {
    const body = await graph('minCount=1');
    expect(body.nodes.filter((n) => n.attributes.kind === 'document')).toEqual([]);
    expect(body.attributes.hiddenDocuments).toBeUndefined();
  });

  it('draws each attached document once, linked to everyone who sent or received it, with their role', async () => {
    const body = await graph('minCount=1&documents=true');
    const docs = body.nodes.filter((n) => n.attributes.kind === 'document');
    // Attached documents in the dump (the loose ones were mailed by no one).
    const attached = [...new Set(MESSAGES.flatMap((m) => m.attachments.map((a) => a.fixture)))];
    expect(docs.map((n) => n.key).sort()).toEqual(attached.map((f) => `doc:${g.entry(f).sha256}`).sort());
    const shared = `doc:${g.entry(SHARED).sha256}`;
    // Who had the shared document, from the headers as written: senders and every recipient.
    const expected = new Map<string, Set<'sent' | 'received'>>();
    for (const m of MESSAGES.filter((x) => x.attachments.some((a) => a.fixture === SHARED))) {
      const add = (email: string, role: 'sent' | 'received') =>
        expected.set(email, (expected.get(email) ?? new Set()).add(role));
      add(parseAddress(m.headers.from!).email, 'sent');
      for (const a of [...addresses(m.headers.to), ...addresses(m.headers.cc)]) add(a.email, 'received');
    }
    const edges = body.edges.filter((e) => e.target === shared);
    expect(edges.every((e) => e.attributes.kind === 'document')).toBe(true);
    const got = new Map(edges.map((e) => [e.source, e.attributes.role]));
    const want = new Map<string, string>();
    for (const [email, roles] of expected) want.set(await personOf(email), roles.size === 2 ? 'both' : [...roles][0]!);
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
    const attached = [...new Set(MESSAGES.flatMap((m) => m.attachments.map((a) => a.fixture)))];
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
});
