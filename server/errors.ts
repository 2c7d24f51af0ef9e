/**
 * HTTP errors and the one middleware that turns any error into JSON. Responses never carry stack
 * traces or driver internals: the analyst gets what went wrong and what to do, the log gets the rest.
 */
import type { ErrorRequestHandler } from 'express';
import { ZodError } from 'zod';

import type { ErrorBody, RefusedQuery } from '../contract/index.js';
import { neo4jFailure } from '../db/errors.js';

export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export class NotFoundError extends HttpError {
  override name = 'NotFoundError';
  constructor(message: string) {
    super(404, message);
  }
}

/** A query that would write or administer the database: refused before it runs (400). */
export class RefusedQueryError extends HttpError {
  override name = 'RefusedQueryError';
  constructor(readonly reason: string) {
    super(400, 'query refused: the API only reads the graph');
  }
}

/** An analyst's query Neo4j rejected or stopped (syntax, types, timeout): the analyst can fix it (400). */
export class BadQueryError extends HttpError {
  override name = 'BadQueryError';
}

/** No analyst query slot free (query-gate.ts): 429 with Retry-After. */
export class TooBusyError extends HttpError {
  override name = 'TooBusyError';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(429, message);
  }
}

/** The managed database is being restarted (server/db/restarter.ts): 503 with Retry-After. */
export class RestartingError extends HttpError {
  override name = 'RestartingError';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(503, message);
  }
}

export function errorHandler(log: (error: unknown) => void): ErrorRequestHandler {
  return (error, _req, res, _next) => {
    if (res.headersSent) {
      // A streamed export failed half-way: the client sees a cut response; the log says why.
      log(error);
      res.destroy(error instanceof Error ? error : undefined);
      return;
    }
    if (error instanceof ZodError) {
      res.status(400).json({
        error: 'invalid request',
        details: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      } satisfies ErrorBody);
      return;
    }
    if (error instanceof RefusedQueryError) {
      res.status(400).json({ error: error.message, reason: error.reason } satisfies RefusedQuery);
      return;
    }
    if (error instanceof TooBusyError || error instanceof RestartingError)
      res.set('Retry-After', String(error.retryAfterSeconds));
    if (error instanceof HttpError) {
      res.status(error.status).json({
        error: error.message,
        ...(error.details !== undefined && { details: error.details }),
      } satisfies ErrorBody);
      return;
    }
    if (neo4jFailure(error) === 'unavailable') {
      res
        .status(503)
        .json({ error: 'the database is not answering; start it with `leakgraph db start`' } satisfies ErrorBody);
      return;
    }
    // express.json() and friends set status/type on their errors (too large, bad JSON).
    const status = (error as { status?: number }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      res.status(status).json({ error: (error as Error).message } satisfies ErrorBody);
      return;
    }
    log(error);
    res.status(500).json({ error: 'internal error (see the server log)' } satisfies ErrorBody);
  };
}
