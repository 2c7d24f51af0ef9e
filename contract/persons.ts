/** Persons (GET /api/persons/:id, …/neighbors, …/messages) and paths between them (GET /api/path). */
import { z } from 'zod';

import { isoDate, type MessageSummary, type PersonRef } from './common.js';
import { DOCUMENT_ANOMALY_FILTERS } from './graph.js';

// ─── persons (GET /api/persons/:id, …/neighbors, …/messages) ───────────────

export const personIdSchema = z.object({ id: z.string().regex(/^p-[0-9a-f]{16}$/, 'expecting a person id (p-…)') });

/** GET /api/persons/:id?from=&to=: the counts, activity, correspondents and mentions of that window only. */
export const personDetailQuerySchema = z.object({ from: isoDate.optional(), to: isoDate.optional() });

export interface PersonDetail extends PersonRef {
  names: string[];
  /** Each address's volume is all-time. */
  addresses: { email: string; kind: string; reason: string; sent: number; received: number }[];
  /** Messages sent and received (in the window, when one was given). */
  sent: number;
  received: number;
  /** The window the counts, histogram, correspondents and mentions are limited to; null for all time. */
  window?: { from: string | null; to: string | null } | null;
  /** First and last message of the person, whatever the window. */
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
  /** Also the documents the person sent or received (Person → Document, as /api/graph draws them; issue 12). */
  documents: z.stringbool().default(false),
  /** With `documents`: only those with anomalies ('with'), only those without ('without'), or all. */
  anomalies: z.enum(DOCUMENT_ANOMALY_FILTERS).default('all'),
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

// ─── identities (GET /api/persons/:id/suggestions, /api/people/…) ───────────

/** A person as pickers and suggestion lists show it: enough to tell namesakes apart. */
export interface PersonBrief extends PersonRef {
  /** Messages sent and received. */
  messages: number;
  /** The address it uses most (an SMTP one when it has any). */
  address: string | null;
}

/** "Same person?": another person that may be this one, and why it is suggested. */
export interface PersonSuggestion extends PersonBrief {
  reasons: { kind: 'name' | 'correspondents'; text: string }[];
}

/** An analyst's correction to identity resolution (the same ones `leakgraph people` records). */
export interface CorrectionView {
  id: string;
  kind: 'merge' | 'split';
  addresses: string[];
  note: string;
  at: string;
}

export const correctionsQuerySchema = z.object({
  /** Only the corrections naming an address of this person. */
  person: z
    .string()
    .regex(/^p-[0-9a-f]{16}$/)
    .optional(),
});

const personOrAddress = z.string().trim().min(1).max(400);

/** POST /api/people/merge: these persons (ids) or addresses are one person. */
export const mergeRequestSchema = z.object({
  refs: z.array(personOrAddress).min(2, 'name two or more persons or addresses').max(100),
  note: z.string().max(2000).default(''),
});

/** POST /api/people/split: these addresses are a person of their own. */
export const splitRequestSchema = z.object({
  addresses: z.array(personOrAddress).min(1).max(100),
  note: z.string().max(2000).default(''),
});

/** What a merge, split or undo did: the correction, and the person the named addresses now form. */
export interface CorrectionResult {
  correction: CorrectionView | null;
  /** merge/split: the person the addresses belong to afterwards. */
  person: PersonRef | null;
  /** Person ids that no longer exist (absorbed by the merge, or re-formed by the split or undo)… */
  gone: string[];
  /** …and for each, the person now holding most of its addresses (the explorer moves its view there). */
  replacedBy: Record<string, string>;
}
