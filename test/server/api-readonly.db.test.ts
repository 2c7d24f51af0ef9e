/**
 * Nothing reachable over HTTP may change the graph: write and administration attempts through
 * POST /api/cypher (and through saving or running a saved query) are refused with a 400 and a
 * reason, and the database's nodes, relationships, labels, properties and indexes are unchanged.
 */
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';

import { createApp } from '../../server/app.js';
import { type GraphCounts, graphCounts, missingFixtures, useIngestedGraph } from './support/ingested-graph.js';

// Written for this project: each is a way an analyst's query (or an attacker's) could change the
// database, the server, or reach outside it.
const ATTEMPTS = [
  'CREATE (n:Leak {x: 1}) RETURN n',
  "MERGE (p:Person {id: 'p-ffffffffffffffff'}) RETURN p",
  "MATCH (p:Person) SET p.name = 'changed' RETURN count(p)",
  'MATCH (p:Person) SET p += {flag: true}',
  'MATCH (p:Person) WITH p LIMIT 1 SET p:Hacked',
  'MATCH (p:Person) REMOVE p.name',
  'MATCH (p:Person) REMOVE p:Person',
  'MATCH (m:Message) WITH m LIMIT 1 DELETE m',
  'MATCH (m:Message) DETACH DELETE m',
  'MATCH ()-[e:EMAILED]->() DELETE e',
  'MATCH (a:Person), (b:Person) WITH a, b LIMIT 1 CREATE (a)-[:KNOWS]->(b)',
  'UNWIND range(1, 10) AS i CREATE (:Spam {i: i})',
  'FOREACH (i IN range(1, 3) | CREATE (:Spam))',
  'MATCH (p:Person) CALL (p) { SET p.touched = true } RETURN count(*)',
  'CALL { CREATE (:Spam) } IN TRANSACTIONS',
  "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
  "LOAD CSV WITH HEADERS FROM 'https://example.org/x.csv' AS row RETURN row",
  "CALL db.createLabel('Injected')",
  "CALL db.createProperty('injected')",
  "CALL db.createRelationshipType('INJECTED')",
  'CALL db.clearQueryCaches()',
  "CALL tx.setMetaData({who: 'me'})",
  "CALL db.stats.collect('QUERIES')",
  'CALL db.resampleOutdatedIndexes()',
  'CALL dbms.listConnections()',
  'CREATE INDEX injected FOR (n:Person) ON (n.injected)',
  'CREATE FULLTEXT INDEX injected_ft FOR (n:Person) ON EACH [n.name]',
  'DROP INDEX person_name',
  'CREATE CONSTRAINT injected_unique FOR (n:Person) REQUIRE n.injected IS UNIQUE',
  'DROP CONSTRAINT person_id',
  'SHOW USERS',
  'USE system SHOW USERS',
  'USE`system` SHOW USERS', // a quoted name right after the keyword
  'MATCH (n:Person) WITH n LIMIT 1 SET`n`.hacked = 1',
  "CREATE USER eve SET PASSWORD 'correct horse battery'",
  "ALTER USER neo4j SET PASSWORD 'owned-owned-owned'",
  'CREATE DATABASE other',
  'STOP DATABASE neo4j',
  "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
  'GRANT ROLE admin TO eve',
  '/* looks harmless */ cReAtE (n) RETURN n',
  'MATCH (n) RETURN n LIMIT 1; CREATE (m)',
  'PROFILE MATCH (p:Person) SET p.x = 1',
  'MATCH (p:Person) WITH p LIMIT 1 MERGE (p)-[:SELF]->(p)',
];

describe.skipIf(missingFixtures())('read-only API', () => {
  const db = useIngestedGraph();
  let app: ReturnType<typeof createApp>;
  let before: GraphCounts;
  beforeAll(async () => {
    app = createApp({ driver: db.driver() });
    before = await graphCounts(db.driver());
  });

  it(`refuses ${ATTEMPTS.length} write and administration attempts with 400 and a reason, changing nothing`, async () => {
    expect(ATTEMPTS.length).toBeGreaterThanOrEqual(30);
    for (const cypher of ATTEMPTS) {
      const res = await request(app).post('/api/cypher').send({ cypher });
      expect(res.status, `${cypher} → ${res.status} ${JSON.stringify(res.body)}`).toBe(400);
      const reason = String(res.body.reason ?? res.body.error ?? '');
      expect(reason.length, cypher).toBeGreaterThan(10);
      expect(JSON.stringify(res.body)).not.toMatch(/at .+\.(js|ts):\d+/);
    }
    expect(await graphCounts(db.driver())).toEqual(before);
  });

  it('refuses through the planner what reads like a plain procedure call', async () => {
    // Only EXPLAIN's plan says they write or administer.
    const planOnly = [
      "CALL db.createLabel('Injected')",
      'CALL db.clearQueryCaches()',
      "CALL tx.setMetaData({who: 'me'})",
      "CALL db.stats.collect('QUERIES')",
    ];
    for (const cypher of planOnly) {
      const res = await request(app).post('/api/cypher').send({ cypher }).expect(400);
      expect(res.body.reason).toMatch(/plan|planner|procedures/);
    }
    expect(await graphCounts(db.driver())).toEqual(before);
  });

  it('refuses what text checks missed (issue 14): Neo4j reads the query, not a pattern over it', async () => {
    // Each passed the old text layer; Cypher's lexer reads them as the writes or commands they are.
    const bypasses = [
      'MATCH (n:Person) RETURN n LIMIT 1 // a comment ended by CR\rCREATE (:Spam)',
      'MATCH (n:Person)\u001cSET\u001cn.hacked = 1',
      'MATCH (n:Person)\u001fDETACH\u001fDELETE\u001fn',
      'CALL { CREATE (:Spam) } IN CONCURRENT TRANSACTIONS',
      'USE(system) SHOW USERS',
      'RETURN 1 AS x UNION CALL { CREATE (:Spam) } RETURN 2 AS x',
    ];
    for (const cypher of bypasses) {
      const res = await request(app).post('/api/cypher').send({ cypher });
      expect(res.status, `${JSON.stringify(cypher)} → ${res.status} ${JSON.stringify(res.body)}`).toBe(400);
    }
    expect(await graphCounts(db.driver())).toEqual(before);
  });

  it('does not take names for clauses: reads mentioning write words in strings, labels or keys run', async () => {
    const reads = [
      "MATCH (m:Message) WHERE m.subject CONTAINS 'CREATE' OR m.subject CONTAINS 'delete' RETURN count(m) AS n",
      "RETURN 'MERGE (x) SET x.y = 1' AS text, {set: 1, create: 2} AS map",
      'MATCH (p:Person) WITH p.sent AS set RETURN max(set) AS most',
      '// CREATE (n) in a comment\nMATCH (p:Person) RETURN count(p) AS persons',
      "CALL db.index.fulltext.queryNodes('message_text', 'gas') YIELD node RETURN count(node) AS hits",
      'CALL db.labels() YIELD label RETURN label',
    ];
    for (const cypher of reads) {
      const res = await request(app).post('/api/cypher').send({ cypher });
      expect(res.status, `${cypher} → ${JSON.stringify(res.body)}`).toBe(200);
    }
    expect(await graphCounts(db.driver())).toEqual(before);
  });

  it('refuses writing through saved queries: neither saved nor run', async () => {
    for (const cypher of ATTEMPTS.slice(0, 12)) {
      const res = await request(app)
        .post('/api/queries')
        .send({ name: 'test-write-attempt', title: 'attempt', cypher });
      expect(res.status, cypher).toBe(400);
    }
    expect(await graphCounts(db.driver())).toEqual(before);
  });
});
