/**
 * ⑤ write (bulk first load): the message-level graph as `neo4j-admin database import` sees it, one
 * entry per node label and relationship type. Each entry names its properties with their types (the
 * typed CSV header) and maps a row to their values. The CSV writer (csv-file.ts) is generic over
 * these entries, so a new kind of node or edge is one entry here plus the rows that feed it.
 *
 * The types are those the transactional path stores (cypher/write/merge-*.cypher, create-*.cypher):
 * counts and offsets are integers (`long`), dates are DateTimes that keep the sender's offset, lists
 * are lists of strings. A value absent here (null) is absent in the graph, as `SET n += {x: null}` leaves it.
 */
import type { DkimKeyRow, SignatureRow } from '../../extract/dkim/rows.js';
import type {
  AddressRow,
  AliasRow,
  AttachmentRow,
  CopyRow,
  FailureRow,
  LooseDocumentRow,
  MessageRow,
  RoleRow,
} from '../../batch/graph-schema.js';

export type CsvType = 'string' | 'long' | 'boolean' | 'datetime' | 'string[]';
export type CsvProps = Record<string, CsvType>;

export interface NodeKind<R = never, P extends CsvProps = CsvProps> {
  readonly label: string;
  /** The property that identifies the node (the import's :ID, a unique constraint in the graph). */
  readonly key: keyof P & string;
  readonly props: P;
  readonly values: (row: R) => { [K in keyof P]: unknown };
}

export interface RelKind<R = never, P extends CsvProps = CsvProps> {
  readonly type: string;
  /** Start and end node: their kind's label and key value. */
  readonly from: readonly [label: string, key: (row: R) => string];
  readonly to: readonly [label: string, key: (row: R) => string];
  readonly props: P;
  readonly values: (row: R) => { [K in keyof P]: unknown };
}

// The identity functions only pin the row and property types of each entry.
const node =
  <R>() =>
  <P extends CsvProps>(kind: NodeKind<R, P>): NodeKind<R, P> =>
    kind;
const rel =
  <R>() =>
  <P extends CsvProps>(kind: RelKind<R, P>): RelKind<R, P> =>
    kind;

/** A message with the per-message signal properties of its copies (signals-merge.cypher). */
export interface MessageNode extends MessageRow {
  client: string | null;
  messageIdDomain: string | null;
  messageIdNote: string | null;
}

/** dirty: the address takes part in a message new to the graph, or in new alias evidence (every one, in a first load). */
export type AddressNode = AddressRow & { dirty: boolean };
/** A Document stub as create-attachments / merge-loose-documents leave it: the document pass reads it. */
export type DocumentNode = Pick<AttachmentRow, 'sha256' | 'size' | 'contentType' | 'name'>;
export type AttachmentEdge = Pick<AttachmentRow, 'message' | 'sha256' | 'name' | 'inline' | 'part'>;
export type FileNode = LooseDocumentRow['file'];
export type FoundInEdge = Pick<LooseDocumentRow, 'sha256' | 'name'> & { file: string };
export type DkimKeyNode = Omit<DkimKeyRow, 'source'> & { sources: string[] };
export type FailureNode = FailureRow & { run: string; at: string };
export interface FlaggedRow {
  message: string;
  kind: string;
  note: string;
}

const roleProps = { name: 'string' } as const;
const roleValues = (r: RoleRow) => ({ name: r.name });

export const NODE_KINDS = {
  message: node<MessageNode>()({
    label: 'Message',
    key: 'id',
    props: {
      id: 'string',
      copy: 'string',
      messageId: 'string',
      date: 'datetime',
      subject: 'string',
      subjectKey: 'string',
      isReply: 'boolean',
      tzOffset: 'long',
      dateRaw: 'string',
      body: 'string',
      bodyTruncated: 'boolean',
      hasHtml: 'boolean',
      attachmentCount: 'long',
      inReplyTo: 'string',
      references: 'string[]',
      client: 'string',
      messageIdDomain: 'string',
      messageIdNote: 'string',
      // The derive marks of a new message (merge-messages.cypher, migrations/V009).
      pending: 'boolean',
      uncounted: 'boolean',
      entityPending: 'boolean',
    },
    values: (m) => ({
      ...m.props,
      id: m.id,
      copy: m.copy,
      pending: true,
      uncounted: true,
      entityPending: true,
      messageId: m.messageId,
      date: m.date,
      client: m.client,
      messageIdDomain: m.messageIdDomain,
      messageIdNote: m.messageIdNote,
    }),
  }),
  address: node<AddressNode>()({
    label: 'Address',
    key: 'email',
    props: { email: 'string', kind: 'string', domain: 'string', dirty: 'boolean' },
    values: (a) => a,
  }),
  copy: node<CopyRow>()({
    label: 'Copy',
    key: 'key',
    props: {
      key: 'string',
      messageId: 'string',
      path: 'string',
      entries: 'string[]',
      format: 'string',
      offset: 'long',
      length: 'long',
      position: 'string',
      mailbox: 'string',
      folder: 'string',
      sha256: 'string',
      size: 'long',
      convertedFrom: 'string',
      dateRaw: 'string',
      dkimStatus: 'string',
      dkimReason: 'string',
      fromDomain: 'string',
    },
    values: (c) => ({ ...c.props, key: c.key }),
  }),
  document: node<DocumentNode>()({
    label: 'Document',
    key: 'sha256',
    props: {
      sha256: 'string',
      size: 'long',
      contentType: 'string',
      name: 'string',
      state: 'string',
      signalsPending: 'string',
    },
    // Every document of a first load has a new carrier: its signals are computed ('placed').
    values: (d) => ({ ...d, state: 'pending', signalsPending: 'placed' }),
  }),
  file: node<FileNode>()({
    label: 'File',
    key: 'key',
    props: { key: 'string', path: 'string', entries: 'string[]', mailbox: 'string', folder: 'string' },
    values: (f) => ({ ...f.props, key: f.key }),
  }),
  signature: node<SignatureRow>()({
    label: 'Signature',
    key: 'key',
    props: {
      key: 'string',
      index: 'long',
      result: 'string',
      reason: 'string',
      domain: 'string',
      selector: 'string',
      algorithm: 'string',
      aligned: 'boolean',
      bodyHashOk: 'boolean',
      signatureOk: 'boolean',
      headers: 'string[]',
      coversFrom: 'boolean',
      fullBody: 'boolean',
      time: 'datetime',
      expires: 'datetime',
      expired: 'boolean',
      signatureHash: 'string',
      keySource: 'string',
    },
    values: (s) => ({ ...s.props, key: s.key, time: s.time, expires: s.expires }),
  }),
  dkimKey: node<DkimKeyNode>()({
    label: 'DkimKey',
    key: 'id',
    props: {
      id: 'string',
      name: 'string',
      domain: 'string',
      selector: 'string',
      record: 'string',
      sources: 'string[]',
    },
    values: (k) => k,
  }),
  signal: node<{ kind: string }>()({
    label: 'Signal',
    key: 'kind',
    props: { kind: 'string' },
    values: (s) => s,
  }),
  failure: node<FailureNode>()({
    label: 'Failure',
    key: 'key',
    props: {
      key: 'string',
      path: 'string',
      entries: 'string[]',
      position: 'string',
      mailbox: 'string',
      folder: 'string',
      stage: 'string',
      error: 'string',
      lostMessage: 'boolean',
      found: 'string',
      document: 'string',
      offset: 'long',
      firstRun: 'string',
      lastRun: 'string',
      at: 'datetime',
    },
    values: (f) => ({ ...f.props, key: f.key, firstRun: f.run, lastRun: f.run, at: f.at }),
  }),
} as const;

export const REL_KINDS = {
  sent: rel<RoleRow>()({
    type: 'SENT',
    from: ['Address', (r) => r.email],
    to: ['Message', (r) => r.message],
    props: roleProps,
    values: roleValues,
  }),
  to: rel<RoleRow>()({
    type: 'TO',
    from: ['Message', (r) => r.message],
    to: ['Address', (r) => r.email],
    props: roleProps,
    values: roleValues,
  }),
  cc: rel<RoleRow>()({
    type: 'CC',
    from: ['Message', (r) => r.message],
    to: ['Address', (r) => r.email],
    props: roleProps,
    values: roleValues,
  }),
  bcc: rel<RoleRow>()({
    type: 'BCC',
    from: ['Message', (r) => r.message],
    to: ['Address', (r) => r.email],
    props: roleProps,
    values: roleValues,
  }),
  of: rel<CopyRow>()({
    type: 'OF',
    from: ['Copy', (c) => c.key],
    to: ['Message', (c) => c.message],
    props: {},
    values: () => ({}),
  }),
  hasAttachment: rel<AttachmentEdge>()({
    type: 'HAS_ATTACHMENT',
    from: ['Message', (a) => a.message],
    to: ['Document', (a) => a.sha256],
    props: { name: 'string', inline: 'boolean', part: 'long' },
    values: (a) => a,
  }),
  foundIn: rel<FoundInEdge>()({
    type: 'FOUND_IN',
    from: ['Document', (f) => f.sha256],
    to: ['File', (f) => f.file],
    props: { name: 'string' },
    values: (f) => ({ name: f.name }),
  }),
  sameAs: rel<AliasRow>()({
    type: 'SAME_AS',
    from: ['Address', (a) => a.email],
    to: ['Address', (a) => a.alias],
    props: { reason: 'string', via: 'string', evidence: 'string' },
    values: (a) => ({ reason: 'exchange-dn', via: a.via, evidence: a.message }),
  }),
  hasSignature: rel<SignatureRow>()({
    type: 'HAS_SIGNATURE',
    from: ['Copy', (s) => s.copy],
    to: ['Signature', (s) => s.key],
    props: {},
    values: () => ({}),
  }),
  usedKey: rel<SignatureRow>()({
    type: 'USED_KEY',
    from: ['Signature', (s) => s.key],
    to: ['DkimKey', (s) => s.keyId ?? ''],
    props: {},
    values: () => ({}),
  }),
  flagged: rel<FlaggedRow>()({
    type: 'FLAGGED',
    from: ['Message', (f) => f.message],
    to: ['Signal', (f) => f.kind],
    props: { note: 'string' },
    values: (f) => ({ note: f.note }),
  }),
} as const;

export type NodeKinds = typeof NODE_KINDS;
export type RelKinds = typeof REL_KINDS;
/** The row type of one kind, e.g. RowOf<RelKinds['sent']> = RoleRow. */
export type RowOf<K> = K extends { values: (row: infer R) => unknown } ? R : never;
