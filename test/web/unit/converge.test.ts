/**
 * Issue 15: the first picture is a settled layout. ForceAtlas2 runs to its stop criterion (shape
 * change per iteration, with the picture's drift, turn and zoom taken out), reports progress, and
 * leaves held nodes where they are. The graph: two groups that write mostly among themselves,
 * built here with a seeded generator, so the expected outcome (two separate clusters) is known
 * independently of the layout code.
 */
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';

import { type ConvergeOptions, type LayoutProgress, converge, shapeChange } from '../../../web/src/graph/converge.js';
import { seededRandom } from '../../../web/src/graph/random.js';

type Node = { x: number; y: number; size: number; fixed: boolean; group: number };

function twoGroups(perGroup: number): Graph<Node, { count: number }> {
  const rand = seededRandom(11);
  const graph = new Graph<Node, { count: number }>({ type: 'directed' });
  for (let i = 0; i < 2 * perGroup; i++)
    graph.addNode(`n${i}`, { x: rand() * 100, y: rand() * 100, size: 3, fixed: false, group: i % 2 });
  const nodes = graph.nodes();
  for (let k = 0; k < perGroup * 6; k++) {
    const a = nodes[Math.floor(rand() * nodes.length)]!;
    const same = rand() < 0.95;
    const pool = nodes.filter(
      (n) => (graph.getNodeAttribute(n, 'group') === graph.getNodeAttribute(a, 'group')) === same,
    );
    const b = pool[Math.floor(rand() * pool.length)]!;
    if (a !== b && !graph.hasEdge(a, b)) graph.addDirectedEdge(a, b, { count: 1 + Math.floor(rand() * 5) });
  }
  return graph;
}

function run(graph: Graph<Node, { count: number }>, options: ConvergeOptions) {
  const steps: LayoutProgress[] = [];
  const it = converge(graph, options);
  let step = it.next();
  while (!step.done) {
    steps.push(step.value);
    step = it.next();
  }
  return { steps, last: step.value };
}

const OPTIONS: ConvergeOptions = { batch: 25, tolerance: 2e-4, maxIterations: 3_000, patience: 8 };

describe('shapeChange', () => {
  const square = Float64Array.from([0, 0, 1, 0, 1, 1, 0, 1]);
  it('is zero for the same shape moved, turned and scaled', () => {
    const [c, s] = [Math.cos(0.7) * 2.5, Math.sin(0.7) * 2.5];
    const moved = square.map((_, i) =>
      i % 2 === 0 ? c * square[i]! - s * square[i + 1]! + 40 : s * square[i - 1]! + c * square[i]! - 7,
    );
    expect(shapeChange(square, moved)).toBeCloseTo(0, 12);
  });
  it('measures a real change of shape, relative to the radius', () => {
    // One corner pulled outwards along its diagonal: the square becomes a kite.
    const kite = Float64Array.from([0, 0, 1, 0, 2, 2, 0, 1]);
    expect(shapeChange(square, kite)).toBeGreaterThan(0.05);
  });
});

describe('converge', () => {
  it('settles two groups into two clusters before its cap, with progress along the way', () => {
    const graph = twoGroups(60);
    const { steps, last } = run(graph, OPTIONS);
    expect(last.converged).toBe(true);
    expect(last.iterations).toBeLessThan(OPTIONS.maxIterations);
    expect(last.iterations % OPTIONS.batch).toBe(0);
    expect(steps.length).toBeGreaterThan(2);
    expect(steps.map((s) => s.iterations)).toEqual(steps.map((_, i) => (i + 1) * OPTIONS.batch));
    // Early batches move far more than the last one.
    expect(steps[0]!.movement).toBeGreaterThan(last.movement * 5);

    // Readable: each group's centre is far from the other's, compared with the groups' spread.
    const centre = (g: number) => {
      const xs = graph.filterNodes((_, a) => a.group === g).map((n) => graph.getNodeAttributes(n));
      return { x: xs.reduce((s, a) => s + a.x, 0) / xs.length, y: xs.reduce((s, a) => s + a.y, 0) / xs.length, xs };
    };
    const [a, b] = [centre(0), centre(1)];
    const spread = (c: ReturnType<typeof centre>) =>
      Math.sqrt(c.xs.reduce((s, p) => s + (p.x - c.x) ** 2 + (p.y - c.y) ** 2, 0) / c.xs.length);
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(1.5 * Math.max(spread(a), spread(b)));
  });

  it('another run from the settled picture barely changes its shape', () => {
    const graph = twoGroups(60);
    run(graph, OPTIONS);
    const snapshot = () =>
      Float64Array.from(graph.nodes().flatMap((n) => [graph.getNodeAttribute(n, 'x'), graph.getNodeAttribute(n, 'y')]));
    const settled = snapshot();
    run(graph, { ...OPTIONS, tolerance: 0, patience: Infinity, maxIterations: 500 });
    expect(shapeChange(settled, snapshot())).toBeLessThan(0.1);
  });

  it('leaves held nodes where they are and stops at its cap when told to', () => {
    const graph = twoGroups(30);
    const held = graph.nodes().slice(0, 20);
    const before = held.map((n) => ({ ...graph.getNodeAttributes(n) }));
    const startX = new Map(graph.mapNodes((n, a) => [n, a.x] as const));
    held.forEach((n) => graph.setNodeAttribute(n, 'fixed', true));
    const { last } = run(graph, { ...OPTIONS, tolerance: 0, patience: Infinity, maxIterations: 60 });
    expect(last).toMatchObject({ iterations: 60, converged: false });
    // FA2 hands positions back through Float32Arrays: a held node moves by rounding, no more.
    held.forEach((n, i) => {
      expect(graph.getNodeAttribute(n, 'x')).toBeCloseTo(before[i]!.x, 4);
      expect(graph.getNodeAttribute(n, 'y')).toBeCloseTo(before[i]!.y, 4);
    });
    // The free nodes did move.
    const free = graph.nodes().slice(20);
    expect(free.some((n) => graph.getNodeAttribute(n, 'x') !== startX.get(n))).toBe(true);
  });
});
