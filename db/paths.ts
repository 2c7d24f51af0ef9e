/**
 * Where leakgraph keeps things on disk.
 *
 * Everything lives in one folder, LEAKGRAPH_HOME (default: `.leakgraph/` in the project root),
 * so an analyst can see, back up or wipe it in one place:
 *   neo4j/         the managed database: conf/, data/, logs/, run/, password
 *   test-neo4j/    the test suite's own database, never the analyst's
 *   cache/         the Neo4j server jars fetched from Maven Central; lexicons/: the entity
 *                  extractor's word tables, built from their packages once (public word lists only)
 *   run/           extractor.sock: the resident extractor's socket while `serve`, `start` or
 *                  `extractor` runs (owner-only; nothing listens on the network)
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Walks up from this file to the folder holding leakgraph's package.json (works from source and from dist/). */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'leakgraph') return dir;
    const up = dirname(dir);
    if (up === dir)
      throw new Error(`leakgraph: cannot find the project's package.json above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}

/**
 * The data folder, created owner-only (0700) on first use, and made owner-only again if it is
 * found open to others: it holds the leak database, its password and the analyst's keys (issue 14).
 * Everything leakgraph writes there is under this folder, so its mode guards all of it.
 */
export function leakgraphHome(env: NodeJS.ProcessEnv = process.env): string {
  const home = env.LEAKGRAPH_HOME ? resolve(env.LEAKGRAPH_HOME) : join(projectRoot(), '.leakgraph');
  if (!existsSync(home)) mkdirSync(home, { recursive: true, mode: 0o700 });
  if ((statSync(home).mode & 0o077) !== 0) chmodSync(home, 0o700);
  return home;
}

/** The resident extractor's Unix socket (ingest/workers/resident-extractor.ts), in an owner-only folder of the data folder. */
export function residentExtractorPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(leakgraphHome(env), 'run', 'extractor.sock');
}
