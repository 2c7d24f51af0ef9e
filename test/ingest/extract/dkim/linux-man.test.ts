/**
 * Issue 7: the first 500 messages of the linux-man list verify with the archived keys wherever a
 * key exists, and are "no key" otherwise, offline.
 *
 * Expected values come from the raw messages, not from the verifier: the DKIM-Signature headers are
 * counted with a plain regex, the key's presence is a lookup of d=/s= in keys/dns-txt.json, and the
 * list's one known change is hand-checked — vger.kernel.org replaces the Sender header
 * ("Sender: linux-man-owner@vger.kernel.org"), so exactly the signatures whose h= signs Sender
 * fail their header check (body hash intact); every other signature with a key passes.
 */
import { readFileSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type KeyStore, loadKeyStore } from '../../../../ingest/extract/dkim/key-store.js';
import { headerFields } from '../../../../ingest/extract/dkim/signature-tags.js';
import type { CopyDkim } from '../../../../ingest/extract/dkim/types.js';
import { verifyCopy } from '../../../../ingest/extract/dkim/verify-dkim.js';
import { missingShared, sharedPath } from '../../../support/shared.js';
import { type DnsTrap, trapDns } from './dns-trap.js';
import { DKIM_DIR, LINUX_MAN, splitMboxrd } from './fixtures.js';

const skip = missingShared(LINUX_MAN) ?? missingShared(DKIM_DIR);

interface RawSignature {
  d: string;
  s: string;
  signsSender: boolean;
}

/** DKIM-Signature headers read with regexes only, independently of the code under test. */
function rawSignatures(bytes: Buffer): { signatures: RawSignature[]; listSender: boolean } {
  const head = bytes
    .toString('latin1')
    .split(/\r?\n\r?\n/)[0]!
    .replace(/\r?\n[ \t]+/g, ' ');
  const signatures = [...head.matchAll(/^DKIM-Signature:(.*)$/gim)].map((m) => {
    const tag = (t: string) =>
      (new RegExp(`(?:^|;)\\s*${t}\\s*=\\s*([^;]*)`).exec(m[1]!)?.[1] ?? '').replace(/\s+/g, '').toLowerCase();
    return { d: tag('d'), s: tag('s'), signsSender: tag('h').split(':').includes('sender') };
  });
  return { signatures, listSender: /^Sender:\s*linux-man-owner@vger\.kernel\.org\s*$/im.test(head) };
}

describe.skipIf(!!skip)('linux-man first 500 messages (issue 7)', () => {
  const archived = skip
    ? {}
    : (JSON.parse(readFileSync(sharedPath(`${DKIM_DIR}/keys/dns-txt.json`), 'utf8')).records as Record<string, string>);
  const messages = skip ? [] : splitMboxrd(readFileSync(sharedPath(LINUX_MAN)));
  let keys: KeyStore;
  let dns: DnsTrap;
  const results: CopyDkim[] = [];

  beforeAll(async () => {
    dns = trapDns();
    keys = await loadKeyStore([sharedPath(`${DKIM_DIR}/keys/dns-txt.json`)]);
    for (const m of messages) results.push(await verifyCopy(m.bytes, { keys }));
  });
  afterAll(() => dns.restore());

  it('splits into 500 messages, each with a From header', () => {
    expect(messages).toHaveLength(500);
    for (const m of messages)
      expect(headerFields(m.bytes.toString('latin1').split('\n\n')[0]!).some(([k]) => k === 'from')).toBe(true);
  });

  it('reports every signature: pass where the archived key exists (fail only where the list rewrote a signed Sender), no key elsewhere', () => {
    const tally = { pass: 0, fail: 0, nokey: 0, malformed: 0, unsigned: 0 };
    for (const [i, m] of messages.entries()) {
      const raw = rawSignatures(m.bytes);
      const got = results[i]!.signatures;
      expect(
        got.map((s) => [s.domain, s.selector]),
        `message ${i + 1}`,
      ).toEqual(raw.signatures.map((s) => [s.d, s.s]));
      if (got.length === 0) tally.unsigned++;
      for (const [j, sig] of got.entries()) {
        const expected = raw.signatures[j]!;
        tally[sig.result]++;
        if (!archived[`${expected.s}._domainkey.${expected.d}`]) {
          expect(sig.result, `message ${i + 1} signature ${j}`).toBe('nokey');
          continue;
        }
        if (expected.signsSender && raw.listSender) {
          expect(sig, `message ${i + 1} signature ${j}`).toMatchObject({
            result: 'fail',
            bodyHashOk: true,
            signatureOk: false,
          });
        } else {
          expect(sig, `message ${i + 1} signature ${j}`).toMatchObject({
            result: 'pass',
            bodyHashOk: true,
            signatureOk: true,
          });
        }
      }
    }
    // The split: counted by the regexes above, so a silent drop of signatures would show here.
    expect(tally.pass + tally.fail).toBe(
      messages.reduce(
        (n, m) => n + rawSignatures(m.bytes).signatures.filter((s) => archived[`${s.s}._domainkey.${s.d}`]).length,
        0,
      ),
    );
    expect(tally.pass).toBeGreaterThan(100);
    expect(tally.malformed).toBe(0);
  });

  it('marks a message verified only with a passing signature aligned with its From domain', () => {
    for (const r of results) {
      if (r.status !== 'verified') continue;
      expect(r.signatures.some((s) => s.result === 'pass' && s.aligned && s.domain === r.fromDomain)).toBe(true);
    }
    expect(results.filter((r) => r.status === 'verified').length).toBeGreaterThan(0);
  });

  it('made no DNS query', () => {
    expect(dns.calls).toEqual([]);
  });
});
