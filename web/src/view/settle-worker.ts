/**
 * The layout worker: ForceAtlas2 to its stop criterion (graph/converge.ts) off the main thread, so
 * the page keeps answering while a big view settles. In: the nodes (position, size, held or not)
 * and weighted edges. Out: progress after each batch, then the positions.
 */
/// <reference lib="webworker" />
import Graph from 'graphology';

import { type ConvergeOptions, converge } from '../graph/converge.js';

export interface SettleRequest {
  nodes: { x: number; y: number; size: number; fixed: boolean }[];
  /** Pairs of node indices with the message count. */
  edges: Float64Array;
  options: ConvergeOptions;
}

export type SettleMessage =
  | { type: 'progress'; iterations: number; movement: number }
  | { type: 'done'; iterations: number; movement: number; converged: boolean; positions: Float64Array };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<SettleRequest>) => {
  const { nodes, edges, options } = event.data;
  const graph = new Graph<{ x: number; y: number; size: number; fixed: boolean }, { count: number }>({
    type: 'directed',
  });
  nodes.forEach((n, i) => graph.addNode(i, n));
  for (let i = 0; i < edges.length; i += 3) graph.addDirectedEdge(edges[i]!, edges[i + 1]!, { count: edges[i + 2]! });
  const run = converge(graph, options);
  let step = run.next();
  while (!step.done) {
    scope.postMessage({ type: 'progress', ...step.value } satisfies SettleMessage);
    step = run.next();
  }
  const positions = new Float64Array(nodes.length * 2);
  graph.forEachNode((node, a) => {
    positions[2 * Number(node)] = a.x;
    positions[2 * Number(node) + 1] = a.y;
  });
  scope.postMessage({ type: 'done', ...step.value, positions } satisfies SettleMessage, [positions.buffer]);
};
