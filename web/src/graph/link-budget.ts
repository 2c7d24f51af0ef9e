/**
 * A link budget chosen from the data: a large view (the default top 2,000 persons of a big corpus
 * carry some 78,000 links) draws as a grey mass. The overview draws only the heaviest links, at
 * most LINK_BUDGET of them: the threshold is the smallest message count whose links fit the
 * budget. A focused or hovered person still shows all their own links (reducers.ts), and the
 * graph area says how many links are left out.
 */
import type { CommGraph } from './types.js';

export const LINK_BUDGET = 6_000;

export interface LinkCut {
  /** Links of fewer messages than this are not drawn in the overview (1: all are drawn). */
  minCount: number;
  /** Links between persons, and how many of them the cut leaves out. */
  total: number;
  hidden: number;
}

export function linkCut(graph: CommGraph, budget = LINK_BUDGET): LinkCut {
  const counts: number[] = [];
  graph.forEachEdge((_, a) => {
    if (a.kind === 'emailed') counts.push(a.count);
  });
  if (counts.length <= budget) return { minCount: 1, total: counts.length, hidden: 0 };
  counts.sort((a, b) => b - a);
  // The budget-th heaviest link's count, raised by one if links of that count would overflow it.
  let minCount = counts[budget - 1]!;
  // (Unless that leaves no link at all: then the budget gives way.)
  if (counts[budget] === minCount && counts[0]! > minCount) minCount++;
  const kept = counts.filter((c) => c >= minCount).length;
  return { minCount, total: counts.length, hidden: counts.length - kept };
}
