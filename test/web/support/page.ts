/**
 * Driving the explorer in a page: open a view, wait for the app's own signals (never fixed
 * sleeps), count drawn pixels, save screenshots as artefacts.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

import { ARTIFACTS } from './explorer-env.js';

// Software WebGL (SwiftShader) on two shared cores: a frame can take seconds.
export const GRAPH_TIMEOUT = 120_000;

export interface Watch {
  /** Every request to a host other than the server's (each one is aborted). */
  outside: string[];
  console: string[];
  errors: string[];
}

/** A page that records (and blocks) any request leaving the machine, and everything logged. */
export async function newWatchedPage(browser: Browser, baseUrl: string): Promise<{ page: Page; watch: Watch }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 }, acceptDownloads: true });
  const own = new URL(baseUrl).host;
  const watch: Watch = { outside: [], console: [], errors: [] };
  const outside = (raw: string) => {
    const url = new URL(raw);
    return url.host !== own && !['data:', 'blob:', 'about:'].includes(url.protocol);
  };
  const record = (raw: string) => {
    if (outside(raw) && !watch.outside.includes(raw)) watch.outside.push(raw);
  };
  await page.context().route('**/*', (route) => {
    if (!outside(route.request().url())) return route.continue();
    record(route.request().url());
    return route.abort('blockedbyclient');
  });
  // Requests from some frames bypass routing; the request event still sees them (and the test
  // browser resolves no host name at all, so nothing leaves the machine either way).
  page.context().on('request', (request) => record(request.url()));
  page.on('console', (m) => {
    // SwiftShader's performance notes are not the app's messages.
    if (!m.text().includes('GL Driver Message')) watch.console.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => watch.errors.push(e.message));
  return { page, watch };
}

export async function graphVersion(page: Page): Promise<number> {
  return Number(await page.evaluate(() => document.body.dataset.graphVersion ?? '0'));
}

/** Waits until a graph newer than `after` is drawn and its first frame rendered. */
export async function waitForGraph(page: Page, after = 0): Promise<number> {
  await page.waitForFunction(
    (v) => {
      const b = document.body.dataset;
      if (b.graphState === 'error') throw new Error('the explorer reported an error loading the graph');
      return Number(b.graphVersion ?? '0') > v && b.graphState === 'rendered' && b.layout !== 'settling';
    },
    after,
    { timeout: GRAPH_TIMEOUT, polling: 200 },
  );
  return graphVersion(page);
}

export async function openExplorer(page: Page, baseUrl: string, query = ''): Promise<void> {
  await page.goto(`${baseUrl}${query}`);
  await waitForGraph(page);
}

/** Runs `action` and waits for the graph it causes to be drawn. */
export async function redraws(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await graphVersion(page);
  await action();
  await waitForGraph(page, before);
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * Share of pixels that differ from the background, decoded by a blank page's own canvas (the
 * check does not rely on the app's WebGL to read itself back).
 */
export async function inkRatio(
  browser: Browser,
  png: Buffer,
  background = { r: 251, g: 251, b: 252 },
): Promise<number> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ({ b64, bg }) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
        let ink = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (Math.abs(data[i]! - bg.r) + Math.abs(data[i + 1]! - bg.g) + Math.abs(data[i + 2]! - bg.b) > 24) ink++;
        }
        return ink / (data.length / 4);
      },
      { b64: png.toString('base64'), bg: background },
    );
  } finally {
    await page.close();
  }
}

/** A JSON answer from the server under test (the expected values of a check). */
export async function api<T>(base: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(
    new URL(path, base),
    body === undefined
      ? {}
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  );
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export const visibleNodes = (page: Page): Promise<string[]> => page.evaluate(() => window.leakgraph!.visibleNodes());

/** The app's own count of drawn frames (body[data-renders], bumped on every sigma render). */
export const renders = async (page: Page): Promise<number> =>
  Number(await page.evaluate(() => document.body.dataset.renders ?? '0'));

/**
 * Waits until the explorer has nothing under way (no view loading or settling, no redraw pending,
 * the camera still), checked after two animation frames so a redraw asked for just now has landed,
 * and until no frame has been drawn for three checks in a row: on a loaded machine the last frame
 * of a camera move can land after the explorer reports idle, and would be counted against the next
 * interaction.
 */
export async function waitIdle(page: Page): Promise<void> {
  let quiet = 0;
  let last = -1;
  while (quiet < 3) {
    await page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.leakgraph!.idle()))),
        ),
      null,
      { timeout: GRAPH_TIMEOUT, polling: 100 },
    );
    const now = await renders(page);
    quiet = now === last ? quiet + 1 : 0;
    last = now;
  }
}
