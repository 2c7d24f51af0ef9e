/**
 * Node labels that never overlap. Sigma's label grid keeps one candidate per cell, but a long name
 * runs over the next cell ("Chris Germany" over "Victor Lamadrid"). Sigma hands each candidate to
 * `drawLabel`; here they are only collected, and once the frame is drawn (afterRender) they are
 * placed by priority (forced labels, then the largest nodes) and a label that would touch one
 * already placed is left out. The boxes placed last are kept, so tests can check them. A renderer
 * using a placer calls reset() on beforeRender and flush() on afterRender.
 */
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

import type { EdgeAttributes, NodeAttributes } from '../graph/types.js';

// Sigma passes the node's key along with its display data (renderLabels), though its type omits it.
type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { key?: string };
type LabelSettings = Settings<NodeAttributes, EdgeAttributes>;

export interface LabelBox {
  node: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

// Room kept around a label, in pixels: letters that touch read as one word.
const GAP = 2;
const CELL = 64;

interface Collected {
  context: CanvasRenderingContext2D;
  data: LabelData;
  settings: LabelSettings;
}

function font(settings: LabelSettings): string {
  return `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
}

/** Greedy placement over a coarse grid of the boxes already placed. */
class Occupancy {
  private readonly cells = new Map<number, LabelBox[]>();

  private *cellsOf(b: LabelBox): Generator<number> {
    for (let cx = Math.floor(b.x / CELL); cx <= Math.floor((b.x + b.width) / CELL); cx++)
      for (let cy = Math.floor(b.y / CELL); cy <= Math.floor((b.y + b.height) / CELL); cy++) yield cx * 100_003 + cy;
  }

  fits(b: LabelBox): boolean {
    for (const cell of this.cellsOf(b))
      for (const o of this.cells.get(cell) ?? [])
        if (
          b.x < o.x + o.width + GAP &&
          o.x < b.x + b.width + GAP &&
          b.y < o.y + o.height + GAP &&
          o.y < b.y + b.height + GAP
        )
          return false;
    return true;
  }

  add(b: LabelBox): void {
    for (const cell of this.cellsOf(b)) {
      const list = this.cells.get(cell);
      if (list) list.push(b);
      else this.cells.set(cell, [b]);
    }
  }
}

/** A label sigma would draw: where (the node's centre, in pixels), how big, how wide its text is. */
export interface LabelCandidate {
  node: string;
  label: string;
  x: number;
  y: number;
  /** The node's radius in pixels. */
  size: number;
  width: number;
  forced: boolean;
}

/**
 * The labels to draw, most important first (forced, then the largest nodes): each is kept only if
 * its box (right of its node, one line high) keeps GAP pixels from every box kept before it.
 */
export function placeLabels(candidates: LabelCandidate[], labelSize: number): LabelBox[] {
  const ranked = [...candidates].sort((a, b) => Number(b.forced) - Number(a.forced) || b.size - a.size);
  const occupied = new Occupancy();
  const placed: LabelBox[] = [];
  for (const c of ranked) {
    const box = {
      node: c.node,
      label: c.label,
      x: c.x + c.size + 3,
      y: c.y - (labelSize * 2) / 3,
      width: c.width,
      height: labelSize,
    };
    if (!occupied.fits(box)) continue;
    occupied.add(box);
    placed.push(box);
  }
  return placed;
}

export class LabelPlacer {
  private candidates: Collected[] = [];
  private readonly widths = new Map<string, number>();
  private widthFont = '';
  /** The labels drawn in the last frame. */
  placed: LabelBox[] = [];

  /** Sigma's `defaultDrawNodeLabel`: remember the candidate, draw nothing yet. */
  readonly collect = (context: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings): void => {
    if (data.label) this.candidates.push({ context, data: { ...data }, settings });
  };

  private width(context: CanvasRenderingContext2D, label: string, f: string): number {
    if (f !== this.widthFont) {
      this.widths.clear();
      this.widthFont = f;
    }
    let w = this.widths.get(label);
    if (w === undefined) {
      context.font = f;
      w = context.measureText(label).width;
      this.widths.set(label, w);
    }
    return w;
  }

  /** A frame starts: candidates of an earlier frame that was never flushed are stale. */
  reset(): void {
    this.candidates = [];
  }

  /** After the frame: place and draw the collected labels, most important first. */
  flush(): void {
    const list = this.candidates;
    this.candidates = [];
    if (list.length === 0) {
      this.placed = [];
      return;
    }
    const { context, settings } = list[0]!;
    const f = font(settings);
    const placed = placeLabels(
      list.map(({ data }) => ({
        node: data.key ?? '',
        label: data.label!,
        x: data.x,
        y: data.y,
        size: data.size,
        width: this.width(context, data.label!, f),
        forced: !!data.forceLabel,
      })),
      settings.labelSize,
    );
    context.font = f;
    // A pale halo keeps the name readable where it crosses edges.
    context.lineWidth = 3;
    context.lineJoin = 'round';
    context.strokeStyle = 'rgba(251, 251, 252, 0.9)';
    context.fillStyle = settings.labelColor.color ?? '#000';
    // The baseline where sigma puts it: a third of the text size below the node's centre.
    for (const box of placed) {
      context.strokeText(box.label, box.x, box.y + box.height);
      context.fillText(box.label, box.x, box.y + box.height);
    }
    this.placed = placed;
  }
}
