/**
 * Failures a later run no longer meets (ingest/write/cleared-failures.ts), into the real Neo4j. The
 * analyst's case: a zip downloaded cut short fails to open; they fetch it again and ingest the whole
 * copy. Its failure must stop counting (stats, `leakgraph failures`) while a file not read again keeps
 * its own, and a file cut again fails again. What each zip holds is checked with yauzl's own refusal
 * of the cut bytes (the independent reader the project's zip reader wraps), not with leakgraph.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';

import { loadCypher } from '../../db/cypher.js';
import { applyMigration } from '../../db/migrate.js';
import { type IngestSummary, ingest } from '../../ingest/pipeline.js';
import { DEFAULT_READ_LIMITS } from '../../ingest/read/limits.js';
import { FileFailures } from '../../ingest/write/cleared-failures.js';
import { cliEntry } from '../support/cli.js';
import { scalar, testConnectionEnv, useTestDatabase } from '../support/db.js';
import { plainMail } from '../support/mail-carrier.js';
import { missingShared, sharedPath } from '../support/shared.js';
import { makeZip, tempDir } from './read/read-helpers.js';

const mail = (n: number) =>
  plainMail(
    {
      from: `Sender ${n} <sender${n}@example.org>`,
      to: `Reader <reader@example.net>`,
      subject: `Report ${n}`,
      date: `Tue, ${String(n).padStart(2, '0')} Mar 2021 10:00:00 +0000`,
      messageId: `cleared-${n}@example.org`,
    },
    `Figures for week ${n}.`,
  );

/** Whether yauzl opens the bytes as a zip at all. */
const yauzlOpens = (bytes: Buffer) =>
  new Promise<boolean>((done) => yauzl.fromBuffer(bytes, (error, zip) => (zip?.close(), done(!error))));

const failuresListed = async (driver: neo4j.Driver, all: boolean) =>
  (await driver.executeQuery(loadCypher('read/failures'), { run: null, all, limit: neo4j.int(100) })).records.map((r) =>
    r.toObject(),
  );

describe('failures a later run no longer meets', () => {
  const db = useTestDatabase();
  const tmp = tempDir('leakgraph-cleared-');
  afterAll(() => tmp.remove());
  const mailZip = join(tmp.dir, 'mail.zip');
  const otherZip = join(tmp.dir, 'other.zip');
  let whole: Buffer;
  let cut: Buffer;
  let first: IngestSummary;
  let second: IngestSummary;

  beforeAll(async () => {
    whole = await makeZip([1, 2, 3].map((n) => ({ name: `${n}.eml`, data: Buffer.from(mail(n)) })));
    // Cut short as a broken download is: the central directory never arrives.
    cut = whole.subarray(0, Math.floor(whole.length / 2));
    const other = await makeZip([4, 5].map((n) => ({ name: `${n}.eml`, data: Buffer.from(mail(n)) })));
    expect(await yauzlOpens(whole)).toBe(true);
    expect(await yauzlOpens(cut)).toBe(false);
    writeFileSync(mailZip, cut);
    writeFileSync(otherZip, other.subarray(0, other.length - 30));
    expect(await yauzlOpens(other.subarray(0, other.length - 30))).toBe(false);
    first = await ingest(db.driver(), { paths: [tmp.dir], workers: 2, noEntities: true });
  });

  it('records each cut zip as a failure the read found', async () => {
    expect(first.ingested).toBe(0);
    const failures = await failuresListed(db.driver(), false);
    expect(failures.map((f) => f.path).sort()).toEqual([mailZip, otherZip]);
    expect(await scalar(db.driver(), "MATCH (f:Failure) WHERE f.found = 'read' RETURN count(f)")).toBe(2);
    expect(first.cleared).toBe(0);
  });

  it('clears the failure of the zip read again whole, and keeps the other', async () => {
    writeFileSync(mailZip, whole);
    second = await ingest(db.driver(), { paths: [mailZip], workers: 2, noEntities: true });
    expect([second.seen, second.ingested, second.failed]).toEqual([3, 3, 0]);
    expect(second.cleared).toBe(1);
    // Every count of :Failure is of what still fails: the stats say one.
    expect(await scalar(db.driver(), 'MATCH (f:Failure) RETURN count(f)')).toBe(1);
    expect((await failuresListed(db.driver(), false)).map((f) => f.path)).toEqual([otherZip]);
    const all = await failuresListed(db.driver(), true);
    expect(all.map((f) => [f.path, f.clearedRun])).toEqual([
      [otherZip, null],
      [mailZip, second.runId],
    ]);
    // The cleared one is what failed, as it was: first met in the first run, last in it too.
    expect(all[1]).toMatchObject({ firstRun: first.runId, lastRun: first.runId, stage: 'container' });
  });

  it('`leakgraph failures` lists what still fails; --all adds the cleared one and the run that cleared it', () => {
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, [cliEntry(), 'failures', ...args], {
        env: { ...process.env, ...testConnectionEnv() },
        encoding: 'utf8',
      });
    const current = cli('--json');
    expect(current.status).toBe(0);
    expect(JSON.parse(current.stdout).map((f: { path: string }) => f.path)).toEqual([otherZip]);
    const all = cli('--all', '--json');
    expect(
      JSON.parse(all.stdout).map((f: { path: string; clearedRun: string | null }) => [f.path, f.clearedRun]),
    ).toEqual([
      [otherZip, null],
      [mailZip, second.runId],
    ]);
    const table = cli('--all').stdout.split('\n');
    expect(table[0]).toMatch(/^stage\s+where\s+error\s+clearedRun$/);
    expect(table.find((line) => line.includes('mail.zip'))).toContain(second.runId);
    expect(cli().stdout).not.toContain('mail.zip');
  });

  it('fails again, as a new failure, when the file is cut again', async () => {
    writeFileSync(mailZip, cut);
    const third = await ingest(db.driver(), { paths: [tmp.dir], workers: 2, noEntities: true });
    // The other zip's failure is met again (its lastRun moves on), the cleared one stays as it was.
    expect(third.cleared).toBe(0);
    expect((await failuresListed(db.driver(), false)).map((f) => [f.path, f.lastRun]).sort()).toEqual(
      [
        [mailZip, third.runId],
        [otherZip, third.runId],
      ].sort(),
    );
    expect(await scalar(db.driver(), 'MATCH (f:ClearedFailure) RETURN count(f)')).toBe(1);
    // The three mails read in the second run stay in the graph.
    expect(await scalar(db.driver(), 'MATCH (m:Message) RETURN count(m)')).toBe(3);
  });

  it('marks the failures recorded before Failure.found by their stage, and a document failure with its document (V018)', async () => {
    const legacy = ['read', 'container', 'parse', 'write'].map((stage) => ({ key: `legacy-${stage}`, stage }));
    await db
      .driver()
      .executeQuery('UNWIND $legacy AS l CREATE (:Failure {key: l.key, stage: l.stage, path: "/legacy"})', { legacy });
    // A message over the size limit in an mbox attached to a message: found by the document pass
    // (document-mail.ts), whose `/part` and `/mbox` entries say so.
    await db
      .driver()
      .executeQuery(
        'CREATE (:Failure {key: "legacy-attached-mbox", stage: "read", path: "/legacy-mbox", entries: ["/part 2 (list.mbox)", "/mbox 7"]})',
      );
    // A document failure of before: its document named only in `position`, by the first 16 hex digits.
    const sha256 = createHash('sha256').update('a legacy document').digest('hex');
    await db
      .driver()
      .executeQuery(
        'CREATE (:Document {sha256: $sha256}), (:Failure {key: "legacy-document", stage: "document", path: "/legacy-doc", position: $position})',
        { sha256, position: `3 › attachment 1: document ${sha256.slice(0, 16)} (a.pdf)` },
      );
    await applyMigration(db.driver(), 'V018__failure_paths');
    const { records } = await db
      .driver()
      .executeQuery('MATCH (f:Failure {path: "/legacy"}) RETURN f.stage AS stage, f.found AS found ORDER BY stage');
    // A parse or write failure may be the document pass's (mail inside a document): left unmarked.
    expect(records.map((r) => [r.get('stage'), r.get('found')])).toEqual([
      ['container', 'read'],
      ['parse', null],
      ['read', 'read'],
      ['write', null],
    ]);
    const document = await db
      .driver()
      .executeQuery('MATCH (f:Failure {key: "legacy-document"}) RETURN f.found AS found, f.document AS document');
    expect(document.records[0]!.toObject()).toEqual({ found: 'pass', document: sha256 });
    expect(await scalar(db.driver(), 'MATCH (f:Failure {key: "legacy-attached-mbox"}) RETURN f.found')).toBeNull();
    await db
      .driver()
      .executeQuery(
        'MATCH (f:Failure) WHERE f.path IN ["/legacy", "/legacy-doc", "/legacy-mbox"] DELETE f WITH 1 AS one MATCH (d:Document {sha256: $sha256}) DELETE d',
        { sha256 },
      );
  });
});

describe('failures in a file a run could not read whole', () => {
  const db = useTestDatabase();
  const tmp = tempDir('leakgraph-cleared-part-');
  afterAll(() => tmp.remove());
  const zip = join(tmp.dir, 'stops.zip');
  const run = (limits: Partial<typeof DEFAULT_READ_LIMITS>) =>
    ingest(db.driver(), {
      paths: [tmp.dir],
      workers: 2,
      noEntities: true,
      limits: { ...DEFAULT_READ_LIMITS, ...limits },
    });
  const failures = async () =>
    (await failuresListed(db.driver(), false)).map((f) => [(f.entries as string[]).join('/'), f.error as string]);

  beforeAll(async () => {
    const long = mail(4) + 'More figures for the week. '.repeat(200);
    const entries = [mail(1), mail(2), mail(3), long].map((text, i) => ({
      name: `${i + 1}.eml`,
      data: Buffer.from(text),
    }));
    expect(entries.map((e) => e.data.length > 2048)).toEqual([false, false, false, true]);
    writeFileSync(zip, await makeZip(entries));
  });

  it('keeps a failure past where a later run stopped, and clears it once a run reads the file whole', async () => {
    // First: the last mail is over a 2 KiB bound on one message.
    const first = await run({ maxMessageBytes: 2048 });
    expect([first.ingested, first.failed]).toEqual([3, 1]);
    const overLimit = await failures();
    expect(overLimit.map(([at]) => at)).toEqual(['4.eml']);
    // Then: a bound of two entries stops the read at the third, before the fourth is reached.
    const stopped = await run({ maxArchiveEntries: 2 });
    expect(stopped.cleared).toBe(0);
    expect(stopped.failures.map((f) => f.error).join('\n')).toMatch(/archive stopped at entry 3/);
    expect((await failures()).map(([at]) => at).sort()).toEqual(['', '4.eml']);
    // Read whole: neither is met again.
    const whole = await run({});
    expect([whole.ingested, whole.failed, whole.cleared]).toEqual([1, 0, 2]);
    expect(await failures()).toEqual([]);
    expect(await scalar(db.driver(), 'MATCH (m:Message) RETURN count(m)')).toBe(4);
  });
});

const PDF = 'fixtures/documents/py-pdf/001-trivial/minimal-document.pdf';

describe.skipIf(!!missingShared(PDF))('document failures a later pass no longer meets', () => {
  const db = useTestDatabase();
  const tmp = tempDir('leakgraph-cleared-documents-');
  afterAll(() => tmp.remove());
  const dump = join(tmp.dir, 'dump');
  const later = join(tmp.dir, 'later');
  const pdf = join(dump, 'report.pdf');
  const bytes = readFileSync(sharedPath(PDF));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const documentFailures = (label: string) =>
    scalar(db.driver(), `MATCH (f:${label} {document: $sha256}) RETURN count(f)`, { sha256 });

  beforeAll(() => {
    mkdirSync(dump, { recursive: true });
    mkdirSync(later, { recursive: true });
    writeFileSync(pdf, bytes);
    writeFileSync(join(dump, 'note.eml'), mail(1));
  });

  it('clears the failure of a document that could not be reached once a pass reads it', async () => {
    const first = await ingest(db.driver(), { paths: [dump], workers: 2, noEntities: true });
    expect(first.documents.pass).toMatchObject({ read: 1, unreachable: 0 });
    // The dump is moved away (here: the file changed) while the document waits to be read again.
    writeFileSync(pdf, 'changed since the ingest');
    await db.driver().executeQuery("MATCH (d:Document {sha256: $sha256}) SET d.state = 'pending'", { sha256 });
    writeFileSync(join(later, 'later.eml'), mail(2));
    const second = await ingest(db.driver(), { paths: [later], workers: 2, noEntities: true });
    expect(second.documents.pass).toMatchObject({ read: 0, unreachable: 1 });
    expect(second.cleared).toBe(0);
    expect(await documentFailures('Failure')).toBe(1);
    expect(await scalar(db.driver(), 'MATCH (f:Failure {document: $sha256}) RETURN f.found', { sha256 })).toBe('pass');
    // The dump is back; `leakgraph documents` reads the document and clears its failure.
    writeFileSync(pdf, bytes);
    const run = spawnSync(process.execPath, [cliEntry(), 'documents', '--json'], {
      env: { ...process.env, ...testConnectionEnv() },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const pass = JSON.parse(run.stdout) as { read: number; unreachable: number; cleared: number };
    expect([pass.read, pass.unreachable, pass.cleared]).toEqual([1, 0, 1]);
    expect([await documentFailures('Failure'), await documentFailures('ClearedFailure')]).toEqual([0, 1]);
  });

  it('does the same within an ingest, whose document pass reads what waits', async () => {
    writeFileSync(pdf, 'moved again');
    await db.driver().executeQuery("MATCH (d:Document {sha256: $sha256}) SET d.state = 'pending'", { sha256 });
    writeFileSync(join(later, 'third.eml'), mail(3));
    const third = await ingest(db.driver(), { paths: [later], workers: 2, noEntities: true });
    expect(third.documents.pass).toMatchObject({ read: 0, unreachable: 1 });
    // A new Failure: the one cleared before stays as it was.
    expect([await documentFailures('Failure'), await documentFailures('ClearedFailure')]).toEqual([1, 1]);
    writeFileSync(pdf, bytes);
    writeFileSync(join(later, 'fourth.eml'), mail(4));
    const fourth = await ingest(db.driver(), { paths: [later], workers: 2, noEntities: true });
    expect(fourth.documents.pass).toMatchObject({ read: 1, unreachable: 0 });
    expect(fourth.cleared).toBe(1);
    expect([await documentFailures('Failure'), await documentFailures('ClearedFailure')]).toEqual([0, 2]);
  });
});

describe('failures a shorter copy or another run leaves standing', () => {
  const db = useTestDatabase();
  const tmp = tempDir('leakgraph-cleared-mbox-');
  afterAll(() => tmp.remove());
  const mbox = join(tmp.dir, 'list.mbox');
  const entry = (n: number, body = `Figures for week ${n}.`) =>
    `From sender${n}@example.org Tue Mar  2 10:00:00 2021\n${mail(n).replace(`Figures for week ${n}.`, body).replaceAll('\r\n', '\n')}\n`;
  const whole = [entry(1), entry(2), entry(3), entry(4, 'More figures. '.repeat(300))].join('');
  const short = [entry(1), entry(2)].join('');
  const run = (limits: Partial<typeof DEFAULT_READ_LIMITS> = {}) =>
    ingest(db.driver(), {
      paths: [tmp.dir],
      workers: 2,
      noEntities: true,
      limits: { ...DEFAULT_READ_LIMITS, ...limits },
    });
  const failing = () => scalar(db.driver(), 'MATCH (f:Failure) RETURN count(f)');

  it('keeps the failure of a message past the end of a shorter copy of the mbox', async () => {
    writeFileSync(mbox, whole);
    const first = await run({ maxMessageBytes: 2048 });
    expect([first.seen, first.ingested, first.failed]).toEqual([4, 3, 1]);
    // The lost message starts past the end of the two-message copy.
    const offset = await scalar(db.driver(), 'MATCH (f:Failure) RETURN f.offset');
    // (The message's bytes begin after its "From " line.)
    expect(offset).toBe(whole.indexOf(entry(4).slice(0, 40)) + entry(4).indexOf('\n') + 1);
    expect(Buffer.byteLength(short)).toBeLessThanOrEqual(offset);
    writeFileSync(mbox, short);
    const second = await run();
    expect([second.seen, second.failed, second.cleared]).toEqual([2, 0, 0]);
    expect(await failing()).toBe(1);
    writeFileSync(mbox, whole);
    const third = await run();
    expect([third.ingested, third.failed, third.cleared]).toEqual([1, 0, 1]);
    expect(await failing()).toBe(0);
  });

  it('keeps a failure another run met while this one ran', async () => {
    writeFileSync(mbox, whole);
    await run({ maxMessageBytes: 2048 }); // the fourth message lost again: a new Failure
    expect(await failing()).toBe(1);
    // This run starts, and reads the file whole without meeting the failure...
    const mine = await FileFailures.start(db.driver(), [tmp.dir]);
    mine.onFileRead(mbox, Buffer.byteLength(whole));
    // ...while another run over the same file still meets it.
    const other = await run({ maxMessageBytes: 2048 });
    expect(other.failed).toBe(1);
    expect(await mine.finish(db.driver(), 'a run that did not meet it')).toBe(0);
    expect(await failing()).toBe(1);
  });
});
