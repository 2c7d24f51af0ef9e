/**
 * ⑦ The sigma renderer over the view graph: settings tuned for thousands of nodes (edges hidden
 * while the camera moves, labels by zoom level through the rendered-size threshold), the reducers,
 * and pointer events translated into the explorer's verbs (focus, expand, hover).
 * Every drawn frame bumps `body[data-renders]`, so tests and benchmarks can wait on real frames.
 */
import Sigma from 'sigma';

import type { CommGraph, EdgeAttributes, NodeAttributes } from '../graph/types.js';
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
): CommSigma {
  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    renderEdgeLabels: false,
    enableEdgeEvents: false,
    hideEdgesOnMove: graph.size > HIDE_EDGES_ON_MOVE_ABOVE,
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    labelSize: 12,
    labelWeight: '500',
    labelColor: { color: '#1d2430' },
    labelRenderedSizeThreshold: 7,
    labelDensity: 0.8,
    labelGridCellSize: 90,
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
  sigma.on('afterRender', () => {
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

/** Moves the camera so these nodes fill most of the view (never closer than a useful zoom). */
export function showNodes(sigma: CommSigma, nodes: string[], centreOn?: string): void {
  const points = nodes.map((n) => sigma.getNodeDisplayData(n)).filter((d): d is NonNullable<typeof d> => !!d);
  if (points.length === 0) return;
  const centre = centreOn ? sigma.getNodeDisplayData(centreOn) : null;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = centre ? centre.x : (Math.min(...xs) + Math.max(...xs)) / 2;
  const y = centre ? centre.y : (Math.min(...ys) + Math.max(...ys)) / 2;
  const reach = Math.max(0.05, ...points.map((p) => Math.max(Math.abs(p.x - x), Math.abs(p.y - y))));
  const camera = sigma.getCamera();
  void camera.animate({ x, y, ratio: Math.min(1, Math.max(0.08, reach * 2.4)) }, { duration: 350 });
}

/**
 * Moves the camera onto a node and its neighbourhood: centred on the node, zoomed so its
 * neighbours fit, never zooming out from where the analyst already is.
 */
export function focusCamera(sigma: CommSigma, node: string): void {
  const centre = sigma.getNodeDisplayData(node);
  if (!centre) return;
  let reach = 0.05;
  for (const n of sigma.getGraph().neighbors(node)) {
    const d = sigma.getNodeDisplayData(n);
    if (d) reach = Math.max(reach, Math.abs(d.x - centre.x), Math.abs(d.y - centre.y));
  }
  const camera = sigma.getCamera();
  void camera.animate(
    { x: centre.x, y: centre.y, ratio: Math.min(camera.ratio, Math.max(0.08, reach * 2.4)) },
    { duration: 350 },
  );
}

export function fitCamera(sigma: CommSigma): void {
  sigma.setCustomBBox(null);
  sigma.refresh();
  void sigma.getCamera().animatedReset({ duration: 300 });
}

type BBox = { x: [number, number]; y: [number, number] };

function extent(graph: CommGraph): BBox | null {
  if (graph.order === 0) return null;
  const box: BBox = { x: [Infinity, -Infinity], y: [Infinity, -Infinity] };
  graph.forEachNode((_, a) => {
    box.x = [Math.min(box.x[0], a.x), Math.max(box.x[1], a.x)];
    box.y = [Math.min(box.y[0], a.y), Math.max(box.y[1], a.y)];
  });
  return box;
}

/**
 * Keeps the frame of reference when the graph changes: sigma would otherwise rescale to the new
 * graph's extent and every node would jump on screen. The frame only grows, to take in newcomers.
 */
export function holdFrame(sigma: CommSigma, graph: CommGraph): void {
  const now = extent(graph);
  if (!now) return;
  const held = sigma.getCustomBBox() ?? sigma.getBBox();
  sigma.setCustomBBox({
    x: [Math.min(held.x[0], now.x[0]), Math.max(held.x[1], now.x[1])],
    y: [Math.min(held.y[0], now.y[0]), Math.max(held.y[1], now.y[1])],
  });
}
