/**
 * The entity pass's per-message time limit (ingest/workers/pool.ts, item-clock.ts): a body that keeps
 * the extractor busy past the limit comes back as a failure saying so, its worker is replaced, and the
 * messages around it — in its own chunk and after it — come back read, in input order. The slow body
 * is a real one, not a hook: two million one-character lines take the extractor seconds; the limit is
 * set low for the test (the default is ENTITY_TIME_LIMIT_MS).
 * A pool started ahead of its pass (the ingest's warm entity worker) gets its correspondents later
 * (WorkerPool.configure): its running worker reads with them from then on, and a worker that replaces
 * a stuck one starts with them.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { WorkerPool } from '../../../ingest/workers/pool.js';
import type { Correspondent } from '../../../ingest/extract/entities/types.js';
import type { EntityResult, EntityWork } from '../../../ingest/workers/protocol.js';
import { runEntityChunk } from '../../../ingest/workers/run-chunk.js';

const LIMIT_MS = 400;

function message(id: string, text: string): EntityWork {
  return {
    id,
    text,
    subject: 'Re: the Houston meeting',
    participants: [
      { id: 'address:phillip.allen@enron.com', names: ['Phillip K Allen'], addresses: ['phillip.allen@enron.com'] },
    ],
    sender: null,
  };
}

describe('WorkerPool, entities', () => {
  let pool: WorkerPool<'entities'> | undefined;
  afterEach(() => pool?.close());

  it('fails a message that outlives the time limit and reads every other one', async () => {
    const items = Array.from({ length: 10 }, (_, i) =>
      message(`m${i}`, `Phillip, could you call Jeff Skilling at Enron North America in Houston about deal ${i}?`),
    );
    items[3] = message('slow', 'x\n'.repeat(2_000_000));
    pool = new WorkerPool('entities', 1, { entities: { timeLimitMs: LIMIT_MS } });
    const results: EntityResult[] = [];
    for await (const r of pool.map(items)) results.push(r);

    expect(results.map((r) => r.id)).toEqual(items.map((i) => i.id));
    expect(results[3]).toEqual({
      ok: false,
      id: 'slow',
      error: `time limit of ${LIMIT_MS} ms passed while reading this message for names; the worker was terminated and replaced`,
    });
    // The others, before and after it in its chunk, read as they are on the main thread.
    const others = items.filter((i) => i.id !== 'slow');
    const expected = await runEntityChunk(others, {});
    expect(results.filter((r) => r.id !== 'slow')).toEqual(expected);
    expect(expected.every((r) => r.ok && r.mentions.length > 0)).toBe(true);
  }, 60_000);

  // Known to the graph, not a participant of these mails: only the gazetteer links him.
  const correspondents: Correspondent[] = [
    { id: 'p-greg-whalley', names: ['Greg Whalley', 'Whalley, Greg'], addresses: ['greg.whalley@enron.com'] },
  ];
  const whalley = (i: number) =>
    message(`m${i}`, `Phillip, Greg Whalley wants the Houston numbers for deal ${i} before Friday.`);
  const linked = (rs: EntityResult[]) =>
    rs.map((r) => (r.ok ? r.mentions.filter((m) => m.personId === 'p-greg-whalley').length : -1));
  const readAll = async (items: EntityWork[]) => {
    const results: EntityResult[] = [];
    for await (const r of pool!.map(items)) results.push(r);
    return results;
  };

  it('a worker already reading takes the correspondents sent to it, for the work that follows', async () => {
    pool = new WorkerPool('entities', 1, { preloadExtractor: true });
    const first = Array.from({ length: 3 }, (_, i) => whalley(i));
    const then = Array.from({ length: 4 }, (_, i) => whalley(3 + i));
    // Read before the correspondents are known: nothing links him.
    expect(linked(await readAll(first))).toEqual([0, 0, 0]);
    pool.configure({ correspondents });
    const after = await readAll(then);
    expect(linked(after)).toEqual([1, 1, 1, 1]);
    expect(after).toEqual(await runEntityChunk(then, { correspondents }));
    // The same thread all along: the message reached the running worker, no new one was started.
    expect(pool.started).toBe(1);
  }, 60_000);

  it('gives the correspondents it was sent to a worker that replaces a stuck one', async () => {
    const items = Array.from({ length: 8 }, (_, i) => whalley(i));
    items[2] = message('slow', 'x\n'.repeat(2_000_000));
    pool = new WorkerPool('entities', 1, { preloadExtractor: true, entities: { timeLimitMs: LIMIT_MS } });
    pool.configure({ correspondents });
    const results = await readAll(items);

    expect(results.map((r) => r.id)).toEqual(items.map((i) => i.id));
    expect(results[2]!.ok).toBe(false);
    const others = items.filter((i) => i.id !== 'slow');
    // The stuck worker is replaced; what it held and what came after is read by the new one, which
    // was started with the configuration the pool was sent.
    expect(linked(results.filter((r) => r.id !== 'slow'))).toEqual(others.map(() => 1));
    expect(results.filter((r) => r.id !== 'slow')).toEqual(await runEntityChunk(others, { correspondents }));
    // Without the correspondents nothing links him: the configuration is what made the difference.
    expect(linked(await runEntityChunk(others, {}))).toEqual(others.map(() => 0));
  }, 60_000);
});
