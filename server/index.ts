/**
 * Starts the HTTP server: listens, reports its URL, shuts down cleanly. Refuses to listen beyond
 * loopback without a token, because a leak database must not be readable by the café's Wi-Fi.
 */
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';

import { projectRoot } from '../db/paths.js';
import { LOOPBACK_HOSTS, createApp } from './app.js';
import { type ServerEnv, isLoopback, serverEnvSchema } from './env.js';

export class UnsafeBindError extends Error {
  override name = 'UnsafeBindError';
}

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export function defaultWebDir(): string {
  return join(projectRoot(), 'dist', 'web');
}

export async function startServer(driver: Driver, settings: Partial<ServerEnv>): Promise<RunningServer> {
  const env = serverEnvSchema.parse(settings);
  if (!isLoopback(env.host) && !env.token) {
    throw new UnsafeBindError(
      `Refusing to listen on ${env.host}: beyond this machine the leak database would be open to anyone who can reach it. Set LEAKGRAPH_TOKEN (16+ characters) to require a token, or use --host 127.0.0.1.`,
    );
  }
  const log = pino({ name: 'leakgraph', level: process.env.LOG_LEVEL ?? 'info' }, process.stderr);
  const app = createApp({
    driver,
    webDir: env.webDir ?? defaultWebDir(),
    ...(env.token && { token: env.token }),
    allowedHosts: [...LOOPBACK_HOSTS, env.host],
    log: (e) => log.error(e),
  });
  const server = app.listen(env.port, env.host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const shownHost = env.host.includes(':') ? `[${env.host}]` : env.host;
  return {
    url: `http://${shownHost}:${port}/`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
