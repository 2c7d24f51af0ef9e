/**
 * Issue 13: an ingest hands its entity pass to the resident extractor when one runs for its data
 * folder (`leakgraph extractor`; `serve` and `start` run one too), and the graph it writes is the
 * graph an ingest that extracts on its own writes — the same hash of every node and relationship.
 * Two drops of mail in a row, the second ingested without names and then read by `leakgraph
 * entities` (which uses the host too), so the second finds the host's gazetteer built for the first
 * and changed by the people the second adds. The built command, as an analyst runs it.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { cliEntry } from '../support/cli.js';
import { countRels, testConnectionEnv, useTestDatabase, wipe } from '../support/db.js';
import { snapshotGraph } from '../support/graph-snapshot.js';
import { missingShared, sharedPath } from '../support/shared.js';
import { tempDir } from '../ingest/read/read-helpers.js';

const SAMPLE = 'fixtures/enron-dev-sample/maildir';
const skip = missingShared(SAMPLE);
const DROPS = [['phanis-s', 'slinger-r'], ['south-s']];

interface Ingested {
  ingested: number;
  entities?: { messages: number; resident?: boolean };
}

describe.skipIf(!!skip)('an ingest with a resident extractor', () => {
  const db = useTestDatabase();
  const home = tempDir('resident-home');
  const socket = join(home.dir, 'run', 'extractor.sock');
  let host: ChildProcess | undefined;
  afterAll(() => {
    host?.kill('SIGKILL');
    home.remove();
  });

  const env = () => ({ ...process.env, ...testConnectionEnv(), LEAKGRAPH_HOME: home.dir });
  const leakgraph = (...args: string[]) => {
    const r = spawnSync(process.execPath, [cliEntry(), ...args, '--json'], {
      env: env(),
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stdout);
  };
  const paths = (mailboxes: string[]) => mailboxes.map((m) => sharedPath(`${SAMPLE}/${m}`));
  /** The first drop ingested whole; the second without names, then `leakgraph entities` on its own. */
  const ingestDrops = () => {
    const first = leakgraph('ingest', ...paths(DROPS[0]!), '-q') as Ingested;
    const second = leakgraph('ingest', ...paths(DROPS[1]!), '--no-entities', '-q') as Ingested;
    const pass = leakgraph('entities') as Ingested['entities'];
    return { ingested: [first.ingested, second.ingested], read: [first.entities, pass] };
  };

  async function startHost(): Promise<ChildProcess> {
    const child = spawn(process.execPath, [cliEntry(), 'extractor'], {
      env: env(),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let said = '';
    child.stderr!.on('data', (d) => (said += d));
    const deadline = Date.now() + 30_000;
    while (!said.includes('waits for ingests') && child.exitCode === null && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect(said).toContain(socket);
    return child;
  }

  it('writes the graph an ingest that extracts on its own writes', async () => {
    host = await startHost();
    const served = ingestDrops();
    expect(served.read.map((e) => e?.resident)).toEqual([true, true]);
    expect(served.ingested.every((n) => n > 0)).toBe(true);
    expect(served.read.every((e) => e!.messages > 0)).toBe(true);
    const withHost = await snapshotGraph(db.driver());
    expect(await countRels(db.driver(), 'MENTIONS')).toBeGreaterThan(100);

    // Stopped as Ctrl-C stops it: the socket goes with it.
    host.kill('SIGTERM');
    await new Promise((r) => host!.once('exit', r));
    expect(existsSync(socket)).toBe(false);
    await wipe(db.driver());

    const alone = ingestDrops();
    expect(alone.read.map((e) => e?.resident)).toEqual([undefined, undefined]);
    expect(alone.ingested).toEqual(served.ingested);
    const withoutHost = await snapshotGraph(db.driver());
    expect(withHost.counts).toEqual(withoutHost.counts);
    expect(withHost.hash).toBe(withoutHost.hash);
  }, 600_000);
});
