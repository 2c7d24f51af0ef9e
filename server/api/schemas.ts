/**
 * The API's request and response shapes. The web app imports these types (type-only), so a change
 * here that breaks the view breaks the build.
 */
import { z } from 'zod';

/** Every error response: what went wrong, and for invalid input, where. */
export interface ErrorBody {
  error: string;
  details?: unknown;
}

export const graphQuerySchema = z.object({
  minCount: z.coerce.number().int().min(1).max(1_000_000).default(1),
});
export type GraphQuery = z.infer<typeof graphQuerySchema>;

export interface GraphNodeAttributes {
  label: string;
  kind: string;
  domain: string;
  sent: number;
  received: number;
}

export interface GraphEdgeAttributes {
  count: number;
  to: number;
  cc: number;
  bcc: number;
  first: string | null;
  last: string | null;
}

/** graphology's SerializedGraph, with our attributes: `graph.import(response)` on the client. */
export interface GraphResponse {
  attributes: { nodeCount: number; edgeCount: number };
  options: { type: 'directed'; multi: false; allowSelfLoops: true };
  nodes: { key: string; attributes: GraphNodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: GraphEdgeAttributes }[];
}
