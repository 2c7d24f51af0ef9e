/**
 * `leakgraph ingest` starts its entity worker before it connects (cli/commands/ingest.ts): every way
 * out of the command must close it, or the process would stay alive after its error. Run as an
 * analyst runs it: the built command in a child process.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';

import { demoMailboxDir } from '../../cli/demo-mailbox.js';
import { cliEntry } from '../support/cli.js';

/** A local port nothing listens on: taken from the system, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function run(args: string[], env: NodeJS.ProcessEnv, limitMs: number) {
  const child = spawn(process.execPath, [cliEntry(), ...args], { env: { ...process.env, ...env } });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.stdout.resume();
  // A process held open by a worker never exits: it is killed at the limit, and says so.
  const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr });
    }),
  );
}

describe('leakgraph ingest, on the way out', () => {
  it('stops with the connection error when the database does not answer, its early entity worker closed', async () => {
    const port = await closedPort();
    const result = await run(
      ['ingest', demoMailboxDir(), '--json'],
      { NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: 'unused' },
      20_000,
    );
    expect(result.signal).toBeNull();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Neo4j at bolt://127.0.0.1:${port} does not answer`);
  }, 30_000);
});
