/**
 * Applies cypher/migrations/V###__name.cypher in order and records each as a (:Migration) node.
 *
 * A file runs whole once: when it is new to the graph, or changed since it was applied. After that,
 * on each start, only its schema statements (CREATE … INDEX|CONSTRAINT <name> IF NOT EXISTS) whose
 * index or constraint is missing run again: that brings back what went missing since, such as the
 * full-text index a bulk ingest drops while it loads (write/bulk-index.ts) when that ingest was
 * killed, for the price of two SHOW queries. Data statements never run twice: they scan the graph
 * (a start would cost more as the leak grows), and they would undo what the pipeline wrote since —
 * V014 marked every document without names for another entity read, V015 named the CONTAINS edges
 * of objects Office named itself, which are kept nameless on purpose (read/embedded-objects.ts).
 * The record lets `leakgraph db status` say which schema the graph has, and warns when a file that
 * was already applied has since changed.
 */
import { createHash } from 'node:crypto';
import type { Driver, Session } from 'neo4j-driver';

import { listCypher, loadCypher, splitStatements } from './cypher.js';

export interface MigrationResult {
  /** Migrations applied for the first time. */
  applied: string[];
  changed: string[];
}

const FILE_PATTERN = /^V(\d{3})__(.+)\.cypher$/;

/** Runs the statements of one migration file (`V003__fulltext`), each on its own. */
export async function applyMigration(driver: Driver, name: string): Promise<void> {
  const session = driver.session();
  try {
    // Schema statements cannot share a transaction with writes, so each runs on its own.
    for (const statement of splitStatements(loadCypher(`migrations/${name}`))) await session.run(statement);
  } finally {
    await session.close();
  }
}

// A schema statement names what it creates, so a start can tell whether it is there.
const SCHEMA_STATEMENT = /^CREATE\s+(?:[A-Z]+\s+)?(?:INDEX|CONSTRAINT)\b/i;
const NAMED_SCHEMA_STATEMENT = /^CREATE\s+(?:[A-Z]+\s+)?(?:INDEX|CONSTRAINT)\s+(\w+)\s+IF\s+NOT\s+EXISTS\b/i;

/**
 * The name of the index or constraint a schema statement creates; null for a data statement. A schema
 * statement without a plain name and IF NOT EXISTS is refused: it could neither be found missing nor
 * run twice.
 */
export function schemaObjectName(statement: string): string | null {
  if (!SCHEMA_STATEMENT.test(statement)) return null;
  const name = NAMED_SCHEMA_STATEMENT.exec(statement)?.[1];
  if (!name)
    throw new Error(
      `a migration's CREATE INDEX/CONSTRAINT needs a plain name and IF NOT EXISTS: ${statement.slice(0, 80)}`,
    );
  return name;
}

/** Names of the indexes and constraints the database has (a constraint's own index shares its name). */
async function schemaNames(session: Session): Promise<Set<string>> {
  const names = new Set<string>();
  for (const show of ['SHOW INDEXES YIELD name', 'SHOW CONSTRAINTS YIELD name'])
    for (const r of (await session.run(show)).records) names.add(String(r.get('name')));
  return names;
}

export async function migrate(driver: Driver): Promise<MigrationResult> {
  const files = listCypher('migrations').filter((f) => FILE_PATTERN.test(f));
  const session = driver.session();
  const result: MigrationResult = { applied: [], changed: [] };
  try {
    const done = new Map<number, string>();
    // The constraint on Migration.version is created by V001 itself, so read without relying on it.
    const rows = await session.run('MATCH (m:Migration) RETURN m.version AS version, m.checksum AS checksum');
    for (const r of rows.records) done.set(Number(r.get('version')), String(r.get('checksum')));
    const present = await schemaNames(session);
    let created = false;

    for (const file of files) {
      const [, v, name] = FILE_PATTERN.exec(file)!;
      const version = Number(v);
      const text = loadCypher(`migrations/${file.replace(/\.cypher$/, '')}`);
      const checksum = createHash('sha256').update(text).digest('hex');
      const previous = done.get(version);
      const whole = previous !== checksum;
      for (const statement of splitStatements(text)) {
        const object = schemaObjectName(statement);
        if (!whole && (object === null || present.has(object))) continue;
        await session.run(statement);
        if (object !== null) created = true;
      }
      if (!whole) continue;
      if (previous !== undefined) result.changed.push(file);
      else result.applied.push(file);
      await session.run(
        'MERGE (m:Migration {version: toInteger($version)}) SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()',
        { version, name, checksum },
      );
    }
    if (created) await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
  return result;
}
