/**
 * ⑦ The sigma view: renders the communication graph, runs ForceAtlas2 in a web worker for a
 * few seconds, and highlights a node's neighbours on hover.
 */
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';

import type { CommGraph, EdgeAttributes, NodeAttributes } from '../graph/load';
import { type HoverState, edgeReducer, nodeReducer } from './reducers';

// Long enough for a few hundred nodes to settle; the layout keeps running if the user asks later.
const LAYOUT_MS = 4000;

export interface SigmaView {
  sigma: Sigma<NodeAttributes, EdgeAttributes>;
  layoutDone: Promise<void>;
  kill(): void;
}

export function createSigmaView(graph: CommGraph, container: HTMLElement): SigmaView {
  const hover: HoverState = { hovered: null, neighbours: new Set() };
  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    renderEdgeLabels: false,
    labelRenderedSizeThreshold: 8,
    nodeReducer: nodeReducer(hover),
    edgeReducer: edgeReducer(hover, graph),
  });
  sigma.on('enterNode', ({ node }) => {
    hover.hovered = node;
    hover.neighbours = new Set(graph.neighbors(node));
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on('leaveNode', () => {
    hover.hovered = null;
    hover.neighbours = new Set();
    sigma.refresh({ skipIndexation: true });
  });

  const layout = new FA2Layout(graph, { settings: forceAtlas2.inferSettings(graph) });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const layoutDone = new Promise<void>((resolve) => {
    if (graph.order === 0) return resolve();
    layout.start();
    timer = setTimeout(() => {
      layout.stop();
      resolve();
    }, LAYOUT_MS);
  });
  return {
    sigma,
    layoutDone,
    kill() {
      clearTimeout(timer);
      layout.kill();
      sigma.kill();
    },
  };
}
