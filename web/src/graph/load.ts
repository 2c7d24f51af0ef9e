/**
 * ⑦ Builds the graphology graph sigma draws: the API's SerializedGraph plus display attributes
 * (size from message volume, colour from domain, a starting position on a circle).
 */
import Graph from 'graphology';
import { circular } from 'graphology-layout';

import type { GraphEdgeAttributes, GraphNodeAttributes, GraphResponse } from '../../../server/api/schemas';

export type NodeAttributes = GraphNodeAttributes & { x: number; y: number; size: number; color: string };
export type EdgeAttributes = GraphEdgeAttributes & { size: number; color: string };
export type CommGraph = Graph<NodeAttributes, EdgeAttributes>;

const PALETTE = ['#2f6fdf', '#d9534f', '#3aa05a', '#e0a526', '#8e5bd1', '#1aa3a3', '#d2639b', '#7a8799'];

function hashColor(text: string): string {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return PALETTE[h % PALETTE.length]!;
}

export function loadGraph(data: GraphResponse): CommGraph {
  const graph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: false, allowSelfLoops: true });
  const maxVolume = Math.max(1, ...data.nodes.map((n) => n.attributes.sent + n.attributes.received));
  for (const { key, attributes } of data.nodes) {
    const volume = attributes.sent + attributes.received;
    graph.addNode(key, {
      ...attributes,
      x: 0,
      y: 0,
      // Area, not radius, proportional to volume, so a 100× correspondent is 10× wider, not 100×.
      size: 3 + 17 * Math.sqrt(volume / maxVolume),
      color: hashColor(attributes.domain || attributes.kind),
    });
  }
  const maxCount = Math.max(1, ...data.edges.map((e) => e.attributes.count));
  for (const { source, target, attributes } of data.edges) {
    if (source === target) continue; // self-addressed mail says nothing about who talked to whom
    graph.addDirectedEdge(source, target, { ...attributes, size: 0.5 + 4 * Math.sqrt(attributes.count / maxCount), color: '#c3cad5' });
  }
  circular.assign(graph, { scale: 100 });
  return graph;
}
