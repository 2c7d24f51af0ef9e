/**
 * ⑤ write (derive): the counts the explorer draws from — WROTE_TO between addresses, EMAILED and
 * EMAILED_IN (per month) between persons, each person's sent/received/volume and ACTIVE_IN per month.
 *
 * Two ways, chosen per address and person: what changed shape (a person whose addresses changed, an
 * address whose old messages gained a recipient) is rebuilt from its messages; everything else grows
 * by the messages this derive brings, a page at a time, in the transaction that clears their
 * `uncounted` mark, so a page is counted once however often a crashed derive is run again.
 */
import neo4j, { type Driver } from 'neo4j-driver';

import { loadCypher, runAutoCommit } from '../../../db/cypher.js';

// Messages counted per transaction: a few hundred pairs each.
const COUNT_PAGE = 2_000;

export interface CountSummary {
  rebuiltPersons: number;
  countedMessages: number;
}

async function nextPage(driver: Driver, derive: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    loadCypher('read/uncounted-page'),
    { derive, limit: neo4j.int(COUNT_PAGE) },
    { routing: neo4j.routing.READ },
  );
  return records.map((r) => r.get('id') as string);
}

async function countPage(driver: Driver, ids: string[]): Promise<void> {
  const session = driver.session({
    defaultAccessMode: neo4j.session.WRITE,
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  try {
    await session.executeWrite(async (tx) => {
      for (const name of ['count-wrote-to', 'count-person-pairs', 'count-person-volumes', 'uncount-messages'])
        await tx.run(loadCypher(`write/${name}`), { ids });
    });
  } finally {
    await session.close();
  }
}

export async function deriveCounts(driver: Driver, derive: string): Promise<CountSummary> {
  await runAutoCommit(driver, 'write/rebuild-wrote-to', { derive });
  await driver.executeQuery(loadCypher('write/mark-dirty-persons'), { derive });
  const { records } = await driver.executeQuery(
    loadCypher('read/dirty-person-count'),
    {},
    { routing: neo4j.routing.READ },
  );
  const rebuiltPersons = Number(records[0]?.get('persons') ?? 0);
  if (rebuiltPersons > 0) {
    await runAutoCommit(driver, 'write/delete-person-counts');
    await runAutoCommit(driver, 'write/rebuild-person-counts');
  }
  let countedMessages = 0;
  for (let page = await nextPage(driver, derive); page.length > 0; page = await nextPage(driver, derive)) {
    await countPage(driver, page);
    countedMessages += page.length;
  }
  return { rebuiltPersons, countedMessages };
}
