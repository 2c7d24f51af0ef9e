/**
 * Builds the Express app: security headers, body limits, optional token, the API routers, the
 * built web app, and one error handler. Takes the driver; opens nothing itself.
 */
import { existsSync } from 'node:fs';
import compression from 'compression';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Driver } from 'neo4j-driver';

import { annotationsRouter } from './api/annotations.router.js';
import { type ReadDocument, documentsRouter } from './api/documents.router.js';
import { exportRouter } from './api/export.router.js';
import { graphRouter } from './api/graph.router.js';
import { identitiesRouter } from './api/identities.router.js';
import { messagesRouter } from './api/messages.router.js';
import { personsRouter } from './api/persons.router.js';
import { queriesRouter } from './api/queries.router.js';
import { searchRouter } from './api/search.router.js';
import { statsRouter } from './api/stats.router.js';
import type { Instance } from '../db/instance.js';
import { type ReadRawCopy, loadRawReader, readDocumentBytes } from './db/raw-source.js';
import { DatabaseRestarter } from './db/restarter.js';
import { GraphCache } from './graph/graph-cache.js';
import type { IdentityService } from './identities/identity-service.js';
import { MAX_CONCURRENT_QUERIES, QueryGate } from './queries/query-gate.js';
import { DEFAULT_QUERY_TIMEOUT_MS, type QueryRun } from './queries/run-query.js';
import { RUNAWAY_GRACE_MS } from './queries/runaway-watch.js';
import { requireLocalHost, requireToken, tokenLogin } from './auth.js';
import { defaultAnalyst } from './env.js';
import { HttpError, errorHandler } from './errors.js';
import { requireJsonBody, requireSameOrigin } from './same-origin.js';

export interface AppOptions {
  driver: Driver;
  /** Folder of the built web app (vite build output); not served when absent. */
  webDir?: string;
  /** When set, every API request must carry it (Authorization: Bearer …, or the cookie /login sets). */
  token?: string;
  log?: (error: unknown) => void;
  /** Reads a copy's original bytes again (default: ingest's readCopyBytes through db/raw-source.ts). */
  rawReader?: () => Promise<ReadRawCopy | null>;
  /** Reads a document's original bytes again (default: the ingest's documentBytes through db/raw-source.ts). */
  documentReader?: ReadDocument;
  /**
   * Host names API requests may address (the Host header), when no token guards the API. A web
   * page elsewhere can point its own domain at 127.0.0.1 (DNS rebinding) and read a local server
   * as if it were same-origin; it cannot make the browser send Host: localhost. Default: loopback names.
   */
  allowedHosts?: string[];
  /** Analyst queries (/api/cypher, saved queries, exports of a saved query): timeout and how many at once. */
  queries?: { timeoutMs?: number; maxConcurrent?: number };
  /** Served over HTTPS: the token cookie is marked Secure. */
  secureCookie?: boolean;
  /** Where /api/graph keeps its answers (default: a new one); the server shares it to warm it at start. */
  graphCache?: GraphCache;
  /**
   * Identity resolution's corrections and name keys, handed in by the shell (cli/identity-service.ts);
   * without it "same person?" goes by correspondents only and merges answer 503.
   */
  identities?: IdentityService;
  /** The name the analyst's notes and tags are signed with (default: LEAKGRAPH_ANALYST or the OS user). */
  analyst?: string;
  /**
   * The managed database, when the driver talks to it (not a user's own NEO4J_URI): the server
   * restarts it when an analyst query runs on after Neo4j was asked to stop it (issue 14), and
   * says what it does on `log`.
   */
  managedDatabase?: { instance: Instance; log: (line: string) => void };
}

export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]', '::1'];

// Requests carry JSON: query parameters, a Cypher text, an export selection of up to 20,000 ids (about
// 700 kB); anything bigger is a mistake or an attack.
export const MAX_BODY = '1mb';

export function createApp(options: AppOptions): Express {
  const { driver } = options;
  const rawReader = options.rawReader ?? loadRawReader;
  const timeoutMs = options.queries?.timeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS;
  const managed = options.managedDatabase;
  const restarter = managed && new DatabaseRestarter(managed.instance, managed.log);
  // One gate for every way an analyst's query runs, so they share the bound.
  const queryRun: QueryRun = {
    timeoutMs,
    gate: new QueryGate(
      options.queries?.maxConcurrent ?? MAX_CONCURRENT_QUERIES,
      Math.ceil(timeoutMs / 1000),
      restarter
        ? `leakgraph restarts the database if they are still running ${RUNAWAY_GRACE_MS / 1000} s after being stopped`
        : 'they run on your Neo4j server until it is restarted (SHOW TRANSACTIONS lists them)',
    ),
    ...(options.log && { log: options.log }),
    ...(restarter && { restarter }),
  };
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
          // helmet's default allows fonts from any https host; nothing here loads anything remote.
          fontSrc: ["'self'", 'data:'],
          // Served over plain http on loopback: there is nothing to upgrade to.
          upgradeInsecureRequests: null,
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
    }),
  );
  // The graph is megabytes of JSON; gzip cuts the explorer's first render by about a second.
  // (Zip downloads are not compressible by type and pass through untouched.)
  app.use(compression());
  // Everything the API answers is about the leak: never cached by the browser or a proxy.
  app.use('/api', (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  if (options.token) {
    app.get('/login', tokenLogin(options.token, !!options.secureCookie));
    app.use('/api', requireToken(options.token));
  } else app.use('/api', requireLocalHost(options.allowedHosts ?? LOOPBACK_HOSTS));
  app.use('/api', requireSameOrigin(), requireJsonBody());
  // While the managed database restarts, every request would fail on a dead connection: say why.
  if (restarter)
    app.use('/api', (_req, _res, next) => {
      restarter.assertAvailable(); // throws RestartingError (503, Retry-After) while it restarts
      next();
    });
  app.use(express.json({ limit: MAX_BODY }));
  app.use('/api', statsRouter(driver));
  app.use('/api', searchRouter(driver, options.identities));
  app.use('/api', graphRouter(driver, options.graphCache ?? new GraphCache(driver)));
  app.use('/api', personsRouter(driver));
  app.use('/api', identitiesRouter(driver, options.identities));
  app.use('/api', messagesRouter(driver, rawReader));
  const documentReader = options.documentReader ?? readDocumentBytes;
  app.use('/api', documentsRouter(driver, documentReader));
  app.use('/api', queriesRouter(driver, queryRun));
  app.use('/api', exportRouter(driver, rawReader, queryRun, documentReader));
  app.use('/api', annotationsRouter(driver, options.analyst ?? defaultAnalyst()));
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
