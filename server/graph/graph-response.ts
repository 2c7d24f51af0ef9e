/**
 * Rows → GraphResponse (graphology's SerializedGraph with our attributes): the one place that
 * shapes node and edge keys, so /api/graph, neighbours, query results and exports agree.
 */
import { getDomain } from 'tldts';

import type { DrawnGraph, GraphEdgeAttributes, GraphNodeAttributes, GraphResponse } from '../../contract/index.js';

export interface PersonNodeRow {
  key: string;
  label: string;
  sent: number;
  received: number;
  domain: string | null;
  verified?: number | null;
  contradicted?: number | null;
}

export interface EdgeRow {
  source: string;
  target: string;
  count: number;
  to: number | null;
  cc: number | null;
  bcc: number | null;
  first: string | null;
  last: string | null;
}

/** An EMAILED edge as the explorer draws it: who to whom, how many messages. */
export type CountRow = Pick<EdgeRow, 'source' | 'target' | 'count'>;

export type GraphNode = GraphResponse['nodes'][number];
export type GraphEdge = GraphResponse['edges'][number];
export type DrawnEdge = DrawnGraph['edges'][number];

/** The organisation behind a mail host: mail.enron.com → enron.com. */
export function organisationDomain(host: string | null): string {
  if (!host) return '';
  return getDomain(host) ?? host;
}

export function personNode(row: PersonNodeRow): GraphNode {
  const attributes: GraphNodeAttributes = {
    kind: 'person',
    label: row.label,
    sent: row.sent,
    received: row.received,
    domain: organisationDomain(row.domain),
    ...(row.verified != null && { verified: row.verified }),
    ...(row.contradicted != null && { contradicted: row.contradicted }),
  };
  return { key: row.key, attributes };
}

export function emailedEdge(row: EdgeRow): GraphEdge {
  const attributes: GraphEdgeAttributes = {
    kind: 'emailed',
    count: row.count,
    to: row.to ?? 0,
    cc: row.cc ?? 0,
    bcc: row.bcc ?? 0,
    first: row.first,
    last: row.last,
  };
  return { key: `${row.source}->${row.target}`, source: row.source, target: row.target, attributes };
}

export function drawnEdge(row: CountRow): DrawnEdge {
  return { source: row.source, target: row.target, attributes: { kind: 'emailed', count: row.count } };
}

export function mentionsEdge(
  source: string,
  target: string,
  count: number,
  first: string | null,
  last: string | null,
): GraphEdge {
  return {
    key: `${source}=>${target}`,
    source,
    target,
    attributes: { kind: 'mentions', count, to: 0, cc: 0, bcc: 0, first, last },
  };
}

export function graphResponse<Edge extends DrawnEdge>(
  nodes: GraphNode[],
  edges: Edge[],
  counts: Omit<GraphResponse['attributes'], 'nodeCount' | 'edgeCount'>,
): Omit<GraphResponse, 'edges'> & { edges: Edge[] } {
  // Nodes and edges come from separate reads: while the graph is written to (an ingest, a merge of
  // persons) an edge may name a person the node read no longer found. Such an edge is left out.
  const keys = new Set(nodes.map((n) => n.key));
  const drawn = edges.filter((e) => keys.has(e.source) && keys.has(e.target));
  return {
    attributes: { nodeCount: nodes.length, edgeCount: drawn.length, ...counts },
    options: { type: 'directed', multi: false, allowSelfLoops: true },
    nodes,
    edges: drawn,
  };
}
