/**
 * The worker pool keeps results in input order, and when a message kills its worker, only that
 * message is reported as failed: every other message of its chunk, and of the chunks that shared
 * the dying worker, is parsed in a fresh worker (ingest/workers/pool.ts). The crash comes from a
 * test-only worker entry (crash-worker.ts) that wraps the real parse worker.
 */
import { afterEach, describe, expect, it } from 'vitest';

import type { RawMessage } from '../../../ingest/model.js';
import { WorkerPool } from '../../../ingest/workers/pool.js';
import type { ParseResult } from '../../../ingest/workers/protocol.js';
import { demoMessages } from '../../support/demo-messages.js';

const MARKER = 'X-Leakgraph-Test-Crash: yes';
const CRASH_WORKER = new URL('./crash-worker.ts', import.meta.url);

async function runAll(pool: WorkerPool<'parse'>, items: RawMessage[]): Promise<ParseResult[]> {
  const out: ParseResult[] = [];
  for await (const r of pool.map(items)) out.push(r);
  return out;
}

describe('WorkerPool', () => {
  let pool: WorkerPool<'parse'> | undefined;
  afterEach(async () => {
    await pool?.close();
    delete process.env.LEAKGRAPH_TEST_CRASH_MARKER;
  });

  it('parses on two workers, results in input order', async () => {
    const items = demoMessages();
    pool = new WorkerPool('parse', 2);
    const results = await runAll(pool, items);
    expect(results.map((r) => (r.ok ? r.message.source.path : '!'))).toEqual(items.map((i) => i.source.path));
  });

  it('blames only the message that kills its worker, however many shared the worker', async () => {
    process.env.LEAKGRAPH_TEST_CRASH_MARKER = MARKER;
    const items = demoMessages();
    const victim = 150;
    const bytes = Buffer.from(items[victim]!.bytes);
    const cut = bytes.indexOf('\r\n\r\n') > 0 ? bytes.indexOf('\r\n\r\n') : bytes.indexOf('\n\n');
    items[victim] = {
      ...items[victim]!,
      bytes: Buffer.concat([bytes.subarray(0, cut), Buffer.from(`\r\n${MARKER}`), bytes.subarray(cut)]),
    };
    pool = new WorkerPool('parse', 2, {}, CRASH_WORKER);
    const results = await runAll(pool, items);
    expect(results).toHaveLength(items.length);
    const failed = results.flatMap((r, i) => (r.ok ? [] : [i]));
    expect(failed).toEqual([victim]);
    const issue = results[victim]!;
    expect(!issue.ok && issue.issue.error).toMatch(/crashed on this message/);
    expect(!issue.ok && issue.issue.lostMessage).toBe(true);
  });
});
