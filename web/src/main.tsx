/**
 * Entry of the explorer: one Explorer (graph engine) for the page, the address bar kept in step
 * with the view, and a read-only handle on the view for tests and the browser console.
 */
import { render } from 'preact';

import { App } from './app.js';
import { syncAddressBar } from './state/store.js';
import { Explorer } from './view/explorer.js';
import './styles/base.css';
import './styles/layout.css';
import './styles/graph.css';
import './styles/panels.css';
import './styles/reader.css';
import './styles/tools.css';
import './styles/analyst.css';

declare global {
  interface Window {
    /** Read-only: what the view shows (tests compare it with exports and the API). */
    leakgraph?: {
      visibleNodes(): string[];
      nodeCount(): number;
      edgeCount(): number;
      node(id: string): Record<string, unknown> | null;
      screenPosition(id: string): { x: number; y: number } | null;
      /** The colour the node is drawn in now (after highlighting), null if not drawn. */
      drawnColor(id: string): string | null;
      /** The labels drawn in the last frame: node, text and box in pixels. */
      drawnLabels(): { node: string; label: string; x: number; y: number; width: number; height: number }[];
      /** Nothing under way (loading, layout, redraw, camera move): what tests wait for before counting frames. */
      idle(): boolean;
    };
  }
}

const explorer = new Explorer();
window.leakgraph = {
  visibleNodes: () => explorer.visibleNodes(),
  nodeCount: () => explorer.graph.order,
  edgeCount: () => explorer.graph.size,
  node: (id) => (explorer.graph.hasNode(id) ? { ...explorer.graph.getNodeAttributes(id) } : null),
  screenPosition: (id) => explorer.screenPosition(id),
  drawnColor: (id) => explorer.drawnColor(id),
  drawnLabels: () => explorer.drawnLabels().map((b) => ({ ...b })),
  idle: () => explorer.idle(),
};
syncAddressBar();
render(<App explorer={explorer} />, document.getElementById('app')!);
