/**
 * Runs an analyst's Cypher (saved or ad hoc) safely: checked read-only first (guard.ts), then run
 * in a READ transaction with a server-side timeout, streaming rows until the cap, and shaped as a
 * table or a graph.
 */
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';

import type { QueryResult } from '../../contract/index.js';
import { neo4jFailure } from '../../db/errors.js';
import { toJson } from '../db/values.js';
import { BadQueryError, RefusedQueryError } from '../errors.js';
import { assertReadOnly, neo4jMessage } from './guard.js';
import { looksLikeGraph, recordsToGraph } from './result-graph.js';

// The most rows any query returns, whatever the request asks; beyond it the result says truncated.
export const MAX_ROWS = 10_000;
export const DEFAULT_QUERY_TIMEOUT_MS = 15_000;

export interface RunOptions {
  limit: number;
  result: 'auto' | 'graph' | 'table';
  timeoutMs?: number;
}

async function fetchRows(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown>,
  cap: number,
  timeoutMs: number,
) {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, fetchSize: Math.min(cap + 1, 1000) });
  try {
    return await session.executeRead(
      async (tx) => {
        const records: Neo4jRecord[] = [];
        let truncated = false;
        const result = tx.run(cypher, params);
        for await (const record of result) {
          if (records.length >= cap) {
            truncated = true;
            break; // leaving the loop discards the rest on the server
          }
          records.push(record);
        }
        const keys = truncated ? records[0]!.keys.map(String) : (await result.keys()).map(String);
        return { records, truncated, keys };
      },
      { timeout: timeoutMs },
    );
  } catch (error) {
    const failure = neo4jFailure(error);
    if (failure === 'stopped') {
      throw new BadQueryError(
        400,
        `the query ran longer than ${timeoutMs / 1000} s and was stopped; narrow it (a LIMIT, a date range, a smaller pattern)`,
      );
    }
    if (failure === 'refused') throw new RefusedQueryError(neo4jMessage(error));
    if (failure === 'client') throw new BadQueryError(400, `Neo4j refused the query: ${neo4jMessage(error)}`);
    throw error;
  } finally {
    await session.close();
  }
}

export async function runReadOnly(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown>,
  options: RunOptions,
): Promise<QueryResult> {
  const started = performance.now();
  await assertReadOnly(driver, cypher);
  const cap = Math.min(options.limit, MAX_ROWS);
  const notes: string[] =
    options.limit > MAX_ROWS ? [`at most ${MAX_ROWS} rows are returned (asked for ${options.limit})`] : [];
  const { records, truncated, keys } = await fetchRows(
    driver,
    cypher,
    params,
    cap,
    options.timeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS,
  );
  const asGraph = options.result === 'graph' || (options.result === 'auto' && looksLikeGraph(records));
  if (asGraph) {
    const { graph, notes: more } = await recordsToGraph(driver, records);
    return {
      kind: 'graph',
      graph,
      truncated,
      ms: Math.round(performance.now() - started),
      ...(notes.length + more.length > 0 && { notes: [...notes, ...more] }),
    };
  }
  return {
    kind: 'table',
    columns: keys,
    rows: records.map((r) => keys.map((k) => toJson(r.get(k)))),
    truncated,
    ms: Math.round(performance.now() - started),
    ...(notes.length > 0 && { notes }),
  };
}
