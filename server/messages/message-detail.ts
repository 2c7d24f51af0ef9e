/**
 * GET /api/messages/:id — one message: headers, text, sanitised HTML (re-read from the original
 * bytes), attachments, every copy, its thread, conflicting messages, verification and mentions.
 */
import type { Driver } from 'neo4j-driver';

import type { AddressRef, DkimSignatureView, MessageDetail, Provenance } from '../../contract/index.js';
import { readOne } from '../db/queries.js';
import type { ReadRawCopy } from '../db/raw-source.js';
import { NotFoundError } from '../errors.js';
import { readOriginal } from './raw-bytes.js';
import { renderMessageHtml } from './render-html.js';
import { messageSummaries, verificationStatus } from './summaries.js';

type Recipient = AddressRef & { role: 'TO' | 'CC' | 'BCC' };

// The fields message-detail.cypher returns as the detail has them.
type OwnFields = 'id' | 'messageId' | 'subject' | 'date' | 'dateRaw' | 'tzOffset' | 'text' | 'textTruncated';

/** What message-detail.cypher returns: the detail's own fields, and ids and refs still to resolve. */
interface DetailRow
  extends Pick<MessageDetail, OwnFields | 'attachments' | 'conflict' | 'mentions'>, Record<string, unknown> {
  hasHtml: boolean;
  threadId: string | null;
  from: AddressRef[];
  recipients: Recipient[];
  copies: (Omit<Provenance, 'entries'> & { entries: string[] | null })[];
  parent: string | null;
  replies: string[];
  threadSize: number;
  conflictsWith: string[];
}

export interface VerificationRow extends Record<string, unknown> {
  id: string;
  status: string | null;
  statusReason: string | null;
  signatures: (DkimSignatureView & { reason: string | null; copy: string })[];
  signals: { kind: string; explanation: string }[];
}

const ref = (a: AddressRef): AddressRef => ({ email: a.email, name: a.name ?? null, personId: a.personId ?? null });

function provenance(c: DetailRow['copies'][number]): Provenance {
  return {
    key: c.key,
    path: c.path,
    entries: c.entries ?? [],
    format: c.format,
    mailbox: c.mailbox ?? null,
    folder: c.folder ?? null,
    offset: c.offset ?? null,
    length: c.length ?? null,
    position: c.position ?? null,
    sha256: c.sha256,
    size: c.size,
    messageId: c.messageId ?? null,
    convertedFrom: c.convertedFrom ?? null,
  };
}

async function htmlOf(
  reader: ReadRawCopy | null,
  row: DetailRow,
): Promise<{ html: string | null; sourceProblem: string | null }> {
  if (!row.hasHtml) return { html: null, sourceProblem: null };
  const original = await readOriginal(reader, row.copies);
  if (!original.ok) return { html: null, sourceProblem: original.problem };
  try {
    return { html: await renderMessageHtml(original.raw.bytes), sourceProblem: null };
  } catch (error) {
    // A message the ingest read only once cut (ingest/parse/salvage.ts: over mailparser's bounds) is
    // refused again here, whole; the text the graph holds is still shown.
    const why = error instanceof Error ? error.message : String(error);
    return { html: null, sourceProblem: `its HTML cannot be shown: mailparser cannot read the original (${why})` };
  }
}

export async function loadMessageDetail(
  driver: Driver,
  reader: ReadRawCopy | null,
  id: string,
): Promise<MessageDetail> {
  const [row, verification] = await Promise.all([
    readOne<DetailRow>(driver, 'message-detail', { id }),
    readOne<VerificationRow>(driver, 'message-verification', { ids: [id] }),
  ]);
  if (!row) throw new NotFoundError(`no message ${id}`);
  const related = [...(row.parent ? [row.parent] : []), ...row.replies, ...row.conflictsWith];
  const [summaries, html] = await Promise.all([messageSummaries(driver, related), htmlOf(reader, row)]);
  const byId = new Map(summaries.map((s) => [s.id, s]));
  const pick = (ids: string[]) => ids.flatMap((i) => byId.get(i) ?? []);
  const role = (r: Recipient['role']) => row.recipients.filter((x) => x.role === r).map(ref);
  return {
    id: row.id,
    messageId: row.messageId,
    subject: row.subject,
    date: row.date,
    dateRaw: row.dateRaw,
    tzOffset: row.tzOffset,
    from: row.from[0] ? ref(row.from[0]) : null,
    to: role('TO'),
    cc: role('CC'),
    bcc: role('BCC'),
    text: row.text,
    textTruncated: row.textTruncated,
    html: html.html,
    sourceProblem: html.sourceProblem,
    attachments: row.attachments.map((a) => ({ ...a, format: a.format ?? null, status: a.status ?? null })),
    copies: row.copies.map(provenance),
    thread: {
      threadId: row.threadId,
      parent: row.parent ? (byId.get(row.parent) ?? null) : null,
      replies: pick(row.replies),
      size: row.threadSize,
    },
    conflict: row.conflict,
    conflictsWith: pick(row.conflictsWith),
    status: verificationStatus(verification?.status),
    statusReason: verification?.statusReason ?? null,
    signatures: verification?.signatures ?? [],
    signals: verification?.signals ?? [],
    mentions: row.mentions.map((m) => ({ ...m, personId: m.personId ?? null, shortFor: m.shortFor ?? null })),
  };
}
