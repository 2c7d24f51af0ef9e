/**
 * Errors of the managed database. Each says what went wrong and what to do about it,
 * because the person reading it is an analyst, not a Neo4j administrator.
 */
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
