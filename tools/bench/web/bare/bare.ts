/**
 * The benchmark's reference: sigma with its default settings drawing the synthetic graph, nothing
 * else (no reducers, no labels policy, no layout). Same signals as the explorer: body
 * [data-graph-state=rendered] after the first frame, body[data-renders] counting frames.
 */
import Graph from 'graphology';
import Sigma from 'sigma';

import type { SyntheticGraph } from '../synthetic-graph.js';

const data = (await (await fetch('graph.json')).json()) as SyntheticGraph;
const graph = new Graph({ type: 'directed' });
for (const n of data.nodes)
  graph.addNode(n.key, {
    ...data.positions[n.key],
    size: 2 + Math.sqrt(n.attributes.sent + n.attributes.received) / 4,
    label: n.attributes.label,
    color: '#0072b2',
  });
for (const e of data.edges) graph.addDirectedEdge(e.source, e.target, { size: 1, color: '#c6ccd6' });
const sigma = new Sigma(graph, document.getElementById('graph')!);
let renders = 0;
sigma.on('afterRender', () => {
  document.body.dataset.renders = String(++renders);
  document.body.dataset.graphState = 'rendered';
});
sigma.refresh();
