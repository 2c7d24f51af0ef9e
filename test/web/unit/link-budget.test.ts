/**
 * Issue 15: a first picture an analyst can read. The overview draws at most a budget of links, the
 * heaviest; counts worked by hand.
 */
import Graph from 'graphology';
import { expect, it } from 'vitest';

import { linkCut } from '../../../web/src/graph/link-budget.js';
import type { CommGraph } from '../../../web/src/graph/types.js';

function withLinks(counts: number[]): CommGraph {
  const graph = new Graph({ type: 'directed', allowSelfLoops: true });
  counts.forEach((count, i) => {
    graph.addNode(`s${i}`);
    graph.addNode(`t${i}`);
    graph.addDirectedEdge(`s${i}`, `t${i}`, { kind: 'emailed', count });
  });
  // A mention is not a link between persons: it never counts against the budget.
  graph.addNode('entity');
  graph.addDirectedEdge('s0', 'entity', { kind: 'mentions', count: 1 });
  // Only the attributes the cut reads.
  return graph as unknown as CommGraph;
}

it('draws everything within the budget', () => {
  expect(linkCut(withLinks([1, 1, 2]), 3)).toEqual({ minCount: 1, total: 3, hidden: 0 });
});

it('keeps the heaviest links, never more than the budget, ties left out together', () => {
  // Heaviest first: 9 7 5 5 5 2 1. A budget of 4 would cut among the 5s: all 5s go.
  expect(linkCut(withLinks([5, 1, 9, 5, 2, 7, 5]), 4)).toEqual({ minCount: 6, total: 7, hidden: 5 });
  // A budget of 5 takes all three 5s exactly.
  expect(linkCut(withLinks([5, 1, 9, 5, 2, 7, 5]), 5)).toEqual({ minCount: 5, total: 7, hidden: 2 });
});

it('gives way rather than draw no link at all when every link weighs the same', () => {
  expect(linkCut(withLinks([1, 1, 1, 1]), 2)).toEqual({ minCount: 1, total: 4, hidden: 0 });
});
