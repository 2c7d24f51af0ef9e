/**
 * ⑤ write (signals): per-message signal rows inside the caller's transaction, and the passes that
 * compare a message with others (conflict, body-altered, unusual timezone and client, foreign
 * Message-ID domain) for what a derive touched. Each pass clears its kind where the touched messages
 * can change it — the messages themselves, or every message of their senders for the sender-profile
 * kinds — and computes it again there, so it is exact after every run.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';

import { loadCypher } from '../../db/cypher.js';
import { deriveMessageStatus } from './dkim.js';
import type { MessageSignalRow } from '../extract/signals/rows.js';
import type { SignalKind } from '../extract/signals/types.js';

export interface ProfileThresholds {
  /** A sender needs this many messages before anything is "unusual" for them. */
  minMessages: number;
  /** A timezone or client used in less than this share of a sender's messages is unusual. */
  maxShare: number;
  /** A foreign Message-ID domain the sender used on this many other messages is their habit, not a signal. */
  habitual: number;
}

// Ten messages make a profile; under a tenth of them is rare. Measured on the linux-man list: these
// flag a one-off Thunderbird message among git-send-email patches and a conference trip's offsets,
// while leaving daylight saving (two offsets of ~40/60 %) and version updates alone.
export const DEFAULT_PROFILE_THRESHOLDS: ProfileThresholds = { minMessages: 10, maxShare: 0.1, habitual: 2 };

// Passes in the order they are computed; `scope`: what a touched message can change.
const PASSES: readonly {
  kind: SignalKind;
  scope: 'messages' | 'senders';
  statement: string;
  params: (t: ProfileThresholds) => Record<string, unknown>;
}[] = [
  { kind: 'conflict', scope: 'messages', statement: 'write/signals-conflict', params: () => ({}) },
  { kind: 'body-altered', scope: 'messages', statement: 'write/signals-body-altered', params: () => ({}) },
  {
    kind: 'unusual-timezone',
    scope: 'senders',
    statement: 'write/signals-unusual-timezone',
    params: (t) => ({ minMessages: neo4j.int(t.minMessages), maxShare: t.maxShare }),
  },
  {
    kind: 'unusual-client',
    scope: 'senders',
    statement: 'write/signals-unusual-client',
    params: (t) => ({ minMessages: neo4j.int(t.minMessages), maxShare: t.maxShare }),
  },
  {
    kind: 'message-id-domain',
    scope: 'senders',
    statement: 'write/signals-message-id-domain',
    params: (t) => ({ habitual: neo4j.int(t.habitual) }),
  },
];

export async function writeSignalRows(tx: ManagedTransaction, rows: readonly MessageSignalRow[]): Promise<void> {
  if (rows.length) await tx.run(loadCypher('write/signals-merge'), { rows });
}

export interface VerificationOptions {
  thresholds?: ProfileThresholds;
  /**
   * The derive whose messages to look at (Message.pending = its id). Without one, the messages marked
   * pending and not yet claimed by a derive (pending = true), as the batches leave them.
   */
  derive?: string;
}

export async function deriveSignals(driver: Driver, options: VerificationOptions = {}): Promise<void> {
  const thresholds = options.thresholds ?? DEFAULT_PROFILE_THRESHOLDS;
  const derive = options.derive ?? true;
  await driver.executeQuery(loadCypher('write/mark-signature-partners'), { derive });
  for (const pass of PASSES) {
    const clear = pass.scope === 'messages' ? 'write/signals-clear-messages' : 'write/signals-clear-senders';
    await driver.executeQuery(loadCypher(clear), { derive, kind: pass.kind });
    await driver.executeQuery(loadCypher(pass.statement), { derive, ...pass.params(thresholds) });
  }
}

/** Everything verification derives for the touched messages once their conflicts are in: signals, then Message.status. */
export async function deriveVerification(driver: Driver, options: VerificationOptions = {}): Promise<void> {
  await deriveSignals(driver, options);
  await deriveMessageStatus(driver, options.derive ?? true);
}
