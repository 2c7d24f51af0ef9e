/**
 * Issue 14: nested archives share one memory budget. A zip inside a zip must be held in memory to be
 * read (random access), and its parent stays in memory meanwhile; the limit applied per level let
 * seven levels of 512 MB take 3.5 GB. Here five levels of zips, each holding a 48 MB entry, read with
 * --max-buffer-mb 64 in a child process whose peak memory is measured: the second level is held,
 * the third does not fit in what is left and is reported, the messages beside it are read.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type MeasuredRun, missingProcStatus, runMeasured } from '../../support/peak-rss.js';
import { makeZip, tempDir } from './read-helpers.js';

const MiB = 1024 * 1024;
const FILLER_MB = 48;
const LEVELS = 5;
const LIMITS = JSON.stringify({ maxBufferedBytes: 64 * MiB });
// Over the reader's own peak on a tiny input: one level held (48 MB) and the chunks it was read from,
// until the garbage collector takes them (measured: 98 MB over). Before issue 14 every level was held
// at once, and a stored entry was copied whole as it was streamed: 518 MB over.
const ALLOWANCE_MB = 200;

const eml = (n: number) => Buffer.from(`From: a${n}@example.org\r\nSubject: level ${n}\r\n\r\nbody ${n}\r\n`);

type Read = { messages: string[][]; issues: { entries: string[]; error: string }[] };

describe.skipIf(missingProcStatus())('nested archives held in memory (issue 14)', { timeout: 240_000 }, () => {
  const tmp = tempDir('nested-memory');
  afterAll(() => tmp.remove());
  let baseline: MeasuredRun;
  let nested: MeasuredRun;

  beforeAll(async () => {
    // Stored, not deflated, so each zip holds its child's bytes as they are.
    let inner = await makeZip(
      [
        { name: `m${LEVELS}.eml`, data: eml(LEVELS) },
        { name: 'filler.bin', data: Buffer.alloc(FILLER_MB * MiB, 1) },
      ],
      false,
    );
    for (let level = LEVELS - 1; level >= 1; level--)
      inner = await makeZip(
        [
          { name: `m${level}.eml`, data: eml(level) },
          { name: `l${level + 1}.zip`, data: inner },
        ],
        false,
      );
    writeFileSync(join(tmp.dir, 'nested.zip'), inner);
    writeFileSync(join(tmp.dir, 'small.eml'), eml(0));
    const child = join('test', 'ingest', 'read', 'read-child.ts');
    baseline = await runMeasured([child, LIMITS, join(tmp.dir, 'small.eml')], { typescript: true, stopAboveMB: 2048 });
    nested = await runMeasured([child, LIMITS, join(tmp.dir, 'nested.zip')], { typescript: true, stopAboveMB: 2048 });
    console.log(
      `nested zips: peak RSS ${nested.peakRssMB} MB; the same reader on one small file ${baseline.peakRssMB} MB`,
    );
  }, 240_000);

  it(`holds no more than one level: peak within ${ALLOWANCE_MB} MB of the reader on a small file`, () => {
    expect(nested.status, nested.stderr.slice(-2000)).toBe(0);
    expect(nested.peakRssMB - baseline.peakRssMB).toBeLessThan(ALLOWANCE_MB);
  });

  it('reports the level that does not fit, naming the shared limit, and reads the others', () => {
    const read = JSON.parse(nested.stdout) as Read;
    expect(read.messages).toEqual([['m1.eml'], ['l2.zip', 'm2.eml']]);
    expect(read.issues).toHaveLength(1);
    expect(read.issues[0]!.entries).toEqual(['l2.zip', 'l3.zip']);
    expect(read.issues[0]!.error).toMatch(
      /limit on nested archives held in memory \(all levels at once\) \(raise it with --max-buffer-mb\)/,
    );
  });
});
