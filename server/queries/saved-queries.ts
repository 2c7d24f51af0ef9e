/**
 * Saved queries as one list (library first, then the analyst's), and running one by name.
 */
import type { Driver } from 'neo4j-driver';

import type { QueryResult, SavedQuery } from '../../contract/index.js';
import { readOne } from '../db/queries.js';
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
  const result = await runReadOnly(driver, q.cypher, values, { ...options, result: q.result });
  const empty = result.kind === 'table' ? result.rows.length === 0 : result.graph.nodes.length === 0;
  if (!empty || !q.needs?.length) return result;
  const missing = await missingTypes(driver, q.needs);
  if (missing.length === 0) return result;
  return { ...result, notes: [...(result.notes ?? []), ...missing.map(absentData)] };
}

/** The relationship types of `types` the graph holds none of (from the count store: nothing is scanned). */
async function missingTypes(driver: Driver, types: string[]): Promise<string[]> {
  const counts = await readOne<{ relationships: { name: string; count: number }[] }>(driver, 'stats-counts');
  const held = new Map((counts?.relationships ?? []).map((r) => [r.name, r.count]));
  return types.filter((t) => !held.get(t));
}

// What an empty answer means when the data it reads is not in the corpus at all.
const ABSENT: Record<string, string> = {
  BCC: "This corpus has no BCC data: no message in it names a Bcc recipient (mail dumps usually keep only the sender's copy of the Bcc header, often not even that). 0 rows here says nothing about whether anyone used BCC.",
};

const absentData = (type: string) =>
  ABSENT[type] ??
  `This corpus has no ${type} relationships, which this query reads: 0 rows here means the data is missing, not that nothing happened.`;
