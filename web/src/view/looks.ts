/**
 * How the drawn graph looks, apart from its data: focus, hover, hidden nodes, colouring. Each
 * change edits the reducers' inputs (Highlight) and asks for a redraw; redraws are coalesced to
 * at most one sigma refresh per animation frame, and a change that changes nothing asks for none.
 * On software WebGL one refresh costs seconds (shared/notes/headless-webgl.md).
 */
import type { CommGraph } from '../graph/types.js';
import type { ColorBy } from '../state/url-state.js';
import { type Highlight, emptyHighlight } from './reducers.js';
import type { CommSigma } from './sigma-view.js';

const sameSet = (a: ReadonlySet<string>, b: readonly string[]) => a.size === b.length && b.every((x) => a.has(x));

export class Looks {
  readonly highlight: Highlight = emptyHighlight();
  /** The focus asked for (it may not be in the graph yet). */
  focus: string | null = null;
  private frame = 0;

  constructor(
    private readonly sigma: () => CommSigma | null,
    private readonly graph: () => CommGraph,
  ) {}

  /** One refresh at the next frame, however many looks change before it. */
  redraw(): void {
    if (this.frame || !this.sigma()) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.sigma()?.refresh({ skipIndexation: true });
    });
  }

  get redrawPending(): boolean {
    return this.frame !== 0;
  }

  /** A new graph is being drawn now (with the current looks): a pending redraw would repeat it. */
  cancelRedraw(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** A focus outside the current graph (filtered out, removed) highlights nothing rather than dimming all. */
  refreshFocus(): void {
    const graph = this.graph();
    const f = this.focus && graph.hasNode(this.focus) ? this.focus : null;
    this.highlight.focus = f;
    this.highlight.focusNeighbours = f ? new Set(graph.neighbors(f)) : new Set();
  }

  setFocus(node: string | null): void {
    if (node === this.focus) return;
    this.focus = node;
    this.refreshFocus();
    this.redraw();
  }

  setHover(node: string | null): void {
    if (node === this.highlight.hovered) return;
    const graph = this.graph();
    this.highlight.hovered = node;
    this.highlight.hoverNeighbours = node && graph.hasNode(node) ? new Set(graph.neighbors(node)) : new Set();
    this.redraw();
  }

  setHidden(hidden: string[]): void {
    if (sameSet(this.highlight.hidden, hidden)) return;
    this.highlight.hidden = new Set(hidden);
    this.redraw();
  }

  setColorBy(colorBy: ColorBy): void {
    if (colorBy === this.highlight.colorBy) return;
    this.highlight.colorBy = colorBy;
    this.redraw();
  }
}
