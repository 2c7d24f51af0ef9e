/**
 * `npm run bench:api -- [path] [--fresh] [--json]`: the API's speed on the Enron benchmark set.
 *
 * Loads the maildir at `path` (default /tmp/enron-bench, else ../shared/data/enron-bench-maildir.tar.xz
 * unpacked to a temporary folder) into the TEST database (LEAKGRAPH_TEST_NEO4J_DIR / _BOLT_PORT, never
 * the analyst's) with the project's ingest — reused when it already holds exactly that set, unless
 * --fresh — then serves the API on 127.0.0.1 from a separate process (serve-bench.ts) and drives it
 * with autocannon, timing every response:
 *   one-hop neighbourhood of the 200 busiest persons   p95 ≤ 50 ms
 *   search (names and words)                           p95 ≤ 100 ms
 *   /api/graph with 5,000 person nodes                 p95 ≤ 300 ms, answered from the graph cache
 *   the same, read from the database every time        p95 ≤ 300 ms (distinct top values, 4,961–5,000)
 *   one calendar month, read from the database          p95 ≤ 300 ms (the 20 busiest months, top 5,000
 *                                                        and 4,999: 40 distinct answers, none cached)
 *   (each in the explorer's compact form; the last two also in the graphology form scripts and
 *   exports read, reported without a target)
 * With them, Neo4j's state (`neo4j`): whether this bench started it, its age when the scenarios began,
 * and its CPU seconds over them with the JIT compilers' and garbage collector's shares (proc-cpu.ts):
 * compare runs on a database in the same state.
 * Exits 1 when a target is missed or a request fails.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';

import { instanceConnection, openDriver } from '../../../db/connection.js';
import { testInstance } from '../../../db/instance.js';
import { migrate } from '../../../db/migrate.js';
import { projectRoot } from '../../../db/paths.js';
import { instanceStatus, startInstance, stopInstance } from '../../../db/server.js';
import { sharedDir } from '../../../test/support/shared.js';
import { wipeGraph } from '../../../test/support/wipe-graph.js';

import { jvmCpuOf, jvmCpuSpent, processAgeSeconds } from '../proc-cpu.js';

const say = (line: string) => process.stderr.write(`${line}\n`);
const DEFAULT_PATH = '/tmp/enron-bench';
// Concurrent connections: latency is what is measured, on a shared two-core machine.
const CONNECTIONS = 2;

interface Scenario {
  name: string;
  paths: string[];
  amount: number;
  /** null: reported, no target. */
  targetP95: number | null;
  connections: number;
  /** Requests sent first and not measured (plans cached, pages in memory); none for cold scenarios. */
  warmup: string[];
}

interface Figures {
  scenario: string;
  requests: number;
  failed: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  targetP95: number | null;
  ok: boolean;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function benchPath(arg: string | undefined): { path: string; cleanup: () => void } {
  if (arg) return { path: resolve(arg), cleanup: () => {} };
  if (existsSync(DEFAULT_PATH)) return { path: DEFAULT_PATH, cleanup: () => {} };
  const archive = join(sharedDir(), 'data', 'enron-bench-maildir.tar.xz');
  if (!existsSync(archive))
    throw new Error(`no benchmark set: give a path, or put it at ${DEFAULT_PATH} or ${archive}`);
  const dir = mkdtempSync(join(tmpdir(), 'enron-bench-'));
  say(`Unpacking ${archive} to ${dir}…`);
  execFileSync('tar', ['-xJf', archive, '-C', dir]);
  return { path: dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

async function holdsExactly(driver: Driver, path: string): Promise<boolean> {
  const { records } = await driver.executeQuery(
    'MATCH (r:IngestRun) RETURN collect(r.paths) AS paths, collect(r.status) AS statuses',
  );
  const paths = records[0]!.get('paths') as string[][];
  const statuses = records[0]!.get('statuses') as string[];
  return paths.length === 1 && paths[0]!.length === 1 && paths[0]![0] === path && statuses[0] === 'complete';
}

async function load(driver: Driver, path: string, fresh: boolean): Promise<void> {
  await migrate(driver);
  if (!fresh && (await holdsExactly(driver, path))) {
    say(`The test database already holds ${path}; reusing it (--fresh to ingest again).`);
    return;
  }
  say(`Wiping the test database and ingesting ${path}…`);
  await wipeGraph(driver);
  let last = 0;
  // Imported only to ingest: a reused database needs none of the readers.
  const { ingest } = await import('../../../ingest/pipeline.js');
  const summary = await ingest(driver, {
    paths: [path],
    onProgress: (p) => {
      if (p.seen - last >= 10_000) {
        last = p.seen;
        say(`  ${p.seen} messages…`);
      }
    },
  });
  say(
    `Ingested ${summary.seen} messages (${summary.ingested} new, ${summary.duplicates} duplicates, ${summary.failed} failed) in ${summary.seconds}s.`,
  );
  await driver.executeQuery('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
}

/** A UTC calendar month (yyyy*100+mm) as the explorer's brush asks for it: first day to last day. */
function monthWindow(month: number): string {
  const [year, mm] = [Math.floor(month / 100), month % 100];
  const last = new Date(Date.UTC(year, mm, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `from=${year}-${pad(mm)}-01&to=${year}-${pad(mm)}-${pad(last)}`;
}

async function scenarios(driver: Driver): Promise<Scenario[]> {
  const { records } = await driver.executeQuery(
    'MATCH (p:Person) RETURN p.id AS id, p.name AS name ORDER BY p.sent + p.received DESC, p.id LIMIT 200',
  );
  const persons = records.map((r) => ({ id: r.get('id') as string, name: String(r.get('name') ?? '') }));
  const firstNames = [
    ...new Set(persons.map((p) => p.name.split(/[\s,]+/).find((w) => /^[A-Za-z]{3,}$/.test(w))).filter(Boolean)),
  ] as string[];
  const words = [
    'gas',
    'contract',
    'meeting',
    'price',
    'california',
    'power',
    'schedule',
    'enron',
    'deal',
    'report',
    'please review',
    'conference call',
  ];
  const queries = [...firstNames.slice(0, 40), ...words, ...firstNames.slice(0, 10).map((n) => n.slice(0, 3))];
  const neighbours = persons.map((p) => `/api/persons/${p.id}/neighbors`);
  const searches = queries.map((q) => `/api/search?q=${encodeURIComponent(q)}`);
  // The explorer asks for the compact form (edges as columns of counts); scripts and exports get
  // graphology JSON with every edge's details: both measured, the explorer's against the target.
  const compact = (path: string) => `${path}&form=compact`;
  // Each `top` a different answer: none comes from the cache.
  const cold = Array.from({ length: 40 }, (_, i) => `/api/graph?top=${5000 - i}`);
  const busiest = await driver.executeQuery(
    'MATCH (:Person)-[a:ACTIVE_IN]->(mo:Month) WITH mo.month AS month, sum(a.sent) AS sent RETURN month ORDER BY sent DESC, month LIMIT 20',
  );
  const months = busiest.records.map((r) => monthWindow(r.get('month') as number));
  // The cache keeps the last few answers: 40 distinct ones, each asked once, are all read from the database.
  const monthly = [5000, 4999].flatMap((top) => months.map((m) => `/api/graph?top=${top}&${m}`));
  return [
    {
      name: 'neighbours (one hop)',
      paths: neighbours,
      amount: 1000,
      targetP95: 50,
      connections: CONNECTIONS,
      warmup: neighbours.slice(0, 20),
    },
    {
      name: 'search',
      paths: searches,
      amount: 1000,
      targetP95: 100,
      connections: CONNECTIONS,
      warmup: searches.slice(0, 20),
    },
    {
      name: 'graph 5,000 (cached)',
      paths: [compact('/api/graph?top=5000')],
      amount: 60,
      targetP95: 300,
      connections: CONNECTIONS,
      warmup: [compact('/api/graph?top=5000')],
    },
    {
      name: 'graph ~5,000 (uncached)',
      paths: cold.map(compact),
      amount: cold.length,
      targetP95: 300,
      connections: 1,
      warmup: [],
    },
    {
      name: 'graph month (uncached)',
      paths: monthly.map(compact),
      amount: monthly.length,
      targetP95: 300,
      connections: 1,
      warmup: [],
    },
    {
      name: 'graphology ~5,000 (uncached)',
      paths: cold,
      amount: cold.length,
      targetP95: null,
      connections: 1,
      warmup: [],
    },
    {
      name: 'graphology month (uncached)',
      paths: monthly,
      amount: monthly.length,
      targetP95: null,
      connections: 1,
      warmup: [],
    },
  ];
}

async function drive(url: string, s: Scenario): Promise<Figures> {
  const times: number[] = [];
  let failed = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const options = {
      url,
      connections: Math.min(s.connections, s.amount),
      amount: s.amount,
      timeout: 30,
      requests: s.paths.map((path) => ({ method: 'GET' as const, path })),
    };
    const instance = autocannon(options, (error: Error | null, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, status, _bytes, ms) => {
      times.push(ms);
      if (status !== 200) failed++;
    });
  });
  failed += result.errors + result.timeouts;
  times.sort((a, b) => a - b);
  const p95 = percentile(times, 95);
  return {
    scenario: s.name,
    requests: times.length,
    failed,
    p50: percentile(times, 50),
    p95,
    p99: percentile(times, 99),
    max: times.at(-1) ?? NaN,
    targetP95: s.targetP95,
    ok: failed === 0 && (s.targetP95 === null || p95 <= s.targetP95),
  };
}

/** Starts serve-bench.ts in its own process; resolves with its port. */
async function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const tsx = join(projectRoot(), 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, [join(import.meta.dirname, 'serve-bench.ts')], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: process.env,
  });
  const port = await new Promise<string>((ok, fail) => {
    child.stdout!.once('data', (d: Buffer) => ok(d.toString().trim()));
    child.once('exit', (code) => fail(new Error(`the benchmark server exited (${code}) before listening`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

function printTable(figures: Figures[]): void {
  const ms = (v: number) => `${v.toFixed(0)}ms`.padStart(7);
  say(
    `\n${'scenario'.padEnd(30)} ${'requests'.padStart(8)} ${'failed'.padStart(6)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(7)}  target p95`,
  );
  for (const f of figures) {
    const target = f.targetP95 === null ? '(reported)' : `≤ ${f.targetP95}ms ${f.ok ? 'ok' : 'MISSED'}`;
    say(
      `${f.scenario.padEnd(30)} ${String(f.requests).padStart(8)} ${String(f.failed).padStart(6)} ${ms(f.p50)} ${ms(f.p95)} ${ms(f.p99)} ${ms(f.max)}  ${target}`,
    );
  }
  say(
    `(latency of each response, measured by autocannon in this process; the server runs in its own; ${CONNECTIONS} connections, 1 for the uncached graph)`,
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const fresh = args.includes('--fresh');
  const { path, cleanup } = benchPath(args.find((a) => !a.startsWith('--')));
  const instance = testInstance();
  const wasRunning = (await instanceStatus(instance)).answering;
  if (!wasRunning) await startInstance(instance, (line) => say(`[test-db] ${line}`));
  const driver = openDriver(instanceConnection(instance), { plainNumbers: true });
  let child: ChildProcess | undefined;
  try {
    await load(driver, path, fresh);
    const server = await startServer();
    child = server.child;
    const full = await (await fetch(`${server.url}/api/graph?top=5000`)).text();
    const compact = await (await fetch(`${server.url}/api/graph?top=5000&form=compact`)).text();
    const graph = JSON.parse(full) as {
      attributes: { nodeCount: number; edgeCount: number; matchedPersons: number };
    };
    const bytes = { graphology: Buffer.byteLength(full), compact: Buffer.byteLength(compact) };
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    say(
      `Graph: ${graph.attributes.nodeCount} nodes and ${graph.attributes.edgeCount} edges shown (of ${graph.attributes.matchedPersons} persons with an edge); ` +
        `${mb(bytes.graphology)} as graphology JSON, ${mb(bytes.compact)} in the compact form.`,
    );
    const figures: Figures[] = [];
    const neo4jPid = (await instanceStatus(instance)).pid;
    const cpuBefore = jvmCpuOf(neo4jPid);
    const upSeconds = processAgeSeconds(neo4jPid) ?? null;
    for (const s of await scenarios(driver)) {
      if (s.warmup.length) await drive(server.url, { ...s, paths: s.warmup, amount: s.warmup.length });
      figures.push(await drive(server.url, s));
    }
    // A database started shortly before (by the bench or not) answers on a cold JVM (proc-cpu.ts): its
    // age when the scenarios began and the JIT compilers' share of its CPU over them say how much of
    // the figures that is.
    const neo4j = {
      startedByBench: !wasRunning,
      upSeconds,
      cpuSeconds: jvmCpuSpent(cpuBefore, jvmCpuOf(neo4jPid)),
    };
    if (json)
      process.stdout.write(
        `${JSON.stringify({ path, graph: { ...graph.attributes, bytes }, neo4j, figures }, null, 2)}\n`,
      );
    else {
      printTable(figures);
      const cpu = neo4j.cpuSeconds;
      say(
        `Neo4j (${neo4j.startedByBench ? 'started by this bench' : 'already running'}, up ${neo4j.upSeconds ?? '?'} s when the scenarios began): ` +
          (cpu
            ? `${cpu.total} CPU-s over the scenarios, JIT compilers ${cpu.jit ?? '?'}, GC ${cpu.gc ?? '?'}`
            : 'CPU not readable'),
      );
    }
    if (!figures.every((f) => f.ok)) process.exitCode = 1;
  } finally {
    // Only the process this script started, by its id.
    child?.kill('SIGTERM');
    await driver.close();
    if (!wasRunning) await stopInstance(instance);
    cleanup();
  }
}

await main();
