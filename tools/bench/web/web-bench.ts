/**
 * `npm run bench:web` — the explorer's speed in headless Chromium (software WebGL here: report the
 * figures as such, and compare with the bare sigma page measured in the same run).
 *
 * 1. First render of the Enron benchmark graph: navigation → first frame of the drawn graph
 *    (body[data-graph-state=rendered]), with the app's own step marks (fetch, build, layout).
 *    The 71,276-message set (/tmp/enron-bench, or LEAKGRAPH_ENRON_BENCH) is ingested into the test
 *    Neo4j (LEAKGRAPH_TEST_NEO4J_DIR / LEAKGRAPH_TEST_BOLT_PORT) unless it is there already.
 * 2. Pan and zoom over a synthetic 20,000-node / 100,000-edge graph served to the app in place of
 *    /api/graph, and the same graph on a bare sigma page: frame intervals and sigma renders while
 *    the mouse zooms and drags.
 *
 * Results go to stdout and to .leakgraph/artifacts/bench-web.json.
 */
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { build } from 'vite';

import { instanceConnection } from '../../../db/connection.js';
import { testInstance } from '../../../db/instance.js';
import { migrate } from '../../../db/migrate.js';
import { instanceStatus, startInstance, stopInstance } from '../../../db/server.js';
import { ingest } from '../../../ingest/pipeline.js';
import { startServer } from '../../../server/index.js';
import { wipeGraph } from '../../../test/support/wipe-graph.js';
import { buildWebApp, launchChromium } from '../../../test/web/support/explorer-env.js';
import { syntheticGraph } from './synthetic-graph.js';

const ENRON_BENCH = process.env.LEAKGRAPH_ENRON_BENCH ?? '/tmp/enron-bench';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SYNTHETIC = {
  nodes: Number(process.env.BENCH_NODES ?? 20_000),
  edges: Number(process.env.BENCH_EDGES ?? 100_000),
};
const TIMEOUT = 600_000;
const say = (line: string) => process.stderr.write(`${line}\n`);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? NaN;
const round = (x: number) => Math.round(x);

async function ensureBenchData(driver: neo4j.Driver): Promise<{ messages: number; ingestSeconds: number | null }> {
  const count = async () =>
    (await driver.executeQuery('MATCH (m:Message) RETURN count(m) AS n')).records[0]!.get('n') as number;
  const loaded = await driver.executeQuery(
    'MATCH (r:IngestRun) WHERE $path IN r.paths AND r.finishedAt IS NOT NULL RETURN count(r) AS n',
    { path: ENRON_BENCH },
  );
  const runs = loaded.records[0]!.get('n') as number;
  const others = await driver.executeQuery('MATCH (r:IngestRun) WHERE NOT $path IN r.paths RETURN count(r) AS n', {
    path: ENRON_BENCH,
  });
  if (runs > 0 && (others.records[0]!.get('n') as number) === 0)
    return { messages: await count(), ingestSeconds: null };
  if (!existsSync(ENRON_BENCH))
    throw new Error(
      `${ENRON_BENCH} not found: unpack ../shared/data/enron-bench-maildir.tar.xz there (or set LEAKGRAPH_ENRON_BENCH)`,
    );
  say(`Loading ${ENRON_BENCH} into the test database (once; later runs reuse it)…`);
  await wipeGraph(driver);
  const summary = await ingest(driver, { paths: [ENRON_BENCH] });
  say(`  ${summary.ingested} messages in ${summary.seconds} s`);
  return { messages: await count(), ingestSeconds: summary.seconds };
}

async function firstRender(page: Page, url: string) {
  const started = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.graphState === 'rendered', null, {
    timeout: TIMEOUT,
    polling: 50,
  });
  const wall = Date.now() - started;
  await page.waitForFunction(() => document.body.dataset.layout !== 'settling', null, {
    timeout: TIMEOUT,
    polling: 50,
  });
  const settled = Date.now() - started;
  const marks = await page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('leakgraph:'))
        .map((m) => [m.name.slice(10), Math.round(m.startTime)]),
    ),
  );
  const nodes = await page.evaluate(() => window.leakgraph?.nodeCount() ?? Number(document.body.dataset.nodes ?? 0));
  // The first frame as the page stamped it (sigma's afterRender), on the same clock as `started`:
  // polling sees it late when software WebGL and the layout worker keep the main thread busy.
  const renderedAt = await page.evaluate(() => {
    const mark = performance.getEntriesByName('leakgraph:rendered')[0];
    return mark ? performance.timeOrigin + mark.startTime : null;
  });
  const firstFrameMs = renderedAt === null ? wall : Math.round(renderedAt - started);
  return { firstFrameMs, polledMs: wall, settledMs: settled, marks, nodes };
}

/** Zooms in and out with the wheel and drags the view, recording every animation frame. */
async function panAndZoom(page: Page) {
  const box = (await page.locator('.sigma-container, #graph').first().boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  // A string, not a function: tsx would wrap a named function in a helper the page does not have.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    const tick = (t) => { window.__frames.push(t); if (window.__recording) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const rendersBefore = Number(await page.evaluate(() => document.body.dataset.renders ?? '0'));
  const started = Date.now();
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -240);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) await page.mouse.move(cx + i * 12, cy + i * 6);
  await page.mouse.up();
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 240);
  // Let the last zoom animation finish before reading the frames.
  await page.waitForTimeout(600);
  const frames = (await page.evaluate('window.__recording = false, window.__frames')) as number[];
  const seconds = (Date.now() - started) / 1000;
  const renders = Number(await page.evaluate(() => document.body.dataset.renders ?? '0')) - rendersBefore;
  const intervals = frames.slice(1).map((t, i) => t - frames[i]!);
  return {
    seconds: Math.round(seconds * 10) / 10,
    frames: frames.length,
    fps: Math.round((frames.length / seconds) * 10) / 10,
    frameMs: {
      median: round(median(intervals)),
      p95: round(quantile(intervals, 0.95)),
      max: round(Math.max(...intervals)),
    },
    sigmaRenders: renders,
  };
}

function serveStatic(dir: string, extra: Record<string, string>) {
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
  };
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (extra[path] !== undefined) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(extra[path]);
      return;
    }
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise<{ url: string; close: () => void }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() }),
    ),
  );
}

async function main(): Promise<void> {
  const instance = testInstance();
  const wasRunning = (await instanceStatus(instance)).answering;
  if (!wasRunning) await startInstance(instance, (l) => say(`[db] ${l}`));
  const c = instanceConnection(instance);
  const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password), { disableLosslessIntegers: true });
  const temp = mkdtempSync(join(tmpdir(), 'leakgraph-bench-'));
  const browser = await launchChromium();
  const results: Record<string, unknown> = {
    renderer: 'headless Chromium, SwiftShader software WebGL (no GPU)',
    chromium: browser.version(),
  };
  try {
    await migrate(driver);
    results.data = await ensureBenchData(driver);
    await buildWebApp(join(temp, 'app'));
    await build({
      root: join(import.meta.dirname, 'bare'),
      base: './',
      logLevel: 'warn',
      build: { outDir: join(temp, 'bare'), emptyOutDir: true },
    });
    const server = await startServer(driver, { port: 0, webDir: join(temp, 'app') });
    try {
      // As an analyst meets it: the server has read its first view by the time the page opens.
      await server.warmed;
      say(`First render of the Enron benchmark graph (${RUNS} runs)…`);
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
        runs.push(await firstRender(page, server.url));
        await page.close();
        const run = runs.at(-1)!;
        say(
          `  run ${i + 1}: first frame ${run.firstFrameMs} ms (seen by polling at ${run.polledMs} ms), ${run.nodes} nodes`,
        );
      }
      results.enronFirstRender = { medianMs: median(runs.map((r) => r.firstFrameMs)), runs };

      // BENCH_SYNTHETIC=0 measures the Enron first render only (the synthetic part takes minutes here).
      if (process.env.BENCH_SYNTHETIC !== '0') {
        say(`Pan and zoom, synthetic ${SYNTHETIC.nodes} nodes / ${SYNTHETIC.edges} edges…`);
        const synthetic = syntheticGraph(SYNTHETIC.nodes, SYNTHETIC.edges);
        const json = JSON.stringify(synthetic);
        const app = await browser.newPage({ viewport: { width: 1400, height: 860 } });
        await app.route(
          (url) => url.pathname === '/api/graph',
          (route) => route.fulfill({ contentType: 'application/json', body: json }),
        );
        const appLoad = await firstRender(app, `${server.url}?top=100000`);
        results.appSynthetic = { firstRender: appLoad, panZoom: await panAndZoom(app) };
        await app.close();

        const bareServer = await serveStatic(join(temp, 'bare'), { '/graph.json': json });
        try {
          const bare = await browser.newPage({ viewport: { width: 1400, height: 860 } });
          const bareLoad = await firstRender(bare, bareServer.url);
          results.bareSigmaSynthetic = { firstRender: bareLoad, panZoom: await panAndZoom(bare) };
          await bare.close();
        } finally {
          bareServer.close();
        }
      }
    } finally {
      await server.close();
    }
  } finally {
    await browser.close();
    await driver.close();
    rmSync(temp, { recursive: true, force: true });
    if (!wasRunning) await stopInstance(instance, (l) => say(`[db] ${l}`));
  }
  const out = join(process.cwd(), '.leakgraph', 'artifacts');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'bench-web.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

await main();
