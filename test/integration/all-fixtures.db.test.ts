/**
 * Issue 3, never lose a message: every fixture family in ../shared/fixtures (Enron maildir,
 * mailing-list mbox, MIME torture tests, spam with hostile HTML and odd charsets, DKIM mail,
 * Outlook .msg/.pst, and the non-mail files around them) goes through one ingest. Nothing crashes,
 * every file is accounted for (a copy in the graph, a document's File, a recorded failure, or a skip
 * with a reason),
 * seen = ingested + duplicates + failed, and the known-bad inputs are failures that say why.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { type IngestSummary, ingest } from '../../ingest/pipeline.js';
import { scalar, useTestDatabase } from '../support/db.js';
import { missingShared, sharedPath } from '../support/shared.js';

const FIXTURES = 'fixtures';

describe.skipIf(missingShared(FIXTURES))('ingest of every shared fixture family', () => {
  const db = useTestDatabase();
  const skipped = new Map<string, string>();
  let summary: IngestSummary;

  it('runs to the end and the accounting adds up', { timeout: 600_000 }, async () => {
    summary = await ingest(db.driver(), {
      paths: [sharedPath(FIXTURES)],
      keys: [sharedPath('fixtures/dkim/keys/dns-txt.json')],
      onSkip: (path, reason) => skipped.set(path, reason),
    });
    expect(summary.seen).toBe(summary.ingested + summary.duplicates + summary.failed);
    expect(summary.seen).toBeGreaterThan(1800);
    expect(await scalar(db.driver(), 'MATCH (c:Copy) RETURN count(c)')).toBe(summary.ingested + summary.duplicates);
    expect(await scalar(db.driver(), 'MATCH (f:Failure {lostMessage: true}) RETURN count(f)')).toBe(summary.failed);
  });

  it('accounts for every file: a copy in the graph, a document, a recorded failure, or a skip with a reason', async () => {
    const files = readdirSync(sharedPath(FIXTURES), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name));
    const { records } = await db
      .driver()
      .executeQuery(
        'MATCH (c:Copy) RETURN DISTINCT c.path AS path UNION MATCH (f:Failure) RETURN DISTINCT f.path AS path ' +
          'UNION MATCH (f:File) RETURN DISTINCT f.path AS path',
      );
    const inGraph = new Set(records.map((r) => r.get('path') as string));
    // A container whose every item was skipped (a PST of contacts) is named in its items' skips.
    const skippedFiles = new Set(
      [...skipped.keys()].map((p) => files.find((f) => p === f || p.startsWith(`${f} `)) ?? p),
    );
    const unaccounted = files.filter((f) => !inGraph.has(f) && !skippedFiles.has(f));
    expect(unaccounted).toEqual([]);
    for (const reason of skipped.values()) expect(reason).toMatch(/\w{4,}/);
  });

  it('reports the known-bad inputs as failures that say what went wrong and where', async () => {
    const { records } = await db
      .driver()
      .executeQuery(
        'MATCH (f:Failure) RETURN f.path AS path, f.stage AS stage, f.error AS error, f.lostMessage AS lost',
      );
    const failures = records.map((r) => r.toObject() as { path: string; stage: string; error: string; lost: boolean });
    for (const f of failures) {
      expect(f.stage).toMatch(/^(read|container|parse|extract|write|document)$/);
      expect(f.error.length).toBeGreaterThan(10);
    }
    // The ANSI (Outlook 97–2002) PST that pst-extractor cannot open: lost, and said why.
    const ansi = failures.find((f) => f.path.endsWith('contacts97-2002.pst'));
    expect(ansi).toMatchObject({ lost: true });
    expect(ansi!.error).toMatch(/ANSI/);
    // The password-protected PST is read anyway, with a warning that loses nothing.
    const protectedPst = failures.find((f) => f.path.endsWith('passworded.pst'));
    expect(protectedPst).toMatchObject({ lost: false });
    expect(protectedPst!.error).toMatch(/password/);
    // Non-mail files are skipped by name, with the reason.
    expect(skipped.get(sharedPath('fixtures/dkim/dkimpy/dkim/tests/data/test.private'))).toBe('not a mail file');
    expect([...skipped.values()].filter((r) => /IPM\.Contact/.test(r)).length).toBeGreaterThan(0);
  });
});
