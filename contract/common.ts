/** Shared pieces of the API contract: errors, pages, references, validators for dates, lists and domains. */
import { z } from 'zod';

import { MAX_LIST_ITEMS } from './constants.js';

// ─── common ────────────────────────────────────────────────────────────────

/** Every error response: what went wrong, and for invalid input, where. */
export interface ErrorBody {
  error: string;
  details?: unknown;
}

export const isoDate = z.iso.datetime({ offset: true }).or(z.iso.date());
export const csv = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().min(1)).max(MAX_LIST_ITEMS));
/** A mail domain as the graph stores it (lower-case labels); nothing else may reach a query or an export. */
export const domain = z.string().regex(/^[a-z0-9.-]{1,253}$/i, 'expecting a domain such as example.com');

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

export type VerificationStatus = 'verified' | 'contradicted' | 'unverifiable';

export interface PersonRef {
  id: string;
  name: string;
}

export interface AddressRef {
  email: string;
  name: string | null;
  personId: string | null;
}

export interface MessageSummary {
  id: string;
  subject: string;
  date: string | null;
  from: AddressRef | null;
  /** Number of recipients (to + cc + bcc). */
  recipients: number;
  hasAttachments: boolean;
  status: VerificationStatus | null;
  conflict: boolean;
  threadId: string | null;
}
