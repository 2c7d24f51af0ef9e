/**
 * Issue 7: every signature of every DKIM fixture verifies exactly as the upstream answer key
 * (../shared/fixtures/dkim/verification-results.tsv, Debian python3-dkim as of each t=) says, with
 * DNS unplugged and no DNS query made.
 */
import { describe, expect, it } from 'vitest';

import { verifyCopy } from '../../../../ingest/extract/dkim/verify-dkim.js';
import { missingShared } from '../../../support/shared.js';
import { useAnswerKeyStore } from './dns-trap.js';
import { DKIM_DIR, readAnswerKey, readFixture } from './fixtures.js';

const skip = missingShared(DKIM_DIR);

describe.skipIf(!!skip)('DKIM answer key (issue 7)', () => {
  const ctx = useAnswerKeyStore();

  const rows = skip ? [] : readAnswerKey();

  it('has fixtures to check', () => {
    expect(rows.length).toBe(30);
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(rows.reduce((n, r) => n + r.signatures.length, 0));
  });

  it.each(rows.map((r) => [r.file, r] as const))(
    '%s matches the answer key signature by signature',
    async (_file, row) => {
      const result = await verifyCopy(readFixture(row.file), { keys: ctx.keys });
      expect(result.signatures).toHaveLength(row.count);
      const got = result.signatures.map((s) => ({
        domain: s.domain,
        selector: s.selector,
        keyAvailable: s.keyId !== null,
        verified: s.result === 'pass',
      }));
      expect(got).toEqual(row.signatures);
      // Every key used is reported with where it came from.
      for (const s of result.signatures.filter((s) => s.keyId)) {
        const key = result.keys.find((k) => k.id === s.keyId);
        expect(key?.name).toBe(`${s.selector}._domainkey.${s.domain}`);
        expect(key?.source).toMatch(/(dns-txt|dns)\.json#/);
      }
    },
  );

  it('made no DNS query', () => {
    expect(ctx.dns.calls).toEqual([]);
  });
});
