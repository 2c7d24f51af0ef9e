/**
 * Schema migrations on the real test Neo4j: recorded once; on every start a missing index or
 * constraint comes back (one a killed bulk ingest left dropped, ingest/write/bulk-index.ts), while a
 * data statement runs only when its file is new or changed, so it cannot undo what the pipeline
 * wrote since.
 */
import { describe, expect, it } from 'vitest';

import { listCypher, loadCypher, splitStatements } from '../../db/cypher.js';
import { migrate, schemaObjectName } from '../../db/migrate.js';
import { suspendMessageIndex } from '../../ingest/write/bulk-index.js';
import { scalar, useTestDatabase } from '../support/db.js';

describe('migrate', () => {
  const db = useTestDatabase();

  it('records every migration file once', async () => {
    await migrate(db.driver());
    const files = listCypher('migrations').filter((f) => /^V\d{3}__/.test(f));
    expect(await scalar(db.driver(), 'MATCH (m:Migration) RETURN count(m)')).toBe(files.length);
    const again = await migrate(db.driver());
    expect(again).toEqual({ applied: [], changed: [] });
  });

  it('brings back the message full-text index a bulk load dropped', async () => {
    const online = () =>
      scalar<number>(
        db.driver(),
        "SHOW INDEXES YIELD name, state WHERE name = 'message_text' AND state = 'ONLINE' RETURN count(*)",
      );
    expect(await online()).toBe(1);
    await suspendMessageIndex(db.driver());
    expect(await online()).toBe(0);
    await migrate(db.driver());
    expect(await online()).toBe(1);
  });

  it('runs a data statement once, not on every start: the marks the pipeline left stay as they are', async () => {
    await migrate(db.driver());
    // What the pipeline writes after the migrations: a document read for names and found none
    // (entityPending removed), and an object Office named itself, kept without a name (issue 12).
    await db.driver().executeQuery(
      `CREATE (:Document {sha256: 'migrate-test-read', state: 'read'})
       CREATE (:Document {sha256: 'migrate-test-carrier', state: 'read'})
              -[:CONTAINS {entry: '/object word/embeddings/oleObject1.bin'}]->
              (:Document {sha256: 'migrate-test-object', state: 'read'})`,
    );
    const marks = () =>
      scalar<number>(
        db.driver(),
        `MATCH (d:Document) WHERE d.sha256 STARTS WITH 'migrate-test-' AND d.entityPending IS NOT NULL
         RETURN count(d) + COUNT {
           MATCH (c:Document)-[x:CONTAINS]->() WHERE c.sha256 STARTS WITH 'migrate-test-' AND x.name IS NOT NULL
         }`,
      );
    expect(await migrate(db.driver())).toEqual({ applied: [], changed: [] });
    expect(await marks()).toBe(0);
    // A file changed since it was applied runs whole again (V014 marks the three documents, V015 names the edge).
    await db
      .driver()
      .executeQuery(
        "MATCH (m:Migration) WHERE m.name IN ['document_entities', 'contains_name'] SET m.checksum = 'edited'",
      );
    expect(await migrate(db.driver())).toEqual({
      applied: [],
      changed: ['V014__document_entities.cypher', 'V015__contains_name.cypher'],
    });
    expect(await marks()).toBe(4);
    await db.driver().executeQuery("MATCH (d:Document) WHERE d.sha256 STARTS WITH 'migrate-test-' DETACH DELETE d");
  });

  it('knows every index and constraint the migrations create by the name the database gives it', async () => {
    await migrate(db.driver());
    const files = listCypher('migrations').filter((f) => /^V\d{3}__/.test(f));
    const texts = files.map((f) => loadCypher(`migrations/${f.replace(/\.cypher$/, '')}`));
    const names = texts.flatMap((t) => splitStatements(t).map(schemaObjectName)).filter((n) => n !== null);
    // As many as the files say IF NOT EXISTS (counted in the raw text), each one the database has.
    expect(names.length).toBe(texts.reduce((n, t) => n + (t.match(/IF NOT EXISTS/g) ?? []).length, 0));
    const present = new Set<string>();
    for (const show of ['SHOW INDEXES YIELD name', 'SHOW CONSTRAINTS YIELD name'])
      for (const r of (await db.driver().executeQuery(show)).records) present.add(r.get('name') as string);
    expect(names.filter((n) => !present.has(n))).toEqual([]);
    // One it could not find missing again is refused, not taken for data.
    expect(() => schemaObjectName('CREATE INDEX IF NOT EXISTS FOR (p:Person) ON (p.x)')).toThrow(/plain name/);
    expect(schemaObjectName('MATCH (d:Document) SET d.x = 1')).toBeNull();
  });
});
