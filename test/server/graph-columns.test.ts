/**
 * The compact overview's edges go from the read's columns to the answer's without an object per
 * edge (server/graph/columns.ts). Hand-worked cases: a pair is source * n + target among the n
 * persons read; an edge whose end the node read did not find is left out, as graphResponse leaves it.
 */
import { describe, expect, it } from 'vitest';

import type { CompactGraphResponse } from '../../contract/index.js';
import { appendCountColumns, appendDrawnEdges } from '../../server/graph/columns.js';

const empty = (): CompactGraphResponse['edges'] => ({ source: [], target: [], kind: [], count: [] });

describe('compact edge columns', () => {
  it('splits each pair into its two persons and maps them to node positions', () => {
    // Persons read: a, b, c (n = 3); the nodes came back as c, a, b.
    const out = empty();
    const at = Int32Array.from([1, 2, 0]);
    // a→c (0*3+2), b→a (1*3+0), c→c (2*3+2), a→b (0*3+1)
    appendCountColumns({ pairs: [2, 3, 8, 1], counts: [5, 1, 7, 2] }, at, 0, out);
    expect(out).toEqual({ source: [1, 2, 0, 1], target: [0, 1, 0, 2], kind: [0, 0, 0, 0], count: [5, 1, 7, 2] });
  });

  it('leaves out the edges of a person the node read did not find', () => {
    const out = empty();
    // b (position 1 among the persons read) is gone.
    appendCountColumns({ pairs: [1, 2, 3, 5, 7], counts: [1, 2, 3, 4, 5] }, Int32Array.from([0, -1, 1]), 0, out);
    // a→b (1), b→a (3), b→c (5) and c→b (7) go; a→c (2) stays.
    expect(out).toEqual({ source: [0], target: [1], kind: [0], count: [2] });
  });

  it('decodes the last pair of the largest graph asked for (top = 100,000) exactly', () => {
    const n = 100_000;
    const at = Int32Array.from({ length: n }, (_, i) => n - 1 - i);
    const out = empty();
    // (n-1) → (n-1) and (n-1) → 0, (0) → (n-1): every pair below 2^53, read back to its own two positions.
    appendCountColumns({ pairs: [(n - 1) * n + (n - 1), (n - 1) * n, n - 1], counts: [1, 2, 3] }, at, 0, out);
    expect(out.source).toEqual([0, 0, n - 1]);
    expect(out.target).toEqual([0, n - 1, 0]);
  });

  it('appends keyed edges by position and kind after the columns, leaving out unknown ends', () => {
    const out = empty();
    appendCountColumns({ pairs: [1], counts: [4] }, Int32Array.from([0, 1]), 0, out);
    const position = new Map([
      ['p:a', 0],
      ['p:b', 1],
      ['e:paris', 2],
    ]);
    appendDrawnEdges(
      [
        { source: 'p:a', target: 'e:paris', attributes: { kind: 'mentions', count: 3 } },
        { source: 'p:gone', target: 'e:paris', attributes: { kind: 'mentions', count: 9 } },
        { source: 'p:b', target: 'e:paris', attributes: { kind: 'document', count: 1 } },
      ],
      position,
      out,
    );
    expect(out).toEqual({ source: [0, 0, 1], target: [1, 2, 2], kind: [0, 1, 2], count: [4, 3, 1] });
  });
});
