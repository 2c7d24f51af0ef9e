/**
 * Issue 14: APOC in an analyst's query is refused from the plan, whatever way it is written. The
 * test database has no APOC, so these plans are written by hand in the shape Neo4j's EXPLAIN
 * returns them (operatorType, arguments.Details), as a user's own Neo4j with APOC would.
 */
import { describe, expect, it } from 'vitest';

import { planRefusal } from '../../server/queries/guard.js';

const plan = (details: string, operatorType = 'Projection@neo4j') => ({
  operatorType: 'ProduceResults@neo4j',
  arguments: { Details: 'x' },
  children: [{ operatorType, arguments: { Details: details } }],
});

describe('APOC refused from the plan (issue 14)', () => {
  it.each([
    ['apoc.cypher.runFirstColumnSingle("MATCH (n) RETURN n", {}) AS x', 'apoc.cypher.runFirstColumnSingle'],
    ['`apoc`.`cypher`.`runFirstColumnMany`("CALL db.clearQueryCaches()", {}) AS x', 'apoc.cypher.runFirstColumnMany'],
    ['APOC.text.join(["a"], ",") AS x', 'APOC.text.join'],
  ])('function in %s', (details, name) => {
    expect(planRefusal('r', plan(details))).toBe(
      `${name}: APOC functions and procedures are not allowed here (they can hide queries or load URLs)`,
    );
  });

  it('a procedure', () => {
    expect(planRefusal('r', plan('apoc.load.json("http://example.org/x") YIELD value', 'ProcedureCall@neo4j'))).toMatch(
      /^apoc\.load\.json: APOC/,
    );
  });

  it('a read with no APOC passes', () => {
    expect(planRefusal('r', plan('n.name AS name'))).toBeNull();
  });
});
