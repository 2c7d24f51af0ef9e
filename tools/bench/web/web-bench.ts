/**
 * `npm run bench:web` — the explorer's speed in headless Chromium (software WebGL here: report the
 * figures as such, and compare with the bare sigma page measured in the same run).
 *
 * 1. First render of the Enron benchmark graph: navigation → first frame of the drawn graph
 *    (body[data-graph-state=rendered]), with the app's own step marks (fetch, build, layout).
 *    The 71,276-message set (/tmp/enron-bench, or LEAKGRAPH_ENRON_BENCH) is ingested into the test
 *    Neo4j (LEAKGRAPH_TEST_NEO4J_DIR / LEAKGRAPH_TEST_BOLT_PORT) unless it is there already.
 * 2. Interactions on that graph (interactions.ts): open a message, close it, change a filter, each
 *    timed and its sigma frames counted.
 * 3. The same graph on a bare sigma page, built against sigma 3 (the app's) and sigma 4, in the same
 *    run: first frame, one full redraw, a swap to the graphs the filter changes fetched. Ratios:
 *    the explorer against bare sigma 3, and sigma 4 against sigma 3 (issue 15's evaluation), with
 *    the JavaScript each page ships.
 * 4. Pan and zoom over a synthetic 20,000-node / 100,000-edge graph served to the app in place of
 *    /api/graph, and the same graph on the bare sigma 3 page (BENCH_SYNTHETIC=0 skips it: minutes
 *    on software WebGL).
 *
 * Results go to stdout and to .leakgraph/artifacts/bench-web.json.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { gzipSync } from 'node:zlib';

import { instanceConnection } from '../../../db/connection.js';
import { testInstance } from '../../../db/instance.js';
import { migrate } from '../../../db/migrate.js';
import { instanceStatus, startInstance, stopInstance } from '../../../db/server.js';
import { ingest } from '../../../ingest/pipeline.js';
import { startServer } from '../../../server/index.js';
import { wipeGraph } from '../../../test/support/wipe-graph.js';
import { buildWebApp, launchChromium } from '../../../test/web/support/explorer-env.js';
import { type CompactGraphResponse, compactGraph } from '../../../contract/index.js';
import { FIRST_VIEW } from '../../../contract/constants.js';
import { appInteractions, bareInteractions, busiestPerson, median } from './interactions.js';
import { firstRender, panAndZoom, serveStatic } from './pages.js';
import { syntheticGraph } from './synthetic-graph.js';

const ENRON_BENCH = process.env.LEAKGRAPH_ENRON_BENCH ?? '/tmp/enron-bench';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SYNTHETIC = {
  nodes: Number(process.env.BENCH_NODES ?? 20_000),
  edges: Number(process.env.BENCH_EDGES ?? 100_000),
};
const say = (line: string) => process.stderr.write(`${line}\n`);

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

/** JavaScript a built page ships, raw and gzipped (kB). */
function jsSize(dir: string): { kB: number; gzipKB: number } {
  const files = readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js'));
  const bytes = files.map((f) => readFileSync(join(dir, 'assets', f)));
  const kB = (n: number) => Math.round(n / 102.4) / 10;
  return {
    kB: kB(bytes.reduce((s, b) => s + b.length, 0)),
    gzipKB: kB(bytes.reduce((s, b) => s + gzipSync(b).length, 0)),
  };
}

const buildBare = (outDir: string, sigma4: boolean) =>
  build({
    root: join(import.meta.dirname, 'bare'),
    base: './',
    logLevel: 'warn',
    // The same page against the other sigma: `sigma4` is sigma@4 installed under an alias.
    ...(sigma4 && { resolve: { alias: [{ find: /^sigma$/, replacement: 'sigma4' }] } }),
    build: { outDir, emptyOutDir: true },
  });

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/** The bare page on the benchmark graph: first frame, redraws, swaps to the filter changes' graphs. */
async function bareRun(browser: Browser, dir: string, graph: string, next: string[]) {
  const extra: Record<string, string> = { '/graph.json': graph };
  next.forEach((g, i) => (extra[`/next-${i}.json`] = g));
  const server = await serveStatic(dir, extra);
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const load = await firstRender(page, server.url);
    const act = await bareInteractions(
      page,
      RUNS,
      next.map((_, i) => `next-${i}.json`),
    );
    await page.close();
    return { firstFrameMs: load.firstFrameMs, refreshMs: act.refreshMs, swapMs: act.swapMs, bundle: jsSize(dir) };
  } finally {
    server.close();
  }
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
    await buildBare(join(temp, 'bare3'), false);
    await buildBare(join(temp, 'bare4'), true);
    const server = await startServer(driver, { port: 0, webDir: join(temp, 'app') });
    try {
      // As an analyst meets it: the server has read its first view by the time the page opens.
      await server.warmed;
      say(`First render of the Enron benchmark graph (${RUNS} runs)…`);
      const runs = [];
      let firstGraph = '';
      for (let i = 0; i < RUNS; i++) {
        const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
        page.on('response', (r) => {
          if (!firstGraph && new URL(r.url()).pathname.endsWith('/api/graph'))
            void r.text().then((t) => (firstGraph = t));
        });
        runs.push(await firstRender(page, server.url));
        await page.close();
        const run = runs.at(-1)!;
        say(
          `  run ${i + 1}: first frame ${run.firstFrameMs} ms (seen by polling at ${run.polledMs} ms), ${run.nodes} nodes`,
        );
      }
      const appFirst = median(runs.map((r) => r.firstFrameMs));
      results.enronFirstRender = { medianMs: appFirst, runs };

      // The explorer's first answer, in the compact form it asks for: its nodes are as in any form.
      const busiest = busiestPerson(JSON.parse(firstGraph) as CompactGraphResponse);
      say(`Interactions, the busiest person focused (${RUNS} of each)…`);
      const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
      await firstRender(page, `${server.url}?focus=${encodeURIComponent(busiest)}`);
      const app = await appInteractions(page, FIRST_VIEW.minCount, RUNS);
      await page.close();
      say('Bare sigma 3 and sigma 4 on the same graph…');
      const bare3 = await bareRun(browser, join(temp, 'bare3'), firstGraph, app.graphs);
      const bare4 = await bareRun(browser, join(temp, 'bare4'), firstGraph, app.graphs);
      const ms = (xs: { ms: number }[]) => median(xs.map((x) => x.ms));
      const frames = (xs: { frames: number }[]) => xs.map((x) => x.frames);
      const [refresh3, swap3] = [median(bare3.refreshMs), median(bare3.swapMs)];
      results.interactions = {
        app: {
          openMessage: { medianMs: ms(app.openMessage), frames: frames(app.openMessage) },
          closeMessage: { medianMs: ms(app.closeMessage), frames: frames(app.closeMessage) },
          filterChange: { medianMs: ms(app.filterChange), frames: frames(app.filterChange) },
          bundle: jsSize(join(temp, 'app')),
        },
        bareSigma3: bare3,
        bareSigma4: bare4,
        // Explorer ÷ bare sigma 3, same graph, same run: below 1 is faster than one bare redraw.
        ratioToBareSigma3: {
          firstFrame: ratio(appFirst, bare3.firstFrameMs),
          openMessage: ratio(ms(app.openMessage), refresh3),
          closeMessage: ratio(ms(app.closeMessage), refresh3),
          filterChange: ratio(ms(app.filterChange), swap3),
        },
        // sigma 4 ÷ sigma 3 on the bare page: below 1 means sigma 4 is faster.
        sigma4ToSigma3: {
          firstFrame: ratio(bare4.firstFrameMs, bare3.firstFrameMs),
          refresh: ratio(median(bare4.refreshMs), refresh3),
          swap: ratio(median(bare4.swapMs), swap3),
          gzipKB: ratio(bare4.bundle.gzipKB, bare3.bundle.gzipKB),
        },
      };

      // BENCH_SYNTHETIC=0 measures the Enron graph only (the synthetic part takes minutes here).
      if (process.env.BENCH_SYNTHETIC !== '0') {
        say(`Pan and zoom, synthetic ${SYNTHETIC.nodes} nodes / ${SYNTHETIC.edges} edges…`);
        const synthetic = syntheticGraph(SYNTHETIC.nodes, SYNTHETIC.edges);
        const json = JSON.stringify(synthetic);
        // The explorer asks for the compact form; the bare page reads either.
        const compact = JSON.stringify(compactGraph(synthetic));
        const app = await browser.newPage({ viewport: { width: 1400, height: 860 } });
        await app.route(
          (url) => url.pathname === '/api/graph',
          (route) => route.fulfill({ contentType: 'application/json', body: compact }),
        );
        const appLoad = await firstRender(app, `${server.url}?top=100000`);
        results.appSynthetic = { firstRender: appLoad, panZoom: await panAndZoom(app) };
        await app.close();

        const bareServer = await serveStatic(join(temp, 'bare3'), { '/graph.json': json });
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
