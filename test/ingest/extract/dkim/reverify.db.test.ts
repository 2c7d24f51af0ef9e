/**
 * Issue 7: `leakgraph verify [--rebuild]` after keys are added. The linux-man list and one iCloud
 * message are read by the real readers and ingested with an empty key store (every signature "no
 * key"); re-verifying the graph with the archived keys reads each copy back (ingest/read
 * readRawCopy) and must reach exactly what verifying the bytes in memory gives. A copy whose file
 * changed since the ingest is reported, not verified.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadCypher } from '../../../../db/cypher.js';
import { buildBatch } from '../../../../ingest/batch/build-batch.js';
import { checkCopy } from '../../../../ingest/extract/dkim/check-copy.js';
import { KeyStore, loadKeyStore } from '../../../../ingest/extract/dkim/key-store.js';
import { reverifyGraph } from '../../../../ingest/reverify.js';
import { buildDkimRows } from '../../../../ingest/extract/dkim/rows.js';
import type { CopyDkim } from '../../../../ingest/extract/dkim/types.js';
import { verifyCopy } from '../../../../ingest/extract/dkim/verify-dkim.js';
import { writeDkimRows } from '../../../../ingest/write/dkim.js';
import { processMessage } from '../../../../ingest/extract/process-message.js';
import { deriveVerification } from '../../../../ingest/write/signals.js';
import type { ProcessedMessage, RawMessage } from '../../../../ingest/model.js';
import { readRawCopy } from '../../../../ingest/read/raw-copy.js';
import { readSources } from '../../../../ingest/read/read-sources.js';
import { GraphWriter } from '../../../../ingest/write/graph-writer.js';
import { scalar, useTestDatabase } from '../../../support/db.js';
import { missingShared, sharedPath } from '../../../support/shared.js';
import { type DnsTrap, trapDns } from './dns-trap.js';
import { DKIM_DIR, LINUX_MAN } from './fixtures.js';

const skip = missingShared(LINUX_MAN) ?? missingShared(DKIM_DIR);
const dir = mkdtempSync(join(tmpdir(), 'leakgraph-reverify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!!skip)('verify the graph again after adding keys (issue 7)', () => {
  const db = useTestDatabase();
  const copies: { raw: RawMessage; processed: ProcessedMessage; expected: CopyDkim }[] = [];
  let archived: KeyStore;
  let dns: DnsTrap;
  const changed = join(dir, 'changed.eml');

  beforeAll(async () => {
    dns = trapDns();
    archived = await loadKeyStore([sharedPath(`${DKIM_DIR}/keys/dns-txt.json`)]);
    copyFileSync(sharedPath(`${DKIM_DIR}/zk-email-verify/packages/helpers/tests/test-data/email-good.eml`), changed);
    const issues: string[] = [];
    const paths = [sharedPath(LINUX_MAN), changed];
    const items: { processed: ProcessedMessage; check: Awaited<ReturnType<typeof checkCopy>> }[] = [];
    for await (const raw of readSources(paths, { onIssue: (i) => issues.push(i.error), onSkip: () => {} })) {
      const processed = await processMessage(raw);
      // Ingested before any key was at hand.
      const check = await checkCopy(raw.bytes, processed.parsed, { keys: new KeyStore() });
      items.push({ processed, check });
      copies.push({ raw, processed, expected: await verifyCopy(raw.bytes, { keys: archived }) });
    }
    expect(issues).toEqual([]);
    const driver = db.driver();
    await new GraphWriter(driver).writeBatch(
      buildBatch(
        items.map((i) => i.processed),
        [],
        [],
        'read',
      ),
      'test-issue-7-reverify',
    );
    // derive: true — the messages the batch marked pending and no derive has claimed.
    await driver.executeQuery(loadCypher('write/link-conflicts'), { derive: true });
    const session = driver.session();
    try {
      await session.executeWrite((tx) =>
        writeDkimRows(tx, buildDkimRows(items.map((i) => ({ copyKey: i.processed.copyKey, dkim: i.check.dkim })))),
      );
    } finally {
      await session.close();
    }
    await deriveVerification(driver);
  });
  afterAll(() => dns.restore());

  it('starts with every signature lacking a key', async () => {
    expect(copies).toHaveLength(501);
    expect(await scalar(db.driver(), "MATCH (s:Signature) WHERE s.result <> 'nokey' RETURN count(s)")).toBe(0);
    expect(await scalar(db.driver(), "MATCH (m:Message {status: 'verified'}) RETURN count(m)")).toBe(0);
  });

  it('re-verifies the copies that lacked a key, read back from disk, to what the bytes in memory give', async () => {
    const signed = copies.filter((c) => c.expected.signatures.length > 0);
    const summary = await reverifyGraph(db.driver(), readRawCopy, { keys: archived, all: false });
    expect(summary.unreadable).toEqual([]);
    expect(summary.checked).toBe(signed.length);
    for (const status of ['verified', 'contradicted', 'unverifiable'] as const) {
      expect(summary[status], status).toBe(signed.filter((c) => c.expected.status === status).length);
    }
    const { records } = await db.driver().executeQuery('MATCH (c:Copy) RETURN c.key AS key, c.dkimStatus AS status');
    const got = new Map(records.map((r) => [r.get('key') as string, r.get('status') as string]));
    for (const c of copies) expect(got.get(c.processed.copyKey)).toBe(c.expected.status);
    const passing = copies.reduce((n, c) => n + c.expected.signatures.filter((s) => s.result === 'pass').length, 0);
    expect(passing).toBeGreaterThan(200);
    expect(
      await scalar(db.driver(), "MATCH (s:Signature {result: 'pass'})-[:USED_KEY]->(:DkimKey) RETURN count(s)"),
    ).toBe(passing);
    expect(await scalar(db.driver(), "MATCH (m:Message {status: 'verified'}) RETURN count(m)")).toBeGreaterThan(0);
    expect(dns.calls).toEqual([]);
  });

  it('without --rebuild a second run finds nothing left to check but the keyless copies', async () => {
    const keyless = copies.filter((c) => c.expected.signatures.some((s) => s.result === 'nokey')).length;
    const summary = await reverifyGraph(db.driver(), readRawCopy, { keys: archived, all: false });
    expect(summary.checked).toBe(keyless);
  });

  it('--rebuild checks every copy, and reports one whose file changed since the ingest', async () => {
    writeFileSync(changed, 'From: someone@example.com\nSubject: not what was ingested\n\nhello\n');
    const summary = await reverifyGraph(db.driver(), readRawCopy, { keys: archived, all: true });
    expect(summary.checked).toBe(copies.length - 1);
    expect(summary.unreadable).toEqual([
      expect.objectContaining({
        path: changed,
        error: expect.stringMatching(/changed since the ingest|no longer|now/),
      }),
    ]);
    // The copy keeps the result of its last good verification.
    const key = copies.find((c) => c.raw.source.path === changed)!.processed.copyKey;
    expect(await scalar(db.driver(), 'MATCH (c:Copy {key: $key}) RETURN c.dkimStatus', { key })).toBe('verified');
  });
});
