/**
 * Entry of the explorer: fetch the graph, draw it, say what is shown.
 * `document.body.dataset.graphState` tells tests (and the curious) when the first frame is drawn.
 */
import { fetchGraph } from './api/client';
import { loadGraph } from './graph/load';
import { createSigmaView } from './view/sigma-view';

async function start(): Promise<void> {
  const status = document.getElementById('status')!;
  const container = document.getElementById('graph')!;
  try {
    const data = await fetchGraph();
    const graph = loadGraph(data);
    const view = createSigmaView(graph, container);
    status.textContent = `${graph.order} correspondents, ${graph.size} links`;
    status.dataset.nodes = String(graph.order);
    view.sigma.once('afterRender', () => {
      document.body.dataset.graphState = 'rendered';
    });
    await view.layoutDone;
    document.body.dataset.layout = 'settled';
  } catch (error) {
    status.textContent = `Could not load the graph: ${(error as Error).message}`;
    document.body.dataset.graphState = 'error';
  }
}

void start();
