/**
 * `npm run bench:ingest -- [path] [--json] [--skip-bare] [-- extra ingest flags]`
 *
 * Ingests a corpus into an empty TEST database (never the analyst's) with the real command line,
 * and with `-- --bulk` the bulk first load into an empty managed database of a bench-only home
 * (.leakgraph/bench-home, on LEAKGRAPH_BOLT_PORT): the bulk path stops and imports into a database
 * leakgraph manages, which a NEO4J_URI server is not. Neo4j's own memory (and the importer's) is
 * outside the peak RSS, which is the ingest process's;
 * and measures in the same run, on the same files, single-core bare mailparser parsing as the yard-
 * stick. Prints messages/s, MB/s, the ingest process's peak RSS (VmHWM) and its RSS over the run,
 * and CPU seconds (`cpuSeconds`): the ingest process's, Neo4j's, and of Neo4j's its JIT compilers' and
 * garbage collector's shares (proc-cpu.ts; Neo4j's are null with --bulk, whose database restarts).
 * Default corpus: ../shared/data/enron-bench-maildir.tar.xz (71,276 Enron messages), unpacked once
 * into the system temp folder.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import neo4j from 'neo4j-driver';

import { instanceConnection } from '../../db/connection.js';
import { managedInstance, testInstance } from '../../db/instance.js';
import { projectRoot } from '../../db/paths.js';
import { migrate } from '../../db/migrate.js';
import { instanceStatus, startInstance, stopInstance } from '../../db/server.js';
import { MAILPARSER_OPTIONS } from '../../ingest/parse/parse-message.js';
import { cliEntry } from '../../test/support/cli.js';
import { sharedDir } from '../../test/support/shared.js';
import { wipeGraph } from '../../test/support/wipe-graph.js';

import { cpuSecondsOf, jvmCpuOf, jvmCpuSpent } from './proc-cpu.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
// The yardstick costs a minute of CPU; when comparing two ingest runs it can be left out.
const skipBare = args.slice(0, args.indexOf('--') >= 0 ? args.indexOf('--') : undefined).includes('--skip-bare');
const split = args.indexOf('--');
const ingestFlags = split >= 0 ? args.slice(split + 1) : [];
const own = split >= 0 ? args.slice(0, split) : args;
const given = own.filter((a) => !a.startsWith('--'))[0];
const log = (line: string) => process.stderr.write(`${line}\n`);
// npm drops the first `--`: `npm run bench:ingest -- --bulk` would reach here as a flag of the bench's
// own and run the ordinary load; said instead.
const unknown = own.filter((a) => a.startsWith('--') && a !== '--json' && a !== '--skip-bare');
if (unknown.length > 0) {
  log(
    `bench:ingest: unknown flag ${unknown.join(' ')}; ingest flags go after a second --: npm run bench:ingest -- [corpus] [--json] -- ${unknown.join(' ')}`,
  );
  process.exit(2);
}

function corpusDir(): string {
  const input = given ? resolve(given) : join(sharedDir(), 'data', 'enron-bench-maildir.tar.xz');
  if (!existsSync(input)) throw new Error(`${input} not found: give a corpus folder or archive`);
  if (statSync(input).isDirectory()) return input;
  const dir = join(tmpdir(), `leakgraph-bench-${statSync(input).size}`);
  if (!existsSync(join(dir, '.complete'))) {
    log(`Unpacking ${input} into ${dir} (once)…`);
    mkdirSync(dir, { recursive: true });
    execFileSync('tar', ['-xf', input, '-C', dir]);
    writeFileSync(join(dir, '.complete'), '');
  }
  return dir;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => join(e.parentPath, e.name));
}

/** Single-core mailparser over the same files, with the options parseMessage uses. */
async function bareParse(paths: string[]): Promise<{ seconds: number; bytes: number }> {
  let bytes = 0;
  const started = performance.now();
  for (const path of paths) {
    const buffer = readFileSync(path);
    bytes += buffer.length;
    await simpleParser(buffer, MAILPARSER_OPTIONS);
  }
  return { seconds: (performance.now() - started) / 1000, bytes };
}

function rssOf(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const dir = corpusDir();
  const list = files(dir);
  log(`Corpus: ${dir} (${list.length.toLocaleString('en-US')} files)`);

  const bulk = ingestFlags.includes('--bulk');
  const benchEnv: NodeJS.ProcessEnv = {
    ...process.env,
    LEAKGRAPH_HOME: join(projectRoot(), '.leakgraph', 'bench-home'),
  };
  const instance = bulk ? managedInstance(benchEnv) : testInstance();
  await startInstance(instance, log);
  const conn = instanceConnection(instance);
  const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password));
  await wipeGraph(driver);
  await migrate(driver);
  await driver.close();

  if (!skipBare) log('Bare mailparser, one core…');
  const bare = skipBare ? { seconds: Number.NaN, bytes: 0 } : await bareParse(list);

  log(`Ingest (leakgraph ingest ${ingestFlags.join(' ')}) into the empty ${instance.label}…`);
  // The bulk load stops and restarts its database: Neo4j's CPU is then not one process's to sample.
  const neo4jPid = bulk ? undefined : (await instanceStatus(instance)).pid;
  const neo4jCpuBefore = jvmCpuOf(neo4jPid);
  const loadBefore = loadavg()[0]!;
  const started = performance.now();
  const { NEO4J_URI: _uri, NEO4J_USER: _user, NEO4J_PASSWORD: _password, ...noServer } = benchEnv;
  // BENCH_NODE_ARGS: flags for the ingest's node (e.g. --cpu-prof --cpu-prof-dir=/tmp/prof), which NODE_OPTIONS refuses.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, cliEntry(), 'ingest', dir, '--json', '-q', ...ingestFlags], {
    env: bulk
      ? noServer
      : { ...process.env, NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const samples: { t: number; rss: number }[] = [];
  let hwm = 0;
  let ingestCpu = 0;
  const timer = setInterval(() => {
    ingestCpu = cpuSecondsOf(child.pid) ?? ingestCpu;
    const r = rssOf(child.pid!);
    if (r) {
      samples.push({ t: performance.now() - started, rss: r.rss });
      hwm = Math.max(hwm, r.hwm);
    }
  }, 250);
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  const neo4jCpu = jvmCpuSpent(neo4jCpuBefore, jvmCpuOf(neo4jPid));
  const loadAfter = loadavg()[0]!;
  // The bench-only managed database is the bench's to stop; the test database stays as it was.
  if (bulk) await stopInstance(instance);
  if (code !== 0) throw new Error(`the ingest failed (exit ${code})`);
  const summary = JSON.parse(out) as {
    seen: number;
    ingested: number;
    duplicates: number;
    failed: number;
    bytes: number;
    seconds: number;
    derive?: { seconds: number; steps: Record<string, number> };
    timings?: Record<string, number>;
  };

  const mb = (n: number) => Math.round(n / 1024 / 1024);
  const quarter = (q: number) => mb(samples.filter((s) => s.t <= (q * seconds * 1000) / 4).at(-1)?.rss ?? 0);
  const result = {
    corpus: dir,
    messages: summary.seen,
    ingested: summary.ingested,
    duplicates: summary.duplicates,
    failed: summary.failed,
    seconds: Math.round(seconds * 10) / 10,
    msgsPerSecond: Math.round(summary.seen / seconds),
    mbPerSecond: Math.round((summary.bytes / 1024 / 1024 / seconds) * 10) / 10,
    peakRssMb: mb(hwm),
    rssMbByQuarter: [1, 2, 3, 4].map(quarter),
    bareParse: {
      msgsPerSecond: Math.round(list.length / bare.seconds),
      mbPerSecond: Math.round((bare.bytes / 1024 / 1024 / bare.seconds) * 10) / 10,
    },
    ratioToBareParse: Math.round((summary.seen / seconds / (list.length / bare.seconds)) * 100) / 100,
    flags: ingestFlags,
    // Sampled every 250 ms, so the ingest's last quarter second is missing.
    cpuSeconds: {
      ingest: Math.round(ingestCpu * 10) / 10,
      neo4j: neo4jCpu?.total ?? null,
      // Of which Neo4j's JIT compilers and garbage collector (proc-cpu.ts: high on a freshly started server).
      neo4jJit: neo4jCpu?.jit ?? null,
      neo4jGc: neo4jCpu?.gc ?? null,
    },
    loadAverage: { before: loadBefore, after: loadAfter },
    derive: summary.derive ?? null,
    ...(summary.timings && { bulkTimings: summary.timings }),
  };
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    log('');
    log(
      `ingest:      ${result.messages.toLocaleString('en-US')} messages (${result.ingested} new, ${result.duplicates} duplicates, ${result.failed} failed) in ${result.seconds} s`,
    );
    log(`             ${result.msgsPerSecond} msgs/s, ${result.mbPerSecond} MB/s end-to-end into Neo4j`);
    log(
      `memory:      peak RSS ${result.peakRssMb} MB; RSS at 25/50/75/100% of the run: ${result.rssMbByQuarter.join(' / ')} MB`,
    );
    if (skipBare) log('bare parse:  skipped (--skip-bare)');
    else {
      log(
        `bare parse:  ${result.bareParse.msgsPerSecond} msgs/s, ${result.bareParse.mbPerSecond} MB/s (mailparser, one core)`,
      );
      log(`ratio:       ${result.ratioToBareParse}× single-core bare parse`);
    }
    log(
      `cpu:         ingest ${result.cpuSeconds.ingest} s, Neo4j ${result.cpuSeconds.neo4j ?? '?'} s (user+sys; JIT compilers ${result.cpuSeconds.neo4jJit ?? '?'} s, GC ${result.cpuSeconds.neo4jGc ?? '?'} s); load ${result.loadAverage.before} → ${result.loadAverage.after}`,
    );
    if (summary.timings)
      log(
        `bulk split:  ${Object.entries(summary.timings)
          .map(([part, s]) => `${part} ${s} s`)
          .join(', ')}`,
      );
  }
}

main().catch((error: Error) => {
  log(`bench:ingest: ${error.message}`);
  process.exitCode = 1;
});
