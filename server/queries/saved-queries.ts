/**
 * Saved queries as one list (library first, then the analyst's), and running one by name.
 */
import type { Driver } from 'neo4j-driver';

import type { QueryResult, SavedQuery } from '../../contract/index.js';
import { NotFoundError } from '../errors.js';
import { findLibraryQuery, loadLibrary } from './library.js';
import { resolveParams } from './params.js';
import { type RunOptions, runReadOnly } from './run-query.js';
import { findAnalystQuery, listAnalystQueries } from './store.js';

export async function listSavedQueries(driver: Driver): Promise<SavedQuery[]> {
  return [...loadLibrary(), ...(await listAnalystQueries(driver))];
}

export async function findSavedQuery(driver: Driver, name: string): Promise<SavedQuery> {
  const q = findLibraryQuery(name) ?? (await findAnalystQuery(driver, name));
  if (!q) throw new NotFoundError(`no saved query "${name}" (GET /api/queries lists them)`);
  return q;
}

export async function runSavedQuery(
  driver: Driver,
  name: string,
  params: Record<string, unknown>,
  options: Omit<RunOptions, 'result'>,
): Promise<QueryResult> {
  const q = await findSavedQuery(driver, name);
  const values = await resolveParams(driver, q.params, params);
  return runReadOnly(driver, q.cypher, values, { ...options, result: q.result });
}
