/** Persons (GET /api/persons/:id, …/neighbors, …/messages) and paths between them (GET /api/path). */
import { z } from 'zod';

import { isoDate, type MessageSummary, type PersonRef } from './common.js';

// ─── persons (GET /api/persons/:id, …/neighbors, …/messages) ───────────────

export const personIdSchema = z.object({ id: z.string().regex(/^p-[0-9a-f]{16}$/, 'expecting a person id (p-…)') });

export interface PersonDetail extends PersonRef {
  names: string[];
  addresses: { email: string; kind: string; reason: string; sent: number; received: number }[];
  sent: number;
  received: number;
  first: string | null;
  last: string | null;
  /** Messages per month (YYYY-MM) sent and received. */
  histogram: { month: string; sent: number; received: number }[];
  topCorrespondents: (PersonRef & { sent: number; received: number; total: number })[];
  /** Entities most mentioned in this person's messages (once extraction exists). */
  topMentions: { key: string; name: string; type: string; count: number }[];
}

export const neighborsQuerySchema = z.object({
  minCount: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(5_000).default(200),
  /** Also the EMAILED edges among the neighbours (default: only those between the person and them). */
  among: z.stringbool().default(false),
});

export const personMessagesQuerySchema = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  sort: z.enum(['date', '-date', 'subject', '-subject']).default('-date'),
  role: z.enum(['all', 'sent', 'received']).default('all'),
  /** Only messages exchanged with this other person. */
  with: z
    .string()
    .regex(/^p-[0-9a-f]{16}$/)
    .optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

// ─── paths (GET /api/path) ──────────────────────────────────────────────────

export const pathQuerySchema = z.object({
  from: z.string().regex(/^p-[0-9a-f]{16}$/),
  to: z.string().regex(/^p-[0-9a-f]{16}$/),
  /** Longest path considered, in hops. */
  maxHops: z.coerce.number().int().min(1).max(10).default(6),
  /** Up to this many shortest paths. */
  limit: z.coerce.number().int().min(1).max(20).default(5),
});

export interface PathHop {
  from: PersonRef;
  to: PersonRef;
  /** Messages between the two, either direction. */
  count: number;
  /** The messages that make the hop (newest first, capped). */
  messages: MessageSummary[];
}

export interface PathResponse {
  from: PersonRef;
  to: PersonRef;
  paths: { persons: PersonRef[]; hops: PathHop[] }[];
}
