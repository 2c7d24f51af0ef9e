/**
 * Columnar query rows → graph nodes and edges. Large graphs come back from Neo4j as one row of
 * lists (graph-nodes.cypher, graph-edges.cypher): far cheaper to decode than a record per edge.
 */
import { type CompactGraphResponse, GRAPH_EDGE_KINDS } from '../../contract/index.js';
import type { DrawnEdge, EdgeRow, PersonNodeRow } from './graph-response.js';

export interface NodeColumns {
  keys: string[];
  labels: string[];
  sent: number[];
  received: number[];
  domains: string[];
}

export interface EdgeColumns {
  sources: number[];
  targets: number[];
  counts: number[];
  to: number[];
  cc: number[];
  bcc: number[];
  /** Per edge: first and last message, epoch seconds and UTC offset each (null for undated mail only). */
  dates: EdgeDates[];
}

/**
 * graph-edge-counts.cypher: who to whom and how many messages. A pair is source * n + target, the
 * positions of its ends among the n persons the read was given.
 */
export interface CountColumns {
  pairs: number[];
  counts: number[];
}

export type EdgeDates = [number | null, number | null, number | null, number | null];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * An instant with the sender's UTC offset, written as Neo4j 5's toString() writes a DateTime
 * (seconds always, "Z" for UTC), so every date in the API reads the same way.
 */
export function isoWithOffset(epochSeconds: number | null, offsetSeconds: number | null): string | null {
  if (epochSeconds === null || offsetSeconds === null) return null;
  const local = new Date((epochSeconds + offsetSeconds) * 1000);
  const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  if (offsetSeconds === 0) return `${date}T${time}Z`;
  const sign = offsetSeconds < 0 ? '-' : '+';
  const abs = Math.abs(offsetSeconds);
  return `${date}T${time}${sign}${pad(Math.floor(abs / 3600))}:${pad(Math.floor((abs % 3600) / 60))}`;
}

export function toNodeRows(c: NodeColumns | undefined): PersonNodeRow[] {
  if (!c) return [];
  return c.keys.map((key, i) => ({
    key,
    label: c.labels[i]!,
    sent: c.sent[i]!,
    received: c.received[i]!,
    domain: c.domains[i] || null,
  }));
}

export function toEdgeRows(c: EdgeColumns | undefined, ids: string[]): EdgeRow[] {
  if (!c) return [];
  return c.sources.map((s, i) => ({
    source: ids[s]!,
    target: ids[c.targets[i]!]!,
    count: c.counts[i]!,
    to: c.to[i]!,
    cc: c.cc[i]!,
    bcc: c.bcc[i]!,
    first: isoWithOffset(c.dates[i]![0], c.dates[i]![1]),
    last: isoWithOffset(c.dates[i]![2], c.dates[i]![3]),
  }));
}

/**
 * Count columns → the compact form's edge columns, appended to `out` without an object per edge (an
 * overview has tens of thousands). `at[k]`: the node position of the read's k-th person, -1 for one
 * that is not among the nodes: its edges are left out, as graphResponse leaves them.
 */
export function appendCountColumns(
  c: CountColumns | undefined,
  at: Int32Array,
  kind: number,
  out: CompactGraphResponse['edges'],
): void {
  if (!c) return;
  const n = at.length;
  for (let k = 0; k < c.pairs.length; k++) {
    const pair = c.pairs[k]!;
    const i = Math.floor(pair / n);
    const source = at[i]!;
    const target = at[pair - i * n]!;
    if (source < 0 || target < 0) continue;
    out.source.push(source);
    out.target.push(target);
    out.kind.push(kind);
    out.count.push(c.counts[k]!);
  }
}

/** Drawn edges appended to the compact form's columns by their ends' node positions; one whose end is not a node is left out. */
export function appendDrawnEdges(
  edges: DrawnEdge[],
  position: ReadonlyMap<string, number>,
  out: CompactGraphResponse['edges'],
): void {
  for (const e of edges) {
    const source = position.get(e.source);
    const target = position.get(e.target);
    if (source === undefined || target === undefined) continue;
    out.source.push(source);
    out.target.push(target);
    out.kind.push(GRAPH_EDGE_KINDS.indexOf(e.attributes.kind));
    out.count.push(e.attributes.count);
  }
}
