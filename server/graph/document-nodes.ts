/**
 * Neo4j → the graph's optional document nodes (issue 12): for the persons drawn, the documents they
 * sent or received as attachments (Person → Document, role sent / received / both), filtered by
 * the date window and by anomalies (with / without / all). Like entity nodes, a second kind of node
 * hung on the person graph; the busiest documents first, capped.
 */
import type { Driver } from 'neo4j-driver';

import type { DocumentAnomalyFilter, GraphEdgeAttributes } from '../../contract/index.js';
import { readQuery } from '../db/queries.js';
import type { GraphEdge, GraphNode } from './graph-response.js';
import type { DateWindow } from './window.js';

// Document nodes drawn at most; beyond this the response says how many were left out.
export const MAX_DOCUMENT_NODES = 1_000;

/** The node key of a document: its SHA-256 under a prefix, so it never meets a person or entity key. */
export const documentNodeKey = (sha256: string) => `doc:${sha256}`;

interface Row extends Record<string, unknown> {
  source: string;
  sha256: string;
  name: string;
  format: string | null;
  size: number;
  anomalyCount: number;
  count: number;
  role: NonNullable<GraphEdgeAttributes['role']>;
  first: string | null;
  last: string | null;
}

export interface DocumentPart {
  nodes: GraphNode[];
  edges: GraphEdge[];
  hidden: number;
}

export async function documentPart(
  driver: Driver,
  ids: string[],
  filter: { documents: boolean; anomalies: DocumentAnomalyFilter },
  window: DateWindow | null,
): Promise<DocumentPart> {
  if (!filter.documents || ids.length === 0) return { nodes: [], edges: [], hidden: 0 };
  const rows = await readQuery<Row>(driver, 'graph-documents', {
    ids,
    from: window?.from ?? null,
    to: window?.to ?? null,
    anomalies: filter.anomalies,
  });
  // Carriers per document among the persons drawn: a document many of them handled ranks first.
  const totals = new Map<string, { row: Row; count: number }>();
  for (const r of rows) {
    const t = totals.get(r.sha256) ?? { row: r, count: 0 };
    t.count += r.count;
    totals.set(r.sha256, t);
  }
  const ranked = [...totals.entries()].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]));
  const kept = new Map(ranked.slice(0, MAX_DOCUMENT_NODES));
  const nodes: GraphNode[] = [...kept.entries()].map(([sha256, { row, count }]) => ({
    key: documentNodeKey(sha256),
    attributes: {
      kind: 'document',
      label: row.name || sha256.slice(0, 16),
      sent: 0,
      received: count,
      domain: '',
      format: row.format,
      anomalyCount: row.anomalyCount,
      sha256,
      size: row.size,
    },
  }));
  const edges: GraphEdge[] = rows
    .filter((r) => kept.has(r.sha256))
    .map((r) => {
      const target = documentNodeKey(r.sha256);
      const attributes: GraphEdgeAttributes = {
        kind: 'document',
        count: r.count,
        role: r.role,
        to: 0,
        cc: 0,
        bcc: 0,
        first: r.first,
        last: r.last,
      };
      return { key: `${r.source}#${target}`, source: r.source, target, attributes };
    });
  return { nodes, edges, hidden: ranked.length - kept.size };
}
