/**
 * Analyst corrections to identity resolution (issue 3: `leakgraph people merge|split`, corrections
 * survive re-ingest), on the Enron dev mailboxes through the real command line.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

import { ingest } from '../../ingest/pipeline.js';
import { cliEntry } from '../support/cli.js';
import { scalar, testConnectionEnv, useTestDatabase } from '../support/db.js';
import { missingShared, sharedPath } from '../support/shared.js';

const ENRON = 'fixtures/enron-dev-sample/maildir';
const run = promisify(execFile);

async function leakgraph(args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [cliEntry(), ...args], {
    env: { ...process.env, ...testConnectionEnv() },
  });
  return stdout;
}

describe.skipIf(missingShared(ENRON))('people merge / split / undo', () => {
  const db = useTestDatabase();
  const personOf = (email: string) =>
    scalar<string>(db.driver(), 'MATCH (p:Person)-[:USES]->(:Address {email: $email}) RETURN p.id', { email });
  // Two addresses of Erik Cramer at different domains: same name, but different organisations, so
  // the automatic rules keep them apart (checked below) and an analyst has to decide.
  const a = 'cramer@cadvision.com';
  let b = '';

  it('keeps same-name addresses at different domains apart until an analyst merges them', async () => {
    await ingest(db.driver(), { paths: [sharedPath(ENRON)], workers: 0, noEntities: true });
    b = await scalar<string>(
      db.driver(),
      "MATCH (x:Address) WHERE x.email <> $a AND x.name STARTS WITH 'Erik Cramer' AND x.kind = 'smtp' RETURN x.email ORDER BY x.email LIMIT 1",
      { a },
    );
    expect(b).toMatch(/@/);
    expect(await personOf(a)).not.toBe(await personOf(b));

    const out = JSON.parse(await leakgraph(['people', 'merge', a, b, '--note', 'same man, two mailboxes', '--json']));
    expect(out.addresses.map((x: { email: string }) => x.email)).toEqual(expect.arrayContaining([a, b]));
    expect(await personOf(a)).toBe(await personOf(b));
    const { records } = await db
      .driver()
      .executeQuery(
        'MATCH (:Person)-[u:USES]->(x:Address) WHERE x.email IN [$a, $b] RETURN u.reason AS reason ORDER BY reason',
        { a, b },
      );
    const reasons = records.map((r) => r.get('reason') as string);
    expect(reasons[0]).toMatch(/^analyst merge \(c-/);
    expect(reasons[1]).toBe('primary address');
  });

  it('rebuilds person edges after the merge from the messages', async () => {
    const p = await personOf(a);
    const edge = await scalar<number>(
      db.driver(),
      'MATCH (:Person {id: $p})-[e:EMAILED]->(q:Person) RETURN sum(e.count)',
      { p },
    );
    const recount = await scalar<number>(
      db.driver(),
      'MATCH (:Person {id: $p})-[:USES]->(:Address)-[:SENT]->(m:Message)-[:TO|CC|BCC]->(:Address)<-[:USES]-(q:Person) WITH q, count(DISTINCT m) AS c RETURN sum(c)',
      { p },
    );
    expect(edge).toBe(recount);
    expect(edge).toBeGreaterThan(0);
    expect(await scalar(db.driver(), 'MATCH (p:Person) WHERE NOT (p)-[:USES]->() RETURN count(p)')).toBe(0);
  });

  it('keeps the merge through a re-ingest', async () => {
    await ingest(db.driver(), { paths: [sharedPath(ENRON)], workers: 0, noEntities: true });
    expect(await personOf(a)).toBe(await personOf(b));
  });

  it('splits an address out, keeps the split through a re-ingest, and undoes it', async () => {
    await leakgraph(['people', 'split', b]);
    expect(await personOf(a)).not.toBe(await personOf(b));
    await ingest(db.driver(), { paths: [sharedPath(ENRON)], workers: 0, noEntities: true });
    expect(await personOf(a)).not.toBe(await personOf(b));

    const corrections = JSON.parse(await leakgraph(['people', 'corrections', '--json'])) as {
      id: string;
      kind: string;
    }[];
    expect(corrections.map((c) => c.kind)).toEqual(['merge', 'split']);
    await leakgraph(['people', 'undo', corrections[1]!.id]);
    expect(await personOf(a)).toBe(await personOf(b));
  });

  it('refuses to merge an address that is not in the graph, saying so', async () => {
    await expect(leakgraph(['people', 'merge', a, 'nobody@nowhere.example'])).rejects.toMatchObject({
      stderr: expect.stringContaining('nobody@nowhere.example: no person or address by that name'),
    });
  });
});
