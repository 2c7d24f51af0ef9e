/**
 * Analysts' Cypher → refused unless it only reads. Two walls, and the transaction is the third:
 *   1. the text, with comments and strings blanked out: write clauses, LOAD CSV, USE, admin
 *      commands, CALL … IN TRANSACTIONS, several statements — refused with a reason in words;
 *   2. the planner: EXPLAIN (nothing runs) must report query type "r", and no operator of the plan
 *      may write, load, administer or call a procedure outside a read-only allow-list — because
 *      TERMINATE TRANSACTIONS plans as "r" and db.clearQueryCaches() runs in a read transaction;
 *   3. the query then runs in a READ transaction, which Neo4j itself refuses to write in.
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

const EXPLAIN_TIMEOUT_MS = 10_000;

/** The query with comments, string literals and `quoted` names blanked, so keywords inside them do not count. */
export function blankLiterals(cypher: string): string {
  return cypher.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\[\s\S]|[^'\\])*'|"(?:\\[\s\S]|[^"\\])*"|`[^`]*`/g, (m) =>
    // A quoted name stays a word, padded with spaces so it never fuses with the keyword before it
    // (USE`system` must still read as USE …).
    m.startsWith('`') ? ` ${'x'.repeat(Math.max(0, m.length - 2))} ` : ' '.repeat(m.length),
  );
}

const WRITE_WORDS = /\b(CREATE|MERGE|DELETE|DETACH|REMOVE|SET|DROP|FOREACH|INSERT)\b/gi;
const COMMAND_START =
  /^\s*(?:CYPHER\b[^\n]*?\s)?(SHOW|START|STOP|TERMINATE|GRANT|DENY|REVOKE|ALTER|RENAME|ENABLE|DEALLOCATE|REALLOCATE|DRYRUN)\b/i;

/** Reason the text alone shows the query is not a plain read, or null. */
export function textRefusal(cypher: string): string | null {
  const text = blankLiterals(cypher);
  if (/;\s*\S/.test(text)) return 'one statement at a time: the text has several separated by ";"';
  if (/^\s*(EXPLAIN|PROFILE)\b/i.test(text)) return 'EXPLAIN and PROFILE are added by the server; send the query alone';
  if (/\bLOAD\s+CSV\b/i.test(text)) return 'LOAD CSV reads files or URLs: queries here only read the graph';
  if (/(^|[{(]|\bCALL\s*)\s*USE\s/i.test(text))
    return 'USE switches to another database: queries here run on the graph only';
  if (/\bIN\s+(?:\d+\s+CONCURRENT\s+)?TRANSACTIONS\b/i.test(text))
    return 'CALL … IN TRANSACTIONS commits on its own: not allowed here';
  const command = COMMAND_START.exec(text);
  if (command) return `${command[1]!.toUpperCase()} is an administration command: queries here only read the graph`;
  // Names the query gives itself (`AS set`) are variables wherever they appear.
  const aliases = new Set([...text.matchAll(/\bAS\s+([A-Za-z_]\w*)/gi)].map((m) => m[1]!.toUpperCase()));
  for (const m of text.matchAll(WRITE_WORDS)) {
    if (aliases.has(m[0].toUpperCase())) continue;
    const before = text.slice(0, m.index).trimEnd();
    const after = text.slice(m.index + m[0].length).trimStart();
    // A clause starts a query or follows a pattern, a value or another clause's last word; `n.create`,
    // `$merge`, `:Create`, `max(set)`, `{set: 1}` and `AS set` are names.
    if (before && !/[\w)\]}]$/.test(before)) continue;
    if (/\bAS$/i.test(before) || /^[:.),=\]}]/.test(after) || after === '') continue;
    return `${m[0].toUpperCase()} writes to the database: queries here only read the graph`;
  }
  return null;
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
  const byText = textRefusal(cypher);
  if (byText) throw new RefusedQueryError(byText);
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
