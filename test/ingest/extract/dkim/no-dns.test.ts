/**
 * Issue 7: no network by default. With node:dns unplugged, verification without `allowDns` makes no
 * query at all (not even for keys it lacks); with `allowDns` it asks DNS only for the selectors of
 * the message's DKIM signatures that the key store lacks — never for ARC keys — and reports keys it
 * cannot get as "no key" with the reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { KeyStore, loadKeyStore } from '../../../../ingest/extract/dkim/key-store.js';
import { verifyCopy } from '../../../../ingest/extract/dkim/verify-dkim.js';
import { missingShared } from '../../../support/shared.js';
import { type DnsTrap, trapDns } from './dns-trap.js';
import { DKIM_DIR, answerKeyStorePaths, readAnswerKey, readFixture } from './fixtures.js';

const skip = missingShared(DKIM_DIR);
const ARC = 'mailauth/test/fixtures/arc-pass2.eml';

describe.skipIf(!!skip)('no DNS unless asked (issue 7)', () => {
  let dns: DnsTrap;
  beforeAll(() => {
    dns = trapDns();
  });
  afterAll(() => dns.restore());

  it('with an empty key store and the default options: every signature "no key", zero DNS calls', async () => {
    const empty = new KeyStore();
    let signatures = 0;
    for (const row of readAnswerKey()) {
      const result = await verifyCopy(readFixture(row.file), { keys: empty });
      for (const s of result.signatures) expect(s.result).toBe('nokey');
      signatures += result.signatures.length;
    }
    expect(signatures).toBe(readAnswerKey().reduce((n, r) => n + r.count, 0));
    expect(dns.calls).toEqual([]);
  });

  it('with allowDns: one TXT query per missing selector of the DKIM signatures, none for ARC', async () => {
    dns.calls.length = 0;
    const result = await verifyCopy(readFixture(ARC), { keys: new KeyStore(), allowDns: true });
    expect(dns.calls.sort()).toEqual([
      'resolveTxt oct2016._domainkey.srs3.zonevs.eu',
      'resolveTxt oct2016._domainkey.zonevs.eu',
    ]);
    for (const s of result.signatures) {
      expect(s.result).toBe('nokey');
      expect(s.reason).toMatch(/DNS lookup of .* failed: ECONNREFUSED/);
    }
  });

  it('with allowDns: a key in the store is never looked up', async () => {
    dns.calls.length = 0;
    const keys = await loadKeyStore(answerKeyStorePaths());
    const result = await verifyCopy(readFixture('mailauth/test/fixtures/zproov.eml'), { keys, allowDns: true });
    expect(result.signatures[0]?.result).toBe('pass');
    expect(dns.calls).toEqual([]);
  });
});
