/**
 * Test support: node:dns with the network "unplugged". Every resolver entry point (callback,
 * promise, Resolver classes, lookup) records the name it was asked for and fails as a machine
 * without network does, so a test can assert how many queries the code under test made.
 */
import dns from 'node:dns';
import { afterAll, beforeAll } from 'vitest';

import { type KeyStore, loadKeyStore } from '../../../../ingest/extract/dkim/key-store.js';
import { answerKeyStorePaths } from './fixtures.js';

type Target = Record<string, unknown>;

const METHODS = [
  'lookup',
  'lookupService',
  'resolve',
  'resolve4',
  'resolve6',
  'resolveAny',
  'resolveCaa',
  'resolveCname',
  'resolveMx',
  'resolveNaptr',
  'resolveNs',
  'resolvePtr',
  'resolveSoa',
  'resolveSrv',
  'resolveTxt',
  'reverse',
];

export interface DnsTrap {
  /** "resolveTxt sel._domainkey.example.com", one per call, in order. */
  calls: string[];
  restore(): void;
}

export function trapDns(): DnsTrap {
  const calls: string[] = [];
  const saved: [Target, string, unknown][] = [];
  const targets: Target[] = [
    dns as unknown as Target,
    dns.promises as unknown as Target,
    dns.Resolver.prototype as unknown as Target,
    dns.promises.Resolver.prototype as unknown as Target,
  ];
  for (const target of targets) {
    for (const method of METHODS) {
      if (typeof target[method] !== 'function') continue;
      saved.push([target, method, target[method]]);
      target[method] = (name: unknown) => {
        calls.push(`${method} ${String(name)}`);
        const error = Object.assign(new Error(`DNS is unavailable in this test (${method} ${String(name)})`), {
          code: 'ECONNREFUSED',
        });
        throw error;
      };
    }
  }
  return {
    calls,
    restore() {
      for (const [target, method, original] of saved.reverse()) target[method] = original;
    },
  };
}

/**
 * For a describe block: node:dns unplugged and the answer key's keys loaded before its tests, DNS
 * restored after. Read `keys` and `dns` inside the tests (they are set in beforeAll).
 */
export function useAnswerKeyStore(): { keys: KeyStore; dns: DnsTrap } {
  const ctx = {} as { keys: KeyStore; dns: DnsTrap };
  beforeAll(async () => {
    ctx.dns = trapDns();
    ctx.keys = await loadKeyStore(answerKeyStorePaths());
  });
  afterAll(() => ctx.dns.restore());
  return ctx;
}
