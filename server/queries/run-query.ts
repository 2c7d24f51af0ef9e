/**
 * Runs an analyst's Cypher (saved or ad hoc) safely: checked read-only first (guard.ts), then run
 * in a READ transaction with a server-side timeout, streaming rows until the cap, and shaped as a
 * table or a graph. The API answers at the timeout whatever Neo4j does, a query over Neo4j's memory
 * limit is not run again, and a gate bounds how many run at once (issue 14).
 */
import { randomUUID } from 'node:crypto';
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';

import type { QueryResult } from '../../contract/index.js';
import { neo4jFailure } from '../../db/errors.js';
import { toJson } from '../db/values.js';
import { BadQueryError, RefusedQueryError } from '../errors.js';
import { assertReadOnly, neo4jMessage } from './guard.js';
import type { QueryGate, QuerySlot } from './query-gate.js';
import { looksLikeGraph, recordsToGraph } from './result-graph.js';
import type { DatabaseRestarter } from '../db/restarter.js';
import { RUNAWAY_GRACE_MS, endRunaway } from './runaway-watch.js';
import { QUERY_TAG } from './terminate.js';

// The most rows any query returns, whatever the request asks; beyond it the result says truncated.
export const MAX_ROWS = 10_000;
export const DEFAULT_QUERY_TIMEOUT_MS = 15_000;

/** How analyst queries run in one server: their timeout, the gate they share, where errors are logged. */
export interface QueryRun {
  timeoutMs?: number;
  /** Bounds how many analyst queries run at once (the app's; none when absent). */
  gate?: QueryGate;
  log?: (error: unknown) => void;
  /** The managed database's restarter: ends a query Neo4j could not stop (runaway-watch.ts). */
  restarter?: DatabaseRestarter;
  /** How long after TERMINATE a query may still be listed before that (default RUNAWAY_GRACE_MS). */
  runawayGraceMs?: number;
}

export interface RunOptions extends QueryRun {
  limit: number;
  result: 'auto' | 'graph' | 'table';
}

// The API answers this long after the query's own timeout whatever Neo4j does: Neo4j checks for
// the timeout between rows, and an expression that never yields a row (issue 14: a reduce() over
// 300 million items) can keep running, and the request waiting, for minutes after it.
export const ANSWER_GRACE_MS = 1_000;

interface Rows {
  records: Neo4jRecord[];
  truncated: boolean;
  keys: string[];
}

class AnswerDeadline extends Error {}

/** What becomes of a query Neo4j cannot interrupt (one expression that yields no row). */
function afterward(graceMs: number, managed: boolean): string {
  return managed
    ? `If it is still running ${graceMs / 1000} s from now, leakgraph restarts the database to end it (about half a minute).`
    : 'If your Neo4j cannot interrupt it (SHOW TRANSACTIONS still lists it), it keeps running on your server: restarting that Neo4j server stops it (TERMINATE TRANSACTIONS does not).';
}

function stoppedError(timeoutMs: number): BadQueryError {
  return new BadQueryError(
    400,
    `the query ran longer than ${timeoutMs / 1000} s and was stopped; narrow it (a LIMIT, a date range, a smaller pattern)`,
  );
}

/**
 * Streams rows until the cap in an explicit READ transaction. Not executeRead: the driver retries
 * a managed transaction on transient errors, and Neo4j reports a query over its memory limit as
 * transient, so the same query would run again and again for 30 s. The slot is released once Neo4j
 * has finished with the query, which may be after this function has answered.
 */
async function fetchRows(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown>,
  cap: number,
  timeoutMs: number,
  slot: QuerySlot,
  run: QueryRun & { log: (error: unknown) => void },
): Promise<Rows> {
  const { log } = run;
  const tag = randomUUID();
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, fetchSize: Math.min(cap + 1, 1000) });
  const work = (async (): Promise<Rows> => {
    const tx = session.beginTransaction({ timeout: timeoutMs, metadata: { [QUERY_TAG]: tag } });
    try {
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
    } finally {
      await tx.close();
    }
  })();
  void work
    .catch(() => undefined)
    .finally(() => session.close().catch(log))
    .finally(() => slot.release());
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new AnswerDeadline()), timeoutMs + ANSWER_GRACE_MS);
  });
  try {
    return await Promise.race([work, deadline]);
  } catch (error) {
    if (error instanceof AnswerDeadline) {
      slot.overdue();
      const graceMs = run.runawayGraceMs ?? RUNAWAY_GRACE_MS;
      void endRunaway(driver, tag, { ...(run.restarter && { restarter: run.restarter }), graceMs, log });
      throw new BadQueryError(
        400,
        `the query ran longer than ${timeoutMs / 1000} s; Neo4j has been asked to stop it; narrow it (a LIMIT, a date range, a smaller pattern). ${afterward(graceMs, !!run.restarter)}`,
      );
    }
    const failure = neo4jFailure(error);
    if (failure === 'stopped') throw stoppedError(timeoutMs);
    if (failure === 'memory')
      throw new BadQueryError(
        400,
        `the query needed more memory than the database allows one query (${neo4jMessage(error)}); narrow it or aggregate less at once`,
      );
    if (failure === 'refused') throw new RefusedQueryError(neo4jMessage(error));
    if (failure === 'client') throw new BadQueryError(400, `Neo4j refused the query: ${neo4jMessage(error)}`);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

export async function runReadOnly(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown>,
  options: RunOptions,
): Promise<QueryResult> {
  const started = performance.now();
  const slot = options.gate?.enter() ?? { release: () => {}, overdue: () => {} };
  let running = false;
  let rows: Rows;
  try {
    await assertReadOnly(driver, cypher);
    running = true;
    rows = await fetchRows(
      driver,
      cypher,
      params,
      Math.min(options.limit, MAX_ROWS),
      options.timeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS,
      slot,
      { ...options, log: options.log ?? ((e) => console.error(e)) },
    );
  } finally {
    // Once the query runs, its slot is given back when Neo4j is done with it (fetchRows).
    if (!running) slot.release();
  }
  const { records, truncated, keys } = rows;
  const notes: string[] =
    options.limit > MAX_ROWS ? [`at most ${MAX_ROWS} rows are returned (asked for ${options.limit})`] : [];
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
