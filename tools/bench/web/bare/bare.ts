/**
 * The benchmark's reference: sigma with its default settings drawing the benchmark graph, nothing
 * else (no reducers, no label placement, no layout). Built twice by the benchmark: against sigma 3
 * (the app's) and sigma 4 (an alias), from this same file. Same signals as the explorer:
 * body[data-graph-state=rendered] after the first frame, body[data-renders] counting frames.
 *
 * The graph is /graph.json (the API's graph in either form — the explorer's compact one is expanded
 * as the explorer expands it — with `positions` when the page should not place the nodes itself). window.bare times the reference interactions, from the call to the frame drawn:
 * `refresh()` (a change of looks: one full redraw) and `swap(url)` (a new graph, as after a filter
 * change).
 */
import Graph from 'graphology';
import Sigma from 'sigma';

import { expandCompactGraph } from '../../../../contract/compact-graph.js';
import type { CompactGraphResponse, DrawnGraph } from '../../../../contract/index.js';

type BenchGraph = (DrawnGraph | CompactGraphResponse) & { positions?: Record<string, { x: number; y: number }> };

declare global {
  interface Window {
    bare?: { refresh(): Promise<number>; swap(url: string): Promise<number> };
  }
}

/** Nodes without a position go on a golden-angle spiral: deterministic, spread, no layout cost. */
function toGraph(answer: BenchGraph): Graph {
  const data = 'form' in answer ? { ...expandCompactGraph(answer), positions: answer.positions } : answer;
  const graph = new Graph({ type: 'directed', allowSelfLoops: true });
  data.nodes.forEach((n, i) => {
    const r = Math.sqrt(i + 1);
    const at = data.positions?.[n.key] ?? { x: r * Math.cos(i * 2.39996), y: r * Math.sin(i * 2.39996) };
    graph.addNode(n.key, {
      ...at,
      size: 2 + Math.sqrt(n.attributes.sent + n.attributes.received) / 4,
      label: n.attributes.label,
      color: '#0072b2',
    });
  });
  for (const e of data.edges)
    if (!graph.hasDirectedEdge(e.source, e.target))
      graph.addDirectedEdge(e.source, e.target, { size: 1, color: '#c6ccd6' });
  return graph;
}

const load = async (url: string) => toGraph((await (await fetch(url)).json()) as BenchGraph);

const sigma = new Sigma(await load('graph.json'), document.getElementById('graph')!);
let renders = 0;
let waiting: (() => void) | null = null;
sigma.on('afterRender', () => {
  document.body.dataset.renders = String(++renders);
  document.body.dataset.graphState = 'rendered';
  waiting?.();
  waiting = null;
});
// Sigma's frame, then the browser's next one: the drawn frame has reached the screen (software
// WebGL does most of its work there), as the explorer's timings (waits on the page) include.
const nextFrame = () =>
  new Promise<void>((resolve) => (waiting = resolve)).then(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())),
  );
sigma.refresh();

window.bare = {
  async refresh() {
    const started = performance.now();
    const drawn = nextFrame();
    sigma.refresh();
    await drawn;
    return performance.now() - started;
  },
  async swap(url: string) {
    const started = performance.now();
    const graph = await load(url);
    const drawn = nextFrame();
    sigma.setGraph(graph);
    await drawn;
    return performance.now() - started;
  },
};
