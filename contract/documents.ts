/**
 * Documents (issue 12): one document by its SHA-256 (GET /api/documents/:sha256), who had it when
 * (…/spread), its original bytes (…/raw) and the full-text search over document text (GET /api/documents).
 */
import { z } from 'zod';

import type { Annotation } from './annotations.js';
import type { AddressRef } from './common.js';
import type { MessageDetail } from './messages.js';
import { isoDate } from './common.js';

/** A document as a message's attachment list and the search show it. */
export interface DocumentSummary {
  sha256: string;
  name: string;
  format: string | null;
  contentType: string | null;
  size: number;
  /** DocumentStatus ('ok', 'encrypted', …); null while the document pass has not read it. */
  status: string | null;
  anomalyCount: number;
}

/** One anomaly: never a verdict, a reason to look, with the field values that raised it. */
export interface DocumentAnomaly {
  kind: string;
  explanation: string;
  evidence: Record<string, unknown>;
}

/** A message that carried the document: the spread's one step. */
export interface DocumentCarrier {
  messageId: string;
  date: string | null;
  subject: string;
  from: AddressRef | null;
  to: AddressRef[];
  cc: AddressRef[];
  bcc: AddressRef[];
  /** The attachment's file name in that message. */
  name: string;
  part: number | null;
}

/** One file of an archive document: its path in the archive and the Document it is. */
export interface ArchiveFile {
  entry: string;
  sha256: string;
  name: string;
  format: string | null;
  size: number;
  status: string | null;
}

export interface DocumentDetail extends DocumentSummary {
  state: string;
  reason: string | null;
  kind: string | null;
  language: string | null;
  /** The first characters of the extracted text (textTruncated when the stored text or this preview is cut). */
  textPreview: string;
  textTruncated: boolean;
  /** The metadata table: field and value as the document gave them (metadataJson's raw fields). */
  metadata: { field: string; value: string }[];
  properties: {
    title: string | null;
    author: string | null;
    lastModifiedBy: string | null;
    application: string | null;
    producer: string | null;
    created: string | null;
    modified: string | null;
    pages: number | null;
    words: number | null;
  };
  anomalies: DocumentAnomaly[];
  /** The messages that carried it, earliest first: at most a cap of them (see carrierCount). */
  carriers: DocumentCarrier[];
  /** How many times messages carried it in all (more than carriers.length when the list was cut). */
  carrierCount: number;
  /** Loose places it was found in (not mail). */
  files: { path: string; entries: string[]; name: string; mailbox: string | null; folder: string | null }[];
  /**
   * An archive document's files (issue 12), in entry order: at most a cap of them (see entryCount);
   * for an Office document or a PDF, the files embedded in it (entries `/object <path>`).
   */
  entries: ArchiveFile[];
  /** How many files the archive holds in all. */
  entryCount: number;
  /** Entries of the archive not read, and why (encrypted, a zip bomb, an unsafe name, a limit). */
  refusedEntries: { entry: string; kind: string; reason: string }[];
  /** The archive documents it was found in: "found in archive `name`, entry `entry`". */
  foundInArchives: { sha256: string; name: string; entry: string }[];
  /** Other names the same content was sent under (a file renamed along the way). */
  alsoSentAs: string[];
  /** The analyst's notes and tags on it (POST /api/annotations with target {kind: 'document', id: sha256}), oldest first. */
  annotations: Annotation[];
  /**
   * What the entity pass found in its text (issue 12), most mentioned first, shaped like a message's
   * (contexts ['document']; name: this document's spelling); empty until the pass has read it.
   */
  mentions: MessageDetail['mentions'];
}

/** GET /api/documents/:sha256/spread — every message that carried it, earliest first. */
export interface DocumentSpread {
  sha256: string;
  name: string;
  /** At most a cap of steps, earliest first: the list is cut when total > steps.length. */
  steps: DocumentCarrier[];
  /** How many times messages carried it in all. */
  total: number;
}

export interface DocumentHit extends DocumentSummary {
  /** A few words around the match, matched terms wrapped in «…». */
  snippet: string | null;
  author: string | null;
  application: string | null;
  modified: string | null;
  score: number;
  /** The messages it came with (the first few, earliest first). */
  carriers: { messageId: string; date: string | null; subject: string; name: string }[];
}

export interface DocumentSearchResponse {
  hits: DocumentHit[];
}

export const documentShaSchema = z.object({
  sha256: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'expecting a SHA-256 (64 hex digits)')
    .transform((s) => s.toLowerCase()),
});

const yesNo = z.enum(['yes', 'no', 'true', 'false']).transform((v) => v === 'yes' || v === 'true');

/** GET /api/documents?q=&format=&author=&application=&from=&to=&anomalous= (q or a filter; no filter lists all). */
export const documentSearchSchema = z.object({
  q: z.string().trim().min(1).max(500).optional(),
  /** DocumentFormat ('pdf', 'docx', …) or a content type. */
  format: z.string().trim().min(1).max(200).optional(),
  /** Author or last editor, case-insensitive substring. */
  author: z.string().trim().min(1).max(200).optional(),
  /** Application, producer or creator tool, case-insensitive substring. */
  application: z.string().trim().min(1).max(200).optional(),
  /** Modified (else created) in [from, to). */
  from: isoDate.optional(),
  to: isoDate.optional(),
  anomalous: yesNo.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type DocumentSearchQuery = z.infer<typeof documentSearchSchema>;
