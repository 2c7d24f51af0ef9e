/**
 * HTTP errors and the one middleware that turns any error into JSON. Responses never carry stack
 * traces or driver internals: the analyst gets what went wrong and what to do, the log gets the rest.
 */
import type { ErrorRequestHandler } from 'express';
import { ZodError } from 'zod';

import type { ErrorBody } from './api/schemas.js';

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

export function errorHandler(log: (error: unknown) => void): ErrorRequestHandler {
  return (error, _req, res, _next) => {
    if (error instanceof ZodError) {
      res.status(400).json({ error: 'invalid request', details: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) } satisfies ErrorBody);
      return;
    }
    if (error instanceof HttpError) {
      res.status(error.status).json({ error: error.message, ...(error.details !== undefined && { details: error.details }) } satisfies ErrorBody);
      return;
    }
    const code = (error as { code?: string }).code ?? '';
    if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
      res.status(503).json({ error: 'the database is not answering; start it with `leakgraph db start`' } satisfies ErrorBody);
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
