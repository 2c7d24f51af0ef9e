/**
 * Hover highlighting as sigma reducers: the graph's data never changes, only how it is drawn.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';

import type { CommGraph, EdgeAttributes, NodeAttributes } from '../graph/load';

export interface HoverState {
  hovered: string | null;
  neighbours: Set<string>;
}

const DIMMED = '#e4e7ec';

export function nodeReducer(state: HoverState) {
  return (node: string, data: NodeAttributes): Partial<NodeDisplayData> => {
    if (!state.hovered) return data;
    if (node === state.hovered) return { ...data, highlighted: true, zIndex: 2 };
    if (state.neighbours.has(node)) return { ...data, forceLabel: true, zIndex: 1 };
    return { ...data, color: DIMMED, label: '', zIndex: 0 };
  };
}

export function edgeReducer(state: HoverState, graph: CommGraph) {
  return (edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> => {
    if (!state.hovered) return data;
    if (graph.hasExtremity(edge, state.hovered)) return { ...data, color: '#6b7b93', zIndex: 1 };
    return { ...data, hidden: true };
  };
}
