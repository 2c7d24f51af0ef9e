/**
 * The compact form of GET /api/graph (CompactGraphResponse) to and from the drawn graph: what the
 * explorer reads, and what the server writes for a graph it reads as edge objects (a date window).
 * The overview's stored edges are written straight from the read's columns in the same form
 * (server/graph/columns.ts); test/server/api-graph-compact.db.test.ts holds both to the graphology form.
 */
import { GRAPH_EDGE_KINDS } from './constants.js';
import type { CompactGraphResponse, DrawnGraph } from './graph.js';

/** A drawn graph → its compact form: node keys become positions, edge kinds their codes. */
export function compactGraph(graph: DrawnGraph): CompactGraphResponse {
  const position = new Map(graph.nodes.map((n, i) => [n.key, i]));
  const at = (key: string) => {
    const i = position.get(key);
    if (i === undefined) throw new Error(`edge end ${key} is not a node of the graph`);
    return i;
  };
  const n = graph.edges.length;
  const edges = {
    source: new Array<number>(n),
    target: new Array<number>(n),
    kind: new Array<number>(n),
    count: new Array<number>(n),
  };
  graph.edges.forEach((e, i) => {
    edges.source[i] = at(e.source);
    edges.target[i] = at(e.target);
    edges.kind[i] = GRAPH_EDGE_KINDS.indexOf(e.attributes.kind);
    edges.count[i] = e.attributes.count;
  });
  return { form: 'compact', attributes: graph.attributes, nodes: graph.nodes, edges };
}

/** The compact form → the drawn graph; throws on columns of unequal length or positions out of range. */
export function expandCompactGraph(compact: CompactGraphResponse): DrawnGraph {
  if (compact.form !== 'compact') throw new Error('not a compact graph: ask /api/graph with form=compact');
  const { nodes } = compact;
  const { source, target, kind, count } = compact.edges;
  const n = source.length;
  if (target.length !== n || kind.length !== n || count.length !== n)
    throw new Error('compact graph: edge columns of unequal length');
  const edges: DrawnGraph['edges'] = new Array(n);
  for (let i = 0; i < n; i++) {
    const from = nodes[source[i]!];
    const to = nodes[target[i]!];
    const k = GRAPH_EDGE_KINDS[kind[i]!];
    if (!from || !to || !k) throw new Error(`compact graph: edge ${i} names a node or kind that is not there`);
    edges[i] = { source: from.key, target: to.key, attributes: { kind: k, count: count[i]! } };
  }
  return { attributes: compact.attributes, nodes, edges };
}
