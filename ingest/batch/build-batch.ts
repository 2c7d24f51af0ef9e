/**
 * ④ batch: ProcessedMessage[] + IngestIssue[] + LooseDocument[] → GraphBatch. Pure, no I/O: the rows are exactly
 * what the write statements MERGE, each message and address once per batch. Every indexed value
 * that comes from the leak goes through indexKey (db/index-key.ts), so no header can be too long
 * for Neo4j's index: Copy.messageId and the In-Reply-To/References it is matched with, the subject's
 * thread key, addresses and their aliases. Message.subject and Message.messageId keep the whole value.
 */
import { indexKey, indexKeyOrNull } from '../../db/index-key.js';
import { buildDkimRows } from '../extract/dkim/rows.js';
import { buildSignalRows } from '../extract/signals/rows.js';
import { fileKey } from '../extract/ids.js';
import type { IngestIssue, LooseDocument, MailAddress, ProcessedMessage } from '../model.js';
import { domainOf } from '../parse/addresses.js';
import {
  type AddressRow,
  type AliasRow,
  type AttachmentRow,
  type GraphBatch,
  type LooseDocumentRow,
  type MessageRow,
  type RoleRow,
  type FailureFound,
  failureRow,
} from './graph-schema.js';

/** "2000-11-10T10:46:00.000Z" + (-480) → "2000-11-10T02:46:00-08:00": the same instant, in the sender's zone. */
export function localIso(utc: string, offsetMinutes: number): string {
  const local = new Date(Date.parse(utc) + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function minDefined(a: string | null, b: string | undefined): string | null {
  if (b === undefined) return a;
  return a === null || b < a ? b : a;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The message as this copy shows it (copies of one message agree on content, not on every header). */
function messageRow(m: ProcessedMessage): MessageRow {
  const p = m.parsed;
  return {
    id: m.id,
    copy: m.copyKey,
    messageId: p.messageId ?? null,
    date: p.date ? localIso(p.date.utc, p.date.offsetMinutes) : null,
    props: {
      subject: p.subject,
      subjectKey: indexKey(m.subjectKey),
      isReply: m.isReply,
      tzOffset: p.date?.offsetMinutes ?? null,
      dateRaw: p.dateRaw ?? null,
      body: p.text,
      bodyTruncated: p.textTruncated,
      hasHtml: p.hasHtml,
      attachmentCount: p.attachments.length,
      inReplyTo: indexKeyOrNull(p.inReplyTo),
      references: p.references.map(indexKey),
    },
  };
}

/** The rows of loose documents, one per place (a file found twice in one batch is one row). */
function looseDocumentRows(documents: LooseDocument[]): LooseDocumentRow[] {
  const rows = new Map<string, LooseDocumentRow>();
  for (const d of documents) {
    const key = fileKey(d.place);
    rows.set(key, {
      sha256: d.sha256,
      size: d.size,
      contentType: d.contentType,
      name: d.name,
      file: {
        key,
        props: {
          path: d.place.path,
          entries: d.place.entries,
          mailbox: d.place.mailbox ?? null,
          folder: d.place.folder ?? null,
        },
      },
    });
  }
  return [...rows.values()].sort((a, b) => compare(a.sha256, b.sha256) || compare(a.file.key, b.file.key));
}

export function buildBatch(
  messages: ProcessedMessage[],
  issues: IngestIssue[],
  documents: LooseDocument[],
  /** What read the messages and met the issues (graph-schema.ts FailureFound). */
  found: FailureFound,
): GraphBatch {
  const addresses = new Map<string, AddressRow>();
  const messageRows = new Map<string, MessageRow>();
  const roles = {
    sent: new Map<string, RoleRow>(),
    to: new Map<string, RoleRow>(),
    cc: new Map<string, RoleRow>(),
    bcc: new Map<string, RoleRow>(),
  };
  const verified = messages.filter((m) => m.verification);
  const batch: GraphBatch = {
    found,
    addresses: [],
    messages: [],
    copies: [],
    sent: [],
    to: [],
    cc: [],
    bcc: [],
    attachments: [],
    documents: looseDocumentRows(documents),
    aliases: [],
    failures: [],
    dkim: buildDkimRows(verified.map((m) => ({ copyKey: m.copyKey, dkim: m.verification!.dkim }))),
    signals: buildSignalRows(verified.map((m) => ({ message: m.id, signals: m.verification!.signals }))),
  };
  const attachments = new Map<string, AttachmentRow[]>();
  const aliases = new Map<string, AliasRow>();

  const addAddress = (a: MailAddress, email: string) => {
    if (!addresses.has(email)) addresses.set(email, { email, kind: a.kind, domain: indexKey(domainOf(a)) });
  };
  const addRole = (role: keyof typeof roles, message: string, a: MailAddress) => {
    const email = indexKey(a.email);
    addAddress(a, email);
    const key = `${message}\u0000${email}`;
    const existing = roles[role].get(key);
    const name = a.name ?? null;
    // Copies may disagree on a display name; the smallest wins so the result does not depend on order.
    if (!existing) roles[role].set(key, { message, email, name });
    else if (name !== null && (existing.name === null || name < existing.name)) existing.name = name;
  };

  for (const m of messages) {
    const p = m.parsed;
    const row = messageRows.get(m.id);
    if (!row || m.copyKey < row.copy) {
      const messageId = row ? minDefined(row.messageId, p.messageId) : (p.messageId ?? null);
      messageRows.set(m.id, { ...messageRow(m), messageId });
    } else {
      row.messageId = minDefined(row.messageId, p.messageId);
    }
    const s = m.source;
    batch.copies.push({
      key: m.copyKey,
      message: m.id,
      props: {
        messageId: indexKeyOrNull(p.messageId),
        path: s.path,
        entries: s.entries,
        format: s.format,
        offset: s.offset ?? null,
        length: s.length ?? null,
        position: s.position ?? null,
        mailbox: s.mailbox ?? null,
        folder: s.folder ?? null,
        sha256: m.sha256,
        size: m.size,
        convertedFrom: m.convertedFrom ?? null,
        dateRaw: p.dateRaw ?? null,
        dkimStatus: m.verification?.dkim.status ?? null,
        dkimReason: m.verification?.dkim.reason ?? null,
        fromDomain: m.verification?.dkim.fromDomain ?? null,
      },
    });
    if (p.from) addRole('sent', m.id, p.from);
    for (const a of p.to) addRole('to', m.id, a);
    for (const a of p.cc) addRole('cc', m.id, a);
    for (const a of p.bcc) addRole('bcc', m.id, a);
    for (const a of p.aliases) {
      const [email, alias] = [indexKey(a.email), indexKey(a.alias)];
      const key = `${email}\u0000${alias}`;
      const existing = aliases.get(key);
      if (!existing || m.id < existing.message) aliases.set(key, { email, alias, via: a.via, message: m.id });
    }
    // Copies of one message list the same attachments (the message id hashes them): the copy the
    // message row comes from gives them, so the names do not depend on the order copies came in.
    if (p.attachments.length === 0 || messageRows.get(m.id)!.copy !== m.copyKey) continue;
    attachments.set(
      m.id,
      p.attachments.map((a, part) => ({
        message: m.id,
        part,
        sha256: a.sha256,
        name: a.name ?? '',
        contentType: a.contentType,
        size: a.size,
        inline: a.inline,
      })),
    );
  }

  batch.failures = issues.map((issue) => failureRow(issue, found));

  // Sorted by the node each row locks, so concurrent batch transactions take shared locks (an
  // address in many batches) in one order and do not deadlock.
  batch.addresses = [...addresses.values()].sort((a, b) => compare(a.email, b.email));
  batch.aliases = [...aliases.values()].sort((a, b) => compare(a.email, b.email) || compare(a.alias, b.alias));
  batch.attachments = [...attachments.values()]
    .flat()
    .sort((a, b) => compare(a.sha256, b.sha256) || compare(a.message, b.message) || a.part - b.part);
  batch.messages = [...messageRows.values()].sort((a, b) => compare(a.id, b.id));
  const byAddress = (a: RoleRow, b: RoleRow) => compare(a.email, b.email) || compare(a.message, b.message);
  batch.sent = [...roles.sent.values()].sort(byAddress);
  batch.to = [...roles.to.values()].sort(byAddress);
  batch.cc = [...roles.cc.values()].sort(byAddress);
  batch.bcc = [...roles.bcc.values()].sort(byAddress);
  return batch;
}
