/**
 * The graph the API tests read: the Enron dev mailboxes (972 real messages) plus SpamAssassin's
 * hard-ham-1 (40 real HTML-heavy messages, for the sanitiser), ingested by the real pipeline.
 * Ingesting takes a while, so test files share it: a file re-ingests only when the graph is not
 * exactly these two complete runs (another test file wiped it, or an older ingest made it).
 * Set LEAKGRAPH_TEST_REINGEST=1 to force a fresh ingest.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';

import { migrate } from '../../../db/migrate.js';
import { ingest } from '../../../ingest/pipeline.js';
import { openTestDriver } from '../../support/db.js';
import { wipeGraph } from '../../support/wipe-graph.js';
import { missingShared, sharedPath } from '../../support/shared.js';

export const ENRON = 'fixtures/enron-dev-sample/maildir';
export const HTML_MAIL = 'fixtures/spamassassin-sample/hard-ham-1';

/** Why the API tests are skipped, or undefined when the fixtures are there. */
export function missingFixtures(): string | undefined {
  return missingShared(ENRON) ?? missingShared(HTML_MAIL);
}

async function isReady(driver: Driver): Promise<boolean> {
  if (process.env.LEAKGRAPH_TEST_REINGEST === '1') return false;
  const { records } = await driver.executeQuery(
    `MATCH (r:IngestRun) RETURN collect(r.paths[0]) AS paths, collect(r.status) AS statuses,
       COUNT { MATCH (m:Message) RETURN m } AS messages, COUNT { MATCH (q:SavedQuery) RETURN q } AS saved`,
  );
  const r = records[0];
  if (!r) return false; // an empty graph: no row at all
  const paths = (r.get('paths') as string[]).sort();
  const wanted = [sharedPath(ENRON), sharedPath(HTML_MAIL)].sort();
  return (
    JSON.stringify(paths) === JSON.stringify(wanted) &&
    (r.get('statuses') as string[]).every((s) => s === 'complete') &&
    (r.get('messages') as number) > 0 &&
    (r.get('saved') as number) === 0
  );
}

/** Opens a driver (plain numbers) and makes sure the shared test graph is in the database. */
export function useIngestedGraph(): { driver: () => Driver } {
  let driver: Driver | undefined;
  beforeAll(async () => {
    driver = openTestDriver({ plainNumbers: true });
    await migrate(driver);
    if (await isReady(driver)) return;
    await wipeGraph(driver);
    await ingest(driver, { paths: [sharedPath(ENRON)], workers: 2 });
    await ingest(driver, { paths: [sharedPath(HTML_MAIL)], workers: 2 });
    // The full-text indexes are eventually consistent: wait until search sees what was written.
    await driver.executeQuery('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
  }, 600_000);
  afterAll(async () => {
    await driver?.close();
  });
  return {
    driver: () => {
      if (!driver) throw new Error('useIngestedGraph(): the driver is opened in beforeAll');
      return driver;
    },
  };
}

/** Rows of a Cypher query the test runs itself (its own, independent of the endpoint's). */
export async function rows<T = Record<string, unknown>>(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((r) => r.toObject() as T);
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
  labels: number;
  nodeProperties: number;
  relationshipProperties: number;
  indexes: number;
}

/** Counts that any write (nodes, relationships, labels, properties, schema) would change. */
export async function graphCounts(driver: Driver): Promise<GraphCounts> {
  const [data] = await rows<Omit<GraphCounts, 'indexes'>>(
    driver,
    `CALL () { MATCH (n) RETURN count(n) AS nodes, sum(size(labels(n))) AS labels, sum(size(keys(n))) AS nodeProperties }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships, sum(size(keys(r))) AS relationshipProperties }
     RETURN nodes, relationships, labels, nodeProperties, relationshipProperties`,
  );
  const indexes = (await driver.executeQuery('SHOW INDEXES')).records.length;
  return { ...data!, indexes };
}
