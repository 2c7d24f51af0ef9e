/**
 * Starts the HTTP(S) server: listens, reports its URL, shuts down cleanly. Refuses to listen beyond
 * loopback without a token, because a leak database must not be readable by the café's Wi-Fi, and
 * without TLS (issue 14: the token and the leak would cross the network in clear) unless told it
 * sits behind a reverse proxy that terminates TLS (--insecure-http).
 */
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { type Server, createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';

import { EXPLORER_GRAPH_FORM, FIRST_VIEW } from '../contract/index.js';
import type { Instance } from '../db/instance.js';
import { projectRoot } from '../db/paths.js';
import { cachedGraph } from './api/graph.router.js';
import { LOOPBACK_HOSTS, createApp } from './app.js';
import { GraphCache } from './graph/graph-cache.js';
import type { IdentityService } from './identities/identity-service.js';
import { type ServerEnv, isLoopback, serverEnvSchema } from './env.js';

export class UnsafeBindError extends Error {
  override name = 'UnsafeBindError';
}

export interface RunningServer {
  url: string;
  server: Server;
  /** Settles once the explorer's first view is in the graph cache (or could not be read). */
  warmed: Promise<void>;
  close(): Promise<void>;
}

export function defaultWebDir(): string {
  return join(projectRoot(), 'dist', 'web');
}

function readTls(certFile: string, keyFile: string): { cert: Buffer; key: Buffer } {
  const read = (file: string, what: string) => {
    try {
      return readFileSync(file);
    } catch (error) {
      throw new UnsafeBindError(`Cannot read the TLS ${what} ${file}: ${(error as Error).message}`);
    }
  };
  return { cert: read(certFile, 'certificate'), key: read(keyFile, 'key') };
}

/** What the shell hands the server beyond settings: services it may not import itself. */
export interface ServerServices {
  identities?: IdentityService;
  /** The managed database the driver talks to (absent for a user's own NEO4J_URI): restarted to end a runaway query. */
  managedDatabase?: Instance;
}

export async function startServer(
  driver: Driver,
  settings: Partial<ServerEnv>,
  services: ServerServices = {},
): Promise<RunningServer> {
  const env = serverEnvSchema.parse(settings);
  if (!isLoopback(env.host) && !env.token) {
    throw new UnsafeBindError(
      `Refusing to listen on ${env.host}: beyond this machine the leak database would be open to anyone who can reach it. Set LEAKGRAPH_TOKEN (16+ characters) to require a token, or use --host 127.0.0.1.`,
    );
  }
  if (!env.tlsCert !== !env.tlsKey)
    throw new UnsafeBindError(
      'HTTPS needs both --tls-cert and --tls-key (PEM files); one was given without the other.',
    );
  const tls = env.tlsCert && env.tlsKey ? readTls(env.tlsCert, env.tlsKey) : undefined;
  if (!isLoopback(env.host) && !tls && !env.insecureHttp) {
    throw new UnsafeBindError(
      `Refusing to listen on ${env.host} over plain HTTP: the token and the leak would cross the network in clear. Give a certificate with --tls-cert <file> --tls-key <file>, or, behind a reverse proxy that serves HTTPS, pass --insecure-http.`,
    );
  }
  const log = pino({ name: 'leakgraph', level: process.env.LOG_LEVEL ?? 'info' }, process.stderr);
  const graphCache = new GraphCache(driver);
  const app = createApp({
    driver,
    graphCache,
    webDir: env.webDir ?? defaultWebDir(),
    ...(env.token && { token: env.token }),
    allowedHosts: [...LOOPBACK_HOSTS, env.host],
    ...(services.identities && { identities: services.identities }),
    ...(env.analyst && { analyst: env.analyst }),
    ...(services.managedDatabase && {
      managedDatabase: { instance: services.managedDatabase, log: (line: string) => log.warn(line) },
    }),
    secureCookie: !!tls,
    log: (e) => log.error(e),
  });
  const server = tls ? createHttpsServer(tls, app) : createHttpServer(app);
  server.listen(env.port, env.host);
  await once(server, 'listening');
  // Read the explorer's first view now (and warm Neo4j's page cache with it) rather than when the
  // analyst opens the page; a failure here only means the first request reads it itself.
  const warmed = cachedGraph(driver, graphCache, { ...FIRST_VIEW, form: EXPLORER_GRAPH_FORM }).then(
    () => undefined,
    (e: unknown) => log.warn({ err: e }, 'graph warm-up failed'),
  );
  const { port } = server.address() as AddressInfo;
  const shownHost = env.host.includes(':') ? `[${env.host}]` : env.host;
  return {
    url: `${tls ? 'https' : 'http'}://${shownHost}:${port}/`,
    server,
    warmed,
    // After the warm-up: its read must not outlive the server (the caller closes the driver next).
    close: () => warmed.then(() => new Promise((resolve) => server.close(() => resolve()))),
  };
}
