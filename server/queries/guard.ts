/**
 * Analysts' Cypher → refused unless it only reads. Two walls, both Neo4j's own reading of the query:
 *   1. the planner: EXPLAIN (nothing runs) must report query type "r", and no operator of the plan
 *      may write, load, administer, run on another database or call a procedure outside a
 *      read-only allow-list — because TERMINATE TRANSACTIONS plans as "r" and db.clearQueryCaches()
 *      runs in a read transaction; no APOC function or procedure either (apoc.cypher.run* hides a
 *      query from this check, apoc.load.* reaches URLs); what Neo4j cannot plan (several
 *      statements, EXPLAIN inside EXPLAIN, CALL … IN TRANSACTIONS here) is refused with its reason;
 *   2. the query then runs in a READ transaction, which Neo4j itself refuses to write in.
 * There is no check of the text (issue 14): patterns over the text missed what Cypher's own lexer
 * reads differently (a comment ended by CR, U+001C–U+001F as whitespace, IN CONCURRENT
 * TRANSACTIONS without a number, USE(system)) and so looked like a wall without being one.
 */
import neo4j, { type Driver } from 'neo4j-driver';

import { neo4jFailure } from '../../db/errors.js';
import { BadQueryError, RefusedQueryError } from '../errors.js';

// Procedures an analyst may CALL: read the graph or its schema, nothing else (no stats collection,
// no index maintenance, no DBMS procedures, no plugin that might load URLs).
export const READ_PROCEDURES = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.index.vector.queryNodes',
  'db.index.vector.queryRelationships',
  'db.info',
  'db.ping',
  'db.stats.retrieve',
]);

// Plan operators that write, load from outside, administer or open their own transactions.
const REFUSED_OPERATORS =
  /^(Create|Merge|Set|Delete|DetachDelete|Remove|Foreach|TransactionForeach|TransactionApply|LoadCSV|AdministrationCommand|Show|Terminate|Drop|DoNothingIf|Assert|Alter|Grant|Deny|Revoke|Rename|Start|Stop|Enable|Wait|SystemProcedure)/;

// APOC functions and procedures an analyst may use. None: apoc.cypher.run* runs a query this check
// never sees, apoc.load.* and others reach files and URLs. Add pure, read-only ones here after review.
export const ALLOWED_APOC = new Set<string>([]);

const EXPLAIN_TIMEOUT_MS = 10_000;

/** The APOC names an operator's details mention (backquotes dropped), e.g. apoc.cypher.runFirstColumnSingle. */
function apocNames(op: PlanNode): string[] {
  const text = Object.values(op.arguments ?? {})
    .map((v) => String(v))
    .join(' ')
    .replace(/`/g, '');
  return [...text.matchAll(/\bapoc(?:\.\w+)+/gi)].map((m) => m[0]);
}

interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

function operators(plan: PlanNode | false | null | undefined, out: PlanNode[] = []): PlanNode[] {
  if (!plan) return out;
  out.push(plan);
  for (const child of plan.children ?? []) operators(child, out);
  return out;
}

/** Reason the plan shows the query would not only read the graph, or null. */
export function planRefusal(queryType: string | undefined, plan: PlanNode | false | null | undefined): string | null {
  for (const op of operators(plan)) {
    const apoc = apocNames(op).find((n) => !ALLOWED_APOC.has(n));
    if (apoc) return `${apoc}: APOC functions and procedures are not allowed here (they can hide queries or load URLs)`;
    const [name, graph] = op.operatorType.split('@');
    if (graph === 'system') return `the plan runs on the system database (${name}): not allowed here`;
    if (name === 'ProcedureCall') {
      const details = String(op.arguments?.Details ?? op.arguments?.Signature ?? '');
      const procedure = /^\s*([\w.`]+)\s*\(/.exec(details)?.[1]?.replace(/`/g, '') ?? details;
      if (!READ_PROCEDURES.has(procedure))
        return `CALL ${procedure}: only read-only procedures may be called here (${[...READ_PROCEDURES].join(', ')})`;
      continue;
    }
    if (REFUSED_OPERATORS.test(name!)) return `the plan writes or administers the database (operator ${name})`;
  }
  if (queryType !== 'r') {
    const what =
      queryType === 'w' || queryType === 'rw'
        ? 'writes to the database'
        : queryType === 's'
          ? 'changes the schema or the server'
          : `has query type "${queryType}"`;
    return `the planner says the query ${what}: queries here only read the graph`;
  }
  return null;
}

/** First line of a Neo4j error message: what is wrong and where, without server internals. */
export function neo4jMessage(error: unknown): string {
  return String((error as Error).message ?? error)
    .split('\n')[0]!
    .slice(0, 500);
}

/** Throws RefusedQueryError unless the query only reads; BadQueryError when Neo4j cannot plan it. */
export async function assertReadOnly(driver: Driver, cypher: string): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  let summary;
  try {
    const result = await session.executeRead((tx) => tx.run(`EXPLAIN ${cypher}`), { timeout: EXPLAIN_TIMEOUT_MS });
    summary = result.summary;
  } catch (error) {
    const failure = neo4jFailure(error);
    if (failure === 'refused') throw new RefusedQueryError(neo4jMessage(error));
    if (failure === 'client' || failure === 'stopped')
      throw new BadQueryError(400, `Neo4j cannot run this query: ${neo4jMessage(error)}`);
    throw error;
  } finally {
    await session.close();
  }
  const byPlan = planRefusal(summary.queryType, summary.plan as PlanNode | false);
  if (byPlan) throw new RefusedQueryError(byPlan);
}
