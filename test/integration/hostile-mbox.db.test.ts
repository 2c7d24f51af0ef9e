/**
 * Issue 14: an mbox whose separator line never ends. A "From " line of 512 MB without a newline,
 * gzipped to about half a megabyte, between ordinary messages: the ingest (the real CLI, in a child
 * process whose peak memory is measured) holds no more of it than of any message, reports that
 * message as over --max-message-mb, and ingests the messages after it.
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { cliEntry } from '../support/cli.js';
import { countNodes, scalar, testConnectionEnv, useTestDatabase } from '../support/db.js';
import { type MeasuredRun, missingProcStatus, runMeasured } from '../support/peak-rss.js';

const MiB = 1024 * 1024;
const SEPARATOR_MB = 512;
// Generous: the CLI with its driver and parse workers, and one 64 MiB message at most (--max-message-mb 8
// here); holding the separator line, as before issue 14, needs over 512 MB.
const CEILING_MB = 400;

function mbox(): Readable {
  const message = (n: number) =>
    `Subject: message ${n}\nFrom: a${n}@example.org\nMessage-ID: <m${n}@example.org>\n\nbody ${n}\n\n`;
  return Readable.from(
    (function* () {
      yield Buffer.from(`From a@example.org Mon Jan  1 00:00:00 2001\n${message(1)}`);
      yield Buffer.from('From ');
      const chunk = Buffer.alloc(MiB, 'x');
      for (let i = 0; i < SEPARATOR_MB; i++) yield chunk;
      yield Buffer.from(`\n${message(2)}`);
      for (let n = 3; n <= 5; n++) yield Buffer.from(`From b@example.org Mon Jan  1 00:00:00 2001\n${message(n)}`);
    })(),
  );
}

describe.skipIf(missingProcStatus())('a separator line that never ends (issue 14)', { timeout: 300_000 }, () => {
  const db = useTestDatabase();
  const dir = mkdtempSync(join(tmpdir(), 'leakgraph-endless-'));
  const file = join(dir, 'endless.mbox.gz');
  let run: MeasuredRun;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    await pipeline(mbox(), createGzip({ level: 1 }), createWriteStream(file));
    run = await runMeasured(
      [cliEntry(), 'ingest', file, '--max-message-mb', '8', '--no-entities', '--no-verify', '--json'],
      { env: testConnectionEnv(), stopAboveMB: CEILING_MB + 200 },
    );
    console.log(`endless separator: peak RSS of the ingest ${run.peakRssMB} MB (ceiling ${CEILING_MB} MB)`);
  }, 300_000);

  it(`stays under ${CEILING_MB} MB`, () => {
    expect(run.overLimit).toBe(false);
    expect(run.peakRssMB).toBeLessThan(CEILING_MB);
  });

  it('reports the message with the endless separator and ingests the messages after it', async () => {
    expect(run.status, run.stderr.slice(-2000)).toBe(0);
    const summary = JSON.parse(run.stdout) as {
      seen: number;
      ingested: number;
      failed: number;
      failures: { error: string; source: { position: string } }[];
    };
    expect(summary).toMatchObject({ seen: 5, ingested: 4, failed: 1 });
    expect(summary.failures).toHaveLength(1);
    expect(summary.failures[0]!.source.position).toBe('2');
    expect(summary.failures[0]!.error).toMatch(
      /separator line \("From xxxx.*…"\) alone is \d+ bytes long, over the \d+-byte limit on one message \(raise it with --max-message-mb\)/,
    );
    expect(await countNodes(db.driver(), 'Message')).toBe(4);
    expect(await scalar(db.driver(), "MATCH (m:Message {subject: 'message 5'}) RETURN count(m)")).toBe(1);
  });
});
