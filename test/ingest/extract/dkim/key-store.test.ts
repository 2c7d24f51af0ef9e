/**
 * Issue 7: the analyst's key store. Zone-file lines (multi-string TXT, parentheses, $ORIGIN,
 * comments, other record types) and the JSON shapes load, every key keeps where it came from
 * (file:line or file#name), bad files fail naming file and line, and several archived records for
 * one selector are all tried.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { KeyStoreError, loadKeyStore } from '../../../../ingest/extract/dkim/key-store.js';
import { verifyCopy } from '../../../../ingest/extract/dkim/verify-dkim.js';
import { missingShared, sharedPath } from '../../../support/shared.js';
import { DKIM_DIR, readFixture } from './fixtures.js';

const skip = missingShared(DKIM_DIR);
const dir = mkdtempSync(join(tmpdir(), 'leakgraph-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const archived = skip
  ? {}
  : (JSON.parse(readFileSync(sharedPath(`${DKIM_DIR}/keys/dns-txt.json`), 'utf8')).records as Record<string, string>);
const GMAIL_2016 = '20161025._domainkey.gmail.com';
const ICLOUD = '1a1hai._domainkey.icloud.com';

/** A record cut into quoted 60-character strings, as DNS exports split long TXT records. */
function quoted(record: string): string[] {
  return record.match(/.{1,60}/g)!.map((part) => `"${part.replace(/"/g, '\\"')}"`);
}

describe.skipIf(!!skip)('DKIM key store (issue 7)', () => {
  it('reads zone-file lines and verifies with them, reporting file:line', async () => {
    const gmail = quoted(archived[GMAIL_2016]!);
    const icloud = quoted(archived[ICLOUD]!);
    const lines = [
      '; archived DKIM keys',
      '$TTL 3600',
      'gmail.com. 300 IN SOA ns1.google.com. dns-admin.google.com. ( 1 2 3 4 5 )',
      `${GMAIL_2016}. 300 IN TXT ${gmail.join(' ')} ; one line, many strings`,
      '$ORIGIN icloud.com.',
      '@ IN A 17.253.144.10',
      `1a1hai._domainkey IN TXT ( ${icloud[0]}`,
      ...icloud.slice(1).map((s) => `    ${s}`),
      ')',
    ];
    const path = join(dir, 'archived.zone');
    writeFileSync(path, `${lines.join('\n')}\n`);
    const keys = await loadKeyStore([path]);
    expect(keys.size).toBe(2);
    expect(keys.get(GMAIL_2016)).toEqual([
      expect.objectContaining({ record: archived[GMAIL_2016], source: `${path}:4` }),
    ]);
    expect(keys.get(ICLOUD)).toEqual([expect.objectContaining({ record: archived[ICLOUD], source: `${path}:7` })]);

    const zproov = await verifyCopy(readFixture('mailauth/test/fixtures/zproov.eml'), { keys });
    expect(zproov.status).toBe('verified');
    expect(zproov.keys.map((k) => k.source)).toEqual([`${path}:4`]);
    const icloudMail = await verifyCopy(
      readFixture('zk-email-verify/packages/helpers/tests/test-data/email-good.eml'),
      { keys },
    );
    expect(icloudMail.signatures[0]?.result).toBe('pass');
  });

  it('reads the three JSON shapes, from a folder, recursively, skipping other files', async () => {
    const folder = join(dir, 'folder');
    mkdirSync(join(folder, 'nested'), { recursive: true });
    writeFileSync(
      join(folder, 'wrapped.json'),
      JSON.stringify({
        _comment: 'x',
        records: { [GMAIL_2016]: archived[GMAIL_2016] },
        sources: { [GMAIL_2016]: 'somewhere' },
      }),
    );
    writeFileSync(
      join(folder, 'nested', 'mailauth.json'),
      JSON.stringify({
        [ICLOUD]: { TXT: [quoted(archived[ICLOUD]!).map((s) => s.slice(1, -1))] },
        'icloud.com': { TXT: [['v=spf1 -all']] },
      }),
    );
    writeFileSync(
      join(folder, 'flat.json'),
      JSON.stringify({ '20120113._domainkey.gmail.com': archived['20120113._domainkey.gmail.com'] }),
    );
    writeFileSync(join(folder, 'README.md'), 'not keys');
    const keys = await loadKeyStore([folder]);
    expect(
      keys
        .keys()
        .map((k) => [k.name, k.source])
        .sort(),
    ).toEqual(
      [
        ['20120113._domainkey.gmail.com', `${join(folder, 'flat.json')}#20120113._domainkey.gmail.com`],
        [ICLOUD, `${join(folder, 'nested', 'mailauth.json')}#${ICLOUD}`],
        [GMAIL_2016, `${join(folder, 'wrapped.json')}#${GMAIL_2016}`],
      ].sort(),
    );
    expect(keys.get(ICLOUD)[0]?.record).toBe(archived[ICLOUD]);
  });

  it('fails on a file that is not keys, naming file and line', async () => {
    const bare = join(dir, 'bare.txt');
    writeFileSync(bare, '\n; a key without its name\nv=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ\n');
    await expect(loadKeyStore([bare])).rejects.toThrow(KeyStoreError);
    await expect(loadKeyStore([bare])).rejects.toThrow(`${bare}:3: not a DNS record`);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "records": { ');
    await expect(loadKeyStore([broken])).rejects.toThrow(`${broken}: not valid JSON`);
    const open = join(dir, 'open.zone');
    writeFileSync(open, 'a._domainkey.example.com. IN TXT ( "v=DKIM1; p=abc"\n');
    await expect(loadKeyStore([open])).rejects.toThrow(`${open}:1: "(" never closed`);
    await expect(loadKeyStore([join(dir, 'missing')])).rejects.toThrow(KeyStoreError);
  });

  it('tries every archived record of a selector: a wrong one first does not hide the right one', async () => {
    const path = join(dir, 'two.zone');
    writeFileSync(
      path,
      [
        `${GMAIL_2016}. IN TXT ${quoted(archived[ICLOUD]!).join(' ')}`,
        `${GMAIL_2016}. IN TXT ${quoted(archived[GMAIL_2016]!).join(' ')}`,
      ].join('\n'),
    );
    const keys = await loadKeyStore([path]);
    expect(keys.get(GMAIL_2016)).toHaveLength(2);
    const result = await verifyCopy(readFixture('mailauth/test/fixtures/zproov.eml'), { keys });
    expect(result.signatures[0]).toMatchObject({ result: 'pass', signatureOk: true });
    expect(result.keys.map((k) => k.source)).toEqual([`${path}:2`]);
  });

  it('a revoked key (empty p=) makes the signature malformed, with the reason', async () => {
    const path = join(dir, 'revoked.zone');
    writeFileSync(path, `${GMAIL_2016}. IN TXT "v=DKIM1; k=rsa; p="\n`);
    const result = await verifyCopy(readFixture('mailauth/test/fixtures/zproov.eml'), {
      keys: await loadKeyStore([path]),
    });
    expect(result.signatures[0]).toMatchObject({ result: 'malformed', reason: 'key revoked (empty p=)' });
    expect(result.status).toBe('unverifiable');
  });
});
