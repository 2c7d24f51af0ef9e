/**
 * The graph the explorer draws: graphology nodes and edges carrying the API's attributes plus
 * what sigma needs (position, size, label). Colours are not stored here: the reducers derive them
 * from `community` / `domain`, so switching the colouring never edits the data.
 */
import type Graph from 'graphology';

import type { DrawnEdgeAttributes, GraphNodeAttributes } from '../../../contract/index.js';

/** Where a node came from: the filtered graph, an expansion, a path or a query result. */
export type NodeOrigin = 'base' | 'expand' | 'path' | 'query';

export type NodeAttributes = GraphNodeAttributes & {
  x: number;
  y: number;
  size: number;
  /** Louvain community (person–person mail only). */
  community: number;
  /** ForceAtlas2 leaves fixed nodes where they are (pinned by the analyst, or kept while others settle). */
  fixed: boolean;
  origin: NodeOrigin;
};

export type EdgeAttributes = DrawnEdgeAttributes & { size: number };

export type CommGraph = Graph<NodeAttributes, EdgeAttributes>;

export const volumeOf = (a: GraphNodeAttributes): number => a.sent + a.received;
