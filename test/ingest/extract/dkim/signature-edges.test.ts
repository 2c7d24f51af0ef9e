/**
 * Issue 7: the edges of a verdict, on a real message (zproov.eml) signed here with the dkimpy test
 * key (tests/data/test.private; its public half test.txt goes into the key store under the From
 * domain): an expired x= is recorded, not a failure (judged as of t=); l= that leaves the body
 * partly unsigned, an added unsigned From header, and malformed signatures never make "verified";
 * a message with absurdly many signatures is bounded.
 */
import { readFileSync } from 'node:fs';

import { dkimSign } from 'mailauth/lib/dkim/sign.js';
import { beforeAll, describe, expect, it } from 'vitest';

import { KeyStore, makeKeyRef } from '../../../../ingest/extract/dkim/key-store.js';
import { MAX_SIGNATURES, verifyCopy } from '../../../../ingest/extract/dkim/verify-dkim.js';
import { missingShared, sharedPath } from '../../../support/shared.js';
import { DKIM_DIR, readFixture } from './fixtures.js';

const skip = missingShared(DKIM_DIR);
const DATA = `${DKIM_DIR}/dkimpy/dkim/tests/data`;

describe.skipIf(!!skip)('signature edge cases (issue 7)', () => {
  // zproov.eml without its own signature, to be signed again with the test key as gmail.com.
  const message = skip
    ? Buffer.alloc(0)
    : Buffer.from(
        readFixture('mailauth/test/fixtures/zproov.eml')
          .toString('latin1')
          .replace(/^DKIM-Signature:.*\r?\n(?:[ \t].*\r?\n)*/im, ''),
        'latin1',
      );
  let keys: KeyStore;
  let privateKey: string;

  beforeAll(() => {
    privateKey = readFileSync(sharedPath(`${DATA}/test.private`), 'utf8');
    keys = KeyStore.from([
      makeKeyRef(
        'test._domainkey.gmail.com',
        readFileSync(sharedPath(`${DATA}/test.txt`), 'utf8').trim(),
        'dkimpy test.txt',
      ),
    ]);
  });

  async function sign(
    extra: { expires?: Date; signTime?: Date; maxBodyLength?: number; headerList?: string[] } = {},
  ): Promise<Buffer> {
    const { maxBodyLength, ...top } = extra;
    const { signatures, errors } = await dkimSign(message, {
      ...top,
      signatureData: [
        {
          signingDomain: 'gmail.com',
          selector: 'test',
          privateKey,
          ...(maxBodyLength !== undefined && { maxBodyLength }),
        },
      ],
    } as Parameters<typeof dkimSign>[1]);
    expect(errors).toEqual([]);
    return Buffer.concat([Buffer.from(signatures), message]);
  }

  it('a message signed here verifies (the baseline)', async () => {
    const result = await verifyCopy(await sign(), { keys });
    expect(result.status).toBe('verified');
    expect(result.signatures[0]).toMatchObject({ result: 'pass', expired: false, coversFrom: true, fullBody: true });
  });

  it('x= in the past is recorded as expired, and the signature still passes as of its t=', async () => {
    const signTime = new Date('2019-01-01T00:00:00Z');
    const expires = new Date('2019-01-08T00:00:00Z');
    const result = await verifyCopy(await sign({ signTime, expires }), { keys, now: new Date('2024-06-01T00:00:00Z') });
    expect(result.signatures[0]).toMatchObject({
      result: 'pass',
      expired: true,
      time: signTime.toISOString(),
      expires: expires.toISOString(),
    });
    expect(result.status).toBe('verified');
  });

  it('l= leaving most of the body unsigned passes but does not verify the message', async () => {
    const result = await verifyCopy(await sign({ maxBodyLength: 10 }), { keys });
    expect(result.signatures[0]).toMatchObject({ result: 'pass', fullBody: false });
    expect(result.status).toBe('unverifiable');
    expect(result.reason).toContain('l= leaves part of the body unsigned');
  });

  it('a From header added on top of a signed message leaves the signature passing but proves nothing', async () => {
    const forged = Buffer.concat([Buffer.from('From: "The CEO" <ceo@gmail.com>\r\n'), await sign()]);
    const result = await verifyCopy(forged, { keys });
    expect(result.signatures[0]).toMatchObject({ result: 'pass', coversFrom: false });
    expect(result.status).toBe('unverifiable');
    expect(result.reason).toContain('more From headers than the signature signs');
  });

  it.each([
    ['h= without From', (sig: string) => sig.replace(/h=[^;]*/, 'h=subject:date'), 'h= does not sign From'],
    [
      'an unsupported algorithm',
      (sig: string) => sig.replace('a=rsa-sha256', 'a=rsa-md5'),
      'unsupported algorithm a=rsa-md5',
    ],
    ['no body hash', (sig: string) => sig.replace(/bh=[^;]*;/, ''), 'no bh= tag'],
    [
      'x= before t=',
      (sig: string) => sig.replace(/t=(\d+)/, 't=$1; x=1000000000'),
      'x= (expiry) is before t= (signing time)',
    ],
  ])('a signature with %s is malformed', async (_name, edit, reason) => {
    const signed = (await sign()).toString('latin1');
    const header = /^DKIM-Signature:.*\r?\n(?:[ \t].*\r?\n)*/im.exec(signed)![0];
    const edited = edit(header.replace(/\r?\n[ \t]+/g, ' ').trimEnd());
    const result = await verifyCopy(Buffer.from(signed.replace(header, `${edited}\r\n`), 'latin1'), { keys });
    expect(result.signatures).toHaveLength(1);
    expect(result.signatures[0]).toMatchObject({ result: 'malformed', reason: expect.stringContaining(reason) });
    expect(result.status).toBe('unverifiable');
  });

  it(`more than ${MAX_SIGNATURES} signatures: not verified, and said so`, async () => {
    const signed = await sign();
    const header = /^DKIM-Signature:.*\r?\n(?:[ \t].*\r?\n)*/im.exec(signed.toString('latin1'))![0];
    const flood = Buffer.concat([Buffer.from(header.repeat(MAX_SIGNATURES + 1), 'latin1'), message]);
    const result = await verifyCopy(flood, { keys });
    expect(result).toMatchObject({ status: 'unverifiable', signatures: [] });
    expect(result.reason).toContain(`${MAX_SIGNATURES + 1} DKIM-Signature headers`);
  });
});
