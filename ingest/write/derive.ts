/**
 * ⑤ write: everything derived from the messages once a run's batches are in, in dependency order:
 *
 *   conflicts → address names and WROTE_TO → persons (identity resolution) → EMAILED
 *   → MENTIONS of persons (from REFERS_TO, for messages naming a person that changed) → threads
 *   → verification (tamper signals over the corpus, Message.status)
 *
 * Each step works from what the graph holds (dirty marks, missing links), so an interrupted run
 * is completed by the next one and a second run finds nothing to do.
 */
import type { Driver } from 'neo4j-driver';

import { loadCypher, runAutoCommit } from '../../db/cypher.js';
import { type PersonSyncResult, syncPersons } from './persons.js';
import { deriveVerification } from './signals.js';

// How far back a reply may reach for its parent when only the subject links them.
export const SUBJECT_THREAD_WINDOW_DAYS = 30;

export interface DeriveOptions {
  onStep?: (step: string) => void;
}

export async function deriveGraph(driver: Driver, options: DeriveOptions = {}): Promise<PersonSyncResult> {
  const step = (name: string) => options.onStep?.(name);
  step('conflicting copies');
  await driver.executeQuery(loadCypher('write/link-conflicts'));
  step('address names and address-level edges');
  await runAutoCommit(driver, 'write/refresh-addresses');
  step('persons');
  const persons = await syncPersons(driver);
  await driver.executeQuery(loadCypher('write/mark-dirty-persons'));
  step('person-level edges');
  await runAutoCommit(driver, 'write/delete-emailed');
  await runAutoCommit(driver, 'write/rebuild-emailed');
  step('person mentions');
  await driver.executeQuery(loadCypher('write/mark-mention-messages'));
  await runAutoCommit(driver, 'write/link-person-mentions');
  await runAutoCommit(driver, 'write/clear-dirty');
  step('threads');
  await runAutoCommit(driver, 'write/link-replies-by-header');
  await runAutoCommit(driver, 'write/link-replies-by-subject', { windowDays: SUBJECT_THREAD_WINDOW_DAYS });
  await runAutoCommit(driver, 'write/thread-ids');
  step('verification');
  await deriveVerification(driver);
  return persons;
}
