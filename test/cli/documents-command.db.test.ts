/**
 * Issue 12: `leakgraph ingest --no-documents` leaves the documents it found pending, `leakgraph
 * documents` reads them (and only them), and `leakgraph failures` lists the one it could not read —
 * the built command, as an analyst runs it, on the test Neo4j. A message built here carries two
 * fixture documents: a PDF and a password-protected Excel file (the answer key says so).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { cliEntry } from '../support/cli.js';
import { testConnectionEnv, useTestDatabase } from '../support/db.js';
import { mimeMessage } from '../support/mime-message.js';
import { missingShared } from '../support/shared.js';
import { fixtureBytes, readAnswerKey } from '../ingest/extract/documents/fixtures.js';
import { tempDir } from '../ingest/read/read-helpers.js';

const skip = missingShared('fixtures/documents');
const PDF = 'tika/testPDF.pdf';
const XLS = 'tika/password.xls';

function leakgraph(...args: string[]) {
  const r = spawnSync(process.execPath, [cliEntry(), ...args], {
    env: { ...process.env, ...testConnectionEnv() },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function message(): string {
  const attachment = (name: string, path: string) => ({
    name,
    type: 'application/octet-stream',
    bytes: fixtureBytes(path),
  });
  return mimeMessage(
    { from: 'erin@example.org', to: 'frank@example.org', subject: 'two files', date: 'Tue, 2 Jan 2001 10:00:00 +0000' },
    'See attached.',
    [attachment('report.pdf', PDF), attachment('budget.xls', XLS)],
  );
}

describe.skipIf(!!skip)('leakgraph documents', () => {
  useTestDatabase();
  const tmp = tempDir('leakgraph-documents-cli-');
  afterAll(() => tmp.remove());
  const key = skip ? undefined : readAnswerKey().files;

  it('answers --help with what it does and its options', () => {
    const help = leakgraph('documents', '--help');
    expect(help.status).toBe(0);
    for (const option of ['--rebuild', '--workers', '--json', '--ocr', '--time-limit-s'])
      expect(help.stdout).toContain(option);
  });

  it('reads the documents an ingest --no-documents left pending, once, and lists the one it could not read', () => {
    const dir = join(tmp.dir, 'erin', 'inbox');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '1.'), message());

    const ingested = leakgraph('ingest', tmp.dir, '--no-documents', '--no-entities', '--workers', '1', '--json', '-q');
    expect(ingested.status, ingested.stderr).toBe(0);
    const summary = JSON.parse(ingested.stdout);
    expect(summary.documents).toEqual({ attachments: 2, loose: 0 });

    const read = leakgraph('documents', '--workers', '1', '--json');
    expect(read.status, read.stderr).toBe(0);
    const pass = JSON.parse(read.stdout);
    expect([pass.pending, pass.read, pass.unreachable]).toEqual([2, 2, 0]);
    // The key: the PDF opens, the Excel file is password-protected.
    expect([key![PDF]!.encrypted, key![XLS]!.encrypted]).toEqual([false, true]);
    expect(pass.byStatus).toEqual({ ok: 1, encrypted: 1 });

    const failures = JSON.parse(leakgraph('failures', '--json').stdout) as {
      stage: string;
      error: string;
      position: string;
    }[];
    const documentFailures = failures.filter((f) => f.stage === 'document');
    expect(documentFailures).toHaveLength(1);
    expect(documentFailures[0]!.error).toMatch(/^encrypted: /);
    expect(documentFailures[0]!.position).toContain(key![XLS]!.sha256.slice(0, 16));

    const again = JSON.parse(leakgraph('documents', '--json').stdout);
    expect([again.pending, again.read]).toEqual([0, 0]);
    const human = leakgraph('documents');
    expect(human.stderr).toContain('No document waits to be read.');
  });
});
