/**
 * ForceAtlas2 run to a stop criterion instead of for a time budget: the first picture an analyst
 * sees is the settled layout, not a transient that depends on how busy the machine was. Pure
 * (no DOM): the layout worker runs it, and the tests run it in Node.
 *
 * The criterion: every `batch` iterations, how much the shape changed per iteration (shapeChange:
 * what is left of the nodes' movement once a drift or turn of the whole picture is taken out, as a
 * share of the layout's radius). Below `tolerance` the picture no longer changes visibly: on the
 * Enron graphs measured (448 to 2,000 persons), a run stopped there ends within 2–5 % of the radius
 * of where 1,500 iterations take it. Barnes–Hut (above 2,000 nodes) leaves a noise floor: a run
 * whose change stops falling for `patience` batches while near the tolerance has settled too.
 * `maxIterations` bounds the work; the analyst can run the live layout on.
 */
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { AbstractGraph, Attributes } from 'graphology-types';

export interface ConvergeOptions {
  batch: number;
  tolerance: number;
  maxIterations: number;
  patience: number;
}

export interface LayoutProgress {
  iterations: number;
  /** Mean movement per iteration over the last batch, as a share of the layout's radius. */
  movement: number;
  converged: boolean;
}

/** A first view: settle well (the picture stays); bounded for the biggest views (~20,000 nodes). */
export const FIRST_LAYOUT: ConvergeOptions = { batch: 25, tolerance: 2e-4, maxIterations: 1_500, patience: 8 };
/** Newcomers beside a held layout (expansion, filter change): they only find their place. */
export const NEWCOMER_LAYOUT: ConvergeOptions = { batch: 25, tolerance: 2e-4, maxIterations: 400, patience: 8 };

// "Near the tolerance" for the plateau rule, and what counts as still falling.
const PLATEAU_BAND = 3;
const FALLING = 0.9;

type LayoutNode = Attributes & { x: number; y: number; fixed?: boolean };
type LayoutGraph = AbstractGraph<LayoutNode, Attributes & { count: number }>;

/** FA2 settings for a mail graph: hubs are pushed out of the middle, heavy links pull harder. */
// Barnes–Hut repulsion (θ 0.5, as Gephi) from a few hundred nodes on: graphology infers it only
// above 2,000, so the default first view (the top 2,000 persons) paid the exact O(n²) repulsion on
// every iteration. On a 2,000-node / 20,000-link graph (bench:web's synthetic generator) it
// reached the same stop criterion 4.8× sooner (13 s against 63 s, in Node, shared machine).
const BARNES_HUT_ABOVE = 500;

export function layoutSettings(order: number): ForceAtlas2Settings {
  return {
    ...forceAtlas2.inferSettings(order),
    barnesHutOptimize: order > BARNES_HUT_ABOVE,
    outboundAttractionDistribution: true,
    edgeWeightInfluence: 0.5,
  };
}

function radius(graph: LayoutGraph): number {
  let cx = 0;
  let cy = 0;
  graph.forEachNode((_, a) => {
    cx += a.x;
    cy += a.y;
  });
  cx /= graph.order;
  cy /= graph.order;
  let sum = 0;
  graph.forEachNode((_, a) => (sum += (a.x - cx) ** 2 + (a.y - cy) ** 2));
  return Math.sqrt(sum / graph.order) || 1;
}

function meanMove(before: Float64Array, after: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < before.length; i += 2) sum += Math.hypot(after[i]! - before[i]!, after[i + 1]! - before[i + 1]!);
  return sum / (before.length / 2);
}

/**
 * How much the shape changed between two snapshots of the same nodes, per node, as a share of the
 * layout's radius: the residual after the best translation, rotation and scale (Procrustes). A
 * layout drifting or turning as a whole looks the same to the analyst; only the residual counts.
 */
export function shapeChange(before: Float64Array, after: Float64Array): number {
  const n = before.length / 2;
  let bx = 0,
    by = 0,
    ax = 0,
    ay = 0;
  for (let i = 0; i < n; i++) {
    bx += before[2 * i]!;
    by += before[2 * i + 1]!;
    ax += after[2 * i]!;
    ay += after[2 * i + 1]!;
  }
  bx /= n;
  by /= n;
  ax /= n;
  ay /= n;
  let dot = 0,
    cross = 0,
    normB = 0,
    normA = 0;
  for (let i = 0; i < n; i++) {
    const px = before[2 * i]! - bx,
      py = before[2 * i + 1]! - by;
    const qx = after[2 * i]! - ax,
      qy = after[2 * i + 1]! - ay;
    dot += px * qx + py * qy;
    cross += px * qy - py * qx;
    normB += px * px + py * py;
    normA += qx * qx + qy * qy;
  }
  if (normB === 0 || normA === 0) return 0;
  const angle = Math.atan2(cross, dot);
  const scale = Math.hypot(dot, cross) / normB;
  const cos = Math.cos(angle) * scale,
    sin = Math.sin(angle) * scale;
  let residual = 0;
  for (let i = 0; i < n; i++) {
    const px = before[2 * i]! - bx,
      py = before[2 * i + 1]! - by;
    const qx = after[2 * i]! - ax,
      qy = after[2 * i + 1]! - ay;
    residual += Math.hypot(qx - (cos * px - sin * py), qy - (sin * px + cos * py));
  }
  return residual / n / Math.sqrt(normA / n);
}

/**
 * Runs FA2 on `graph` in batches, yielding progress after each; fixed nodes (attribute `fixed`)
 * stay where they are. Returns the last progress (converged or stopped at the cap).
 */
export function* converge(graph: LayoutGraph, options: ConvergeOptions): Generator<LayoutProgress, LayoutProgress> {
  const free = graph.filterNodes((_, a) => !a.fixed);
  let progress: LayoutProgress = { iterations: 0, movement: 0, converged: true };
  if (graph.order < 2 || free.length === 0) return progress;
  const settings = layoutSettings(graph.order);
  // With nodes held in place there is a fixed frame: the free nodes' own movement is what counts.
  const held = free.length < graph.order;
  const nodes = held ? free : graph.nodes();
  const snapshot = () => {
    const xy = new Float64Array(nodes.length * 2);
    nodes.forEach((node, i) => {
      const a = graph.getNodeAttributes(node);
      xy[2 * i] = a.x;
      xy[2 * i + 1] = a.y;
    });
    return xy;
  };
  let lowest = Infinity;
  let flat = 0;
  while (progress.iterations < options.maxIterations) {
    const before = snapshot();
    const iterations = Math.min(options.batch, options.maxIterations - progress.iterations);
    forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: 'count' });
    const after = snapshot();
    const movement = (held ? meanMove(before, after) / radius(graph) : shapeChange(before, after)) / iterations;
    flat = movement < lowest * FALLING ? 0 : flat + 1;
    lowest = Math.min(lowest, movement);
    const settled =
      movement < options.tolerance || (flat >= options.patience && movement < options.tolerance * PLATEAU_BAND);
    progress = { iterations: progress.iterations + iterations, movement, converged: settled };
    if (settled) break;
    yield progress;
  }
  return progress;
}

/** How far along a run is, 0–1, for a progress bar: movement falls roughly geometrically. */
export function progressShare(p: LayoutProgress, first: number, options: ConvergeOptions): number {
  if (p.converged) return 1;
  const byIterations = p.iterations / options.maxIterations;
  if (!(first > options.tolerance) || !(p.movement > 0)) return byIterations;
  const byMovement = Math.log(first / p.movement) / Math.log(first / options.tolerance);
  return Math.min(0.99, Math.max(byIterations, byMovement, 0));
}
