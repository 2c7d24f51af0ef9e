/** One message (GET /api/messages/:id, …/raw): headers, text, copies and their provenance, verification. */
import { z } from 'zod';

import type { AddressRef, MessageSummary, VerificationStatus } from './common.js';

// ─── messages (GET /api/messages/:id, …/raw) ───────────────────────────────

export interface Provenance {
  key: string;
  path: string;
  entries: string[];
  format: string;
  mailbox: string | null;
  folder: string | null;
  offset: number | null;
  length: number | null;
  position: string | null;
  sha256: string;
  size: number;
  messageId: string | null;
  convertedFrom: string | null;
}

export interface DkimSignatureView {
  result: 'pass' | 'fail' | 'nokey' | 'malformed';
  domain: string;
  selector: string;
  aligned: boolean;
  bodyHashOk: boolean | null;
  time: string | null;
  expired: boolean;
  keySource: string | null;
  /** One line: why the signature passed or not. */
  reason?: string | null;
  /** The Copy (Provenance.key) whose bytes carry this signature. */
  copy?: string;
}

export interface MessageDetail {
  id: string;
  messageId: string | null;
  subject: string;
  date: string | null;
  dateRaw: string | null;
  tzOffset: number | null;
  from: AddressRef | null;
  to: AddressRef[];
  cc: AddressRef[];
  bcc: AddressRef[];
  text: string;
  textTruncated: boolean;
  /**
   * The HTML body, sanitised on the server (no scripts, no event handlers, no remote URLs: remote
   * images are replaced so nothing loads). The client still renders it in a sandboxed iframe with
   * a CSP that blocks everything remote. Null when the message has no HTML or its source is gone.
   */
  html: string | null;
  /** Why html/raw are unavailable (e.g. the source file moved), if they are. */
  sourceProblem: string | null;
  /**
   * The message's attachments, each a Document (issue 12): its summary; format and status null while
   * the document pass has not read it.
   */
  attachments: {
    name: string;
    contentType: string;
    size: number;
    sha256: string;
    inline: boolean;
    format: string | null;
    status: string | null;
    anomalyCount: number;
  }[];
  copies: Provenance[];
  thread: { threadId: string | null; parent: MessageSummary | null; replies: MessageSummary[]; size: number };
  conflict: boolean;
  /** Other messages claiming the same Message-ID. */
  conflictsWith: MessageSummary[];
  status: VerificationStatus | null;
  /** Why the message has that status (the deciding signature, or the conflict). */
  statusReason?: string | null;
  signatures: DkimSignatureView[];
  signals: { kind: string; explanation: string }[];
  /**
   * `contexts`: whose words named it, strongest first (own, signature, quoted, forwarded) — "mentioned by the
   * sender" is `contexts[0] === 'own'`; `roles`: titles written before a person's name; `shortFor`: the key of
   * the long form an acronym stands for.
   */
  mentions: {
    key: string;
    name: string;
    type: string;
    count: number;
    personId: string | null;
    contexts: string[];
    roles: string[];
    shortFor: string | null;
  }[];
}

export const messageIdSchema = z.object({ id: z.string().min(1).max(1000) });

/** GET /api/messages/:id/raw?copy=<Copy.key>: one copy's bytes; without it, the first copy that can be read. */
export const rawQuerySchema = z.object({
  copy: z
    .string()
    .regex(/^[0-9a-f]{32}$/, 'expecting a copy key')
    .optional(),
});
