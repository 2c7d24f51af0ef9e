/**
 * Issue 13, cost that grows with what is new: the ingest starts parse workers by the bytes it has to
 * read. Each worker loads the mail parser, DKIM and the container readers (about a CPU-second) before
 * its first message, so ten new mails get one, and a corpus one per core.
 */
import { describe, expect, it } from 'vitest';

import { parseWorkerCount } from '../../ingest/pipeline.js';

// Ten mails of the benchmark set's arnold-j/sent_items (du -sb), and the whole set (du -sb /tmp/enron-bench).
const TEN_MAILS_BYTES = 23_119;
const BENCHMARK_SET_BYTES = 182_226_410;

describe('parse workers', () => {
  it('starts one worker for a few new mails, whatever the cores', () => {
    expect(parseWorkerCount(TEN_MAILS_BYTES, 2)).toBe(1);
    expect(parseWorkerCount(TEN_MAILS_BYTES, 16)).toBe(1);
    expect(parseWorkerCount(0, 2)).toBe(1);
    // --workers 0 parses on the main thread, however much there is.
    expect(parseWorkerCount(BENCHMARK_SET_BYTES, 0)).toBe(0);
  });

  it('starts one worker per core for a corpus', () => {
    expect(parseWorkerCount(BENCHMARK_SET_BYTES, 2)).toBe(2);
    expect(parseWorkerCount(BENCHMARK_SET_BYTES, 16)).toBe(16);
    // A mailbox of a few thousand mails (12 MB) is worth three workers, not sixteen.
    expect(parseWorkerCount(12 * 1024 * 1024, 16)).toBe(3);
  });
});
