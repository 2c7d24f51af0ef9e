/**
 * `npm run bench:scale -- [--times N] [source] [destination]`
 *
 * Makes the ×N corpus of the scale benchmark (issue 13): every message of the source (default: the
 * unpacked benchmark set, 71,276 Enron messages) written N times into the same folders, copy k ≥ 1
 * under the file name `<name>.x<k>` with its identity, dates and subject rewritten (scale/rewrite.ts),
 * so the ×N corpus has N times the messages with the same shape. Deterministic: the same source
 * gives the same bytes. Then measure with `npm run bench:ingest -- <destination> -- --no-entities`.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

import { scaledCopy } from './scale/rewrite.js';

const HELP = `Usage: npm run bench:scale -- [--times N] [source] [destination]

Writes a corpus N times the size of source (default N=4): each message once as it is and N-1
times as a distinct copy (Message-IDs marked, dates moved by 4·k years, subject suffixed).
  source        a maildir-like folder (default: the benchmark set unpacked by bench:ingest)
  destination   folder to write (default: <tmp>/leakgraph-bench-x<N>)
Then: npm run bench:ingest -- <destination> -- --no-entities
`;

function main(): void {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(HELP);
    return;
  }
  const at = args.indexOf('--times');
  const times = at >= 0 ? Number(args[at + 1]) : 4;
  if (!Number.isInteger(times) || times < 1 || times > 100)
    throw new Error('--times wants a whole number from 1 to 100');
  const positional = args.filter((a, i) => !a.startsWith('--') && !(at >= 0 && i === at + 1));
  const source = resolve(positional[0] ?? join(tmpdir(), 'enron-bench'));
  const dest = resolve(positional[1] ?? join(tmpdir(), `leakgraph-bench-x${times}`));
  if (!existsSync(source)) throw new Error(`${source} not found: give the unpacked benchmark folder`);
  if (existsSync(join(dest, '.complete'))) {
    process.stderr.write(`${dest} already holds the ×${times} corpus\n`);
    return;
  }
  const files = readdirSync(source, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && !e.name.startsWith('.'),
  );
  let written = 0;
  const started = performance.now();
  for (const entry of files) {
    const from = join(entry.parentPath, entry.name);
    const to = join(dest, relative(source, from));
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
    const raw = readFileSync(from);
    for (let k = 1; k < times; k++) writeFileSync(`${to}.x${k}`, scaledCopy(raw, k));
    written += times;
    if (written % 40_000 < times) process.stderr.write(`\r${written.toLocaleString('en-US')} files written`);
  }
  writeFileSync(join(dest, '.complete'), '');
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  process.stderr.write(`\r${written.toLocaleString('en-US')} files written into ${dest} in ${seconds} s\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`bench:scale: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
