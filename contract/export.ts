/** Subgraph exports (GET/POST /api/export): formats, selections and the CSV columns. */
import { z } from 'zod';

import { csv, domain } from './common.js';
import { ENTITY_TYPES, MAX_EXPORT_IDS, MAX_LIST_ITEMS } from './constants.js';
import { graphQuerySchema } from './graph.js';

// ─── export (GET /api/export) ───────────────────────────────────────────────

export const exportFormats = ['gexf', 'graphml', 'csv', 'json', 'cypher', 'bundle'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportQuerySchema = graphQuerySchema.extend({
  format: z.enum(exportFormats),
  /** Export exactly these persons (and the edges among them)… */
  ids: csv.optional(),
  /** …or the graph result of this saved query (params as JSON)… */
  query: z.string().optional(),
  params: z
    .string()
    .transform((s, ctx) => {
      try {
        return JSON.parse(s) as Record<string, unknown>;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'params must be JSON' });
        return z.NEVER;
      }
    })
    .optional(),
  /** …otherwise the filtered graph (same filters as /api/graph). */
  /** bundle: replace addresses of persons outside the selection by a placeholder. */
  redact: z.stringbool().default(false),
  /** bundle: the messages to cite (Message ids); default every message among the exported persons. */
  messages: csv.optional(),
  /** The case list: its bookmarked messages, and the persons on them (instead of ids/query/filters). */
  case: z.stringbool().default(false),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

/**
 * POST /api/export: the same as GET with a JSON body, for selections too long for a URL
 * (ids and messages as arrays, params as an object, booleans as booleans).
 */
export const exportBodySchema = graphQuerySchema.extend({
  format: z.enum(exportFormats),
  ids: z.array(z.string().min(1)).max(MAX_EXPORT_IDS).optional(),
  query: z.string().optional(),
  params: z.record(z.string(), z.unknown()).optional(),
  redact: z.boolean().default(false),
  messages: z.array(z.string().min(1)).max(MAX_EXPORT_IDS).optional(),
  case: z.boolean().default(false),
  entities: z.boolean().default(false),
  domains: z.array(domain).max(MAX_LIST_ITEMS).optional(),
  entityTypes: z.array(z.enum(ENTITY_TYPES)).optional(),
  documents: z.boolean().default(false),
});

/**
 * Export responses stream a file (Content-Disposition: attachment) and say in headers what they hold
 * and whether a limit cut it: X-Leakgraph-Nodes, X-Leakgraph-Edges, X-Leakgraph-Hidden-Persons,
 * X-Leakgraph-Limited (true/false), X-Leakgraph-Limits (URI-encoded text), and for bundles
 * X-Leakgraph-Messages-Total / X-Leakgraph-Messages-Included. The files say the same inside.
 */
export const EXPORT_HEADERS = [
  'X-Leakgraph-Nodes',
  'X-Leakgraph-Edges',
  'X-Leakgraph-Hidden-Persons',
  'X-Leakgraph-Limited',
  'X-Leakgraph-Limits',
  'X-Leakgraph-Messages-Total',
  'X-Leakgraph-Messages-Included',
] as const;
