/**
 * Neo4j → rows: the API's own queries, each from a file under cypher/, run in a transaction with a
 * server-side timeout so one heavy request cannot hold the database.
 */
import neo4j, { type Driver } from 'neo4j-driver';

import { loadCypher } from '../../db/cypher.js';

// Generous for the API's own, indexed queries; a query this slow is a bug or a pathological graph.
export const DEFAULT_API_TIMEOUT_MS = 30_000;

export interface QueryOptions {
  timeoutMs?: number;
}

/** Runs cypher/read/<name>.cypher in a read transaction. */
export async function readQuery<Row extends Record<string, unknown>>(
  driver: Driver,
  name: string,
  params: Record<string, unknown> = {},
  options: QueryOptions = {},
): Promise<Row[]> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(loadCypher(`read/${name}`), params), {
      timeout: options.timeoutMs ?? DEFAULT_API_TIMEOUT_MS,
    });
    return result.records.map((r) => r.toObject() as Row);
  } finally {
    await session.close();
  }
}

/** The first row of a read query, or undefined. */
export async function readOne<Row extends Record<string, unknown>>(
  driver: Driver,
  name: string,
  params: Record<string, unknown> = {},
): Promise<Row | undefined> {
  return (await readQuery<Row>(driver, name, params))[0];
}

/** Reads query files in one transaction, one after another: what one read (element ids) is valid in the next. */
export type TransactionReader = <Row extends Record<string, unknown>>(
  name: string,
  params?: Record<string, unknown>,
) => Promise<Row[]>;

/**
 * Runs `work` in one read transaction with the API's timeout. Neo4j may run it again after a
 * transient failure, so `work` must not keep what an earlier attempt read.
 */
export async function readInTransaction<T>(driver: Driver, work: (read: TransactionReader) => Promise<T>): Promise<T> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(
      (tx) =>
        work(async <Row extends Record<string, unknown>>(name: string, params: Record<string, unknown> = {}) => {
          const result = await tx.run(loadCypher(`read/${name}`), params);
          return result.records.map((r) => r.toObject() as Row);
        }),
      { timeout: DEFAULT_API_TIMEOUT_MS },
    );
  } finally {
    await session.close();
  }
}

/** Runs cypher/<file>.cypher in a write transaction: only the API's own bookkeeping (saved queries). */
export async function writeQuery<Row extends Record<string, unknown>>(
  driver: Driver,
  file: string,
  params: Record<string, unknown> = {},
): Promise<Row[]> {
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    const result = await session.executeWrite((tx) => tx.run(loadCypher(file), params), {
      timeout: DEFAULT_API_TIMEOUT_MS,
    });
    return result.records.map((r) => r.toObject() as Row);
  } finally {
    await session.close();
  }
}

/** Integers for LIMIT/SKIP: a plain JS number would reach Neo4j as a float and be refused. */
export const int = (n: number) => neo4j.int(n);
