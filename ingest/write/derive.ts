/**
 * ⑤ write: everything derived from the message-level facts, for what a run touched, in dependency
 * order:
 *
 *   claim the marks → conflicts → address names → persons (identity resolution over what the change
 *   reaches) → counts (WROTE_TO, EMAILED, EMAILED_IN, volumes: rebuilt where persons changed, grown
 *   by the new messages elsewhere) → MENTIONS of persons → threads → verification → clear the marks
 *
 * The touched set is carried in the graph (migrations/V009): the batches mark what they create
 * (Message.pending, uncounted, entityPending; Address.dirty, rebuild), a derive stamps the marks it
 * takes with its id and clears them when done, so an interrupted derive is completed by the next one,
 * and marks written meanwhile by another ingest wait for the next. `everything` marks the whole graph
 * first: the bulk first load (everything is new) and `leakgraph derive --all` use it.
 */
import { randomBytes } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

import { loadCypher, runAutoCommit, runAutoCommitEach } from '../../db/cypher.js';
import { type CountSummary, deriveCounts } from './derive/counts.js';
import { withDeriveLock } from './derive/derive-lock.js';
import { SUBJECT_THREAD_WINDOW_DAYS, deriveThreads } from './derive/threads.js';
import { type PersonSyncResult, type PersonsTouched, syncPersons } from './persons.js';
import { deriveVerification } from './signals.js';

export { SUBJECT_THREAD_WINDOW_DAYS };
export type { PersonsTouched };

// The version of the derived data this code writes; a graph holding an older one is derived whole once.
export const DERIVE_VERSION = 1;

export interface DeriveOptions {
  /** Treat the whole graph as touched (after a bulk load, or to recompute everything). */
  everything?: boolean;
  onStep?: (step: string) => void;
  /** Called once the derive holds the lock, before its first step: from here only this derive changes persons. */
  onLocked?: (derive: { everything: boolean }) => void;
  /** Called once the persons are resolved (their names and addresses final for this derive), before the counts. */
  onPersons?: (touched: PersonsTouched) => void;
  /** Called when another derive holds the lock and this one waits. */
  onWait?: () => void;
}

export interface DeriveSummary {
  id: string;
  everything: boolean;
  persons: PersonSyncResult;
  counts: CountSummary;
  /** Seconds per step, in order. */
  steps: Record<string, number>;
  seconds: number;
}

function newDeriveId(): string {
  return `d-${new Date().toISOString().replace(/[-:.]/g, '').slice(0, 15)}-${randomBytes(3).toString('hex')}`;
}

async function hasMessages(driver: Driver): Promise<boolean> {
  const { records } = await driver.executeQuery(loadCypher('read/has-messages'), {});
  return !!records[0]?.get('any');
}

export async function deriveGraph(driver: Driver, options: DeriveOptions = {}): Promise<DeriveSummary> {
  const id = newDeriveId();
  const started = performance.now();
  return withDeriveLock(
    driver,
    id,
    DERIVE_VERSION,
    async (state) => {
      const everything = !!options.everything || (state.version < DERIVE_VERSION && (await hasMessages(driver)));
      options.onLocked?.({ everything });
      const steps: Record<string, number> = {};
      let last = performance.now();
      const step = (name: string) => {
        const now = performance.now();
        const previous = Object.keys(steps).at(-1);
        if (previous) steps[previous] = Math.round(now - last) / 1000;
        steps[name] = 0;
        last = now;
        options.onStep?.(name);
      };
      step('marks');
      if (everything) await runAutoCommitEach(driver, 'write/mark-everything');
      await runAutoCommit(driver, 'write/claim-messages', { derive: id });
      await runAutoCommit(driver, 'write/claim-addresses', { derive: id });
      step('conflicting copies');
      await driver.executeQuery(loadCypher('write/link-conflicts'), { derive: id });
      step('address names');
      await runAutoCommit(driver, 'write/refresh-address-names', { derive: id });
      step('persons');
      const { touched, ...persons } = await syncPersons(driver, id, everything);
      options.onPersons?.(touched);
      step('counts');
      const counts = await deriveCounts(driver, id, everything);
      step('person mentions');
      await driver.executeQuery(loadCypher('write/mark-mention-messages'));
      await runAutoCommit(driver, 'write/link-person-mentions');
      step('threads');
      await deriveThreads(driver, id, everything);
      step('verification');
      await deriveVerification(driver, { derive: id });
      step('clear marks');
      await runAutoCommitEach(driver, 'write/clear-marks', { derive: id });
      step('');
      delete steps[''];
      return { id, everything, persons, counts, steps, seconds: Math.round(performance.now() - started) / 1000 };
    },
    options.onWait,
  );
}
