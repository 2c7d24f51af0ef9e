/**
 * Building the drawn graph from API graphs: a settled layout survives a rebuild (filters changed,
 * an expansion added), removed nodes stay out, self-addressed mail draws no loop, and only
 * newcomers are left for the layout to place.
 */
import { describe, expect, it } from 'vitest';

import type { GraphResponse } from '../../../contract/index.js';
import { type GraphSources, type Positions, buildGraph } from '../../../web/src/graph/build.js';

function graph(nodes: [string, number][], edges: [string, string, number][]): GraphResponse {
  return {
    attributes: { nodeCount: nodes.length, edgeCount: edges.length, matchedPersons: nodes.length, hiddenPersons: 0 },
    options: { type: 'directed', multi: false, allowSelfLoops: true },
    nodes: nodes.map(([key, sent]) => ({
      key,
      attributes: { kind: 'person', label: key, sent, received: 0, domain: 'example.org' },
    })),
    edges: edges.map(([source, target, count]) => ({
      key: `${source}->${target}`,
      source,
      target,
      attributes: { kind: 'emailed', count, to: count, cc: 0, bcc: 0, first: null, last: null },
    })),
  };
}

const sources = (patch: Partial<GraphSources>): GraphSources => ({
  base: null,
  expansions: new Map(),
  path: null,
  query: null,
  removed: new Set(),
  pinned: new Set(),
  ...patch,
});

describe('buildGraph', () => {
  const base = graph(
    [
      ['a', 100],
      ['b', 25],
      ['c', 1],
    ],
    [
      ['a', 'b', 10],
      ['b', 'c', 1],
      ['a', 'a', 4],
    ],
  );

  it('draws every node and edge once, without self-loops, sized by volume and count', () => {
    const { graph: g, placed } = buildGraph(sources({ base }), new Map());
    expect(g.nodes().sort()).toEqual(['a', 'b', 'c']);
    expect(g.size).toBe(2);
    expect(g.hasDirectedEdge('a', 'a')).toBe(false);
    expect(placed.sort()).toEqual(['a', 'b', 'c']);
    const size = (n: string) => g.getNodeAttribute(n, 'size');
    expect(size('a')).toBeGreaterThan(size('b'));
    expect(size('b')).toBeGreaterThan(size('c'));
    // Area follows volume: 100 vs 25 messages is twice the radius above the minimum, not four times.
    expect((size('a') - 2.5) / (size('b') - 2.5)).toBeCloseTo(2, 5);
    expect(g.getEdgeAttribute(g.directedEdge('a', 'b')!, 'size')).toBeGreaterThan(
      g.getEdgeAttribute(g.directedEdge('b', 'c')!, 'size'),
    );
  });

  it('keeps known positions and places only newcomers, next to their placed neighbours', () => {
    const positions: Positions = new Map([
      ['a', { x: 100, y: 100 }],
      ['b', { x: -50, y: 20 }],
    ]);
    const wider = graph(
      [
        ['a', 100],
        ['b', 25],
        ['d', 3],
      ],
      [
        ['a', 'b', 10],
        ['d', 'a', 3],
      ],
    );
    const { graph: g, placed } = buildGraph(sources({ base: wider }), positions);
    expect(placed).toEqual(['d']);
    expect(g.getNodeAttributes('a')).toMatchObject({ x: 100, y: 100 });
    expect(g.getNodeAttributes('b')).toMatchObject({ x: -50, y: 20 });
    const d = g.getNodeAttributes('d');
    expect(Math.hypot(d.x - 100, d.y - 100)).toBeLessThanOrEqual(6);
    expect(positions.has('d')).toBe(true);
  });

  it('adds expansions and overlays with their origin, and leaves removed nodes out', () => {
    const expansion = graph(
      [
        ['c', 1],
        ['e', 2],
      ],
      [['c', 'e', 2]],
    );
    const { graph: g } = buildGraph(
      sources({ base, expansions: new Map([['c', expansion]]), removed: new Set(['b']), pinned: new Set(['a']) }),
      new Map(),
    );
    expect(g.nodes().sort()).toEqual(['a', 'c', 'e']);
    expect(g.getNodeAttribute('c', 'origin')).toBe('base');
    expect(g.getNodeAttribute('e', 'origin')).toBe('expand');
    expect(g.hasDirectedEdge('c', 'e')).toBe(true);
    expect(g.getNodeAttribute('a', 'fixed')).toBe(true);
    expect(g.getNodeAttribute('c', 'fixed')).toBe(false);
  });
});
