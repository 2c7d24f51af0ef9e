/**
 * Issue 13: `leakgraph ingest` starts its first parse worker before it knows the run's DKIM keys (the
 * worker loads the mail parser while the command loads and connects), and hands them over later. The
 * keys must reach it: the thirty DKIM fixtures ingested through the built command, with the archived
 * keys and DNS off, verify signature by signature as the upstream answer key says.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

import { cliEntry } from '../support/cli.js';
import { testConnectionEnv, useTestDatabase } from '../support/db.js';
import { missingShared, sharedPath } from '../support/shared.js';
import { DKIM_DIR, answerKeyStorePaths, readAnswerKey } from '../ingest/extract/dkim/fixtures.js';

const skip = missingShared(DKIM_DIR);

describe.skipIf(!!skip)('DKIM through the ingest command', () => {
  const db = useTestDatabase();

  it('verifies the answer key signatures with the keys given on the command line', { timeout: 120_000 }, async () => {
    const rows = readAnswerKey();
    const keys = answerKeyStorePaths().flatMap((path) => ['--keys', path]);
    const files = rows.map((r) => sharedPath(`${DKIM_DIR}/${r.file}`));
    const run = spawnSync(
      process.execPath,
      [cliEntry(), 'ingest', ...files, ...keys, '--no-entities', '--no-documents', '--workers', '1', '--json', '-q'],
      { env: { ...process.env, ...testConnectionEnv() }, encoding: 'utf8', timeout: 110_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).failed).toBe(0);

    // Each copy's signatures, by the file it was read from, against the answer key's.
    const { records } = await db.driver().executeQuery(
      `MATCH (c:Copy)-[:HAS_SIGNATURE]->(s:Signature)
       RETURN c.path AS path, s.index AS index, s.domain AS domain, s.selector AS selector, s.result = 'pass' AS verified
       ORDER BY path, index`,
    );
    const got = new Map<string, { domain: string; selector: string; verified: boolean }[]>();
    for (const r of records) {
      const list = got.get(r.get('path') as string) ?? [];
      list.push({ domain: r.get('domain'), selector: r.get('selector'), verified: r.get('verified') });
      got.set(r.get('path') as string, list);
    }
    const expected = new Map(
      rows
        .filter((r) => r.count > 0)
        .map((r) => [
          sharedPath(`${DKIM_DIR}/${r.file}`),
          r.signatures.map(({ domain, selector, verified }) => ({ domain, selector, verified })),
        ]),
    );
    expect(got).toEqual(expected);
    // Without the keys in the worker, none would verify (DNS is off): the key says which do.
    expect([...got.values()].flat().filter((s) => s.verified).length).toBeGreaterThan(5);
  });
});
