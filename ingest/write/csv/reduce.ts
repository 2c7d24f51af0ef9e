/**
 * ⑤ write (bulk first load): the records of one spill partition → the message-level rows of the CSV
 * files. Copies of one message are merged exactly as the transactional path merges the copies of one
 * batch (batch/build-batch.ts, write/graph-writer.ts):
 *   - the message's properties and attachments come from its copy with the smallest key, its
 *     Message-ID is the smallest of all;
 *   - each sender and recipient once per role, with the smallest display name any copy gives
 *     (BCC united over the copies: only the sender's copy shows it);
 *   - each copy and signature once per key;
 *   - per-message signals: the smallest client, Message-ID domain and note of each kind.
 */
import type { SignatureRow } from '../../extract/dkim/rows.js';
import type { CopyRow, MessageRow } from '../../batch/graph-schema.js';
import type { CsvGraph } from './csv-graph.js';
import type { MessageRecord } from './message-record.js';

const ROLES = ['sent', 'to', 'cc', 'bcc'] as const;

interface Merged {
  message: MessageRow;
  copies: Map<string, CopyRow>;
  roles: Record<(typeof ROLES)[number], Map<string, string | null>>;
  attachments: MessageRecord['attachments'];
  client: string | null;
  messageIdDomain: string | null;
  messageIdNote: string | null;
  flagged: Map<string, string>;
  signatures: Map<string, SignatureRow>;
}

/** The smaller of two optional strings; null only when both are. */
function smaller(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return b < a ? b : a;
}

function start(record: MessageRecord): Merged {
  if (!record.message)
    throw new Error(`bulk load: message ${record.id} has no first record in its partition (the spill is damaged)`);
  return {
    message: { ...record.message, messageId: null },
    copies: new Map(),
    roles: { sent: new Map(), to: new Map(), cc: new Map(), bcc: new Map() },
    attachments: record.attachments,
    client: null,
    messageIdDomain: null,
    messageIdNote: null,
    flagged: new Map(),
    signatures: new Map(),
  };
}

function merge(m: Merged, record: MessageRecord): void {
  if (record.message && record.message.copy < m.message.copy) {
    m.message = { ...record.message, messageId: m.message.messageId };
    m.attachments = record.attachments;
  }
  m.message.messageId = smaller(m.message.messageId, record.messageId);
  for (const c of record.copies) if (!m.copies.has(c.key)) m.copies.set(c.key, c);
  for (const role of ROLES) {
    const names = m.roles[role];
    for (const [email, name] of record.roles[role]) {
      const known = names.get(email);
      if (known === undefined) names.set(email, name);
      else if (name !== null && (known === null || name < known)) names.set(email, name);
    }
  }
  if (record.signals) {
    const s = record.signals;
    m.client = smaller(m.client, s.client);
    m.messageIdDomain = smaller(m.messageIdDomain, s.messageIdDomain);
    m.messageIdNote = smaller(m.messageIdNote, s.messageIdNote);
    for (const [kind, note] of s.flagged) m.flagged.set(kind, smaller(m.flagged.get(kind) ?? null, note)!);
  }
  for (const s of record.signatures) if (!m.signatures.has(s.key)) m.signatures.set(s.key, s);
}

function emit(m: Merged, out: CsvGraph, keyIds: ReadonlySet<string>, signalKinds: Set<string>): void {
  const id = m.message.id;
  out.nodes.message.write({
    ...m.message,
    client: m.client,
    messageIdDomain: m.messageIdDomain,
    messageIdNote: m.messageIdNote,
  });
  for (const c of m.copies.values()) {
    out.nodes.copy.write(c);
    out.rels.of.write(c);
  }
  for (const role of ROLES)
    for (const [email, name] of m.roles[role]) out.rels[role].write({ message: id, email, name });
  for (const [sha256, name, inline, part] of m.attachments)
    out.rels.hasAttachment.write({ message: id, sha256, name, inline, part });
  for (const [kind, note] of m.flagged) {
    signalKinds.add(kind);
    out.rels.flagged.write({ message: id, kind, note });
  }
  for (const s of m.signatures.values()) {
    out.nodes.signature.write(s);
    out.rels.hasSignature.write(s);
    // As dkim-merge-signatures.cypher: the edge only to a key the load holds.
    if (s.keyId !== null && keyIds.has(s.keyId)) out.rels.usedKey.write(s);
  }
}

/** Reduces one partition: every message whose records it holds, written once. */
export function reducePartition(
  records: Iterable<MessageRecord>,
  out: CsvGraph,
  keyIds: ReadonlySet<string>,
  signalKinds: Set<string>,
): number {
  const merged = new Map<string, Merged>();
  for (const record of records) {
    let m = merged.get(record.id);
    if (!m) merged.set(record.id, (m = start(record)));
    merge(m, record);
  }
  for (const m of merged.values()) emit(m, out, keyIds, signalKinds);
  return merged.size;
}
