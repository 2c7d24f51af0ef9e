/**
 * Path and query results as small graphs the view can add to what it draws: a path becomes its
 * persons and hops; the hop edges are then looked up in the view graph (either direction, since a
 * hop counts mail both ways) so the reducers can draw them.
 */
import type { DrawnGraph, PathResponse, PersonRef } from '../../../contract/index.js';
import type { CommGraph } from './types.js';

function personNode(p: PersonRef): DrawnGraph['nodes'][number] {
  return { key: p.id, attributes: { kind: 'person', label: p.name, sent: 0, received: 0, domain: '' } };
}

export function pathGraph(path: PathResponse['paths'][number]): DrawnGraph {
  const nodes = path.persons.map(personNode);
  const edges = path.hops.map((hop) => ({
    source: hop.from.id,
    target: hop.to.id,
    attributes: { kind: 'emailed' as const, count: hop.count },
  }));
  return {
    attributes: { nodeCount: nodes.length, edgeCount: edges.length, matchedPersons: nodes.length, hiddenPersons: 0 },
    nodes,
    edges,
  };
}

export function pathEdgeKeys(graph: CommGraph, path: PathResponse['paths'][number]): Set<string> {
  const keys = new Set<string>();
  for (const hop of path.hops) {
    const [a, b] = [hop.from.id, hop.to.id];
    if (!graph.hasNode(a) || !graph.hasNode(b)) continue;
    const edge = graph.directedEdge(a, b) ?? graph.directedEdge(b, a);
    if (edge) keys.add(edge);
  }
  return keys;
}

/**
 * Lays out the path's newcomers so the chain reads left to right: each new person goes between
 * the nearest placed persons of the chain, or, when none is placed, on a line across the graph.
 */
export function arrangePath(graph: CommGraph, path: PathResponse['paths'][number], fresh: ReadonlySet<string>): void {
  const ids = path.persons.map((p) => p.id).filter((id) => graph.hasNode(id));
  if (!ids.some((id) => fresh.has(id))) return;
  const known = ids.map((id, i) => ({ i, id })).filter(({ id }) => !fresh.has(id));
  let span = 1;
  let cx = 0;
  let cy = 0;
  graph.forEachNode((_, a) => {
    span = Math.max(span, Math.abs(a.x), Math.abs(a.y));
    cx += a.x / graph.order;
    cy += a.y / graph.order;
  });
  const step = span / Math.max(3, ids.length);
  ids.forEach((id, i) => {
    if (!fresh.has(id)) return;
    const before = [...known].reverse().find((k) => k.i < i);
    const after = known.find((k) => k.i > i);
    const at = (k: { id: string }) => graph.getNodeAttributes(k.id);
    let x: number;
    let y: number;
    if (before && after) {
      const t = (i - before.i) / (after.i - before.i);
      x = at(before).x + t * (at(after).x - at(before).x);
      y = at(before).y + t * (at(after).y - at(before).y) + step * 0.3;
    } else if (before || after) {
      const k = (before ?? after)!;
      x = at(k).x + (i - k.i) * step;
      y = at(k).y + step * 0.3;
    } else {
      x = cx + (i - (ids.length - 1) / 2) * step;
      y = cy;
    }
    graph.mergeNodeAttributes(id, { x, y });
  });
}
