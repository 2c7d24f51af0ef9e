/**
 * `npm run bench:entity-pass -- [--json] [-- extra entities flags]`
 *
 * Times the entity pass alone (`leakgraph entities --rebuild --json`, the real command line) on what
 * the TEST database already holds (ingest a corpus first: `npm run bench:ingest -- <corpus> -- --no-entities`).
 * Prints messages/s, the pass's peak RSS, its CPU seconds (user + system, every thread) and Neo4j's
 * CPU seconds over the same run (with its JIT compilers' and garbage collector's shares, proc-cpu.ts: a
 * just-started server spends about as much on compiling as on the pass), with the load average: on a
 * shared machine wall time counts the other processes too, CPU seconds say what the pass itself costs.
 * The test database is started with the memory of an analyst's database (managedInstance: 2 GB heap,
 * 1 GB page cache), not the test suite's leaner defaults: what a user's pass gets (the ×4 graph's store is
 * 2.5 GB). A test database already running keeps the memory it started with: the JSON says which
 * (neo4jHeap, neo4jPageCache), read from the running server. It is left running, as before; tests run
 * after it use it as it is (`leakgraph db --test stop` to start them on their own defaults).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

import { instanceConnection } from '../../db/connection.js';
import { instancePaths, managedInstance, testInstance } from '../../db/instance.js';
import { startInstance } from '../../db/server.js';
import { cliEntry } from '../../test/support/cli.js';

import { jvmCpuOf, jvmCpuSpent } from './proc-cpu.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const split = args.indexOf('--');
const passFlags = split >= 0 ? args.slice(split + 1) : [];
const log = (line: string) => process.stderr.write(`${line}\n`);

/** The heap and page cache a running Neo4j was given: its JVM's -Xmx, its configuration's page cache. */
function memoryOf(pid: number, confDir: string): { heap: string; pageCache: string } {
  const jvm = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  const conf = readFileSync(join(confDir, 'neo4j.conf'), 'utf8');
  return {
    heap: jvm.find((a) => a.startsWith('-Xmx'))?.slice(4) ?? 'unknown',
    pageCache: /^server\.memory\.pagecache\.size=(.+)$/m.exec(conf)?.[1]?.trim() ?? 'unknown',
  };
}

async function main(): Promise<void> {
  const analyst = managedInstance();
  const instance = {
    ...testInstance(),
    heap: process.env.LEAKGRAPH_TEST_NEO4J_HEAP ?? analyst.heap,
    pageCache: process.env.LEAKGRAPH_TEST_NEO4J_PAGECACHE ?? analyst.pageCache,
  };
  await startInstance(instance, log);
  const conn = instanceConnection(instance);
  const neo4jPid = Number(readFileSync(instancePaths(instance).pidFile, 'utf8').trim());
  const memory = memoryOf(neo4jPid, instancePaths(instance).conf);
  if (memory.heap !== instance.heap || memory.pageCache !== instance.pageCache)
    log(
      `note: the test database was already running with heap ${memory.heap} and page cache ${memory.pageCache}, ` +
        `not ${instance.heap} and ${instance.pageCache}; stop it (leakgraph db --test stop) to measure with those`,
    );
  const dir = mkdtempSync(join(tmpdir(), 'leakgraph-entity-bench-'));
  const timeFile = join(dir, 'time');
  const load = loadavg();
  const neo4jBefore = jvmCpuOf(neo4jPid);
  const started = performance.now();
  // GNU time reports the child's own CPU and peak RSS (worker threads included: they share the process).
  const child = spawn(
    '/usr/bin/time',
    ['-o', timeFile, '-f', '%U %S %M', process.execPath, cliEntry(), 'entities', '--rebuild', '--json', ...passFlags],
    {
      env: { ...process.env, NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  const seconds = (performance.now() - started) / 1000;
  const neo4jCpu = jvmCpuSpent(neo4jBefore, jvmCpuOf(neo4jPid));
  if (code !== 0) throw new Error(`the entity pass failed (exit ${code})`);
  const [user, system, maxKb] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  rmSync(dir, { recursive: true, force: true });
  const summary = JSON.parse(out) as { messages: number; mentions: number; failed: number; seconds: number };
  const round = (n: number) => Math.round(n * 10) / 10;
  const cpu = user! + system!;
  const result = {
    messages: summary.messages,
    mentions: summary.mentions,
    failed: summary.failed,
    seconds: round(seconds),
    passSeconds: summary.seconds,
    msgsPerSecond: Math.round(summary.messages / summary.seconds),
    peakRssMb: Math.round(maxKb! / 1024),
    cpuSeconds: round(cpu),
    msgsPerCpuSecond: Math.round(summary.messages / cpu),
    neo4jCpuSeconds: neo4jCpu?.total ?? null,
    // Of which Neo4j's JIT compilers and garbage collector (proc-cpu.ts: high on a freshly started server).
    neo4jJitCpuSeconds: neo4jCpu?.jit ?? null,
    neo4jGcCpuSeconds: neo4jCpu?.gc ?? null,
    neo4jHeap: memory.heap,
    neo4jPageCache: memory.pageCache,
    loadAverageBefore: load.map(round),
    loadAverageAfter: loadavg().map(round),
    flags: passFlags,
  };
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    log(`entities:  ${result.messages} messages, ${result.mentions} mentions, ${result.failed} failed`);
    log(`           ${result.msgsPerSecond} msgs/s (${result.passSeconds} s in the pass, ${result.seconds} s in all)`);
    log(
      `cpu:       ${result.cpuSeconds} s in the pass's process, ${result.neo4jCpuSeconds ?? '?'} s in Neo4j ` +
        `(JIT compilers ${result.neo4jJitCpuSeconds ?? '?'} s, GC ${result.neo4jGcCpuSeconds ?? '?'} s)`,
    );
    log(`neo4j:     heap ${result.neo4jHeap}, page cache ${result.neo4jPageCache}`);
    log(`memory:    peak RSS ${result.peakRssMb} MB`);
    log(`load:      ${result.loadAverageBefore.join(' ')} before, ${result.loadAverageAfter.join(' ')} after`);
  }
}

main().catch((error: Error) => {
  log(`bench:entity-pass: ${error.message}`);
  process.exitCode = 1;
});
