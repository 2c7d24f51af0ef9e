/**
 * ⑤ write (signals): per-message signal rows inside the caller's transaction, and the corpus-level
 * passes (conflict, body-altered, unusual timezone and client, foreign Message-ID domain) once all
 * messages are in. Each corpus pass clears its kind and recomputes it, so it is exact after every run.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';

import { loadCypher, runAutoCommit } from '../../db/cypher.js';
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

// Corpus-level kinds, in the order they are computed.
const CORPUS_PASSES: readonly {
  kind: SignalKind;
  statement: string;
  params: (t: ProfileThresholds) => Record<string, unknown>;
}[] = [
  { kind: 'conflict', statement: 'write/signals-conflict', params: () => ({}) },
  { kind: 'body-altered', statement: 'write/signals-body-altered', params: () => ({}) },
  {
    kind: 'unusual-timezone',
    statement: 'write/signals-unusual-timezone',
    params: (t) => ({ minMessages: neo4j.int(t.minMessages), maxShare: t.maxShare }),
  },
  {
    kind: 'unusual-client',
    statement: 'write/signals-unusual-client',
    params: (t) => ({ minMessages: neo4j.int(t.minMessages), maxShare: t.maxShare }),
  },
  {
    kind: 'message-id-domain',
    statement: 'write/signals-message-id-domain',
    params: (t) => ({ habitual: neo4j.int(t.habitual) }),
  },
];

export async function writeSignalRows(tx: ManagedTransaction, rows: readonly MessageSignalRow[]): Promise<void> {
  if (rows.length) await tx.run(loadCypher('write/signals-merge'), { rows });
}

export interface DeriveOptions {
  thresholds?: ProfileThresholds;
}

export async function deriveSignals(driver: Driver, options: DeriveOptions = {}): Promise<void> {
  const thresholds = options.thresholds ?? DEFAULT_PROFILE_THRESHOLDS;
  for (const pass of CORPUS_PASSES) {
    await runAutoCommit(driver, 'write/signals-clear', { kind: pass.kind });
    await driver.executeQuery(loadCypher(pass.statement), pass.params(thresholds));
  }
}

/** Everything verification derives once the messages and their conflicts are in: signals, then Message.status. */
export async function deriveVerification(driver: Driver, options: DeriveOptions = {}): Promise<void> {
  await deriveSignals(driver, options);
  await deriveMessageStatus(driver);
}
