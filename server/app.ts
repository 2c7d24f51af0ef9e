/**
 * Builds the Express app: security headers, body limits, optional token, the API routers, the
 * built web app, and one error handler. Takes the driver; opens nothing itself.
 */
import { timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import type { Driver } from 'neo4j-driver';

import { graphRouter } from './api/graph.router.js';
import { HttpError, errorHandler } from './errors.js';

export interface AppOptions {
  driver: Driver;
  /** Folder of the built web app (vite build output); not served when absent. */
  webDir?: string;
  /** When set, every request must carry it (Authorization: Bearer …). */
  token?: string;
  log?: (error: unknown) => void;
}

// Requests carry small JSON (query parameters, a Cypher text); anything bigger is a mistake or an attack.
export const MAX_BODY = '256kb';

function requireToken(token: string): RequestHandler {
  const expected = Buffer.from(token);
  return (req, _res, next) => {
    const header = req.get('authorization') ?? '';
    const given = Buffer.from(header.replace(/^Bearer\s+/i, ''));
    if (given.length === expected.length && timingSafeEqual(given, expected)) return next();
    next(new HttpError(401, 'missing or wrong token: send Authorization: Bearer <LEAKGRAPH_TOKEN>'));
  };
}

export function createApp(options: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // ForceAtlas2's worker is built from a blob; PNG export draws to blobs.
          workerSrc: ["'self'", 'blob:'],
          imgSrc: ["'self'", 'data:', 'blob:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          connectSrc: ["'self'"],
          frameSrc: ["'self'"],
          objectSrc: ["'none'"],
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
    }),
  );
  app.use(express.json({ limit: MAX_BODY }));
  if (options.token) app.use('/api', requireToken(options.token));
  app.use('/api', graphRouter(options.driver));
  app.use('/api', (req, _res, next) => next(new HttpError(404, `no such endpoint: ${req.method} ${req.originalUrl}`)));
  if (options.webDir && existsSync(options.webDir)) {
    app.use(express.static(options.webDir, { index: 'index.html', maxAge: 0 }));
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('The web app is not built. Run `npm run build` and restart `leakgraph serve`.\n');
    });
  }
  app.use(errorHandler(options.log ?? ((e) => console.error(e))));
  return app;
}
