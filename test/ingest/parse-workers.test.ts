/**
 * Issue 13, cost that grows with what is new: the ingest's parse pool starts one worker and adds the
 * next as the bytes of mail it hands out grow (ingest/workers/pool.ts `growth`). Each worker loads the
 * mail parser, DKIM and the container readers (about a CPU-second) before its first message, so ten
 * new mails get one, and a corpus, however it arrives (compressed, in a small archive), every worker.
 * The sizes are the demo mailbox's files on disk, not anything the pool reports.
 */
import { afterEach, describe, expect, it } from 'vitest';

import type { RawMessage } from '../../ingest/model.js';
import { BYTES_PER_PARSE_WORKER } from '../../ingest/workers/parse-pool.js';
import { WorkerPool } from '../../ingest/workers/pool.js';
import { demoMessages } from '../support/demo-messages.js';

async function parseAll(pool: WorkerPool<'parse'>, items: RawMessage[]): Promise<number> {
  let ok = 0;
  for await (const result of pool.map(items)) if (result.ok) ok++;
  return ok;
}

describe('parse workers grow with the mail handed out', () => {
  let pool: WorkerPool<'parse'> | undefined;
  afterEach(() => pool?.close());

  it('ten mails start one worker of the two allowed', async () => {
    const ten = demoMessages().slice(0, 10);
    const bytes = ten.reduce((n, m) => n + m.bytes.byteLength, 0);
    expect(bytes).toBeLessThan(BYTES_PER_PARSE_WORKER);
    pool = new WorkerPool('parse', 2, {}, undefined, { bytesPerWorker: BYTES_PER_PARSE_WORKER });
    expect(await parseAll(pool, ten)).toBe(10);
    expect(pool.started).toBe(1);
  });

  it('adds workers up to the most as the bytes pass each step', async () => {
    const all = demoMessages();
    const bytes = all.reduce((n, m) => n + m.bytes.byteLength, 0);
    // Steps of a fifth of the mailbox: the pool may grow to five, but no further than the three allowed.
    pool = new WorkerPool('parse', 3, {}, undefined, { bytesPerWorker: Math.floor(bytes / 5) });
    expect(await parseAll(pool, all)).toBe(all.length);
    expect(pool.started).toBe(3);
  });

  it('without growth, starts every worker at once; with none allowed, parses on the main thread', async () => {
    pool = new WorkerPool('parse', 2);
    expect(pool.started).toBe(2);
    await pool.close();
    const five = demoMessages().slice(0, 5);
    pool = new WorkerPool('parse', 0, {}, undefined, { bytesPerWorker: 1 });
    expect(await parseAll(pool, five)).toBe(5);
    expect(pool.started).toBe(0);
  });
});
