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

import { loadCypher } from '../../db/cypher.js';
import { type PersonSyncResult, syncPersons } from './persons.js';
import { deriveVerification } from './signals.js';

// How far back a reply may reach for its parent when only the subject links them.
export const SUBJECT_THREAD_WINDOW_DAYS = 30;

export interface DeriveOptions {
  database?: string;
  onStep?: (step: string) => void;
}

async function autoCommit(
  driver: Driver,
  name: string,
  params: Record<string, unknown> = {},
  database?: string,
): Promise<void> {
  const session = driver.session({ ...(database && { database }) });
  try {
    await session.run(loadCypher(name), params);
  } finally {
    await session.close();
  }
}

export async function deriveGraph(driver: Driver, options: DeriveOptions = {}): Promise<PersonSyncResult> {
  const { database } = options;
  const step = (name: string) => options.onStep?.(name);
  step('conflicting copies');
  await driver.executeQuery(loadCypher('write/link-conflicts'), {}, { ...(database && { database }) });
  step('address names and address-level edges');
  await autoCommit(driver, 'write/refresh-addresses', {}, database);
  step('persons');
  const persons = await syncPersons(driver, database);
  await driver.executeQuery(loadCypher('write/mark-dirty-persons'), {}, { ...(database && { database }) });
  step('person-level edges');
  await autoCommit(driver, 'write/delete-emailed', {}, database);
  await autoCommit(driver, 'write/rebuild-emailed', {}, database);
  step('person mentions');
  await driver.executeQuery(loadCypher('write/mark-mention-messages'), {}, { ...(database && { database }) });
  await autoCommit(driver, 'write/link-person-mentions', {}, database);
  await autoCommit(driver, 'write/clear-dirty', {}, database);
  step('threads');
  await autoCommit(driver, 'write/link-replies-by-header', {}, database);
  await autoCommit(driver, 'write/link-replies-by-subject', { windowDays: SUBJECT_THREAD_WINDOW_DAYS }, database);
  await autoCommit(driver, 'write/thread-ids', {}, database);
  step('verification');
  await deriveVerification(driver, { ...(database && { database }) });
  return persons;
}
