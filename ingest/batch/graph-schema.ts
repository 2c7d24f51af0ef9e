/**
 * ④ batch: the rows each write statement takes (cypher/write/*.cypher). This file is the contract
 * between the pure batch builder and the Neo4j writer, and what the server reads back.
 *
 * Graph:
 *   (:Address {email, kind, domain})-[:SENT {name}]->(:Message {id, subject, date, body, …})
 *   (:Message)-[:TO|CC|BCC {name}]->(:Address)
 *   (:Copy {key, path, entries, offset, mailbox, folder, sha256, messageId, …})-[:OF]->(:Message)
 *   (:Message)-[:HAS_ATTACHMENT {name, inline, part}]->(:Document {sha256, size, contentType, name, state, …})
 *   (:Document)-[:FOUND_IN {name}]->(:File {key, path, entries, mailbox, folder})   a loose document
 *   (:Address)-[:SAME_AS {reason, via, evidence}]->(:Address {kind: 'exchange'})
 *   (:Address)-[:WROTE_TO {count, to, cc, bcc, first, last}]->(:Address)   derived (write/derive.ts)
 *   (:Person)-[:USES {reason}]->(:Address), (:Person)-[:EMAILED {…}]->(:Person)  derived (write/persons.ts)
 *   (:Failure {key, path, entries, position, stage, error})   stage 'document': a document the pass could not read
 */
import type { DkimRows } from '../extract/dkim/rows.js';
import type { MessageSignalRow } from '../extract/signals/rows.js';
import { createHash } from 'node:crypto';

import type { AddressKind, IngestIssue, MessageFormat, SourceRef } from '../model.js';

export type RecipientRole = 'to' | 'cc' | 'bcc';

export interface AddressRow {
  email: string;
  kind: AddressKind;
  domain: string;
}

export interface MessageRow {
  id: string;
  /**
   * Key of the copy the properties below come from: the smallest among the copies seen. The writer
   * keeps the smallest overall, so the message reads the same whatever order (or process) its copies came in.
   */
  copy: string;
  /** Smallest Message-ID among this batch's copies; the writer keeps the smallest overall. */
  messageId: string | null;
  /** ISO 8601 with the sender's own offset, so Neo4j keeps both the instant and the zone. */
  date: string | null;
  props: {
    subject: string;
    /** Index key of the subject without reply prefixes (db/index-key.ts). */
    subjectKey: string;
    isReply: boolean;
    tzOffset: number | null;
    dateRaw: string | null;
    body: string;
    bodyTruncated: boolean;
    hasHtml: boolean;
    attachmentCount: number;
    /** Index keys of these Message-IDs, as Copy.messageId holds them, so threading can match them. */
    inReplyTo: string | null;
    references: string[];
  };
}

export interface CopyRow {
  key: string;
  message: string;
  props: {
    /** The Message-ID's index key (db/index-key.ts): the value itself unless it is longer than 1 KB. */
    messageId: string | null;
    path: string;
    entries: string[];
    format: string;
    offset: number | null;
    length: number | null;
    position: string | null;
    mailbox: string | null;
    folder: string | null;
    sha256: string;
    size: number;
    convertedFrom: string | null;
    dateRaw: string | null;
    /** DKIM verdict of this copy's bytes (verification off: null); its signatures are in GraphBatch.dkim. */
    dkimStatus: string | null;
    dkimReason: string | null;
    fromDomain: string | null;
  };
}

/**
 * One edge between a message and an address: its sender or one recipient. Written when the message
 * is created, so its display name is the smallest among the copies of that first batch.
 */
export interface RoleRow {
  message: string;
  email: string;
  name: string | null;
}

/** An address and another form of it (an Exchange DN) that a header of `message` pairs it with. */
export interface AliasRow {
  email: string;
  alias: string;
  via: string;
  message: string;
}

/**
 * One attachment of a new message: the HAS_ATTACHMENT edge and the Document stub it leads to (state
 * 'pending' until the document pass reads it). `part` is its 0-based index among the message's
 * attachments as the parser lists them: with the message's copies, where its bytes are read again.
 */
export interface AttachmentRow {
  message: string;
  part: number;
  sha256: string;
  name: string;
  contentType: string;
  size: number;
  inline: boolean;
}

/** A loose document (issue 12): its File, the Document stub and the FOUND_IN edge between them. */
export interface LooseDocumentRow {
  sha256: string;
  size: number;
  contentType: string;
  name: string;
  file: {
    key: string;
    props: { path: string; entries: string[]; mailbox: string | null; folder: string | null };
  };
}

/**
 * What found a failure: `read`, reading the input (a file read again by a later run says again what
 * is still wrong with it, so one it no longer says is cleared, write/clear-failures.cypher); `pass`,
 * a pass over what the graph holds (documents, entities, mail inside documents), which a later read
 * of the same file does not repeat for what is already stored.
 */
export type FailureFound = 'read' | 'pass';

export interface FailureRow {
  key: string;
  props: {
    path: string;
    entries: string[];
    position: string | null;
    mailbox: string | null;
    folder: string | null;
    stage: string;
    error: string;
    lostMessage: boolean;
    found: FailureFound;
    /** IngestIssue.document: the Document a document-pass failure is about. */
    document: string | null;
    /** The message's byte offset in its mbox: a copy of the file too short to reach it does not clear it. */
    offset: number | null;
  };
}

/** Failure.key: the same issue at the same place is one node, however many runs meet it. */
export function failureKey(issue: IngestIssue): string {
  const s = issue.source;
  return createHash('sha256')
    .update(
      JSON.stringify([
        s.path,
        s.entries,
        'offset' in s ? (s.offset ?? null) : null,
        s.position ?? null,
        issue.stage,
        issue.error,
      ]),
    )
    .digest('hex')
    .slice(0, 32);
}

export function failureRow(issue: IngestIssue, found: FailureFound): FailureRow {
  const s = issue.source;
  return {
    key: failureKey(issue),
    props: {
      path: s.path,
      entries: s.entries,
      position: s.position ?? null,
      mailbox: 'mailbox' in s ? (s.mailbox ?? null) : null,
      folder: 'folder' in s ? (s.folder ?? null) : null,
      stage: issue.stage,
      error: issue.error,
      lostMessage: issue.lostMessage,
      found,
      document: issue.document ?? null,
      offset: 'offset' in s ? (s.offset ?? null) : null,
    },
  };
}

export interface GraphBatch {
  /** What read its messages and met its issues: its failures say so, and those of messages Neo4j refuses. */
  found: FailureFound;
  addresses: AddressRow[];
  messages: MessageRow[];
  copies: CopyRow[];
  sent: RoleRow[];
  to: RoleRow[];
  cc: RoleRow[];
  bcc: RoleRow[];
  attachments: AttachmentRow[];
  /** Loose documents the read found (not mail; cypher/write/merge-loose-documents.cypher). */
  documents: LooseDocumentRow[];
  aliases: AliasRow[];
  /** DKIM signatures, keys and per-copy status (issue 7; cypher/write/dkim-*.cypher). */
  dkim: DkimRows;
  /** Per-message tamper signals found in the worker (cypher/write/signals-merge.cypher). */
  signals: MessageSignalRow[];
  failures: FailureRow[];
}

/** A Copy node's properties as read back from the graph (integers as numbers or driver Integers). */
export type StoredCopy = { [K in keyof CopyRow['props']]?: CopyRow['props'][K] | { toNumber(): number } | null };

/** The SourceRef a stored Copy was written from: where to read its original bytes again. */
export function copySource(copy: StoredCopy): SourceRef {
  const num = (v: unknown) =>
    v === null || v === undefined ? undefined : typeof v === 'number' ? v : (v as { toNumber(): number }).toNumber();
  const offset = num(copy.offset);
  const length = num(copy.length);
  return {
    path: String(copy.path),
    entries: (copy.entries as string[] | null | undefined) ?? [],
    format: copy.format as MessageFormat,
    ...(offset !== undefined && { offset }),
    ...(length !== undefined && { length }),
    ...(copy.position && { position: copy.position as string }),
    ...(copy.mailbox && { mailbox: copy.mailbox as string }),
    ...(copy.folder && { folder: copy.folder as string }),
  };
}
