/**
 * Errors of the managed database. Each says what went wrong and what to do about it,
 * because the person reading it is an analyst, not a Neo4j administrator. And the one reading of
 * the driver's errors that the server, the ingest and the connection check share.
 */
import { Neo4jError, error as neo4jErrors } from 'neo4j-driver';

export class DatabaseError extends Error {
  override name = 'DatabaseError';
}

/** Maven could not fetch the Neo4j jars (no network, no Maven, no Java). */
export class FetchError extends DatabaseError {
  override name = 'FetchError';
}

/** The server process could not be started or did not answer on Bolt in time. */
export class StartError extends DatabaseError {
  override name = 'StartError';
}

/** Bolt does not answer: the database is stopped or unreachable. */
export class UnavailableError extends DatabaseError {
  override name = 'UnavailableError';
}

/**
 * What went wrong, read from a Neo4j driver error's class and code (never its message text):
 *   unavailable   the database does not answer (stopped, unreachable, shutting down)
 *   unauthorized  the credentials were refused
 *   refused       the statement would write or administer where only reading is allowed
 *   stopped       the transaction ran past its timeout or was terminated
 *   memory        the transaction passed Neo4j's memory limit (db.memory.transaction.max and the
 *                 total); Neo4j calls it transient, but the same query would only fail again
 *   client        any other mistake in the statement or its parameters (syntax, types, …)
 *   other         anything else, including errors that are not the driver's
 */
export type Neo4jFailure = 'unavailable' | 'unauthorized' | 'refused' | 'stopped' | 'memory' | 'client' | 'other';

// Neo4j status codes (https://neo4j.com/docs/status-codes/): the driver's own connection codes
// (ServiceUnavailable, SessionExpired), and the server's Neo.<Classification>.<Category>.<Title>.
const UNAVAILABLE = new Set<string>([
  neo4jErrors.SERVICE_UNAVAILABLE,
  neo4jErrors.SESSION_EXPIRED,
  'Neo.TransientError.General.DatabaseUnavailable',
]);

export function neo4jFailure(error: unknown): Neo4jFailure {
  if (!(error instanceof Neo4jError)) return 'other';
  const code = error.code;
  if (UNAVAILABLE.has(code)) return 'unavailable';
  if (code === 'Neo.ClientError.Security.Unauthorized') return 'unauthorized';
  if (code === 'Neo.ClientError.Statement.AccessMode' || code === 'Neo.ClientError.Security.Forbidden')
    return 'refused';
  if (code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError') return 'memory';
  if (code.includes('TransactionTimedOut') || code.includes('Terminated')) return 'stopped';
  if (code.startsWith('Neo.ClientError.')) return 'client';
  return 'other';
}
