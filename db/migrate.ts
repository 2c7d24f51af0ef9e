/**
 * Applies cypher/migrations/V###__name.cypher in order and records each as a (:Migration) node.
 *
 * Every statement is idempotent (IF NOT EXISTS), so running a migration again is harmless; the
 * record lets `leakgraph db status` say which schema the graph has, and warns when a file that
 * was already applied has since changed.
 */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

import { listCypher, loadCypher, splitStatements } from './cypher.js';

export interface MigrationResult {
  applied: string[];
  changed: string[];
}

const FILE_PATTERN = /^V(\d{3})__(.+)\.cypher$/;

export async function migrate(driver: Driver, database?: string): Promise<MigrationResult> {
  const files = listCypher('migrations').filter((f) => FILE_PATTERN.test(f));
  const session = driver.session({ ...(database && { database }) });
  const result: MigrationResult = { applied: [], changed: [] };
  try {
    // The constraint on Migration.version is created by V001 itself, so read without relying on it.
    const done = new Map<number, string>();
    const rows = await session.run('MATCH (m:Migration) RETURN m.version AS version, m.checksum AS checksum');
    for (const r of rows.records) done.set(Number(r.get('version')), String(r.get('checksum')));

    for (const file of files) {
      const [, v, name] = FILE_PATTERN.exec(file)!;
      const version = Number(v);
      const text = loadCypher(`migrations/${file.replace(/\.cypher$/, '')}`);
      const checksum = createHash('sha256').update(text).digest('hex');
      const previous = done.get(version);
      if (previous !== undefined) {
        if (previous !== checksum) result.changed.push(file);
        continue;
      }
      // Schema statements cannot share a transaction with writes, so each runs on its own.
      for (const statement of splitStatements(text)) await session.run(statement);
      await session.run(
        'MERGE (m:Migration {version: toInteger($version)}) SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()',
        { version, name, checksum },
      );
      result.applied.push(file);
    }
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
  return result;
}
