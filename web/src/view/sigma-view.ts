/**
 * ⑦ The sigma renderer over the view graph: settings tuned for thousands of nodes (edges hidden
 * while the camera moves, labels by zoom level through the rendered-size threshold, placed without
 * collisions by labels.ts), the reducers, and pointer events translated into the explorer's verbs
 * (focus, expand, hover). Every drawn frame bumps `body[data-renders]`: the app's own render mark,
 * which tests count (an interaction that should not touch the graph leaves it unchanged) and
 * benchmarks wait on.
 */
import Sigma from 'sigma';

import type { CommGraph, EdgeAttributes, NodeAttributes } from '../graph/types.js';
import type { LabelPlacer } from './labels.js';
import { type Highlight, edgeReducer, nodeReducer } from './reducers.js';

export type CommSigma = Sigma<NodeAttributes, EdgeAttributes>;

export interface SigmaHandlers {
  onFocus(node: string | null): void;
  onExpand(node: string): void;
  onHover(node: string | null): void;
}

// Above this many edges, hide them while panning/zooming so the camera stays fluid.
const HIDE_EDGES_ON_MOVE_ABOVE = 5_000;

export function createSigma(
  graph: CommGraph,
  getGraph: () => CommGraph,
  container: HTMLElement,
  highlight: Highlight,
  handlers: SigmaHandlers,
  labels: LabelPlacer,
): CommSigma {
  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    renderEdgeLabels: false,
    enableEdgeEvents: false,
    hideEdgesOnMove: graph.size > HIDE_EDGES_ON_MOVE_ABOVE,
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    labelSize: 12,
    labelWeight: '500',
    labelColor: { color: '#1d2430' },
    labelRenderedSizeThreshold: 6,
    // More candidates than sigma would draw on its own: labels.ts drops those that would collide.
    labelDensity: 1,
    labelGridCellSize: 70,
    defaultDrawNodeLabel: labels.collect,
    zIndex: true,
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
    nodeReducer: nodeReducer(highlight),
    edgeReducer: edgeReducer(highlight, getGraph),
  });

  // The graph area changes size with the side panels, not only with the window (sigma's own cue).
  const resizing = new ResizeObserver(() => {
    sigma.resize();
    sigma.refresh({ skipIndexation: true });
  });
  resizing.observe(container);
  sigma.on('kill', () => resizing.disconnect());

  let renders = 0;
  sigma.on('beforeRender', () => labels.reset());
  sigma.on('afterRender', () => {
    labels.flush();
    document.body.dataset.renders = String(++renders);
  });
  sigma.on('clickNode', ({ node }) => handlers.onFocus(node));
  sigma.on('clickStage', () => handlers.onFocus(null));
  sigma.on('doubleClickNode', (event) => {
    // Double-click on a node expands it; sigma's default (zoom in) stays for the background.
    event.preventSigmaDefault();
    handlers.onExpand(event.node);
  });
  sigma.on('enterNode', ({ node }) => {
    container.style.cursor = 'pointer';
    handlers.onHover(node);
  });
  sigma.on('leaveNode', () => {
    container.style.cursor = '';
    handlers.onHover(null);
  });
  return sigma;
}
