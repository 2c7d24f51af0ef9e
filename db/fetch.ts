/**
 * Fetches the Neo4j Community server jars from Maven Central (db/pom.xml → cache/neo4j-<version>/lib).
 *
 * Maven does the dependency resolution; we only check the tools exist, run it once, and turn its
 * failure modes into one line an analyst can act on. The cache is marked complete only after
 * Maven succeeds, so an interrupted fetch is simply retried.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { FetchError } from './errors.js';
import { leakgraphHome, projectRoot } from './paths.js';

const COMPLETE_MARK = '.complete';

export function neo4jVersion(): string {
  const pom = readFileSync(join(projectRoot(), 'db', 'pom.xml'), 'utf8');
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom);
  if (!match?.[1]) throw new FetchError('db/pom.xml: no <neo4j.version> property; the file is damaged');
  return match[1];
}

export function jarDir(home = leakgraphHome()): string {
  return join(home, 'cache', `neo4j-${neo4jVersion()}`, 'lib');
}

export function jarsReady(home = leakgraphHome()): boolean {
  return existsSync(join(jarDir(home), COMPLETE_MARK));
}

function hasCommand(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
}

/** Why Maven failed, in one line; Maven's own output is long and mostly noise. */
export function explainMavenFailure(output: string, version: string): string {
  if (
    /UnknownHost|Could not (transfer|resolve)|Connection (refused|timed out)|Network is unreachable|No route to host/i.test(
      output,
    )
  ) {
    return `Cannot reach Maven Central to fetch Neo4j ${version}: check the network (or a proxy in ~/.m2/settings.xml), or point leakgraph at your own Neo4j with NEO4J_URI.`;
  }
  const error = output.split('\n').find((l) => l.includes('[ERROR]'));
  return `Maven could not fetch Neo4j ${version}: ${error?.replace(/.*\[ERROR\]\s*/, '').trim() ?? 'unknown error (run with LEAKGRAPH_DEBUG=1 to see Maven output)'}`;
}

/** Ensures the server jars are in the cache, fetching them with Maven when they are not. Returns the jar folder. */
export function fetchNeo4j(options: { home?: string; log?: (line: string) => void } = {}): string {
  const home = options.home ?? leakgraphHome();
  const dir = jarDir(home);
  if (jarsReady(home)) return dir;
  const version = neo4jVersion();
  if (!hasCommand('java', ['-version'])) {
    throw new FetchError(
      'Java is not installed: install Java 17 or later (e.g. apt-get install openjdk-17-jre-headless), or set NEO4J_URI to use your own Neo4j.',
    );
  }
  if (!hasCommand('mvn', ['-v'])) {
    throw new FetchError(
      'Maven is not installed: install it (e.g. apt-get install maven) so leakgraph can fetch Neo4j, or set NEO4J_URI to use your own Neo4j.',
    );
  }
  options.log?.(`Fetching Neo4j Community ${version} from Maven Central into ${dir} (once)…`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const result = spawnSync(
    'mvn',
    [
      '-q',
      '-B',
      '-f',
      join(projectRoot(), 'db', 'pom.xml'),
      'dependency:copy-dependencies',
      `-DoutputDirectory=${dir}`,
      '-DincludeScope=runtime',
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`;
  if (process.env.LEAKGRAPH_DEBUG) process.stderr.write(output);
  if (result.status !== 0) throw new FetchError(explainMavenFailure(output, version));
  if (!readdirSync(dir).some((f) => f.startsWith('neo4j-server-'))) {
    throw new FetchError(`Maven finished but ${dir} holds no neo4j-server jar; delete it and try again.`);
  }
  writeFileSync(join(dir, COMPLETE_MARK), `${version}\n`);
  return dir;
}
