/**
 * The two Neo4j instances leakgraph manages: the analyst's database and the test suite's own.
 * They differ only in folder, port and memory; the test instance never touches the analyst's data.
 */
import { join } from 'node:path';

import { leakgraphHome } from './paths.js';

export interface Instance {
  /** Short name used in messages: "database" or "test database". */
  label: string;
  /** Folder holding conf/, data/, logs/, run/ and the password file. */
  dir: string;
  /** Bolt port on 127.0.0.1. */
  boltPort: number;
  heap: string;
  pageCache: string;
}

// Not 7687: an analyst often has Neo4j Desktop or a Docker Neo4j on the default port already.
export const DEFAULT_BOLT_PORT = 17687;
export const DEFAULT_TEST_BOLT_PORT = 17688;

function port(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`${name}=${value}: expecting a port number 1–65535`);
  return n;
}

export function managedInstance(env: NodeJS.ProcessEnv = process.env): Instance {
  return {
    label: 'database',
    dir: join(leakgraphHome(env), 'neo4j'),
    boltPort: port(env.LEAKGRAPH_BOLT_PORT, DEFAULT_BOLT_PORT, 'LEAKGRAPH_BOLT_PORT'),
    heap: env.LEAKGRAPH_NEO4J_HEAP ?? '2g',
    pageCache: env.LEAKGRAPH_NEO4J_PAGECACHE ?? '1g',
  };
}

export function testInstance(env: NodeJS.ProcessEnv = process.env): Instance {
  return {
    label: 'test database',
    dir: env.LEAKGRAPH_TEST_NEO4J_DIR ?? join(leakgraphHome(env), 'test-neo4j'),
    boltPort: port(env.LEAKGRAPH_TEST_BOLT_PORT, DEFAULT_TEST_BOLT_PORT, 'LEAKGRAPH_TEST_BOLT_PORT'),
    heap: env.LEAKGRAPH_TEST_NEO4J_HEAP ?? '1g',
    pageCache: env.LEAKGRAPH_TEST_NEO4J_PAGECACHE ?? '512m',
  };
}

export const instancePaths = (instance: Instance) => ({
  conf: join(instance.dir, 'conf'),
  data: join(instance.dir, 'data'),
  logs: join(instance.dir, 'logs'),
  run: join(instance.dir, 'run'),
  importDir: join(instance.dir, 'import'),
  pidFile: join(instance.dir, 'run', 'neo4j.pid'),
  passwordFile: join(instance.dir, 'password'),
  consoleLog: join(instance.dir, 'logs', 'console.log'),
  authFile: join(instance.dir, 'data', 'dbms', 'auth.ini'),
});
