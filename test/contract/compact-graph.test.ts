/**
 * The compact form of GET /api/graph (contract/compact-graph.ts): a hand-made graph with every
 * kind of node and edge goes to columns and back unchanged, and columns that do not describe a
 * graph are refused rather than drawn wrong.
 */
import { describe, expect, it } from 'vitest';

import { type CompactGraphResponse, type DrawnGraph, compactGraph, expandCompactGraph } from '../../contract/index.js';

const graph: DrawnGraph = {
  attributes: { nodeCount: 4, edgeCount: 4, matchedPersons: 3, hiddenPersons: 1, hiddenEntities: 0 },
  nodes: [
    { key: 'p-alice', attributes: { kind: 'person', label: 'Alice', sent: 3, received: 1, domain: 'enron.com' } },
    { key: 'p-bob', attributes: { kind: 'person', label: 'Bob', sent: 1, received: 2, domain: '' } },
    {
      key: 'ORG:enron',
      attributes: { kind: 'entity', label: 'Enron', sent: 0, received: 2, domain: '', entityType: 'ORG' },
    },
    {
      key: 'doc-1',
      attributes: {
        kind: 'document',
        label: 'a.pdf',
        sent: 0,
        received: 1,
        domain: '',
        format: 'pdf',
        anomalyCount: 0,
      },
    },
  ],
  edges: [
    { source: 'p-alice', target: 'p-bob', attributes: { kind: 'emailed', count: 3 } },
    { source: 'p-bob', target: 'p-alice', attributes: { kind: 'emailed', count: 1 } },
    { source: 'p-alice', target: 'ORG:enron', attributes: { kind: 'mentions', count: 2 } },
    { source: 'p-bob', target: 'doc-1', attributes: { kind: 'document', count: 1 } },
  ],
};

describe('the compact graph form', () => {
  it('writes edges as node positions, kind codes and counts, and reads them back unchanged', () => {
    const compact = compactGraph(graph);
    expect(compact.form).toBe('compact');
    expect(compact.edges).toEqual({
      source: [0, 1, 0, 1],
      target: [1, 0, 2, 3],
      kind: [0, 0, 1, 2],
      count: [3, 1, 2, 1],
    });
    expect(compact.nodes).toEqual(graph.nodes);
    expect(compact.attributes).toEqual(graph.attributes);
    // Through JSON, as the browser receives it.
    expect(expandCompactGraph(JSON.parse(JSON.stringify(compact)) as CompactGraphResponse)).toEqual(graph);
  });

  it('keeps only the kind and count of a detailed edge (the explorer draws nothing else)', () => {
    const detailed = {
      ...graph,
      edges: [
        {
          source: 'p-alice',
          target: 'p-bob',
          attributes: {
            kind: 'emailed' as const,
            count: 3,
            to: 2,
            cc: 1,
            bcc: 0,
            first: '2001-05-01T10:00:00-07:00',
            last: null,
          },
        },
      ],
    };
    expect(expandCompactGraph(compactGraph(detailed)).edges).toEqual([
      { source: 'p-alice', target: 'p-bob', attributes: { kind: 'emailed', count: 3 } },
    ]);
  });

  it('refuses an edge to a node the graph does not have', () => {
    const broken = {
      ...graph,
      edges: [{ source: 'p-alice', target: 'p-carol', attributes: { kind: 'emailed' as const, count: 1 } }],
    };
    expect(() => compactGraph(broken)).toThrow(/p-carol/);
  });

  it('refuses an answer in another form, saying which form to ask for', () => {
    const graphology = { ...graph, options: { type: 'directed', multi: false, allowSelfLoops: true } };
    expect(() => expandCompactGraph(graphology as unknown as CompactGraphResponse)).toThrow(/form=compact/);
  });

  it('refuses columns of unequal length, positions out of range and unknown kinds', () => {
    const compact = compactGraph(graph);
    const with_ = (edges: Partial<CompactGraphResponse['edges']>) => ({
      ...compact,
      edges: { ...compact.edges, ...edges },
    });
    expect(() => expandCompactGraph(with_({ count: [3, 1, 2] }))).toThrow(/unequal length/);
    expect(() => expandCompactGraph(with_({ target: [1, 0, 2, 4] }))).toThrow(/edge 3/);
    expect(() => expandCompactGraph(with_({ source: [-1, 1, 0, 1] }))).toThrow(/edge 0/);
    expect(() => expandCompactGraph(with_({ kind: [0, 0, 1, 3] }))).toThrow(/edge 3/);
  });
});
