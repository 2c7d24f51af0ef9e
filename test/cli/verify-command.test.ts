/**
 * Issue 7: `leakgraph verify <file.eml> [--keys …] [--dns]` prints the verdict of one message as
 * JSON, offline unless --dns. (`verify [--rebuild]` reads copies back with ingest/read's
 * readRawCopy; its test belongs with that reader.)
 */
import { Command } from 'commander';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import { registerVerifyCommand } from '../../cli/commands/verify.js';
import { missingShared, sharedPath } from '../support/shared.js';
import { type DnsTrap, trapDns } from '../ingest/extract/dkim/dns-trap.js';
import { DKIM_DIR } from '../ingest/extract/dkim/fixtures.js';

const skip = missingShared(DKIM_DIR);
const KEYS = `${DKIM_DIR}/keys/dns-txt.json`;

async function run(...args: string[]): Promise<Record<string, unknown>> {
  const program = new Command('leakgraph').exitOverride();
  registerVerifyCommand(program);
  const out: string[] = [];
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  try {
    await program.parseAsync(['node', 'leakgraph', 'verify', ...args]);
  } finally {
    write.mockRestore();
  }
  return JSON.parse(out.join(''));
}

describe.skipIf(!!skip)('leakgraph verify <file> (issue 7)', () => {
  let dns: DnsTrap;
  const env = process.env.LEAKGRAPH_HOME;
  beforeAll(() => {
    dns = trapDns();
    // No standing key folder: only --keys counts.
    process.env.LEAKGRAPH_HOME = '/nonexistent-leakgraph-home';
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(() => {
    dns.restore();
    if (env === undefined) delete process.env.LEAKGRAPH_HOME;
    else process.env.LEAKGRAPH_HOME = env;
  });

  it('prints a verified verdict with the key used and its source', async () => {
    const file = sharedPath(`${DKIM_DIR}/mailauth/test/fixtures/zproov.eml`);
    const out = await run(file, '--keys', sharedPath(KEYS));
    expect(out).toMatchObject({ file, status: 'verified', fromDomain: 'gmail.com' });
    expect(out.signatures).toEqual([
      expect.objectContaining({
        result: 'pass',
        domain: 'gmail.com',
        selector: '20161025',
        aligned: true,
        key: expect.objectContaining({
          name: '20161025._domainkey.gmail.com',
          source: `${sharedPath(KEYS)}#20161025._domainkey.gmail.com`,
        }),
      }),
    ]);
    expect(dns.calls).toEqual([]);
  });

  it('without keys: unverifiable, no key, and still no DNS', async () => {
    const out = await run(sharedPath(`${DKIM_DIR}/mailauth/test/fixtures/zproov.eml`));
    expect(out).toMatchObject({
      status: 'unverifiable',
      signatures: [expect.objectContaining({ result: 'nokey', key: null })],
    });
    expect(dns.calls).toEqual([]);
  });

  it('--dns asks DNS for the missing selector (unplugged here: reported as no key)', async () => {
    const out = await run(sharedPath(`${DKIM_DIR}/mailauth/test/fixtures/zproov.eml`), '--dns');
    expect(dns.calls).toEqual(['resolveTxt 20161025._domainkey.gmail.com']);
    expect(out).toMatchObject({
      signatures: [expect.objectContaining({ result: 'nokey', reason: expect.stringContaining('ECONNREFUSED') })],
    });
  });

  it('a tampered body: contradicted, with the reason', async () => {
    const out = await run(
      sharedPath(`${DKIM_DIR}/zk-email-verify/packages/helpers/tests/test-data/email-body-tampered.eml`),
      '--keys',
      sharedPath(KEYS),
    );
    expect(out).toMatchObject({
      status: 'contradicted',
      reason: expect.stringContaining('body changed after signing'),
    });
  });
});
