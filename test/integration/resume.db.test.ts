/**
 * Issue 3, never lose a message: an ingest killed with SIGKILL mid-run, then run again, ends with
 * exactly the graph a clean run gives; and an ingest whose Neo4j goes away stops with a clear
 * message, leaves nothing inconsistent, and a rerun completes it. Through the real command line.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';

import { testInstance } from '../../db/instance.js';
import { projectRoot } from '../../db/paths.js';
import { startInstance, stopInstance } from '../../db/server.js';
import { demoMailboxDir } from '../../cli/demo-mailbox.js';
import { cliEntry } from '../support/cli.js';
import { scalar, testConnectionEnv, useTestDatabase, wipe } from '../support/db.js';
import { snapshotGraph } from '../support/graph-snapshot.js';
import { missingShared, sharedPath } from '../support/shared.js';

const ENRON = 'fixtures/enron-dev-sample/maildir';
const ARTIFACTS = join(projectRoot(), '.leakgraph', 'artifacts', 'resume');

function runIngest(
  paths: string[],
  extra: string[] = [],
): {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
} {
  // Small batches and one worker: many commits, so the kill lands between some of them.
  const child = spawn(
    process.execPath,
    [cliEntry(), 'ingest', ...paths, '--batch-size', '25', '--workers', '1', '--json', ...extra],
    {
      env: { ...process.env, ...testConnectionEnv() },
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>(
    (resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

describe.skipIf(missingShared(ENRON))('resuming an interrupted ingest', () => {
  const db = useTestDatabase();
  const paths = missingShared(ENRON) ? [] : [sharedPath(ENRON), demoMailboxDir()];
  let clean = '';

  const messages = () => scalar<number>(db.driver(), 'MATCH (m:Message) RETURN count(m)');
  const waitForMessages = async (atLeast: number, exited: () => boolean) => {
    for (let i = 0; i < 1200 && !exited(); i++) {
      if ((await messages()) >= atLeast) return;
      await sleep(100);
    }
  };

  it('a clean run, for reference', { timeout: 240_000 }, async () => {
    const run = runIngest(paths);
    const result = await run.done;
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.seen).toBe(summary.ingested + summary.duplicates + summary.failed);
    clean = (await snapshotGraph(db.driver(), join(ARTIFACTS, 'clean.txt'))).hash;
  });

  it('kill -9 mid-run, then the same command again, gives exactly the clean graph', { timeout: 240_000 }, async () => {
    await wipe(db.driver());
    const run = runIngest(paths);
    let exited = false;
    void run.done.then(() => (exited = true));
    await waitForMessages(150, () => exited);
    run.child.kill('SIGKILL');
    const killed = await run.done;
    expect(killed.signal).toBe('SIGKILL');
    const partial = await messages();
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(1050); // the kill came before the end (840 Enron + 210 demo messages)

    const rerun = await runIngest(paths).done;
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(
      (await snapshotGraph(db.driver(), join(ARTIFACTS, 'after-kill.txt'))).hash,
      'diff .leakgraph/artifacts/resume/*.txt',
    ).toBe(clean);
  });

  it('Neo4j going away stops the ingest with a clear message; after a restart the same command completes it', async () => {
    await wipe(db.driver());
    const run = runIngest(paths);
    let exited = false;
    void run.done.then(() => (exited = true));
    await waitForMessages(150, () => exited);
    await stopInstance(testInstance());
    try {
      const stopped = await run.done;
      expect(stopped.code).toBe(1);
      expect(stopped.stderr).toMatch(/Neo4j stopped answering/);
      expect(stopped.stderr).toMatch(/run the same command: it carries on/);
    } finally {
      await startInstance(testInstance());
    }
    const rerun = await runIngest(paths).done;
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(
      (await snapshotGraph(db.driver(), join(ARTIFACTS, 'after-restart.txt'))).hash,
      'diff .leakgraph/artifacts/resume/*.txt',
    ).toBe(clean);
  }, 240_000);

  it('an ingest that cannot start (a key path that does not exist) says why and exits', async () => {
    // A small run starts its entity worker with the run: a failure before the reading must stop it
    // too, or the process would print the error and never exit.
    const missing = join(ARTIFACTS, 'no-such-keys.json');
    const run = runIngest([demoMailboxDir()], ['--keys', missing]);
    const timer = setTimeout(() => run.child.kill('SIGKILL'), 60_000);
    const result = await run.done.finally(() => clearTimeout(timer));
    expect(result.signal).toBeNull();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no-such-keys.json');
  }, 90_000);
});
