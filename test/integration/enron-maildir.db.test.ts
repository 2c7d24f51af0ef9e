/**
 * Issue 3 on the four Enron dev mailboxes (CMU maildir layout): exact counts against the raw
 * headers, duplicates across folders collapsed with every copy's provenance, Exchange DNs resolved
 * to SMTP addresses, persons and threads.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { ingest } from '../../ingest/pipeline.js';
import { countRels, scalar, useTestDatabase } from '../support/db.js';
import { addressesIn, expectedGraph, expectedMessages, readRawHeaders } from '../support/raw-headers.js';
import { missingShared, sharedPath } from '../support/shared.js';

const ENRON = 'fixtures/enron-dev-sample/maildir';

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

describe.skipIf(missingShared(ENRON))('ingest of the Enron dev maildir (4 mailboxes)', () => {
  const db = useTestDatabase();
  const root = sharedPath(ENRON);
  const all = missingShared(ENRON) ? [] : files(root);

  it('accounts for every file and writes exactly the messages and edges the raw headers describe', async () => {
    const expected = expectedGraph(all, 'content');
    const summary = await ingest(db.driver(), { paths: [root], workers: 2 });
    expect(summary.seen).toBe(all.length);
    expect(summary.seen).toBe(summary.ingested + summary.duplicates + summary.failed);
    expect(summary.failed).toBe(0);
    expect(summary.ingested).toBe(expected.messages);

    const d = db.driver();
    expect(await scalar(d, 'MATCH (m:Message) RETURN count(m)')).toBe(expected.messages);
    expect(await scalar(d, 'MATCH (c:Copy) RETURN count(c)')).toBe(all.length);
    expect(await scalar(d, 'MATCH (a:Address) WHERE (a)-[:SENT]->() RETURN count(a)')).toBe(expected.senders.size);
    expect(
      await scalar(
        d,
        'MATCH (a:Address) WHERE EXISTS { (a)-[:SENT]->(:Message) } OR EXISTS { (:Message)-[:TO|CC|BCC]->(a) } RETURN count(a)',
      ),
    ).toBe(expected.addresses.size);
    expect(await countRels(d, 'SENT')).toBe(expected.sent);
    expect(await countRels(d, 'TO')).toBe(expected.to);
    expect(await countRels(d, 'CC')).toBe(expected.cc);
    expect(await countRels(d, 'BCC')).toBe(expected.bcc);
    expect(await countRels(d, 'WROTE_TO')).toBe(expected.pairs.size);
  });

  it('collapses a message found in several folders into one Message with one Copy per file', async () => {
    // Group the files by content independently of the code under test.
    const groups = new Map<string, string[]>();
    for (const path of all) {
      const v = readRawHeaders(path);
      const h = (n: string) => (v.headers.get(n) ?? []).join(' ').trim();
      const key = JSON.stringify([addressesIn(v.headers.get('from')), h('date'), h('subject'), v.body]);
      groups.set(key, [...(groups.get(key) ?? []), path]);
    }
    const multi = [...groups.values()].filter((g) => g.length > 1);
    expect(multi.length).toBeGreaterThan(50);
    const { records } = await db
      .driver()
      .executeQuery(
        'MATCH (c:Copy)-[:OF]->(m:Message) WITH m, collect(c.path) AS paths WHERE size(paths) > 1 RETURN paths',
      );
    const inGraph = new Set(records.map((r) => JSON.stringify((r.get('paths') as string[]).sort())));
    for (const g of multi) expect(inGraph).toContain(JSON.stringify([...g].sort()));
    expect(inGraph.size).toBe(multi.length);

    // Provenance of one known pair: south-s sent/1. and _sent_mail/1. are the same mail.
    const { records: copies } = await db
      .driver()
      .executeQuery(
        'MATCH (c:Copy {path: $path})-[:OF]->(m:Message)<-[:OF]-(other:Copy) RETURN other.path AS path, other.mailbox AS mailbox, other.folder AS folder, other.sha256 AS sha, c.messageId <> other.messageId AS differentIds',
        { path: join(root, 'south-s/sent/1.') },
      );
    const twin = copies.find((r) => r.get('path') === join(root, 'south-s/_sent_mail/1.'));
    expect(twin?.get('mailbox')).toBe('south-s');
    expect(twin?.get('folder')).toBe('_sent_mail');
    expect(twin?.get('differentIds')).toBe(true);
    expect(twin?.get('sha')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('resolves Exchange DNs from X-From/X-To to the SMTP address of the same person', async () => {
    // slinger-r/sent_items/13.: From ryan.slinger@enron.com, X-From "Slinger, Ryan </O=ENRON/OU=NA/CN=RECIPIENTS/CN=RSLINGER>"
    // and X-To "Meyers, Bert </O=…/CN=Bmeyers>" for To bert.meyers@enron.com.
    const personOf = async (email: string) =>
      scalar<string>(db.driver(), 'MATCH (p:Person)-[:USES]->(:Address {email: $email}) RETURN p.id', { email });
    expect(await personOf('/o=enron/ou=na/cn=recipients/cn=rslinger')).toBe(await personOf('ryan.slinger@enron.com'));
    expect(await personOf('/o=enron/ou=na/cn=recipients/cn=bmeyers')).toBe(await personOf('bert.meyers@enron.com'));
    const reason = await scalar<string>(
      db.driver(),
      "MATCH (:Person)-[u:USES]->(:Address {email: '/o=enron/ou=na/cn=recipients/cn=rslinger'}) RETURN u.reason",
    );
    expect(reason).toMatch(/^exchange-dn: .*ryan\.slinger@enron\.com/);
    expect(
      await scalar(db.driver(), "MATCH (a:Address {email: '/o=enron/ou=na/cn=recipients/cn=rslinger'}) RETURN a.kind"),
    ).toBe('exchange');
    // Names come from X-From where From has none.
    expect(
      await scalar(db.driver(), "MATCH (p:Person)-[:USES]->(:Address {email: 'ryan.slinger@enron.com'}) RETURN p.name"),
    ).toBe('Ryan Slinger');
  });

  it('gives every address exactly one person, and person edges that agree with the raw headers', async () => {
    const d = db.driver();
    expect(await scalar(d, 'MATCH (a:Address) WHERE COUNT { (:Person)-[:USES]->(a) } <> 1 RETURN count(a)')).toBe(0);
    // Expected EMAILED edges: the messages from the raw headers, addresses mapped to the graph's persons.
    const { records: uses } = await d.executeQuery(
      'MATCH (p:Person)-[:USES]->(a:Address) RETURN a.email AS email, p.id AS person',
    );
    const personOf = new Map(uses.map((r) => [r.get('email') as string, r.get('person') as string]));
    const expected = new Map<string, { count: number; to: number; cc: number; bcc: number }>();
    for (const m of expectedMessages(all, 'content')) {
      if (!m.from) continue;
      const role = new Map<string, 'to' | 'cc' | 'bcc'>();
      for (const r of ['to', 'cc', 'bcc'] as const)
        for (const a of m[r]) if (!role.has(personOf.get(a)!)) role.set(personOf.get(a)!, r);
      for (const [q, r] of role) {
        const key = `${personOf.get(m.from)}->${q}`;
        const e = expected.get(key) ?? { count: 0, to: 0, cc: 0, bcc: 0 };
        e.count++;
        e[r]++;
        expected.set(key, e);
      }
    }
    const { records } = await d.executeQuery(
      'MATCH (p:Person)-[e:EMAILED]->(q:Person) RETURN p.id + "->" + q.id AS key, e {.count, .to, .cc, .bcc} AS counts',
    );
    const actual = new Map(records.map((r) => [r.get('key') as string, r.get('counts')]));
    expect(actual.size).toBe(records.length); // one edge per ordered pair
    expect(actual).toEqual(expected);
  });

  it('threads replies by subject when there are no In-Reply-To headers', async () => {
    const d = db.driver();
    const linked = await scalar(
      d,
      "MATCH (m:Message)-[r:REPLY_TO {by: 'subject'}]->(p:Message) WHERE p.date < m.date AND p.subjectKey = m.subjectKey RETURN count(r)",
    );
    expect(linked).toBeGreaterThan(20);
    expect(await countRels(d, 'REPLY_TO')).toBe(linked);
    expect(await scalar(d, 'MATCH (m:Message) WHERE m.threadId IS NULL RETURN count(m)')).toBe(0);
    expect(
      await scalar(d, 'MATCH (m:Message)-[:REPLY_TO]->(p:Message) WHERE m.threadId <> p.threadId RETURN count(m)'),
    ).toBe(0);
  });

  it('changes nothing on a second run', async () => {
    const d = db.driver();
    const snapshot = async () =>
      (
        await d.executeQuery(
          'MATCH (n) WHERE NOT n:IngestRun AND NOT n:Migration WITH labels(n)[0] AS l, count(*) AS c RETURN collect([l, c]) AS nodes',
        )
      ).records[0]!.get('nodes');
    const rels = async () =>
      (
        await d.executeQuery(
          'MATCH ()-[r]->() WITH type(r) AS t, count(*) AS c ORDER BY t RETURN collect([t, c]) AS rels',
        )
      ).records[0]!.get('rels');
    const before = [await snapshot(), await rels()];
    const summary = await ingest(d, { paths: [root], workers: 2 });
    expect(summary.ingested).toBe(0);
    expect([await snapshot(), await rels()]).toEqual(before);
  });
});
