/**
 * The explorer's graph engine: turns the view state (filters, edits, path, query) into the drawn
 * graph. Fetches what changed, builds the graph, computes communities (coloured as before: a
 * person keeps their colour), settles the layout off screen to its stop criterion, and swaps the
 * settled graph into sigma in one frame: fitted after a filter change, held after an edit.
 * Requests are queued: the newest state wins, and a slow fetch never overwrites a newer view.
 *
 * Signals for tests and benchmarks: body[data-graph-state] is "loading" while working, "drawn"
 * once the graph is swapped in, "rendered" after the first frame that shows it, "error" on failure;
 * body[data-graph-version] counts the graphs swapped in; body[data-layout] is "settling" while the
 * layout runs. Performance marks (leakgraph:graph-fetched, …:graph-built, …:layout-settled,
 * …:rendered) time each step for the benchmark.
 */
import { signal } from '@preact/signals';
import { downloadAsPNG } from '@sigma/export-image';
import Graph from 'graphology';
import type Sigma from 'sigma';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';

import type { DrawnGraph, GraphResponse, PathResponse } from '../../../contract/index.js';
import { type GraphFilters, fetchGraph, fetchNeighbors } from '../api/client.js';
import { buildGraph, rememberPositions, type Positions } from '../graph/build.js';
import { type Coloring, assignCommunities, computeColoring, emptyColoringMemory } from '../graph/communities.js';
import { FIRST_LAYOUT, type LayoutProgress, NEWCOMER_LAYOUT, progressShare } from '../graph/converge.js';
import { type LinkCut, linkCut } from '../graph/link-budget.js';
import { arrangePath, pathEdgeKeys, pathGraph } from '../graph/overlays.js';
import { seedByCommunity } from '../graph/seed.js';
import type { CommGraph } from '../graph/types.js';
import type { ColorBy } from '../state/url-state.js';
import { fitCamera, fitFrame, focusCamera, holdFrame, showNodes } from './camera.js';
import { LabelPlacer, type LabelBox } from './labels.js';
import { LayoutController } from './layout.js';
import { Looks } from './looks.js';
import { settleGraph } from './settle.js';
import { type CommSigma, type SigmaHandlers, createSigma } from './sigma-view.js';

export interface GraphInfo {
  state: 'loading' | 'ready' | 'error';
  error: string | null;
  nodes: number;
  edges: number;
  /** What the API said about the filtered graph (top-N cut). */
  base: GraphResponse['attributes'] | null;
  /** The filters the drawn graph was fetched with. */
  filters: GraphFilters | null;
  coloring: Coloring | null;
  layoutRunning: boolean;
  /** While the layout settles before a view is drawn: how far along, 0–1; null otherwise. */
  settling: number | null;
  /** The last settled layout stopped at its iteration cap rather than by its criterion. */
  unsettled: boolean;
  /** The overview's link budget: links lighter than its count are not drawn. */
  linkCut: LinkCut | null;
  /** Domains seen in any graph loaded so far (the domain filter's list; counts come from `coloring`). */
  domains: ReadonlySet<string>;
}

export interface SyncState {
  filters: GraphFilters;
  expanded: string[];
  removed: string[];
  pinned: string[];
  path: PathResponse['paths'][number] | null;
  query: DrawnGraph | null;
}

type PathView = PathResponse['paths'][number];

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
    filters: null,
    coloring: null,
    layoutRunning: false,
    settling: null,
    unsettled: false,
    linkCut: null,
    domains: new Set(),
  });
  private sigma: CommSigma | null = null;
  private readonly looks = new Looks(
    () => this.sigma,
    () => this.graph,
  );
  private readonly labels = new LabelPlacer();
  private readonly layout = new LayoutController((running) => {
    if (!running) rememberPositions(this.graph, this.positions);
    this.patchInfo({ layoutRunning: running });
  });
  private readonly positions: Positions = new Map();
  private readonly colorMemory = emptyColoringMemory();
  private base: DrawnGraph | null = null;
  private baseKey = '';
  private readonly expansions = new Map<string, DrawnGraph>();
  // The document choice the expansions were fetched with: they carry the person's documents (issue 12).
  private expansionsKey = '';
  private path: PathView | null = null;
  private wanted: SyncState | null = null;
  private working: Promise<void> | null = null;
  private drawnOnce = false;
  private awaitingFrame = false;
  private version = 0;
  private framedPath: PathView | null = null;
  private framedQuery: DrawnGraph | null = null;
  private cameraOn: string | null = null;
  private lastAsked: SyncState | null = null;

  mount(container: HTMLElement, handlers: SigmaHandlers): void {
    this.sigma = createSigma(this.graph, () => this.graph, container, this.looks.highlight, handlers, this.labels);
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

  private patchInfo(patch: Partial<GraphInfo>): void {
    this.info.value = { ...this.info.value, ...patch };
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
        this.patchInfo({ state: 'error', error: (error as Error).message, settling: null });
        setBodyState('error');
        document.body.dataset.layout = 'settled';
      }
    }
  }

  /** Fetches what changed; true when the filtered graph itself changed (the view is re-fitted). */
  private async fetchSources(state: SyncState): Promise<boolean> {
    const key = JSON.stringify(state.filters);
    const refetch = key !== this.baseKey;
    if (refetch) {
      this.base = await fetchGraph(state.filters);
      this.baseKey = key;
      performance.mark('leakgraph:graph-fetched');
    }
    const documents = { documents: state.filters.documents, anomalies: state.filters.anomalies };
    const documentsKey = JSON.stringify(documents);
    if (documentsKey !== this.expansionsKey) this.expansions.clear();
    this.expansionsKey = documentsKey;
    for (const id of [...this.expansions.keys()]) if (!state.expanded.includes(id)) this.expansions.delete(id);
    const missing = state.expanded.filter((id) => !this.expansions.has(id));
    // An expansion shows a person's correspondents beyond the filters: that is why one asks for it.
    // Its documents follow the filters' document choice, as the graph's do.
    const fetched = await Promise.all(missing.map((id) => fetchNeighbors(id, 1, EXPAND_LIMIT, documents)));
    missing.forEach((id, i) => this.expansions.set(id, fetched[i]!));
    return refetch;
  }

  private async apply(state: SyncState): Promise<void> {
    setBodyState('loading');
    this.patchInfo({ state: 'loading', error: null });
    const refit = await this.fetchSources(state);
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
    if (known.size === 0) seedByCommunity(graph);
    performance.mark('leakgraph:graph-built');
    if (placed.length) {
      const hold = new Set(graph.filterNodes((node) => known.has(node)));
      // Mostly new nodes: a first picture, settled fully; a few newcomers only find their place.
      const done = await this.settle(graph, hold, placed.length > graph.order / 2 ? FIRST_LAYOUT : NEWCOMER_LAYOUT);
      if (!done) return;
      // A chain is read in order: its newcomers go in line rather than wherever the forces left them.
      if (state.path) arrangePath(graph, state.path, new Set(placed));
      rememberPositions(graph, this.positions);
    }
    performance.mark('leakgraph:layout-settled');
    if (this.wanted) return;
    this.swapIn(graph, state, refit || !this.drawnOnce);
  }

  private async settle(graph: CommGraph, hold: ReadonlySet<string>, options = FIRST_LAYOUT): Promise<boolean> {
    document.body.dataset.layout = 'settling';
    let first = 0;
    const onProgress = (p: LayoutProgress) => {
      first ||= p.movement;
      const share = Math.floor(progressShare(p, first, options) * 100) / 100;
      if (share !== this.info.value.settling) this.patchInfo({ settling: share });
    };
    this.patchInfo({ settling: 0 });
    const done = await settleGraph(graph, hold, options, onProgress, () => this.wanted !== null);
    this.patchInfo({ settling: null, ...(done && { unsettled: !done.converged }) });
    document.body.dataset.layout = 'settled';
    return done !== null;
  }

  /** Hands the settled graph to sigma: frame and looks are set first, so this costs one frame. */
  private swapIn(graph: CommGraph, state: SyncState, fit: boolean): void {
    this.graph = graph;
    const coloring = computeColoring(graph, this.colorMemory);
    const h = this.looks.highlight;
    h.coloring = coloring;
    const cut = linkCut(graph);
    h.minLinkCount = cut.minCount;
    h.queryNodes = state.query ? new Set(state.query.nodes.map((n) => n.key).filter((k) => graph.hasNode(k))) : null;
    this.updatePathHighlight();
    this.looks.refreshFocus();
    this.patchInfo({
      state: 'ready',
      nodes: graph.order,
      edges: graph.size,
      base: this.base?.attributes ?? null,
      filters: state.filters,
      coloring,
      linkCut: cut,
      domains: new Set([...this.info.value.domains, ...coloring.domainCounts.keys()]),
    });
    if (!this.sigma) return;
    this.awaitingFrame = true;
    document.body.dataset.graphVersion = String(++this.version);
    setBodyState('drawn');
    if (fit) fitFrame(this.sigma, graph);
    else holdFrame(this.sigma, graph);
    this.drawnOnce = true;
    this.looks.cancelRedraw();
    this.sigma.setGraph(graph);
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
    const h = this.looks.highlight;
    h.pathNodes = path ? new Set(path.persons.map((p) => p.id).filter((id) => this.graph.hasNode(id))) : null;
    h.pathEdges = path ? pathEdgeKeys(this.graph, path) : null;
  }

  /**
   * Highlights a node and, unless told otherwise, brings the camera to it. With 'if-new' the camera
   * moves only to a node it has not been brought to yet (a node that just arrived in the graph),
   * so a redraw does not yank the view away from where the analyst panned.
   */
  setFocus(node: string | null, camera: boolean | 'if-new' = true): void {
    this.looks.setFocus(node);
    if (!node || !this.sigma || !this.graph.hasNode(node)) return;
    if (camera === true || (camera === 'if-new' && this.cameraOn !== node)) {
      focusCamera(this.sigma, node);
      this.cameraOn = node;
    }
  }

  setHover(node: string | null): void {
    this.looks.setHover(node);
  }

  setHidden(hidden: string[]): void {
    this.looks.setHidden(hidden);
  }

  setColorBy(colorBy: ColorBy): void {
    this.looks.setColorBy(colorBy);
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
    if (this.sigma) fitCamera(this.sigma, this.graph);
  }

  /** Where a node is drawn, in pixels from the graph area's top-left corner (null if not drawn). */
  screenPosition(node: string): { x: number; y: number } | null {
    const display = this.sigma?.getNodeDisplayData(node);
    return display && this.sigma ? this.sigma.framedGraphToViewport(display) : null;
  }

  /** The colour a node is drawn in (after the reducers), null if not drawn. */
  drawnColor(node: string): string | null {
    return this.sigma?.getNodeDisplayData(node)?.color ?? null;
  }

  /** The labels drawn in the last frame, with their boxes in pixels. */
  drawnLabels(): LabelBox[] {
    return this.labels.placed;
  }

  /** The view as a PNG (@sigma/export-image), labels placed as on screen. */
  async downloadPNG(fileName: string): Promise<void> {
    if (!this.sigma) return;
    const placer = new LabelPlacer();
    // export-image is typed for untyped graphs; ours only adds attributes.
    await downloadAsPNG(this.sigma as unknown as Sigma, {
      fileName,
      backgroundColor: '#ffffff',
      sigmaSettings: { defaultDrawNodeLabel: placer.collect as NodeLabelDrawingFunction },
      withTempRenderer: (renderer) => {
        // Its first frames were drawn before this hook: draw once more with the placer listening.
        placer.reset();
        renderer.on('afterRender', () => placer.flush());
        renderer.refresh();
      },
    });
  }

  /** Nothing under way: no view being loaded or laid out, no redraw pending, the camera still. */
  idle(): boolean {
    const i = this.info.value;
    return (
      !this.working &&
      i.settling === null &&
      !i.layoutRunning &&
      !this.looks.redrawPending &&
      !this.awaitingFrame &&
      !(this.sigma?.getCamera().isAnimated() ?? false)
    );
  }

  /** Nodes on screen right now: in the view graph and not hidden. */
  visibleNodes(): string[] {
    return this.graph.filterNodes((node) => !this.looks.highlight.hidden.has(node));
  }

  kill(): void {
    this.layout.stop();
    this.looks.cancelRedraw();
    this.sigma?.kill();
  }
}
