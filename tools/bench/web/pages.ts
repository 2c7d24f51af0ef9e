/**
 * bench:web's page helpers: the first frame of a page as the page stamped it, pan and zoom with
 * every animation frame recorded, and a static server for the bare sigma page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import type { Page } from 'playwright-core';

import { median } from './interactions.js';

const TIMEOUT = 600_000;
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? NaN;
const round = (x: number) => Math.round(x);

export async function firstRender(page: Page, url: string) {
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

export /** Zooms in and out with the wheel and drags the view, recording every animation frame. */
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

export function serveStatic(dir: string, extra: Record<string, string>) {
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
