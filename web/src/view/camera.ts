/**
 * Where the camera looks, and the frame of reference sigma normalises the graph into. The frame is
 * set before a new graph is handed to sigma, so swapping a graph in costs one frame: fitted to the
 * new graph after a filter change (or the first load), held (only growing) after an expansion so
 * that nodes the analyst knows do not jump.
 */
import type { CommGraph } from '../graph/types.js';
import type { CommSigma } from './sigma-view.js';

type BBox = { x: [number, number]; y: [number, number] };

export function extent(graph: CommGraph): BBox | null {
  if (graph.order === 0) return null;
  const box: BBox = { x: [Infinity, -Infinity], y: [Infinity, -Infinity] };
  graph.forEachNode((_, a) => {
    box.x = [Math.min(box.x[0], a.x), Math.max(box.x[1], a.x)];
    box.y = [Math.min(box.y[0], a.y), Math.max(box.y[1], a.y)];
  });
  return box;
}

/** Frames the whole graph: its extent becomes the frame and the camera goes back to the middle. */
export function fitFrame(sigma: CommSigma, graph: CommGraph): void {
  sigma.setCustomBBox(extent(graph));
  sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
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

/** The Fit button: the drawn graph's extent, reached by a short animation. */
export function fitCamera(sigma: CommSigma, graph: CommGraph): void {
  sigma.setCustomBBox(extent(graph));
  void sigma.getCamera().animatedReset({ duration: 300 });
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
