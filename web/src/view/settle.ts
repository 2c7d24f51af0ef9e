/**
 * Settles a graph that is not drawn yet: its nodes and edges go to the layout worker, which runs
 * ForceAtlas2 to the stop criterion and reports progress; the positions come back into the graph.
 * Nodes in `hold` (already on the analyst's map) and pinned nodes stay where they are. A run is
 * abandoned (the worker terminated) as soon as `stale()` says a newer view was asked for.
 */
import type { ConvergeOptions, LayoutProgress } from '../graph/converge.js';
import type { CommGraph } from '../graph/types.js';
import type { SettleMessage, SettleRequest } from './settle-worker.js';

/** The final progress, or null when abandoned for a newer view. */
export function settleGraph(
  graph: CommGraph,
  hold: ReadonlySet<string>,
  options: ConvergeOptions,
  onProgress: (p: LayoutProgress) => void,
  stale: () => boolean,
): Promise<LayoutProgress | null> {
  const keys = graph.nodes();
  const index = new Map(keys.map((k, i) => [k, i]));
  const request: SettleRequest = {
    nodes: keys.map((k) => {
      const a = graph.getNodeAttributes(k);
      return { x: a.x, y: a.y, size: a.size, fixed: a.fixed || hold.has(k) };
    }),
    edges: new Float64Array(graph.size * 3),
    options,
  };
  let i = 0;
  graph.forEachEdge((_, a, source, target) => {
    request.edges[i++] = index.get(source)!;
    request.edges[i++] = index.get(target)!;
    request.edges[i++] = a.count;
  });
  const worker = new Worker(new URL('./settle-worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(`the layout worker failed: ${e.message}`));
    };
    worker.onmessage = ({ data }: MessageEvent<SettleMessage>) => {
      if (stale()) {
        worker.terminate();
        resolve(null);
        return;
      }
      if (data.type === 'progress') {
        onProgress({ ...data, converged: false });
        return;
      }
      worker.terminate();
      const p = data.positions;
      graph.updateEachNodeAttributes(
        (node, a) => {
          const j = index.get(node)!;
          return { ...a, x: p[2 * j]!, y: p[2 * j + 1]! };
        },
        { attributes: ['x', 'y'] },
      );
      resolve({ iterations: data.iterations, movement: data.movement, converged: data.converged });
    };
    worker.postMessage(request, [request.edges.buffer]);
  });
}
