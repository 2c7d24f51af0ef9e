/**
 * How the graph is drawn, as sigma reducers: colouring, hover and focus highlighting, hidden nodes,
 * path and query overlays. The graph's data never changes here; a reducer reads the current
 * Highlight (sets built once per interaction, so each call is a few lookups).
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';

import { type Coloring, NO_DOMAIN } from '../graph/communities.js';
import {
  DIMMED_NODE,
  DOCUMENT_ANOMALY_COLOR,
  DOCUMENT_COLOR,
  EDGE_COLOR,
  EDGE_EMPHASIS,
  ENTITY_COLORS,
  OTHER_COLOR,
  PATH_COLOR,
} from '../graph/style.js';
import type { CommGraph, EdgeAttributes, NodeAttributes } from '../graph/types.js';
import type { ColorBy } from '../state/url-state.js';

const MAX_FORCED_LABELS = 25;

export interface Highlight {
  colorBy: ColorBy;
  coloring: Coloring | null;
  hidden: ReadonlySet<string>;
  hovered: string | null;
  hoverNeighbours: ReadonlySet<string>;
  focus: string | null;
  focusNeighbours: ReadonlySet<string>;
  /** Path overlay: its nodes and edges (edge keys of the view graph). */
  pathNodes: ReadonlySet<string> | null;
  pathEdges: ReadonlySet<string> | null;
  /** Query overlay: nodes of the result. */
  queryNodes: ReadonlySet<string> | null;
  /** The link budget (link-budget.ts): lighter links between persons are left out of the overview. */
  minLinkCount: number;
}

export function emptyHighlight(): Highlight {
  return {
    colorBy: 'community',
    coloring: null,
    hidden: new Set(),
    hovered: null,
    hoverNeighbours: new Set(),
    focus: null,
    focusNeighbours: new Set(),
    pathNodes: null,
    pathEdges: null,
    queryNodes: null,
    minLinkCount: 1,
  };
}

function baseColor(h: Highlight, a: NodeAttributes): string {
  if (a.kind === 'entity') return a.entityType ? ENTITY_COLORS[a.entityType] : OTHER_COLOR;
  if (a.kind === 'document') return (a.anomalyCount ?? 0) > 0 ? DOCUMENT_ANOMALY_COLOR : DOCUMENT_COLOR;
  if (!h.coloring) return OTHER_COLOR;
  return (
    (h.colorBy === 'domain' ? h.coloring.domain.get(a.domain || NO_DOMAIN) : h.coloring.community.get(a.community)) ??
    OTHER_COLOR
  );
}

/** The set of nodes drawn in full while the others are dimmed, by precedence. */
function emphasis(h: Highlight): { nodes: ReadonlySet<string>; centre: string | null } | null {
  if (h.hovered) return { nodes: h.hoverNeighbours, centre: h.hovered };
  if (h.pathNodes) return { nodes: h.pathNodes, centre: null };
  if (h.queryNodes) return { nodes: h.queryNodes, centre: null };
  if (h.focus) return { nodes: h.focusNeighbours, centre: h.focus };
  return null;
}

export function nodeReducer(h: Highlight) {
  return (node: string, a: NodeAttributes): Partial<NodeDisplayData> => {
    if (h.hidden.has(node)) return { ...a, hidden: true };
    const shown: Partial<NodeDisplayData> = { ...a, color: baseColor(h, a) };
    const e = emphasis(h);
    if (node === h.focus || node === h.hovered) return { ...shown, highlighted: true, forceLabel: true, zIndex: 3 };
    if (!e) return shown;
    if (node === e.centre || e.nodes.has(node)) {
      const onPath = h.pathNodes?.has(node) && !h.hovered;
      // Name every emphasised node only when there are few; else sigma's label grid picks.
      return {
        ...shown,
        forceLabel: e.nodes.size <= MAX_FORCED_LABELS,
        zIndex: 2,
        ...(onPath && { highlighted: true }),
      };
    }
    return { ...shown, color: DIMMED_NODE, label: '', zIndex: 0 };
  };
}

export function edgeReducer(h: Highlight, getGraph: () => CommGraph) {
  return (edge: string, a: EdgeAttributes): Partial<EdgeDisplayData> => {
    const graph = getGraph();
    const source = graph.source(edge);
    const target = graph.target(edge);
    if (h.hidden.has(source) || h.hidden.has(target)) return { ...a, hidden: true };
    const shown: Partial<EdgeDisplayData> = {
      ...a,
      color: a.kind === 'mentions' ? '#d9cce3' : a.kind === 'document' ? '#cfd8e3' : EDGE_COLOR,
    };
    const light = a.kind === 'emailed' && a.count < h.minLinkCount;
    if (h.hovered) {
      return source === h.hovered || target === h.hovered
        ? { ...shown, color: EDGE_EMPHASIS, zIndex: 2 }
        : { ...shown, hidden: true };
    }
    if (h.pathEdges)
      return h.pathEdges.has(edge)
        ? { ...shown, color: PATH_COLOR, size: Math.max(3, a.size), zIndex: 2 }
        : { ...shown, hidden: true };
    if (h.queryNodes)
      return h.queryNodes.has(source) && h.queryNodes.has(target)
        ? { ...shown, color: EDGE_EMPHASIS, zIndex: 1 }
        : { ...shown, hidden: true };
    if (h.focus) {
      return source === h.focus || target === h.focus
        ? { ...shown, color: EDGE_EMPHASIS, zIndex: 1 }
        : { ...shown, color: '#e6e9ee', ...(light && { hidden: true }) };
    }
    return light ? { ...shown, hidden: true } : shown;
  };
}
