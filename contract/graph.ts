/**
 * The who-talked-to-whom graph (GET /api/graph, neighbours, query results, exports): its filters,
 * graphology-shaped answers with every edge's details, and the drawn graph the explorer reads
 * (DrawnGraph; the overview comes in its compact form, CompactGraphResponse).
 */
import { z } from 'zod';

import { csv, domain, isoDate } from './common.js';
import { ENTITY_TYPES, type EntityType, type GraphEdgeKind, GRAPH_FORMS } from './constants.js';

/** The graph's document filter: documents with anomalies, without, or all. */
export const DOCUMENT_ANOMALY_FILTERS = ['all', 'with', 'without'] as const;
export type DocumentAnomalyFilter = (typeof DOCUMENT_ANOMALY_FILTERS)[number];

// ─── graph (GET /api/graph, /api/persons/:id/neighbors, query results, exports) ───────────

export const graphQuerySchema = z.object({
  /** Only messages on or after / before these dates count towards edges. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Drop person→person edges with fewer messages (after the date filter). */
  minCount: z.coerce.number().int().min(1).max(1_000_000).default(1),
  /** Keep only persons with an address at one of these domains (organisation domains match subdomains). */
  domains: csv.pipe(z.array(domain)).optional(),
  /** Add mentioned entities as a second kind of node (Message→MENTIONS aggregated per person). */
  entities: z.stringbool().default(false),
  /** Entity types to include when `entities` is on. */
  entityTypes: csv.pipe(z.array(z.enum(ENTITY_TYPES))).optional(),
  /** Add documents as a third kind of node: Person → Document when the person sent or received a message carrying it (issue 12). */
  documents: z.stringbool().default(false),
  /** With `documents`: only documents with anomalies ('with'), only those without ('without'), or all. */
  anomalies: z.enum(DOCUMENT_ANOMALY_FILTERS).default('all'),
  /** Keep the `top` persons by message volume; the response says how many were left out. */
  top: z.coerce.number().int().min(1).max(100_000).default(5_000),
});
export type GraphQuery = z.infer<typeof graphQuerySchema>;

/** GET /api/graph: the filters, and the form of the answer. */
export const graphRequestSchema = graphQuerySchema.extend({
  form: z.enum(GRAPH_FORMS).default('graphology'),
});
export type GraphRequest = z.infer<typeof graphRequestSchema>;

export type GraphNodeKind = 'person' | 'entity' | 'document';

export interface GraphNodeAttributes {
  kind: GraphNodeKind;
  label: string;
  /** person: messages sent / received (within the date filter); entity: 0 / mentions; document: 0 / messages carrying it. */
  sent: number;
  received: number;
  /** person: organisation domain of its primary address ('' if none). */
  domain: string;
  /** entity: PER / ORG / LOC; person: undefined. */
  entityType?: EntityType;
  /** document: its format ('pdf', 'docx', …; null while unread) and how many anomalies it has (a reason to look, not a verdict). */
  format?: string | null;
  anomalyCount?: number;
  /** document: its SHA-256 (the key without its prefix, for exports read outside leakgraph) and its size in bytes. */
  sha256?: string;
  size?: number;
  /** person: verification status counts of the messages it sent, once verification exists. */
  verified?: number;
  contradicted?: number;
  /** Exports only (GEXF/GraphML/CSV/JSON/Cypher): the analyst's tags ("; "-separated) and notes ("text — author, time", " | "-separated). */
  tags?: string;
  notes?: string;
}

export interface GraphEdgeAttributes {
  kind: GraphEdgeKind;
  /** emailed: messages from source to target; mentions: messages of source mentioning target; document: messages
   *  the person (source) sent or received carrying the document (target). */
  count: number;
  /** document edges: whether the person sent it, received it, or both. */
  role?: 'sent' | 'received' | 'both';
  to: number;
  cc: number;
  bcc: number;
  first: string | null;
  last: string | null;
}

/** graphology's SerializedGraph with our attributes: `graph.import(response)` reads it (scripts, exports, neighbourhoods). */
export interface GraphResponse {
  attributes: {
    nodeCount: number;
    edgeCount: number;
    /** Persons that matched the filters before `top` cut the list. */
    matchedPersons: number;
    /** Persons left out by `top` (0 when everything is shown). */
    hiddenPersons: number;
    /** With `entities`: entities left out beyond the server's cap on entity nodes (0 when all are shown). */
    hiddenEntities?: number;
    /** With `documents`: documents left out beyond the server's cap on document nodes (0 when all are shown). */
    hiddenDocuments?: number;
  };
  options: { type: 'directed'; multi: false; allowSelfLoops: true };
  nodes: { key: string; attributes: GraphNodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: GraphEdgeAttributes }[];
}

/** What the explorer draws of an edge: its kind and how many messages it stands for. */
export type DrawnEdgeAttributes = Pick<GraphEdgeAttributes, 'kind' | 'count'>;

/** A graph as the explorer draws it; every GraphResponse is one (its edges carry more). */
export interface DrawnGraph {
  attributes: GraphResponse['attributes'];
  nodes: GraphResponse['nodes'];
  edges: { source: string; target: string; attributes: DrawnEdgeAttributes }[];
}

/** GET /api/graph?form=compact: the drawn graph with its edges as columns (one entry per edge in each). */
export interface CompactGraphResponse {
  form: 'compact';
  attributes: GraphResponse['attributes'];
  nodes: GraphResponse['nodes'];
  edges: {
    /** Positions in `nodes`. */
    source: number[];
    target: number[];
    /** Positions in GRAPH_EDGE_KINDS. */
    kind: number[];
    count: number[];
  };
}
