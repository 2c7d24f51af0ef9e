/**
 * The explorer's graph engine: turns the view state (filters, edits, path, query) into the drawn
 * graph. Fetches what changed, builds the graph, computes communities, settles the layout off
 * screen, swaps it into sigma and reports what is shown in `info`. Requests are queued: the newest
 * state wins, and a slow fetch never overwrites a newer view.
 *
 * Signals for tests and benchmarks: body[data-graph-state] is "loading" while working, "drawn"
 * once the graph is swapped in, "rendered" after the first frame that shows it, "error" on failure;
 * body[data-graph-version] counts the graphs swapped in. Performance marks (leakgraph:graph-fetched,
 * …:graph-built, …:layout-settled, …:rendered) time each step for the benchmark.
 */
import { signal } from '@preact/signals';
import Graph from 'graphology';

import type { GraphResponse, PathResponse } from '../../../contract/index.js';
import { type GraphFilters, fetchGraph, fetchNeighbors } from '../api/client.js';
import { buildGraph, rememberPositions, type Positions } from '../graph/build.js';
import { type Coloring, assignCommunities, computeColoring, rememberDomains } from '../graph/communities.js';
import { seedByCommunity } from '../graph/seed.js';
import { arrangePath, pathEdgeKeys, pathGraph } from '../graph/overlays.js';
import type { CommGraph } from '../graph/types.js';
import type { ColorBy } from '../state/url-state.js';
import { EXPAND_SETTLE_MS, LayoutController, settleBudgetMs, settleLayout } from './layout.js';
import { type Highlight, emptyHighlight } from './reducers.js';
import {
  type CommSigma,
  type SigmaHandlers,
  createSigma,
  fitCamera,
  focusCamera,
  holdFrame,
  showNodes,
} from './sigma-view.js';

export interface GraphInfo {
  state: 'loading' | 'ready' | 'error';
  error: string | null;
  nodes: number;
  edges: number;
  /** What the API said about the filtered graph (top-N cut). */
  base: GraphResponse['attributes'] | null;
  coloring: Coloring | null;
  layoutRunning: boolean;
  /** Domains seen in any graph loaded so far, with their largest node count (the domain filter's list). */
  domains: Map<string, number>;
}

export interface SyncState {
  filters: GraphFilters;
  expanded: string[];
  removed: string[];
  pinned: string[];
  path: PathResponse['paths'][number] | null;
  query: GraphResponse | null;
}

type PathView = PathResponse['paths'][number];

// Above this many nodes a first load is drawn before its layout settles (first frame sooner).
const RENDER_FIRST_ABOVE = 1_500;

// Correspondents added by one expansion (the API sends the heaviest first).
const EXPAND_LIMIT = 200;

const setBodyState = (state: string) => (document.body.dataset.graphState = state);

export class Explorer {
  graph: CommGraph = new Graph({ type: 'directed', multi: false, allowSelfLoops: true });
  readonly info = signal<GraphInfo>({
    state: 'loading',
    error: null,
    nodes: 0,
    edges: 0,
    base: null,
    coloring: null,
    layoutRunning: false,
    domains: new Map(),
  });
  private sigma: CommSigma | null = null;
  private readonly layout = new LayoutController((running) => {
    if (!running) rememberPositions(this.graph, this.positions);
    this.info.value = { ...this.info.value, layoutRunning: running };
  });
  private readonly highlight: Highlight = emptyHighlight();
  private readonly positions: Positions = new Map();
  private base: GraphResponse | null = null;
  private baseKey = '';
  private readonly expansions = new Map<string, GraphResponse>();
  private path: PathView | null = null;
  private wanted: SyncState | null = null;
  private working: Promise<void> | null = null;
  private drawnOnce = false;
  private awaitingFrame = false;
  private version = 0;
  private focus: string | null = null;
  private framedPath: PathView | null = null;
  private framedQuery: GraphResponse | null = null;
  private cameraOn: string | null = null;
  private lastAsked: SyncState | null = null;

  mount(container: HTMLElement, handlers: SigmaHandlers): void {
    this.sigma = createSigma(this.graph, () => this.graph, container, this.highlight, handlers);
    this.sigma.on('afterRender', () => {
      if (!this.awaitingFrame) return;
      this.awaitingFrame = false;
      performance.mark('leakgraph:rendered');
      setBodyState('rendered');
    });
  }

  get renderer(): CommSigma | null {
    return this.sigma;
  }

  /** Asks for this view; resolves when it (or a newer one) is drawn. */
  sync(state: SyncState): Promise<void> {
    this.lastAsked = state;
    this.wanted = state;
    this.working ??= this.drain().finally(() => (this.working = null));
    return this.working;
  }

  /**
   * The graph's data changed on the server (an identity merge, split or undo from the explorer):
   * read the graph and the expansions again for the last view asked, keeping the positions.
   */
  reloadData(): Promise<void> {
    this.baseKey = '';
    this.expansions.clear();
    return this.lastAsked ? this.sync(this.lastAsked) : Promise.resolve();
  }

  private async drain(): Promise<void> {
    while (this.wanted) {
      const state = this.wanted;
      this.wanted = null;
      try {
        await this.apply(state);
      } catch (error) {
        if (this.wanted) continue;
        this.info.value = { ...this.info.value, state: 'error', error: (error as Error).message };
        setBodyState('error');
      }
    }
  }

  private async fetchSources(state: SyncState): Promise<void> {
    const key = JSON.stringify(state.filters);
    if (key !== this.baseKey) {
      this.base = await fetchGraph(state.filters);
      this.baseKey = key;
      performance.mark('leakgraph:graph-fetched');
    }
    for (const id of [...this.expansions.keys()]) if (!state.expanded.includes(id)) this.expansions.delete(id);
    const missing = state.expanded.filter((id) => !this.expansions.has(id));
    // An expansion shows a person's correspondents beyond the filters: that is why one asks for it.
    const fetched = await Promise.all(missing.map((id) => fetchNeighbors(id, 1, EXPAND_LIMIT)));
    missing.forEach((id, i) => this.expansions.set(id, fetched[i]!));
  }

  private async apply(state: SyncState): Promise<void> {
    setBodyState('loading');
    this.info.value = { ...this.info.value, state: 'loading', error: null };
    await this.fetchSources(state);
    if (this.wanted) return; // a newer view was asked for while fetching
    this.layout.stop();
    rememberPositions(this.graph, this.positions);
    const known = new Set(this.positions.keys());
    this.path = state.path;
    const { graph, placed } = buildGraph(
      {
        base: this.base,
        expansions: this.expansions,
        path: state.path ? pathGraph(state.path) : null,
        query: state.query,
        removed: new Set(state.removed),
        pinned: new Set(state.pinned),
      },
      this.positions,
    );
    assignCommunities(graph);
    const fresh = known.size === 0;
    if (fresh) seedByCommunity(graph);
    performance.mark('leakgraph:graph-built');
    if (fresh && graph.order > RENDER_FIRST_ABOVE) {
      // A big first load is drawn at once from its community seeding, then tidied off screen.
      this.swapIn(graph, state);
      await this.settleDrawn(graph, settleBudgetMs(graph.order));
      return;
    }
    if (placed.length) {
      const hold = new Set(graph.filterNodes((node) => known.has(node)));
      await settleLayout(graph, hold.size ? EXPAND_SETTLE_MS : settleBudgetMs(graph.order), hold);
      // A chain is read in order: its newcomers go in line rather than wherever the forces left them.
      if (state.path) arrangePath(graph, state.path, new Set(placed));
      rememberPositions(graph, this.positions);
    }
    performance.mark('leakgraph:layout-settled');
    if (this.wanted) return;
    document.body.dataset.layout = 'settled';
    this.swapIn(graph, state);
  }

  /** Lays out a copy of the drawn graph, then moves the drawn nodes once (one redraw, no animation). */
  private async settleDrawn(graph: CommGraph, ms: number): Promise<void> {
    document.body.dataset.layout = 'settling';
    const copy = graph.copy();
    await settleLayout(copy, ms);
    performance.mark('leakgraph:layout-settled');
    if (this.graph === graph && !this.layout.running) {
      graph.updateEachNodeAttributes(
        (node, a) => ({ ...a, x: copy.getNodeAttribute(node, 'x'), y: copy.getNodeAttribute(node, 'y') }),
        {
          attributes: ['x', 'y'],
        },
      );
      rememberPositions(graph, this.positions);
      this.sigma?.setCustomBBox(null);
      this.sigma?.refresh();
      this.sigma?.setCustomBBox(this.sigma.getBBox());
    }
    document.body.dataset.layout = 'settled';
  }

  private swapIn(graph: CommGraph, state: SyncState): void {
    this.graph = graph;
    const coloring = computeColoring(graph);
    this.highlight.coloring = coloring;
    this.highlight.queryNodes = state.query
      ? new Set(state.query.nodes.map((n) => n.key).filter((k) => graph.hasNode(k)))
      : null;
    this.updatePathHighlight();
    this.refreshFocusNeighbours();
    const domains = rememberDomains(this.info.value.domains, coloring);
    this.info.value = {
      ...this.info.value,
      state: 'ready',
      nodes: graph.order,
      edges: graph.size,
      base: this.base?.attributes ?? null,
      coloring,
      domains,
    };
    if (!this.sigma) return;
    this.awaitingFrame = true;
    document.body.dataset.graphVersion = String(++this.version);
    setBodyState('drawn');
    if (this.drawnOnce) holdFrame(this.sigma, graph);
    this.sigma.setGraph(graph);
    if (!this.drawnOnce) {
      this.drawnOnce = true;
      this.sigma.setCustomBBox(this.sigma.getBBox());
    }
    // A new path or query result is shown whole: the camera frames its persons.
    if (state.path && state.path !== this.framedPath)
      showNodes(
        this.sigma,
        state.path.persons.map((p) => p.id),
      );
    if (state.query && state.query !== this.framedQuery)
      showNodes(
        this.sigma,
        state.query.nodes.map((n) => n.key),
      );
    this.framedQuery = state.query;
    this.framedPath = state.path;
  }

  private updatePathHighlight(): void {
    const path = this.path;
    this.highlight.pathNodes = path
      ? new Set(path.persons.map((p) => p.id).filter((id) => this.graph.hasNode(id)))
      : null;
    this.highlight.pathEdges = path ? pathEdgeKeys(this.graph, path) : null;
  }

  /** A focus outside the current graph (filtered out, removed) highlights nothing rather than dimming all. */
  private refreshFocusNeighbours(): void {
    const f = this.focus && this.graph.hasNode(this.focus) ? this.focus : null;
    this.highlight.focus = f;
    this.highlight.focusNeighbours = f ? new Set(this.graph.neighbors(f)) : new Set();
  }

  private redraw(): void {
    this.sigma?.refresh({ skipIndexation: true });
  }

  /**
   * Highlights a node and, unless told otherwise, brings the camera to it. With 'if-new' the camera
   * moves only to a node it has not been brought to yet (a node that just arrived in the graph),
   * so a redraw does not yank the view away from where the analyst panned.
   */
  setFocus(node: string | null, camera: boolean | 'if-new' = true): void {
    this.focus = node;
    this.refreshFocusNeighbours();
    this.redraw();
    if (!node || !this.sigma || !this.graph.hasNode(node)) return;
    if (camera === true || (camera === 'if-new' && this.cameraOn !== node)) {
      focusCamera(this.sigma, node);
      this.cameraOn = node;
    }
  }

  setHover(node: string | null): void {
    this.highlight.hovered = node;
    this.highlight.hoverNeighbours = node && this.graph.hasNode(node) ? new Set(this.graph.neighbors(node)) : new Set();
    this.redraw();
  }

  setHidden(hidden: string[]): void {
    this.highlight.hidden = new Set(hidden);
    this.redraw();
  }

  setColorBy(colorBy: ColorBy): void {
    this.highlight.colorBy = colorBy;
    this.redraw();
  }

  /** Live layout: the frame follows the graph while it moves, and is held again when it stops. */
  toggleLayout(): void {
    if (this.layout.running) {
      this.layout.stop();
      if (this.sigma) this.sigma.setCustomBBox(this.sigma.getBBox());
    } else {
      this.sigma?.setCustomBBox(null);
      this.layout.start(this.graph);
    }
  }

  fit(): void {
    if (this.sigma) fitCamera(this.sigma);
  }

  /** Where a node is drawn, in pixels from the graph area's top-left corner (null if not drawn). */
  screenPosition(node: string): { x: number; y: number } | null {
    const display = this.sigma?.getNodeDisplayData(node);
    return display && this.sigma ? this.sigma.framedGraphToViewport(display) : null;
  }

  /** Nodes on screen right now: in the view graph and not hidden. */
  visibleNodes(): string[] {
    return this.graph.filterNodes((node) => !this.highlight.hidden.has(node));
  }

  kill(): void {
    this.layout.stop();
    this.sigma?.kill();
  }
}
