/**
 * Analysts' own saved queries: SavedQuery nodes (one per name), listed next to the library.
 * Parameters are kept as JSON text, since Neo4j properties cannot hold maps.
 */
import type { Driver } from 'neo4j-driver';

import type { QueryParam, SaveQueryRequest, SavedQuery } from '../../contract/index.js';
import { readQuery, writeQuery } from '../db/queries.js';

interface StoredRow extends Record<string, unknown> {
  name: string;
  title: string;
  description: string;
  cypher: string;
  params: string;
  result: string;
  createdAt: string | null;
  updatedAt: string | null;
}

function parseParams(text: string): QueryParam[] {
  try {
    const value = JSON.parse(text) as unknown;
    return Array.isArray(value) ? (value as QueryParam[]) : [];
  } catch {
    return [];
  }
}

function toSaved(r: StoredRow): SavedQuery {
  return {
    name: r.name,
    title: r.title,
    description: r.description,
    params: parseParams(r.params),
    result: r.result === 'graph' ? 'graph' : 'table',
    source: 'analyst',
    cypher: r.cypher,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

export async function listAnalystQueries(driver: Driver): Promise<SavedQuery[]> {
  return (await readQuery<StoredRow>(driver, 'saved-queries')).map(toSaved);
}

export async function findAnalystQuery(driver: Driver, name: string): Promise<SavedQuery | undefined> {
  return (await listAnalystQueries(driver)).find((q) => q.name === name);
}

export async function saveAnalystQuery(driver: Driver, q: SaveQueryRequest): Promise<SavedQuery> {
  const params: QueryParam[] = q.params.map((p) => ({
    name: p.name,
    type: p.type,
    description: p.description,
    default: p.default ?? null,
    required: p.required,
  }));
  const [row] = await writeQuery<{ createdAt: string; updatedAt: string }>(driver, 'write/save-query', {
    name: q.name,
    title: q.title,
    description: q.description,
    cypher: q.cypher,
    params: JSON.stringify(params),
    result: q.result,
  });
  return { ...q, params, source: 'analyst', createdAt: row?.createdAt ?? null, updatedAt: row?.updatedAt ?? null };
}

export async function deleteAnalystQuery(driver: Driver, name: string): Promise<boolean> {
  const [row] = await writeQuery<{ deleted: number }>(driver, 'write/delete-query', { name });
  return (row?.deleted ?? 0) > 0;
}
