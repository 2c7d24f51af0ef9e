/**
 * The node and edge fields every export format writes, in one order with one type each, so GEXF,
 * GraphML, CSV and the Cypher script carry the same facts.
 */
import type { GraphResponse } from '../../contract/index.js';

export type FieldType = 'string' | 'integer';

export interface Field {
  name: string;
  type: FieldType;
}

export const NODE_FIELDS: Field[] = [
  { name: 'kind', type: 'string' },
  { name: 'label', type: 'string' },
  { name: 'sent', type: 'integer' },
  { name: 'received', type: 'integer' },
  { name: 'domain', type: 'string' },
  { name: 'entityType', type: 'string' },
  { name: 'verified', type: 'integer' },
  { name: 'contradicted', type: 'integer' },
  // Document nodes (issue 12): the file's hash, format, size in bytes and how many anomalies it has.
  { name: 'sha256', type: 'string' },
  { name: 'format', type: 'string' },
  { name: 'size', type: 'integer' },
  { name: 'anomalyCount', type: 'integer' },
  // The analyst's own layer (server/annotations/export-annotations.ts).
  { name: 'tags', type: 'string' },
  { name: 'notes', type: 'string' },
];

export const EDGE_FIELDS: Field[] = [
  { name: 'kind', type: 'string' },
  { name: 'count', type: 'integer' },
  // Person → Document edges: whether the person sent the document, received it, or both.
  { name: 'role', type: 'string' },
  { name: 'to', type: 'integer' },
  { name: 'cc', type: 'integer' },
  { name: 'bcc', type: 'integer' },
  { name: 'first', type: 'string' },
  { name: 'last', type: 'string' },
];

export type GraphNode = GraphResponse['nodes'][number];
export type GraphEdge = GraphResponse['edges'][number];

export function nodeValue(node: GraphNode, field: string): string | number | null {
  const v = (node.attributes as unknown as Record<string, unknown>)[field];
  return v === undefined || v === null || v === '' ? null : (v as string | number);
}

export function edgeValue(edge: GraphEdge, field: string): string | number | null {
  const v = (edge.attributes as unknown as Record<string, unknown>)[field];
  return v === undefined || v === null ? null : (v as string | number);
}
