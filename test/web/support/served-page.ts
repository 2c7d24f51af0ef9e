/**
 * A browser page on the explorer served over a graph a test file ingested itself (the document dumps
 * of test/server/support): the web app built, the server started on the file's driver, Chromium
 * launched and one watched page opened before the tests; all closed after.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

import { type RunningServer, startServer } from '../../../server/index.js';
import { buildWebApp, launchChromium } from './explorer-env.js';
import { type Watch, newWatchedPage } from './page.js';

export interface ServedPage {
  page: Page;
  watch: Watch;
  url: string;
}

/** In a describe block, after the hook that fills the graph. */
export function useServedPage(driver: () => Driver): () => ServedPage {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let webDir: string | undefined;
  let served: ServedPage | undefined;
  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'leakgraph-web-'));
    await buildWebApp(webDir);
    server = await startServer(driver(), { port: 0, webDir });
    browser = await launchChromium();
    served = { ...(await newWatchedPage(browser, server.url)), url: server.url };
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });
  return () => {
    if (!served) throw new Error('useServedPage(): the page is opened in beforeAll');
    return served;
  };
}
