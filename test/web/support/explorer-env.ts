/**
 * What the browser tests run against: the real server (createApp/startServer on a free port) over
 * the real test Neo4j, loaded by the real ingest with the Enron dev mailboxes plus one hostile
 * HTML newsletter (remote images, a remote script and a remote iframe) read in place from
 * ../shared, and the web app built from the current sources into a temporary folder (so the test
 * never depends on, or races with, whatever is in dist/web). Chromium is Debian's, driven by
 * playwright-core.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll } from 'vitest';

import { identityService } from '../../../cli/identity-service.js';
import { ingest } from '../../../ingest/pipeline.js';
import { type RunningServer, startServer } from '../../../server/index.js';
import { useTestDatabase } from '../../support/db.js';
import { onPath, skipUnless } from '../../support/optional.js';
import { sharedPath } from '../../support/shared.js';

export const ENRON = 'fixtures/enron-dev-sample/maildir';
/** A CNET newsletter: <img src="http://home.cnet.com/…">, <script src="http://www.zdnet.com/…">, an <iframe>. */
export const HOSTILE = 'fixtures/spamassassin-sample/hard-ham-1/00034.a3365d4376445f183171dad145d0b82d.txt';
export const HOSTILE_HOSTS = ['home.cnet.com', 'www.cnet.com', 'www.zdnet.com'];

/** LEAKGRAPH_CHROMIUM, or Debian's chromium on PATH. */
export const CHROMIUM = process.env.LEAKGRAPH_CHROMIUM ?? onPath('chromium') ?? onPath('chromium-browser');

/** Why the browser tests are skipped (no Chromium), or undefined; a failure under LEAKGRAPH_REQUIRE_ALL=1. */
export function missingChromium(): string | undefined {
  return skipUnless(
    CHROMIUM !== undefined,
    'Chromium not found on PATH',
    'the browser tests: apt-get install chromium, or set LEAKGRAPH_CHROMIUM to its executable',
  );
}
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/** Tests also resolve no host name but loopback: a request that slipped past every check still goes nowhere. */
const NO_DNS = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';

export const ARTIFACTS = join(process.cwd(), '.leakgraph', 'artifacts', 'screenshots');

export interface ExplorerEnv {
  url: string;
  browser: Browser;
  driver: Driver;
}

export async function buildWebApp(outDir: string): Promise<void> {
  await build({
    configFile: join(process.cwd(), 'web', 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
}

export function launchChromium(): Promise<Browser> {
  if (!CHROMIUM) throw new Error('no Chromium: the browser tests check missingChromium() first');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, NO_DNS] });
}

/** The Enron dev mailboxes and the hostile newsletter, as every browser test file ingests them. */
export const FIXTURE_PATHS = (): string[] => [sharedPath(ENRON), sharedPath(HOSTILE)];

/**
 * `identities`: serve with the identity service `leakgraph serve` hands in (merge, split, undo,
 * "same person?"), for the files that test those; the others keep the server without it.
 */
export function useExplorerEnv(options: { identities?: boolean } = {}): () => ExplorerEnv {
  const db = useTestDatabase();
  let env: ExplorerEnv | undefined;
  let server: RunningServer | undefined;
  let webDir: string | undefined;
  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'leakgraph-web-'));
    await buildWebApp(webDir);
    const summary = await ingest(db.driver(), { paths: FIXTURE_PATHS(), workers: 0 });
    if (summary.failed > 0) throw new Error(`fixture ingest failed for ${summary.failed} messages`);
    server = await startServer(
      db.driver(),
      { port: 0, webDir },
      options.identities ? { identities: identityService(db.driver()) } : {},
    );
    env = { url: server.url, browser: await launchChromium(), driver: db.driver() };
  }, 400_000);
  afterAll(async () => {
    await env?.browser.close();
    await server?.close();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });
  return () => {
    if (!env) throw new Error('useExplorerEnv(): the environment is set up in beforeAll');
    return env;
  };
}
