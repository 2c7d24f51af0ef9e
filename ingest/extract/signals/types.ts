/**
 * ③ extract (signals): tamper and forgery signals — facts about a message that an analyst should
 * weigh before trusting it, each with a one-paragraph explanation. A signal is not a verdict: real
 * mail trips some of them (a wrong clock, a trip abroad), forged mail trips them more often.
 *
 * Per-message signals are computed in the parse worker (received-dates.ts, message-id-domain.ts);
 * corpus-level ones need every message and run as Cypher after the ingest (cypher/write/signals-*).
 */

export const SIGNAL_KINDS = {
  conflict: 'Another message with different content claims the same Message-ID',
  'date-after-received': 'The Date header is later than the first server that handled the message',
  'date-before-received': 'The Date header is long before the first server that handled the message',
  'message-id-domain': "The Message-ID's domain matches nothing of the sender's infrastructure",
  'unusual-timezone': "The sender's clock offset is rare for this sender in this corpus",
  'unusual-client': 'The mail program is rare for this sender in this corpus',
  'body-altered': 'The body differs from a copy whose DKIM signature verifies',
} as const;

export type SignalKind = keyof typeof SIGNAL_KINDS;

export interface MessageSignal {
  kind: SignalKind;
  /** What was seen, with the values, and what could explain it. */
  note: string;
}

/** What the parse worker adds per copy besides DKIM: its signals and the mail program it names. */
export interface CopySignals {
  /** Mail program family from X-Mailer / User-Agent, versions dropped ("Thunderbird"); null when unnamed. */
  client: string | null;
  /** Organisational domain of the Message-ID, when it is a registrable one; the corpus pass compares it per sender. */
  messageIdDomain: string | null;
  /**
   * Per-message signals. 'message-id-domain' here is a candidate: the graph keeps it only when the
   * sender does not habitually use that domain (cypher/write/signals-message-id-domain.cypher).
   */
  signals: MessageSignal[];
}
