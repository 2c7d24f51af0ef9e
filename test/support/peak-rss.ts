/**
 * Runs a child node process and reports its peak resident set size (VmHWM, read by the child
 * itself at exit through report-peak-rss.mjs), for tests that bound memory with a ceiling that can
 * fail. Linux only (/proc); elsewhere the test using it is skipped, saying so.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { projectRoot } from '../../db/paths.js';
import { skipUnless } from './optional.js';

export interface MeasuredRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident set of the child, in MB (NaN when it did not report, e.g. killed). */
  peakRssMB: number;
  /** The child passed `stopAboveMB` and was stopped. */
  overLimit: boolean;
}

/** Why memory tests are skipped (no /proc/self/status), or undefined. */
export function missingProcStatus(): string | undefined {
  return skipUnless(existsSync('/proc/self/status'), '/proc not found', 'peak memory is read from Linux /proc');
}

/** `node [--import tsx] --import report-peak-rss.mjs <args>`; stops the child once it holds more than `stopAboveMB`. */
export function runMeasured(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; stopAboveMB: number; typescript?: boolean },
): Promise<MeasuredRun> {
  const preload = join(projectRoot(), 'test', 'support', 'report-peak-rss.mjs');
  const child = spawn(
    process.execPath,
    [...(options.typescript ? ['--import', 'tsx'] : []), '--import', preload, ...args],
    {
      cwd: projectRoot(),
      env: { ...process.env, ...options.env, LEAKGRAPH_TEST_RSS_LIMIT_MB: String(options.stopAboveMB) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      const kb = Math.max(...[...stderr.matchAll(/leakgraph-peak-rss-kb=(\d+)/g)].map((m) => Number(m[1])));
      resolve({
        status,
        stdout,
        stderr,
        peakRssMB: Number.isFinite(kb) ? Math.round(kb / 1024) : NaN,
        overLimit: stderr.includes('leakgraph-rss-limit:'),
      });
    });
  });
}
