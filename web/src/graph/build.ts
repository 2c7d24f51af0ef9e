/**
 * ⑦ API graphs → the graphology graph sigma draws. The view is the filtered graph plus the
 * analyst's expansions and the current path / query overlay, minus removed nodes. It is built
 * anew on every change (simple and always consistent) and swapped into sigma once laid out;
 * positions survive in a cache, so a settled layout is kept when filters change and a node that
 * comes back returns to its place.
 */
import Graph from 'graphology';

import type { DrawnGraph } from '../../../contract/index.js';
import { seededRandom, hashString } from './random.js';
import { edgeSize, nodeSize } from './style.js';
import { type CommGraph, type NodeOrigin, volumeOf } from './types.js';

export interface GraphSources {
  base: DrawnGraph | null;
  expansions: ReadonlyMap<string, DrawnGraph>;
  path: DrawnGraph | null;
  query: DrawnGraph | null;
  removed: ReadonlySet<string>;
  pinned: ReadonlySet<string>;
}

export type Positions = Map<string, { x: number; y: number }>;

export interface BuildResult {
  graph: CommGraph;
  /** Nodes that had no position yet (they need a layout). */
  placed: string[];
}

export function rememberPositions(graph: CommGraph, positions: Positions): void {
  graph.forEachNode((node, a) => positions.set(node, { x: a.x, y: a.y }));
}

function addResponse(graph: CommGraph, data: DrawnGraph, origin: NodeOrigin, removed: ReadonlySet<string>): void {
  for (const { key, attributes } of data.nodes) {
    if (removed.has(key) || graph.hasNode(key)) continue;
    graph.addNode(key, { ...attributes, x: 0, y: 0, size: 1, community: -1, fixed: false, origin });
  }
  for (const { source, target, attributes } of data.edges) {
    // Self-addressed mail says nothing about who talked to whom, and sigma draws loops badly.
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    if (graph.hasDirectedEdge(source, target)) continue;
    graph.addDirectedEdge(source, target, { kind: attributes.kind, count: attributes.count, size: 1 });
  }
}

/** New nodes start next to the neighbours that already have a place, else on a seeded disc. */
function place(graph: CommGraph, positions: Positions): string[] {
  const radius = 10 * Math.sqrt(graph.order + 1);
  const placed: string[] = [];
  graph.forEachNode((node) => {
    const known = positions.get(node);
    if (known) {
      graph.mergeNodeAttributes(node, known);
      return;
    }
    const rand = seededRandom(hashString(node));
    let sx = 0;
    let sy = 0;
    let n = 0;
    graph.forEachNeighbor(node, (neighbour) => {
      const p = positions.get(neighbour);
      if (p) {
        sx += p.x;
        sy += p.y;
        n++;
      }
    });
    const angle = rand() * 2 * Math.PI;
    const r = n ? 2 + 4 * rand() : radius * Math.sqrt(rand());
    const x = (n ? sx / n : 0) + r * Math.cos(angle);
    const y = (n ? sy / n : 0) + r * Math.sin(angle);
    graph.mergeNodeAttributes(node, { x, y });
    placed.push(node);
  });
  for (const node of placed) positions.set(node, graph.getNodeAttributes(node));
  return placed;
}

function scale(graph: CommGraph, pinned: ReadonlySet<string>): void {
  let maxVolume = 1;
  let maxCount = 1;
  graph.forEachNode((_, a) => (maxVolume = Math.max(maxVolume, volumeOf(a))));
  graph.forEachEdge((_, a) => (maxCount = Math.max(maxCount, a.count)));
  graph.updateEachNodeAttributes((node, a) => ({
    ...a,
    size: nodeSize(volumeOf(a), maxVolume),
    fixed: pinned.has(node),
  }));
  graph.updateEachEdgeAttributes((_, a) => ({ ...a, size: edgeSize(a.count, maxCount) }));
}

export function buildGraph(sources: GraphSources, positions: Positions): BuildResult {
  const graph: CommGraph = new Graph({ type: 'directed', multi: false, allowSelfLoops: true });
  if (sources.base) addResponse(graph, sources.base, 'base', sources.removed);
  for (const data of sources.expansions.values()) addResponse(graph, data, 'expand', sources.removed);
  if (sources.path) addResponse(graph, sources.path, 'path', sources.removed);
  if (sources.query) addResponse(graph, sources.query, 'query', sources.removed);
  scale(graph, sources.pinned);
  return { graph, placed: place(graph, positions) };
}
