/**
 * ③→④ signals: per-copy signals → one row per message for cypher/write/signals-merge.cypher. Pure.
 *
 * Graph: (:Message {client, messageIdDomain, messageIdNote})-[:FLAGGED {note}]->(:Signal {kind}).
 * Signals are edges to one node per kind, so "every message with signal X" is one hop and a
 * message's signals each carry their own explanation.
 */
import type { CopySignals, MessageSignal } from './types.js';

export interface SignalCopy {
  /** Message.id of the copy. */
  message: string;
  signals: CopySignals;
}

export interface MessageSignalRow {
  message: string;
  client: string | null;
  messageIdDomain: string | null;
  /** The per-message explanation of a foreign Message-ID domain; the corpus pass decides whether to flag it. */
  messageIdNote: string | null;
  signals: MessageSignal[];
}

/** Copies of one message may differ (their Received chains do): signals are united, the smallest note per kind kept. */
export function buildSignalRows(copies: readonly SignalCopy[]): MessageSignalRow[] {
  const rows = new Map<string, MessageSignalRow>();
  const smaller = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
  for (const { message, signals } of copies) {
    const row = rows.get(message) ?? { message, client: null, messageIdDomain: null, messageIdNote: null, signals: [] };
    rows.set(message, row);
    row.client = smaller(row.client, signals.client);
    row.messageIdDomain = smaller(row.messageIdDomain, signals.messageIdDomain);
    for (const signal of signals.signals) {
      if (signal.kind === 'message-id-domain') {
        row.messageIdNote = smaller(row.messageIdNote, signal.note);
        continue;
      }
      const existing = row.signals.find((s) => s.kind === signal.kind);
      if (!existing) row.signals.push({ ...signal });
      else if (signal.note < existing.note) existing.note = signal.note;
    }
  }
  return [...rows.values()];
}
