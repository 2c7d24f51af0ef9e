/**
 * The live layout the analyst starts and stops (▶ Layout): ForceAtlas2 in graphology's web worker
 * on the drawn graph, animated, until stopped. Views are settled before they are drawn
 * (settle.ts); this is for tidying on by hand.
 */
import FA2Layout from 'graphology-layout-forceatlas2/worker';

import { layoutSettings } from '../graph/converge.js';
import type { CommGraph, EdgeAttributes, NodeAttributes } from '../graph/types.js';

export class LayoutController {
  private live: FA2Layout<NodeAttributes, EdgeAttributes> | null = null;

  constructor(private readonly onChange: (running: boolean) => void) {}

  get running(): boolean {
    return this.live?.isRunning() ?? false;
  }

  start(graph: CommGraph): void {
    this.stop();
    if (graph.order < 2) return;
    this.live = new FA2Layout(graph, { settings: layoutSettings(graph.order), getEdgeWeight: 'count' });
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
