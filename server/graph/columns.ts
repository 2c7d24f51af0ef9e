/**
 * Columnar query rows → graph nodes and edges. Large graphs come back from Neo4j as one row of
 * lists (graph-nodes.cypher, graph-edges.cypher): far cheaper to decode than a record per edge.
 */
import type { CountRow, EdgeRow, PersonNodeRow } from './graph-response.js';

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

/** graph-edge-counts.cypher: who to whom (positions among the persons found) and how many messages. */
export type CountColumns = Pick<EdgeColumns, 'sources' | 'targets' | 'counts'>;

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

export function toCountRows(c: CountColumns | undefined, ids: string[]): CountRow[] {
  if (!c) return [];
  return c.sources.map((s, i) => ({ source: ids[s]!, target: ids[c.targets[i]!]!, count: c.counts[i]! }));
}
