/** Saved queries and ad-hoc Cypher (GET/POST /api/queries, POST /api/queries/:name/run, POST /api/cypher). */
import { z } from 'zod';

import type { ErrorBody } from './common.js';
import type { GraphResponse } from './graph.js';

// ─── saved queries (GET /api/queries, POST /api/queries, POST /api/queries/:name/run, POST /api/cypher) ───

export type QueryParamType = 'string' | 'int' | 'float' | 'boolean' | 'date' | 'datetime' | 'person' | 'string[]';

export interface QueryParam {
  name: string;
  type: QueryParamType;
  description: string;
  /**
   * Default as it would be sent (JSON); null when the parameter is required. A person parameter may
   * default to "@top(n)": the n-th most active person of the graph (the server resolves it, and
   * accepts it as a value too), so library queries run on any corpus.
   */
  default: unknown;
  required: boolean;
}

export interface SavedQuery {
  name: string;
  title: string;
  description: string;
  params: QueryParam[];
  /** graph: the query returns nodes/relationships to draw; table: rows to list. */
  result: 'graph' | 'table';
  source: 'library' | 'analyst';
  cypher: string;
  /** Relationship types the query reads; when the graph has none of one, its empty result says so. */
  needs?: string[];
  /** analyst queries: when saved (ISO 8601). */
  createdAt?: string | null;
  updatedAt?: string | null;
}

const queryParamSchema = z.object({
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
  type: z.enum(['string', 'int', 'float', 'boolean', 'date', 'datetime', 'person', 'string[]']),
  description: z.string().max(500).default(''),
  default: z.unknown().optional(),
  required: z.boolean().default(false),
});

export const saveQuerySchema = z.object({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]{1,80}$/, 'lower-case letters, digits and dashes'),
  title: z.string().min(1).max(200),
  description: z.string().max(2000).default(''),
  cypher: z.string().min(1).max(20_000),
  params: z.array(queryParamSchema).max(20).default([]),
  result: z.enum(['graph', 'table']).default('table'),
});
export type SaveQueryRequest = z.infer<typeof saveQuerySchema>;

export const runQuerySchema = z.object({
  params: z.record(z.string(), z.unknown()).default({}),
  /** Row cap for table results (the server has its own maximum). */
  limit: z.coerce.number().int().min(1).max(100_000).default(1_000),
});

export const cypherRequestSchema = z.object({
  cypher: z.string().min(1).max(20_000),
  params: z.record(z.string(), z.unknown()).default({}),
  limit: z.coerce.number().int().min(1).max(100_000).default(1_000),
  /** auto: a graph when every column holds nodes, relationships or paths, else a table. */
  result: z.enum(['auto', 'graph', 'table']).default('auto'),
});

/**
 * Table cells are JSON: temporal values as ISO strings, nodes as {elementId, labels, properties},
 * relationships as {elementId, type, start, end, properties}, paths as {nodes, relationships}.
 * A graph result draws the Person (and Entity) nodes the query returned with the EMAILED (and
 * MENTIONS) relationships among them; `notes` says what it could not draw.
 */
export type QueryResult =
  | { kind: 'graph'; graph: GraphResponse; truncated: boolean; ms: number; notes?: string[] }
  | { kind: 'table'; columns: string[]; rows: unknown[][]; truncated: boolean; ms: number; notes?: string[] };

/** Why a query was refused (400): the planner or the text showed it would write or administer. */
export interface RefusedQuery extends ErrorBody {
  reason: string;
}
