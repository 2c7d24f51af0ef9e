/**
 * The entity pass's per-message time limit (ingest/workers/pool.ts, item-clock.ts): a body that keeps
 * the extractor busy past the limit comes back as a failure saying so, its worker is replaced, and the
 * messages around it — in its own chunk and after it — come back read, in input order. The slow body
 * is a real one, not a hook: two million one-character lines take the extractor seconds; the limit is
 * set low for the test (the default is ENTITY_TIME_LIMIT_MS).
 * A pool started ahead of its pass (the ingest's warm entity worker) gets its correspondents later
 * (WorkerPool.configure) and reads exactly as a pool given them at the start, a replaced worker too.
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

  it('takes its correspondents after it started, and gives them to a worker that replaces a stuck one', async () => {
    // Known to the graph, not a participant of these mails: only the gazetteer links him.
    const correspondents: Correspondent[] = [
      { id: 'p-greg-whalley', names: ['Greg Whalley', 'Whalley, Greg'], addresses: ['greg.whalley@enron.com'] },
    ];
    const items = Array.from({ length: 8 }, (_, i) =>
      message(`m${i}`, `Phillip, Greg Whalley wants the Houston numbers for deal ${i} before Friday.`),
    );
    items[2] = message('slow', 'x\n'.repeat(2_000_000));
    pool = new WorkerPool('entities', 1, { preloadExtractor: true, entities: { timeLimitMs: LIMIT_MS } });
    pool.configure({ correspondents });
    const results: EntityResult[] = [];
    for await (const r of pool.map(items)) results.push(r);

    expect(results.map((r) => r.id)).toEqual(items.map((i) => i.id));
    expect(results[2]!.ok).toBe(false);
    const others = items.filter((i) => i.id !== 'slow');
    const linked = (rs: EntityResult[]) =>
      rs.map((r) => (r.ok ? r.mentions.filter((m) => m.personId === 'p-greg-whalley').length : -1));
    // Every message links the name, before the stuck one and after it (read by the replacement worker).
    expect(linked(results.filter((r) => r.id !== 'slow'))).toEqual(others.map(() => 1));
    expect(results.filter((r) => r.id !== 'slow')).toEqual(await runEntityChunk(others, { correspondents }));
    // Without the correspondents nothing links him: the configuration is what made the difference.
    expect(linked(await runEntityChunk(others, {}))).toEqual(others.map(() => 0));
  }, 60_000);
});
