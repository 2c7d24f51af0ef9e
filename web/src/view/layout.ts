/**
 * ForceAtlas2 in a web worker, two ways:
 * - settleLayout(): lay out a graph that is not on screen yet for a time budget, so the view is
 *   drawn once with a settled layout instead of re-rendering every iteration (software WebGL
 *   redraws are slow; so is a laptop on battery). Nodes that already have a place can be held,
 *   so a filter change or an expansion places only the newcomers and the analyst's map survives.
 * - LayoutController.start()/stop(): run live on the drawn graph, animated, until stopped.
 */
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';

import type { CommGraph, EdgeAttributes, NodeAttributes } from '../graph/types.js';

export function layoutSettings(graph: CommGraph): ForceAtlas2Settings {
  return { ...forceAtlas2.inferSettings(graph), outboundAttractionDistribution: true, edgeWeightInfluence: 0.5 };
}

/** Long enough to converge a few hundred nodes; bounded for big graphs (the analyst can run it on). */
export function settleBudgetMs(order: number): number {
  return Math.round(Math.min(2_500, Math.max(400, order * 0.4)));
}

export const EXPAND_SETTLE_MS = 300;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs FA2 on `graph` (not yet drawn) for `ms`, holding `hold` in place; pinned nodes stay too. */
export async function settleLayout(graph: CommGraph, ms: number, hold: ReadonlySet<string> = new Set()): Promise<void> {
  if (graph.order < 2) return;
  const pinned = new Set(graph.filterNodes((_, a) => a.fixed));
  if (hold.size)
    graph.updateEachNodeAttributes((node, a) => ({ ...a, fixed: a.fixed || hold.has(node) }), {
      attributes: ['fixed'],
    });
  const worker = new FA2Layout<NodeAttributes, EdgeAttributes>(graph, {
    settings: layoutSettings(graph),
    getEdgeWeight: 'count',
  });
  worker.start();
  await wait(ms);
  worker.kill();
  if (hold.size)
    graph.updateEachNodeAttributes((node, a) => ({ ...a, fixed: pinned.has(node) }), { attributes: ['fixed'] });
}

export class LayoutController {
  private live: FA2Layout<NodeAttributes, EdgeAttributes> | null = null;

  constructor(private readonly onChange: (running: boolean) => void) {}

  get running(): boolean {
    return this.live?.isRunning() ?? false;
  }

  start(graph: CommGraph): void {
    this.stop();
    if (graph.order < 2) return;
    this.live = new FA2Layout(graph, { settings: layoutSettings(graph), getEdgeWeight: 'count' });
    this.live.start();
    this.onChange(true);
  }

  stop(): void {
    if (!this.live) return;
    this.live.kill();
    this.live = null;
    this.onChange(false);
  }
}
