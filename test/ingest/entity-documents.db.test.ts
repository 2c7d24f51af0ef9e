/**
 * Issue 12: the entity pass reads the documents the document pass read, on the real test Neo4j.
 * A dump written here carries two real fixture documents (../shared/fixtures/documents) and one
 * DOCX written here with names chosen by hand. Expected mentions of the fixtures come from the
 * extractor run directly on the answer key's text (pdftotext / catdoc: independent of our readers);
 * the two fixtures are ones where that text and our reader's give the same names (checked over the
 * whole fixture set when they were chosen). The hand-written DOCX's are listed by hand.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { runDocumentPass } from '../../ingest/document-pass.js';
import { runEntityPass } from '../../ingest/entity-pass.js';
import { applyMigration } from '../../db/migrate.js';
import { extractDocumentEntities } from '../../ingest/extract/entities/extract-document.js';
import { buildGazetteer } from '../../ingest/extract/entities/gazetteer/build-gazetteer.js';
import { ingest } from '../../ingest/pipeline.js';
import { readCorrespondents } from '../../ingest/write/entities.js';
import { loadDocumentDetail } from '../../server/documents/document-detail.js';
import { scalar, useTestDatabase } from '../support/db.js';
import { mimeMessage } from '../support/mime-message.js';
import { missingShared } from '../support/shared.js';
import { MEMO } from '../server/support/mention-dump.js';
import { buildDocx } from './extract/documents/build-documents.js';
import { fixtureBytes, keyText, readAnswerKey } from './extract/documents/fixtures.js';
import { tempDir } from './read/read-helpers.js';

const skip = missingShared('fixtures/documents');

const PDF = 'tika/testPDF.pdf'; // key text: pdftotext
const DOC = 'tika/testException1.doc'; // key text: catdoc

interface Row {
  key: string;
  name: string;
  count: number;
  contexts: string[];
}

const byKey = (a: Row, b: Row) => a.key.localeCompare(b.key);
// An ingest with the document pass and two entity passes starts worker pools that load readers and
// dictionaries: well past the default 60 s on a shared, busy machine.
const SLOW = 300_000;

describe.skipIf(!!skip)('the entity pass on documents (issue 12)', () => {
  const db = useTestDatabase();
  const tmp = tempDir('leakgraph-entity-documents-');
  afterAll(() => tmp.remove());
  const key = skip ? undefined : readAnswerKey();
  const sha = (path: string) => key!.files[path]!.sha256;
  let memoSha = '';

  /** A document's MENTIONS to entities and REFERS_TO to addresses, as the graph holds them. */
  async function mentionsOf(sha256: string) {
    const { records } = await db.driver().executeQuery(
      `MATCH (d:Document {sha256: $sha})-[r:MENTIONS]->(e:Entity)
       RETURN e.key AS key, r.name AS name, r.count AS count, r.contexts AS contexts`,
      { sha: sha256 },
    );
    const refers = await db.driver().executeQuery(
      `MATCH (d:Document {sha256: $sha})-[r:REFERS_TO]->(a:Address)
       RETURN a.email AS key, r.name AS name, r.count AS count, r.contexts AS contexts`,
      { sha: sha256 },
    );
    return {
      entities: records.map((r) => r.toObject() as Row).sort(byKey),
      references: refers.records.map((r) => r.toObject() as Row).sort(byKey),
    };
  }

  /**
   * Entities whose stored message and document counts (write/refresh-entities.cypher, V017: what search
   * shows) differ from a count of their mentions now; and how many are named in documents.
   */
  async function countsOfEntities() {
    const { records } = await db.driver().executeQuery(
      `MATCH (e:Entity)
       WITH e, COUNT { (:Message)-[:MENTIONS]->(e) } AS messages, COUNT { (:Document)-[:MENTIONS]->(e) } AS documents
       RETURN collect(CASE WHEN e.messages IS NULL OR e.documents IS NULL
                             OR e.messages <> messages OR e.documents <> documents THEN e.key END) AS stale,
              count(CASE WHEN documents > 0 THEN e END) AS inDocuments`,
    );
    return { stale: records[0]!.get('stale') as string[], inDocuments: Number(records[0]!.get('inDocuments')) };
  }

  it(
    'reads every read document for names during the ingest',
    async () => {
      const root = join(tmp.dir, 'dump', 'maildir');
      mkdirSync(join(root, 'alice', 'sent_items'), { recursive: true });
      mkdirSync(join(root, 'bob', 'reports'), { recursive: true });
      const memo = await buildDocx({ body: MEMO });
      const message = mimeMessage(
        {
          from: 'Alice Walker <alice.walker@example.org>',
          to: 'Bob Stone <bob.stone@example.org>',
          subject: 'papers',
          date: 'Mon, 2 Jan 2001 10:00:00 +0000',
          messageId: 'papers-1@example.org',
        },
        'See attached.',
        [
          { name: 'memo.docx', type: 'application/octet-stream', bytes: memo },
          { name: 'tika.pdf', type: 'application/pdf', bytes: fixtureBytes(PDF) },
        ],
      );
      writeFileSync(join(root, 'alice', 'sent_items', '1.'), message);
      writeFileSync(join(root, 'bob', 'reports', 'plan.doc'), fixtureBytes(DOC));
      const summary = await ingest(db.driver(), { paths: [join(tmp.dir, 'dump')], workers: 2 });
      expect(summary.documents.pass!.byStatus).toEqual({ ok: 3 });
      expect(summary.entities!.messages).toBe(1);
      expect(summary.entities!.documents).toBe(3);
      expect(summary.entities!.failed).toBe(0);
      memoSha = await scalar<string>(db.driver(), "MATCH (d:Document {name: 'memo.docx'}) RETURN d.sha256");
      expect(await scalar(db.driver(), 'MATCH (d:Document) WHERE d.entityPending IS NOT NULL RETURN count(d)')).toBe(0);
    },
    SLOW,
  );

  it.each([PDF, DOC])('%s: the MENTIONS are what the extractor finds in the answer key text', async (path) => {
    const gazetteer = buildGazetteer(await readCorrespondents(db.driver()));
    const expected = extractDocumentEntities(
      { kind: 'document', id: sha(path), text: keyText(key!.files[path]!) },
      gazetteer,
    );
    const want = (linked: boolean) =>
      expected.mentions
        .filter((m) => (m.personId !== undefined) === linked)
        .map((m) => ({
          key: linked ? m.personId!.replace(/^address:/, '') : m.key,
          name: m.name,
          count: m.count,
          contexts: ['document'],
        }))
        .sort(byKey);
    expect(want(false).length).toBeGreaterThan(5);
    expect(await mentionsOf(sha(path))).toEqual({ entities: want(false), references: want(true) });
  });

  it('links the names in a hand-written memo: entities, and correspondents by address and person', async () => {
    // By hand: Margaret Thatcher, Northwind Traders Ltd and Rotterdam are no correspondents; Bob Stone
    // (twice) and Alice Walker are, by the names their messages give them — the sender's own name
    // counts in a document (it is not her mail text).
    const doc = ['document'];
    expect(await mentionsOf(memoSha)).toEqual({
      entities: [
        { key: 'LOC:rotterdam', name: 'Rotterdam', count: 1, contexts: doc },
        { key: 'ORG:northwind traders ltd', name: 'Northwind Traders Ltd', count: 1, contexts: doc },
        { key: 'PER:margaret thatcher', name: 'Margaret Thatcher', count: 1, contexts: doc },
      ],
      references: [
        { key: 'alice.walker@example.org', name: 'Alice Walker', count: 1, contexts: doc },
        { key: 'bob.stone@example.org', name: 'Bob Stone', count: 2, contexts: doc },
      ],
    });
    const { records } = await db.driver().executeQuery(
      `MATCH (:Document {sha256: $sha})-[r:MENTIONS]->(p:Person)-[:USES]->(a:Address)
       RETURN a.email AS email, r.count AS count, r.contexts AS contexts ORDER BY email`,
      { sha: memoSha },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { email: 'alice.walker@example.org', count: 1, contexts: doc },
      { email: 'bob.stone@example.org', count: 2, contexts: doc },
    ]);
    // The document detail (GET /api/documents/:sha256) lists them, persons by their Person id.
    const detail = await loadDocumentDetail(db.driver(), memoSha);
    expect(detail.mentions[0]!.name).toBe('Bob Stone'); // most mentioned first
    const listed = detail.mentions.map((m) => [m.name, m.type, m.count, m.personId !== null, m.contexts]);
    expect(listed.sort()).toEqual([
      ['Alice Walker', 'PER', 1, true, doc],
      ['Bob Stone', 'PER', 2, true, doc],
      ['Margaret Thatcher', 'PER', 1, false, doc],
      ['Northwind Traders Ltd', 'ORG', 1, false, doc],
      ['Rotterdam', 'LOC', 1, false, doc],
    ]);
    // An entity counts the mentions of documents too.
    expect(await scalar(db.driver(), "MATCH (e:Entity {key: 'LOC:rotterdam'}) RETURN e.mentions")).toBe(1);
  });

  it(
    'reads no document again on a second pass, and every one again with --rebuild, to the same mentions',
    async () => {
      const shas = [sha(PDF), sha(DOC), memoSha];
      const before = await Promise.all(shas.map(mentionsOf));
      const again = await runEntityPass(db.driver(), { workers: 2 });
      expect([again.messages, again.documents, again.mentions]).toEqual([0, 0, 0]);
      const rebuilt = await runEntityPass(db.driver(), { workers: 2, rebuild: true });
      expect([rebuilt.messages, rebuilt.documents, rebuilt.failed]).toEqual([1, 3, 0]);
      expect(await Promise.all(shas.map(mentionsOf))).toEqual(before);
      // Each entity's counts of messages and documents naming it, as stored, are those of its mentions.
      const counts = await countsOfEntities();
      expect(counts.stale).toEqual([]);
      expect(counts.inDocuments).toBeGreaterThan(0);
    },
    SLOW,
  );

  it(
    'reads a document for names again when the document pass read it again',
    async () => {
      await runDocumentPass(db.driver(), { workers: 2, rebuild: true });
      expect(await scalar(db.driver(), 'MATCH (d:Document {entityPending: true}) RETURN count(d)')).toBe(3);
      const after = await runEntityPass(db.driver(), { workers: 2 });
      expect([after.messages, after.documents]).toEqual([0, 3]);
      expect((await countsOfEntities()).stale).toEqual([]);
    },
    SLOW,
  );

  it(
    'counts, by migration V017, the messages and documents naming each entity of a graph refreshed before',
    async () => {
      // The state such a graph is in: entities with a total of mentions, no count by kind.
      await db.driver().executeQuery('MATCH (e:Entity) REMOVE e.messages, e.documents');
      expect((await countsOfEntities()).stale.length).toBeGreaterThan(0);
      await applyMigration(db.driver(), 'V017__entity_counts');
      expect((await countsOfEntities()).stale).toEqual([]);
    },
    SLOW,
  );

  it(
    'marks, by migration V014, the documents of a graph read before documents were read for names',
    async () => {
      const fixtures = [sha(PDF), sha(DOC)];
      const before = await Promise.all(fixtures.map(mentionsOf));
      // The state such a graph is in: documents read, no mark, no names. One keeps its names (read already).
      await db.driver().executeQuery(
        `MATCH (d:Document) WHERE d.sha256 <> $memo
         OPTIONAL MATCH (d)-[r:MENTIONS|REFERS_TO]->() DELETE r`,
        { memo: memoSha },
      );
      await applyMigration(db.driver(), 'V014__document_entities');
      expect(await scalar(db.driver(), 'MATCH (d:Document {entityPending: true}) RETURN count(d)')).toBe(2);
      const after = await runEntityPass(db.driver(), { workers: 2 });
      expect([after.messages, after.documents, after.failed]).toEqual([0, 2, 0]);
      // The names come back as the tests above found them from the answer key's text.
      expect(await Promise.all(fixtures.map(mentionsOf))).toEqual(before);
    },
    SLOW,
  );
});
