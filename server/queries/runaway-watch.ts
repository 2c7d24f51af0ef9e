/**
 * What happens to an analyst query the API gave up on at its timeout (issue 14): Neo4j is asked
 * to stop it, and `RUNAWAY_GRACE_MS` later it is looked for again. Neo4j stops an ordinary query
 * within a second or two; one still listed then is busy in an expression that never checks for
 * termination. On the managed database the server restarts Neo4j (restarter.ts); on a user's own
 * Neo4j it can only say so, in the log and in the 429 its slot causes (query-gate.ts).
 * The log names the query by its tag, never by its text (it may quote the leak).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Driver } from 'neo4j-driver';

import type { DatabaseRestarter } from '../db/restarter.js';
import { taggedTransactions, terminateTagged } from './terminate.js';

export const RUNAWAY_GRACE_MS = 5_000;

export interface RunawayPolicy {
  /** Present for the managed database only. */
  restarter?: DatabaseRestarter;
  graceMs?: number;
  log: (error: unknown) => void;
}

export async function endRunaway(driver: Driver, tag: string, policy: RunawayPolicy): Promise<void> {
  const graceMs = policy.graceMs ?? RUNAWAY_GRACE_MS;
  await terminateTagged(driver, tag, policy.log);
  await sleep(graceMs);
  let ids: string[];
  try {
    ids = await taggedTransactions(driver, tag);
  } catch (error) {
    policy.log(error);
    return;
  }
  if (ids.length === 0) return;
  const what = `analyst query ${tag} (transaction ${ids.join(', ')}) still runs ${graceMs / 1000} s after it was terminated`;
  if (policy.restarter) await policy.restarter.restart(what);
  else policy.log(`${what}; only restarting that Neo4j server ends it`);
}
