/**
 * Issue 13, cost that grows with what is new: the entity pass starts workers by the work it has. Each
 * worker loads the lexicons and builds the run's gazetteer before its first message (seconds of CPU),
 * so a run of a few new mails starts one, and a corpus one per core.
 */
import { describe, expect, it } from 'vitest';

import { entityWorkerCount } from '../../ingest/entity-pass.js';

describe('entity pass workers', () => {
  it('starts one worker for a few new mails, whatever the cores', () => {
    expect(entityWorkerCount(10, 2)).toBe(1);
    expect(entityWorkerCount(10, 16)).toBe(1);
    expect(entityWorkerCount(0, 2)).toBe(1);
    // --workers 0 reads on the main thread, however much there is.
    expect(entityWorkerCount(44_326, 0)).toBe(0);
  });

  it('starts one worker per core for a corpus (the benchmark set: 44,326 messages)', () => {
    expect(entityWorkerCount(44_326, 2)).toBe(2);
    expect(entityWorkerCount(44_326, 1)).toBe(1);
    // On a big machine, no more than the work is worth: one worker per 4,000 messages.
    expect(entityWorkerCount(44_326, 64)).toBe(12);
  });
});
