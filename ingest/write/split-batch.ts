/**
 * ⑤ write: GraphBatch → smaller GraphBatches, for when Neo4j refuses a batch. Pure. The part of a
 * batch that belongs to some of its messages carries every row those messages need (their copies,
 * senders and recipients with their addresses, attachments, aliases, DKIM rows, signals) and no
 * other; halving until one message is left finds the message Neo4j refuses, so the others are
 * written and only that one becomes a Failure (the guarantee the parse workers give, issue 14).
 */
import { type GraphBatch, type RoleRow, copySource } from '../batch/graph-schema.js';
import type { IngestIssue } from '../model.js';

/** The rows of `batch` that belong to the messages `ids` (no failures: the writer writes those on their own). */
export function batchOfMessages(batch: GraphBatch, ids: ReadonlySet<string>): GraphBatch {
  const mine = <T extends { message: string }>(rows: T[]) => rows.filter((r) => ids.has(r.message));
  const copies = mine(batch.copies);
  const copyKeys = new Set(copies.map((c) => c.key));
  const roles = { sent: mine(batch.sent), to: mine(batch.to), cc: mine(batch.cc), bcc: mine(batch.bcc) };
  const aliases = mine(batch.aliases);
  const emails = new Set([
    ...Object.values(roles).flatMap((rows: RoleRow[]) => rows.map((r) => r.email)),
    ...aliases.map((a) => a.email),
  ]);
  const signatures = batch.dkim.signatures.filter((s) => copyKeys.has(s.copy));
  const keyIds = new Set(signatures.map((s) => s.keyId));
  return {
    found: batch.found,
    addresses: batch.addresses.filter((a) => emails.has(a.email)),
    messages: batch.messages.filter((m) => ids.has(m.id)),
    copies,
    ...roles,
    attachments: mine(batch.attachments),
    documents: [],
    aliases,
    dkim: {
      keys: batch.dkim.keys.filter((k) => keyIds.has(k.id)),
      signatures,
      copies: batch.dkim.copies.filter((c) => copyKeys.has(c.copy)),
    },
    signals: mine(batch.signals),
    failures: [],
  };
}

/** The batch's messages in two halves (in the batch's own order), each with its rows. */
export function halves(batch: GraphBatch): [GraphBatch, GraphBatch] {
  const ids = batch.messages.map((m) => m.id);
  const middle = Math.ceil(ids.length / 2);
  return [batchOfMessages(batch, new Set(ids.slice(0, middle))), batchOfMessages(batch, new Set(ids.slice(middle)))];
}

/** The batch's failures and loose documents alone: a batch with no messages. */
export function failuresOnly(batch: GraphBatch): GraphBatch {
  return { ...batchOfMessages(batch, new Set()), failures: batch.failures, documents: batch.documents };
}

/** One issue per copy of a refused message: each copy is a message read and lost (seen = ingested + duplicates + failed). */
export function refusedIssues(batch: GraphBatch, reason: string): IngestIssue[] {
  return batch.copies.map((c) => ({
    source: copySource(c.props),
    stage: 'write',
    error: `Neo4j refused to store this message: ${reason}`,
    lostMessage: true,
  }));
}
