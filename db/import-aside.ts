/**
 * The database a bulk import replaces is moved aside while the importer runs (admin-import.ts) and
 * put back when the import fails, or at the next start when the process died mid-import: a bulk
 * import that does not finish leaves the database as it was.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { type Instance, instancePaths } from './instance.js';

// The default database of Neo4j Community, the one leakgraph uses.
export const DATABASE = 'neo4j';
export const ASIDE = `${DATABASE}.before-import`;

export const storeDirs = (instance: Instance) => {
  const { data } = instancePaths(instance);
  return [join(data, 'databases'), join(data, 'transactions')];
};

/** Removes what an import wrote and puts back the database it moved aside, if any. */
export function rollBack(instance: Instance, onlyIfMoved: boolean): boolean {
  let restored = false;
  for (const dir of storeDirs(instance)) {
    const aside = existsSync(join(dir, ASIDE));
    if (onlyIfMoved && !aside) continue;
    rmSync(join(dir, DATABASE), { recursive: true, force: true });
    if (aside) renameSync(join(dir, ASIDE), join(dir, DATABASE));
    restored ||= aside;
  }
  return restored;
}

/**
 * Puts back the database an interrupted import moved aside (the process died mid-import); called
 * before every start. True when there was one.
 */
export function restoreInterruptedImport(instance: Instance): boolean {
  return rollBack(instance, true);
}
