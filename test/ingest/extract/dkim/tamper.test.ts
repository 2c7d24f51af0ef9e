/**
 * Issue 7: tampered mail fails. The upstream tampered variants fail as the answer key says, and
 * fail for the reason their difference from email-good.eml shows (body or signed header); changing
 * one byte of the body or of the Subject of any passing fixture makes its signature fail.
 */
import { describe, expect, it } from 'vitest';

import { headerBlock } from '../../../../ingest/extract/dkim/signature-tags.js';
import { verifyCopy } from '../../../../ingest/extract/dkim/verify-dkim.js';
import { missingShared } from '../../../support/shared.js';
import { useAnswerKeyStore } from './dns-trap.js';
import { DKIM_DIR, readAnswerKey, readFixture } from './fixtures.js';

const skip = missingShared(DKIM_DIR);
const ZK = 'zk-email-verify/packages/helpers/tests/test-data';

/** Index of the first byte where a and b differ. */
function firstDifference(a: Buffer, b: Buffer): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Replaces the first letter at or after `from` with another letter (same case), so canonicalisation cannot hide it. */
function flipLetter(bytes: Buffer, from: number): Buffer {
  const out = Buffer.from(bytes);
  for (let i = from; i < out.length; i++) {
    const c = out[i]!;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
      out[i] = c === 0x7a || c === 0x5a ? c - 1 : c + 1;
      return out;
    }
  }
  throw new Error('no letter to change');
}

describe.skipIf(!!skip)('tampered mail fails (issue 7)', () => {
  const ctx = useAnswerKeyStore();

  it.each(['email-body-tampered.eml', 'email-bodyless.eml', 'email-invalid-domain.eml'])(
    '%s fails where its difference lies',
    async (name) => {
      const good = readFixture(`${ZK}/email-good.eml`);
      const bad = readFixture(`${ZK}/${name}`);
      const inBody = firstDifference(good, bad) >= headerBlock(good).length;
      const result = await verifyCopy(bad, { keys: ctx.keys });
      const [sig] = result.signatures;
      expect(sig?.result).toBe('fail');
      expect(result.status).toBe('contradicted');
      // A body change leaves the signed headers intact; a header change leaves the body hash intact.
      expect(sig?.bodyHashOk).toBe(!inBody);
      expect(sig?.signatureOk).toBe(inBody);
    },
  );

  const passing = skip ? [] : readAnswerKey().filter((r) => r.signatures.some((s) => s.verified));

  it.each(passing.map((r) => [r.file] as const))(
    '%s: one byte of body changed → its signatures fail the body hash',
    async (file) => {
      const bytes = readFixture(file);
      const before = await verifyCopy(bytes, { keys: ctx.keys });
      const after = await verifyCopy(flipLetter(bytes, headerBlock(bytes).length + 1), { keys: ctx.keys });
      for (const [i, sig] of before.signatures.entries()) {
        if (sig.result !== 'pass') continue;
        expect(after.signatures[i]).toMatchObject({ result: 'fail', bodyHashOk: false });
      }
      expect(after.status).not.toBe('verified');
    },
  );

  const SUBJECT = /^subject:[ \t]*/im;
  const withSubject = passing.filter((r) => SUBJECT.test(headerBlock(readFixture(r.file))));

  it('has passing fixtures with a Subject to change', () => {
    // All passing fixtures but the RFC 8463 ed25519 vector (which has no Subject) carry one.
    expect(withSubject.length).toBe(passing.length - 1);
  });

  it.each(withSubject.map((r) => [r.file] as const))(
    '%s: one byte of Subject changed → signatures signing Subject fail',
    async (file) => {
      const bytes = readFixture(file);
      const subject = SUBJECT.exec(headerBlock(bytes));
      const before = await verifyCopy(bytes, { keys: ctx.keys });
      const after = await verifyCopy(flipLetter(bytes, subject!.index + subject![0].length), { keys: ctx.keys });
      const signing = before.signatures.filter((s) => s.result === 'pass' && s.headers.includes('subject'));
      expect(signing.length).toBeGreaterThan(0);
      for (const sig of signing)
        expect(after.signatures[sig.index]).toMatchObject({ result: 'fail', bodyHashOk: true, signatureOk: false });
    },
  );

  it('made no DNS query', () => {
    expect(ctx.dns.calls).toEqual([]);
  });
});
