/**
 * Which Neo4j to talk to: the analyst's own (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD) when set,
 * otherwise the managed instance with the password leakgraph generated for it.
 */
import { existsSync, readFileSync } from 'node:fs';
import neo4j, { type Driver } from 'neo4j-driver';

import { UnavailableError, neo4jFailure } from './errors.js';
import { type Instance, instancePaths, managedInstance } from './instance.js';

export interface Connection {
  uri: string;
  user: string;
  password: string;
  /** True when leakgraph starts and stops this server itself. */
  managed: boolean;
  instance?: Instance;
}

export function instanceConnection(instance: Instance): Connection {
  const { passwordFile } = instancePaths(instance);
  const password = existsSync(passwordFile) ? readFileSync(passwordFile, 'utf8').trim() : '';
  return { uri: `bolt://127.0.0.1:${instance.boltPort}`, user: 'neo4j', password, managed: true, instance };
}

export function resolveConnection(env: NodeJS.ProcessEnv = process.env): Connection {
  if (env.NEO4J_URI) {
    return { uri: env.NEO4J_URI, user: env.NEO4J_USER ?? 'neo4j', password: env.NEO4J_PASSWORD ?? '', managed: false };
  }
  return instanceConnection(managedInstance(env));
}

/** The URI with any credentials removed, for messages. */
export function describeConnection(c: Connection): string {
  return c.uri.replace(/\/\/[^@/]*@/, '//');
}

/**
 * `plainNumbers`: return integers as JS numbers. Right for the API (counts and sizes are far
 * below 2^53); the ingest keeps the driver's exact Integers.
 */
export function openDriver(c: Connection, options: { plainNumbers?: boolean } = {}): Driver {
  return neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password), {
    disableLosslessIntegers: options.plainNumbers ?? false,
    connectionAcquisitionTimeout: 30_000,
    maxConnectionPoolSize: 20,
    userAgent: 'leakgraph',
  });
}

/** Resolves when Bolt answers with these credentials; rejects with UnavailableError otherwise. */
export async function ping(c: Connection): Promise<void> {
  const driver = openDriver(c);
  try {
    await driver.verifyConnectivity();
  } catch (error) {
    if (neo4jFailure(error) === 'unauthorized') {
      const fix = c.managed
        ? `the password in ${instancePaths(c.instance!).passwordFile} no longer matches`
        : 'check NEO4J_USER and NEO4J_PASSWORD';
      throw new UnavailableError(`Neo4j at ${describeConnection(c)} refused the credentials: ${fix}`);
    }
    throw new UnavailableError(`Neo4j at ${describeConnection(c)} does not answer: ${(error as Error).message}`);
  } finally {
    await driver.close();
  }
}
