/**
 * The types that flow through the ingest, in the order they appear:
 *
 *   files ──read──▶ RawMessage ──parse──▶ ParsedMessage ──extract──▶ ProcessedMessage ──batch──▶ GraphBatch ──write──▶ Neo4j
 *
 * and IngestIssue for anything that went wrong on the way. Every stage depends on this module; it
 * depends on no stage (only on the leaf type modules of verification, types only).
 */
import type { CopyDkim } from './extract/dkim/types.js';
import type { CopySignals } from './extract/signals/types.js';

// ① read ────────────────────────────────────────────────────────────────────

export type MessageFormat = 'eml' | 'mbox' | 'maildir' | 'pst' | 'msg';
export type ContainerFormat = 'zip' | 'tar' | 'gzip';

/**
 * Where one copy of a message was found, precisely enough to read its bytes again:
 * the file on disk, the chain of archive entries inside it, and the position inside the innermost file.
 */
export interface SourceRef {
  /** Absolute path of the file on disk (for archives, the outermost archive). */
  path: string;
  /**
   * Entry names from the outermost archive inwards, e.g. ['dump.tar', 'alice/inbox.mbox'] for a
   * dump.tar.gz (a gzip layer is named by what it holds); messages embedded in .msg/.pst items add
   * '<attachment name>.eml'; a name repeated in one archive is labelled 'name//2'. Empty for plain files.
   * Mail attached to mail (issue 12) adds '/part <n> (<name>)', n its carrier's attachment index
   * (HAS_ATTACHMENT.part), then, for an attached .msg, its own Outlook labels (ingest/attached-part.ts);
   * format, offset, position, mailbox and folder stay the carrier's, which lead to the file.
   */
  entries: string[];
  format: MessageFormat;
  /** Byte offset and length of the message inside the innermost file (mbox), when it is one of many. */
  offset?: number;
  length?: number;
  /** Other position inside the innermost file: the 1-based message number in an mbox, the descriptor id of a PST item. */
  position?: string;
  /** Whose mailbox this came from (the custodian): the maildir user, the PST or mbox file name. */
  mailbox?: string;
  /** Folder inside the mailbox, e.g. "sent_items" or "Top of Personal Folders/Inbox". */
  folder?: string;
}

export interface RawMessage {
  /** The message as RFC 5322 bytes. For Outlook items (.msg/.pst) these are rebuilt from the item's properties. */
  bytes: Uint8Array;
  source: SourceRef;
  /** Set when `bytes` were rebuilt from another format rather than read as they are. */
  convertedFrom?: 'msg' | 'pst';
}

/** Where a loose document was found: the file and the chain of archive entries, and whose folder it lies in. */
export interface DocumentPlace {
  path: string;
  entries: string[];
  mailbox?: string;
  folder?: string;
}

/**
 * A file that is not mail but a document (office file, PDF, RTF, picture, text or table by name),
 * alone or inside an archive: its place and identity. Its content is read later, by the document
 * pass (ingest/document-pass.ts), from this place.
 */
export interface LooseDocument {
  place: DocumentPlace;
  /** The file's own name (the last path component or entry name). */
  name: string;
  size: number;
  sha256: string;
  /** What the first bytes or the name say it is (application/pdf, image/png, …). */
  contentType: string;
}

/** One file of an archive document (issue 12): the entry's label in the archive, its name, size and SHA-256. */
export interface ArchiveEntry {
  /** The label in the archive (read/entry-names.ts: canonical path, "//n" on repeats). */
  entry: string;
  name: string;
  size: number;
  sha256: string;
  /**
   * The name is a label the container gave the part (Office's `oleObject1.pdf`, `Microsoft_Excel_Worksheet.xlsx`),
   * not a file name someone chose: shown, but no evidence for the same-name signal (two Word files'
   * `oleObject1` are unrelated).
   */
  generic?: boolean;
}

/** Why an entry of an archive document was not read (read/archive-document.ts). */
export type RefusedEntryKind = 'encrypted' | 'bomb' | 'unsafe-name' | 'limit' | 'not-a-file' | 'unreadable';

export interface RefusedEntry {
  entry: string;
  kind: RefusedEntryKind;
  reason: string;
}

/**
 * An archive document opened (issue 12): its files, each to become a Document, and the entries
 * refused with why. `stopped`: the listing ended before the archive did (a limit, a damaged directory).
 */
export interface ArchiveListing<Format extends ContainerFormat | 'office' = ContainerFormat | 'office'> {
  /** 'office': the files embedded in an Office document (read/embedded-objects.ts), listed the same way. */
  format: Format;
  entries: ArchiveEntry[];
  refused: RefusedEntry[];
  stopped?: { kind: RefusedEntryKind; reason: string };
}

/** What readers report besides messages. */
export interface ReadEvents {
  /** A file or container that could not be read, or a message lost inside one. */
  onIssue(issue: IngestIssue): void;
  /** A file that is not mail (a picture, a README), left out on purpose. */
  onSkip(path: string, reason: string): void;
  /** A loose document found (without this handler, documents are skipped like other non-mail files). */
  onDocument?(document: LooseDocument): void;
  /** Bytes of input consumed so far grew by `n` (drives the progress bar). */
  onBytes?(n: number): void;
  /** A file on disk (`size` bytes) read to its end: each message in it yielded or reported (failures it no longer has are cleared). */
  onFileRead?(path: string, size: number): void;
}

// ② parse ───────────────────────────────────────────────────────────────────

/**
 * smtp: an Internet address; exchange: an Exchange/X.500 legacy DN (/o=enron/ou=na/cn=recipients/cn=jsmith);
 * name: no address at all, only a display name (Lotus Notes exports) – the key is "name:<normalised name>".
 */
export type AddressKind = 'smtp' | 'exchange' | 'name';

export interface MailAddress {
  /** Normalised key: lower-cased address, DN, or "name:…". */
  email: string;
  /** Display name as written in the message, if any. */
  name?: string;
  kind: AddressKind;
}

export interface AttachmentMeta {
  name?: string;
  contentType: string;
  size: number;
  sha256: string;
  /** Inline parts referenced from the HTML (cid:) rather than attached by the sender. */
  inline: boolean;
}

export interface MessageDate {
  /** ISO 8601 instant in UTC. */
  utc: string;
  /** Offset from UTC the sender's clock showed, in minutes (e.g. -420 for PDT). */
  offsetMinutes: number;
}

export interface ParsedMessage {
  /** Message-ID without angle brackets, as written; absent for many exports. */
  messageId?: string;
  inReplyTo?: string;
  references: string[];
  /** Parsed Date header; absent when the header is missing or cannot be read (dateRaw keeps it). */
  date?: MessageDate;
  dateRaw?: string;
  subject: string;
  from?: MailAddress;
  /** Recipients, each address once per message: TO wins over CC, CC over BCC. */
  to: MailAddress[];
  cc: MailAddress[];
  bcc: MailAddress[];
  /** The text body (from text/plain, or converted from HTML when there is no plain part), capped. */
  text: string;
  textTruncated: boolean;
  hasHtml: boolean;
  attachments: AttachmentMeta[];
  /** Headers later stages read (lower-cased names → raw values, first occurrence). */
  headers: Record<string, string>;
  /** Received headers, top (newest) first. */
  received: string[];
  /**
   * Another address the corpus says belongs to the same mailbox, e.g. the Exchange DN that
   * Enron's X-From header gives for the From address. Evidence for identity resolution.
   */
  aliases: AddressAlias[];
}

export interface AddressAlias {
  /** The address as used in From/To/Cc/Bcc. */
  email: string;
  /** The other form of it (an Exchange DN). */
  alias: string;
  /** The header that paired them, e.g. "x-from". */
  via: string;
}

// ③ extract ─────────────────────────────────────────────────────────────────

/** A parsed message with the identities the graph needs, computed in the worker that parsed it. */
export interface ProcessedMessage {
  parsed: ParsedMessage;
  source: SourceRef;
  /** Message node key: hash of the normalised content, shared by every copy of the same message. */
  id: string;
  /** Copy node key: hash of where this copy was found. */
  copyKey: string;
  /** SHA-256 of the raw bytes of this copy. */
  sha256: string;
  size: number;
  /** Subject with reply/forward prefixes removed, lower-cased; groups threads without In-Reply-To. */
  subjectKey: string;
  /** Whether the subject carried a reply or forward prefix (Re:, Fwd:, TR:, Réf. …). */
  isReply: boolean;
  convertedFrom?: 'msg' | 'pst';
  /** DKIM result and per-copy tamper signals (issue 7), when verification ran. */
  verification?: { dkim: CopyDkim; signals: CopySignals };
}

// issues ────────────────────────────────────────────────────────────────────

export type IngestStage = 'read' | 'container' | 'parse' | 'extract' | 'write' | 'document';

/** Something that went wrong with one input. Recorded, reported, and the run goes on. */
export interface IngestIssue {
  source: SourceRef | { path: string; entries: string[]; position?: string };
  stage: IngestStage;
  error: string;
  /** True when a message was lost to this issue (it counts as failed); false for a skipped non-message file or a warning. */
  lostMessage: boolean;
  /**
   * The Document (sha256) a document-pass failure is about: a later pass that reads that document
   * clears what it no longer meets there (write/cleared-failures.ts).
   */
  document?: string;
}

// runs ──────────────────────────────────────────────────────────────────────

/** One of N parts of a split ingest (`--part I/N`, read/part.ts): index is 1-based. */
export interface Part {
  index: number;
  count: number;
}
