/** GET /api/stats and GET /api/search. */
import { z } from 'zod';

import { csv, type VerificationStatus } from './common.js';
import type { EntityType } from './constants.js';

// ─── stats (GET /api/stats) ─────────────────────────────────────────────────

export interface StatsResponse {
  /** Node counts by label (Message, Person, Address, Copy, Entity, Attachment, Failure, …). */
  labels: Record<string, number>;
  /** Relationship counts by type. */
  relationships: Record<string, number>;
  dates: { first: string | null; last: string | null };
  /** Messages per month (YYYY-MM), for the time-range brush. */
  histogram: { month: string; messages: number }[];
  failures: { total: number; lostMessages: number };
  lastRun: {
    id: string;
    status: string;
    startedAt: string | null;
    finishedAt: string | null;
    seen: number;
    ingested: number;
    duplicates: number;
    failed: number;
  } | null;
  verification: Record<VerificationStatus, number>;
}

// ─── search (GET /api/search) ───────────────────────────────────────────────

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, 'q is empty').max(500),
  /** Restrict to some kinds of hit. */
  kinds: csv.pipe(z.array(z.enum(['person', 'address', 'entity', 'message']))).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(30),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export interface SearchHit {
  kind: 'person' | 'address' | 'entity' | 'message';
  /** Person.id, Address.email, Entity.key or Message.id. */
  id: string;
  label: string;
  /** A few words around the match, matched terms wrapped in «…». */
  snippet: string | null;
  score: number;
  /** The person to focus in the graph (person and address hits; the sender for message hits). */
  personId: string | null;
  /** message hits: its date; entity hits: its type. */
  date?: string | null;
  entityType?: EntityType;
}

export interface SearchResponse {
  query: string;
  hits: SearchHit[];
}
