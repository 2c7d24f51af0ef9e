/**
 * Issue 13, incremental derive: the graph after ingesting a corpus in five parts, each part derived
 * on its own (only what that part touched), is the graph one run of the whole gives — compared by
 * the canonical dump of every node and relationship (test/support/graph-snapshot.ts), which holds
 * the counts per label and type, the EMAILED sums and every message with its copies. And an
 * analyst's merge correction recomputes only the persons it names, ending where a derive of the
 * whole graph with the same correction ends. Around each derive, the correspondents a warm entity
 * worker gets (read once the derive holds its lock, then only the persons it touched read again) are
 * those read after it.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

import { demoMailboxDir } from '../../cli/demo-mailbox.js';
import { projectRoot } from '../../db/paths.js';
import { ingest } from '../../ingest/pipeline.js';
import { recordCorrection } from '../../ingest/write/corrections.js';
import { type DeriveOptions, type PersonsTouched, deriveGraph } from '../../ingest/write/derive.js';
import {
  type CorrespondentsByPerson,
  correspondentsAfter,
  readCorrespondents,
  readCorrespondentsByPerson,
} from '../../ingest/write/entities.js';
import { GraphWriter } from '../../ingest/write/graph-writer.js';
import { cliEntry } from '../support/cli.js';
import { scalar, testConnectionEnv, useTestDatabase, wipe } from '../support/db.js';
import { type GraphSnapshot, snapshotGraph } from '../support/graph-snapshot.js';
import { expectedPersonDomains, misplacedDomains, type PersonDomains } from '../support/person-domains.js';
import { missingShared, sharedPath } from '../support/shared.js';

const ENRON = 'fixtures/enron-dev-sample/maildir';
const ARTIFACTS = join(projectRoot(), '.leakgraph', 'artifacts', 'incremental');
const PARTS = 5;
const run = promisify(execFile);

/** `leakgraph ingest … --json` through the built command line, as an analyst on one machine of N runs it. */
async function ingestPart(paths: string[], part: string): Promise<{ part: { last: boolean }; failed: number }> {
  const { stdout } = await run(
    process.execPath,
    [cliEntry(), 'ingest', ...paths, '--part', part, '--no-entities', '--workers', '1', '--json'],
    { env: { ...process.env, ...testConnectionEnv() } },
  );
  return JSON.parse(stdout);
}

describe.skipIf(missingShared(ENRON))('incremental derive (issue 13)', () => {
  const db = useTestDatabase();
  const paths = missingShared(ENRON) ? [] : [sharedPath(ENRON), demoMailboxDir()];
  let whole: GraphSnapshot;

  /**
   * A derive, with the correspondents read as the ingest reads them for its warm worker — once the
   * derive holds its lock, beside its first steps — brought up to date from what its persons step
   * reports (ingest/write/entities.ts correspondentsAfter): they must be the list read whole after it.
   * Also from a list read just before the derive (nothing else derives here), which none of this
   * derive's writes can have reached: without the persons it touched read again, that one is wrong.
   */
  async function deriveChecked(derive: (options: DeriveOptions) => Promise<unknown>) {
    const before = await readCorrespondentsByPerson(db.driver());
    let locked: Promise<CorrespondentsByPerson> | undefined;
    let change: PersonsTouched | undefined;
    await derive({
      onLocked: () => (locked = readCorrespondentsByPerson(db.driver())),
      onPersons: (c) => (change = c),
    });
    const after = await readCorrespondents(db.driver());
    expect(locked).toBeDefined();
    expect(await correspondentsAfter(db.driver(), await locked, change!)).toEqual(after);
    expect(await correspondentsAfter(db.driver(), before, change!)).toEqual(after);
    return { before, change: change!, after };
  }

  /** Person.domain as the derive stored it, against the ranking test/support/person-domains.ts does. */
  async function expectStoredDomains(): Promise<PersonDomains> {
    const expected = await expectedPersonDomains(db.driver());
    expect(await scalar<number>(db.driver(), 'MATCH (p:Person) RETURN count(p)')).toBeGreaterThan(100);
    expect(await misplacedDomains(db.driver(), expected)).toEqual([]);
    return expected;
  }

  it('one run of the whole corpus, for reference', { timeout: 240_000 }, async () => {
    const summary = await ingest(db.driver(), { paths, workers: 1, noEntities: true });
    expect(summary.failed).toBe(0);
    whole = await snapshotGraph(db.driver(), join(ARTIFACTS, 'whole.txt'));
    expect(whole.counts.Message).toBe(summary.ingested);
    await expectStoredDomains();
  });

  it('five parts, each derived on its own, give the graph of one run', { timeout: 400_000 }, async () => {
    await wipe(db.driver());
    const writer = new GraphWriter(db.driver());
    const messages = () => scalar<number>(db.driver(), 'MATCH (m:Message) RETURN count(m)');
    for (let index = 1; index <= PARTS; index++) {
      const before = await messages();
      const summary = await ingest(db.driver(), {
        paths,
        workers: 1,
        noEntities: true,
        part: { index, count: PARTS },
      });
      expect(summary.failed).toBe(0);
      // The last part derives for all that is not derived yet; the others are derived here, one by one.
      let derive = summary.derive;
      if (!derive) {
        const checked = await deriveChecked(async (options) => (derive = await writer.derive(options)));
        if (index > 1) {
          // Only some persons changed, and the list did: read again, they bring it up to date.
          expect(checked.change.everything).toBe(false);
          expect(checked.change.persons.length).toBeGreaterThan(0);
          const untouched = { ...checked.change, persons: [] };
          expect(await correspondentsAfter(db.driver(), checked.before, untouched)).not.toEqual(checked.after);
        }
      }
      if (!derive) throw new Error('no derive summary');
      // The first derive of a graph derives it whole; every later one counts only what its part brought.
      expect(derive.everything).toBe(index === 1);
      if (index > 1) expect(derive.counts.countedMessages).toBe((await messages()) - before);
    }
    const parts = await snapshotGraph(db.driver(), join(ARTIFACTS, 'five-parts.txt'));
    expect(parts.counts).toEqual(whole.counts);
    expect(parts.hash, 'diff .leakgraph/artifacts/incremental/{whole,five-parts}.txt').toBe(whole.hash);
  });

  it('a second derive with nothing new changes nothing and resolves no address', async () => {
    const summary = await deriveGraph(db.driver());
    expect(summary.persons.addresses).toBe(0);
    expect(summary.counts.countedMessages).toBe(0);
    expect((await snapshotGraph(db.driver())).hash).toBe(whole.hash);
  });

  it('a merge correction recomputes only the persons it names, as a derive of the whole graph would', async () => {
    const d = db.driver();
    // Two addresses of Erik Cramer at different domains, which the automatic rules keep apart
    // (test/integration/people-corrections.db.test.ts).
    const a = 'cramer@cadvision.com';
    const b = await scalar<string>(
      d,
      "MATCH (x:Address) WHERE x.email <> $a AND x.name STARTS WITH 'Erik Cramer' AND x.kind = 'smtp' RETURN x.email ORDER BY x.email LIMIT 1",
      { a },
    );
    const personsOf = () =>
      scalar<number>(d, 'MATCH (p:Person)-[:USES]->(x:Address) WHERE x.email IN [$a, $b] RETURN count(DISTINCT p)', {
        a,
        b,
      });
    expect(await personsOf()).toBe(2);
    // The addresses of the two persons, counted independently of the derive.
    const named = await scalar<number>(
      d,
      'MATCH (p:Person)-[:USES]->(x:Address) WHERE x.email IN [$a, $b] MATCH (p)-[:USES]->(y:Address) RETURN count(DISTINCT y)',
      { a, b },
    );
    const addresses = await scalar<number>(d, 'MATCH (x:Address) RETURN count(x)');

    await recordCorrection(d, 'merge', [a, b], 'same man, two mailboxes');
    let incremental: Awaited<ReturnType<typeof deriveGraph>> | undefined;
    const checked = await deriveChecked(async (options) => (incremental = await deriveGraph(d, options)));
    if (!incremental) throw new Error('no derive summary');
    // One of the two persons is gone into the other: the list brought up to date has one fewer.
    expect(checked.change.persons.length).toBeGreaterThanOrEqual(2);
    expect(checked.after.length).toBe(checked.before.size - 1);
    expect(await personsOf()).toBe(1);
    // The two persons it names change (one absorbs the other); resolved again: their addresses and
    // the few the resolution rules connect to them, not the graph.
    expect(incremental.persons.changedPersons).toBe(2);
    expect(incremental.persons.addresses).toBeGreaterThanOrEqual(named);
    expect(incremental.persons.addresses).toBeLessThan(addresses / 50);
    expect(incremental.counts.countedMessages).toBe(0);
    // The merged person sends from both domains: the one they send from most is theirs now.
    const merged = await scalar<string>(d, 'MATCH (p:Person)-[:USES]->(:Address {email: $a}) RETURN p.id', { a });
    expect((await expectStoredDomains()).contested).toContain(merged);
    const after = await snapshotGraph(d, join(ARTIFACTS, 'merge-incremental.txt'));

    const everything = await deriveGraph(d, { everything: true });
    expect(everything.everything).toBe(true);
    expect(everything.persons.addresses).toBe(addresses);
    const recomputed = await snapshotGraph(d, join(ARTIFACTS, 'merge-everything.txt'));
    expect(after.hash, 'diff .leakgraph/artifacts/incremental/merge-*.txt').toBe(recomputed.hash);
    expect(after.hash).not.toBe(whole.hash);
  });

  it(
    'two `ingest --part I/2` processes at once into one database give the graph of one run',
    { timeout: 400_000 },
    async () => {
      await wipe(db.driver());
      const [one, two] = await Promise.all([ingestPart(paths, '1/2'), ingestPart(paths, '2/2')]);
      expect(one.failed + two.failed).toBe(0);
      // Exactly one of them finished last and derived for both.
      expect([one.part.last, two.part.last].sort()).toEqual([false, true]);
      const parts = await snapshotGraph(db.driver(), join(ARTIFACTS, 'two-processes.txt'));
      expect(parts.counts).toEqual(whole.counts);
      expect(parts.hash, 'diff .leakgraph/artifacts/incremental/{whole,two-processes}.txt').toBe(whole.hash);
    },
  );
});
