/** GET /api/stats and GET /api/search. */
import { z } from 'zod';

import { csv, isoDate, type VerificationStatus } from './common.js';
import type { EntityType } from './constants.js';

// ─── stats (GET /api/stats) ─────────────────────────────────────────────────

export interface StatsResponse {
  /** Node counts by label (Message, Person, Address, Copy, Entity, Document, File, Failure, …). */
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

/** Kinds of hit a search may be restricted to. */
export const SEARCH_KINDS = ['person', 'address', 'entity', 'message', 'note', 'document'] as const;

/**
 * Every kind of hit, in the order the answer groups them: persons first (the analyst is usually
 * looking for someone), then addresses (only when asked for: by default an address finds its
 * person), entities, messages, the analyst's own notes and tags, documents.
 */
export type SearchKind = (typeof SEARCH_KINDS)[number];
export const SEARCH_GROUP_ORDER: readonly SearchKind[] = ['person', 'address', 'entity', 'message', 'note', 'document'];

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, 'q is empty').max(500),
  /** Restrict to some kinds of hit (default: persons, entities, messages, notes, documents). */
  kinds: csv.pipe(z.array(z.enum(SEARCH_KINDS))).optional(),
  /** Hits per kind. */
  limit: z.coerce.number().int().min(1).max(200).default(30),
  /** Message hits only from this time window (the explorer's time filter). */
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export interface SearchHit {
  kind: SearchKind;
  /** Person.id, Address.email, Entity.key, Message.id, the note's id or Document.sha256. */
  id: string;
  label: string;
  /** A few words around the match, matched terms wrapped in «…». */
  snippet: string | null;
  /** Relevance within its kind (1 = the best of its kind); persons are ordered by exact name, then volume. */
  score: number;
  /** The person to focus in the graph (person and address hits; the sender for message hits). */
  personId: string | null;
  /** message hits: its date; document hits: its modified date; entity hits: its type. */
  date?: string | null;
  entityType?: EntityType;
  /** entity hits: how many messages and how many documents (issue 12) name it. */
  mentionedIn?: { messages: number; documents: number };
  /** person hits: messages sent and received, and the address it uses most (to tell namesakes apart). */
  messages?: number;
  address?: string | null;
  /** person hits: a name of this person is exactly what was typed. */
  exact?: boolean;
  /** person hits: other persons in this answer whose name is a variant of this one ("same person?"). */
  sameNameAs?: string[];
  /** document hits (issue 12): DocumentFormat ('pdf', 'docx', …; null while unread) and its anomaly count. */
  format?: string | null;
  anomalyCount?: number;
  /** note hits: what the note or tag is about. */
  target?: { kind: 'person' | 'message' | 'document'; id: string; label: string };
}

export interface SearchResponse {
  query: string;
  /** Grouped by kind in SEARCH_GROUP_ORDER, best first within each kind. */
  hits: SearchHit[];
}
