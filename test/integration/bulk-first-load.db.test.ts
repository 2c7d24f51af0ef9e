/**
 * Issue 13, the bulk first load: the same corpus (the Enron dev sample, the demo mailbox and a dump
 * with attached and loose documents) loaded once through transactions and once through CSV files and
 * `neo4j-admin database import full` into the stopped test Neo4j gives the same graph after the derive,
 * the document pass, the signals and the entity pass — compared by the canonical dump of every node and
 * relationship (test/support/graph-snapshot.ts). And the bulk path is refused, in one line, where it
 * cannot run: a server of the analyst's own (NEO4J_URI), a database that holds data, a split ingest.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

import { demoMailboxDir } from '../../cli/demo-mailbox.js';
import { testInstance } from '../../db/instance.js';
import { projectRoot } from '../../db/paths.js';
import { firstLoad } from '../../ingest/first-load.js';
import { BulkRefusedError, chooseLoad } from '../../ingest/load-choice.js';
import { ingest } from '../../ingest/pipeline.js';
import { cliEntry } from '../support/cli.js';
import { testConnectionEnv, useTestDatabase, wipe } from '../support/db.js';
import { type GraphSnapshot, snapshotGraph } from '../support/graph-snapshot.js';
import { missingShared, sharedPath } from '../support/shared.js';
import { tempDir } from '../ingest/read/read-helpers.js';
import { writeDump } from '../server/support/document-dump.js';

const ENRON = 'fixtures/enron-dev-sample/maildir';
const ARTIFACTS = join(projectRoot(), '.leakgraph', 'artifacts', 'bulk-first-load');
const run = promisify(execFile);

describe.skipIf(missingShared(ENRON))('bulk first load (issue 13)', () => {
  const db = useTestDatabase();
  const tmp = tempDir('leakgraph-bulk-');
  afterAll(() => tmp.remove());
  const dump = join(tmp.dir, 'dump');
  const paths = () => [sharedPath(ENRON), demoMailboxDir(), dump];
  let transactional: GraphSnapshot;
  let seen = 0;

  it('through transactions, for reference', { timeout: 600_000 }, async () => {
    await writeDump(join(dump, 'maildir'));
    const summary = await ingest(db.driver(), { paths: paths(), workers: 2 });
    expect(summary.failed).toBe(0);
    expect(summary.documents.loose).toBeGreaterThan(0);
    expect(summary.documents.attachments).toBeGreaterThan(0);
    seen = summary.seen;
    transactional = await snapshotGraph(db.driver(), join(ARTIFACTS, 'transactional.txt'));
    expect(transactional.counts.Message).toBe(summary.ingested);
  });

  it('through neo4j-admin import into the stopped database: the same graph', { timeout: 600_000 }, async () => {
    await wipe(db.driver());
    const instance = testInstance();
    const summary = await firstLoad(db.driver(), { paths: paths(), workers: 2, instance });
    expect(summary.load).toBe('bulk');
    expect(summary.seen).toBe(seen);
    expect(summary.failed).toBe(0);
    expect(Object.keys(summary.timings)).toEqual(['csv', 'import', 'start', 'schema', 'derive']);
    const bulk = await snapshotGraph(db.driver(), join(ARTIFACTS, 'bulk.txt'));
    expect(bulk.counts).toEqual(transactional.counts);
    expect(bulk.hash, 'diff .leakgraph/artifacts/bulk-first-load/{transactional,bulk}.txt').toBe(transactional.hash);
  });

  it('refuses --bulk on a database that holds data, and for a split ingest', async () => {
    const request = { mode: 'bulk' as const, managed: true };
    await wipe(db.driver());
    expect(await chooseLoad(db.driver(), request)).toBe('bulk');
    // Without --bulk even an empty managed database loads with transactions: bulk is never chosen for it.
    expect(await chooseLoad(db.driver(), { ...request, mode: 'transactional' })).toBe('transactional');
    // Refused for a split ingest on the empty database too: for the split, not for its contents.
    await expect(chooseLoad(db.driver(), { ...request, split: true })).rejects.toThrow(/--part/);
    // One saved query is data the import would destroy.
    await db.driver().executeQuery("CREATE (:SavedQuery {name: 'kept'})");
    await expect(chooseLoad(db.driver(), request)).rejects.toThrow(BulkRefusedError);
    await expect(chooseLoad(db.driver(), request)).rejects.toThrow(/already holds data/);
  });

  it('refuses --bulk with NEO4J_URI in one line that says why and what to do', { timeout: 60_000 }, async () => {
    const failed = await run(process.execPath, [cliEntry(), 'ingest', demoMailboxDir(), '--bulk'], {
      env: { ...process.env, ...testConnectionEnv() },
    }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).not.toBe(0);
    // The connection line ("Database: …") comes first; the refusal is one line of its own.
    const errors = failed!.stderr
      .trim()
      .split('\n')
      .filter((line) => !line.startsWith('Database: '));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/--bulk refused: .*NEO4J_URI.*run without --bulk/);
  });
});
