/**
 * Applies cypher/migrations/V###__name.cypher in order and records each as a (:Migration) node.
 *
 * Every statement is idempotent (IF NOT EXISTS), and every migration is applied again on each
 * start: that costs milliseconds, and it brings back anything that went missing since, such as
 * the full-text index a bulk ingest drops while it loads (write/bulk-index.ts) when that ingest
 * was killed. The record lets `leakgraph db status` say which schema the graph has, and warns
 * when a file that was already applied has since changed.
 */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

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

export async function migrate(driver: Driver): Promise<MigrationResult> {
  const files = listCypher('migrations').filter((f) => FILE_PATTERN.test(f));
  const session = driver.session();
  const result: MigrationResult = { applied: [], changed: [] };
  try {
    // The constraint on Migration.version is created by V001 itself, so read without relying on it.
    const done = new Map<number, string>();
    const rows = await session.run('MATCH (m:Migration) RETURN m.version AS version, m.checksum AS checksum');
    for (const r of rows.records) done.set(Number(r.get('version')), String(r.get('checksum')));

    for (const file of files) {
      const [, v, name] = FILE_PATTERN.exec(file)!;
      const version = Number(v);
      const stem = file.replace(/\.cypher$/, '');
      const checksum = createHash('sha256')
        .update(loadCypher(`migrations/${stem}`))
        .digest('hex');
      await applyMigration(driver, stem);
      const previous = done.get(version);
      if (previous === checksum) continue;
      if (previous !== undefined) result.changed.push(file);
      else result.applied.push(file);
      await session.run(
        'MERGE (m:Migration {version: toInteger($version)}) SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()',
        { version, name, checksum },
      );
    }
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
  return result;
}
