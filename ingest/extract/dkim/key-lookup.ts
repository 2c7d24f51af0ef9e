/**
 * ③ extract (DKIM): where verification gets keys. The key store first, always; live DNS only when
 * the analyst asked for it (`allowDns`, CLI --dns), and then only for the selectors of the message
 * being verified. A DNS query for a selector tells the signing domain's DNS operator that someone is
 * looking at that mail right now, so the default path never makes one.
 */
import dns from 'node:dns';

import { type KeyStore, makeKeyRef } from './key-store.js';
import type { DkimKeyRef } from './types.js';

export interface KeyAnswer {
  keys: readonly DkimKeyRef[];
  /** Set when DNS was asked and failed for another reason than "no such record". */
  error?: string;
}

type DnsError = Error & { code?: string };

const NOT_FOUND_CODES = new Set(['ENOTFOUND', 'ENODATA', 'NXDOMAIN', 'ENONAME']);

function notFound(name: string): DnsError {
  const error: DnsError = new Error(`no key for ${name} in the key store`);
  error.code = 'ENOTFOUND';
  return error;
}

export class KeyLookup {
  private readonly dnsAnswers = new Map<string, Promise<KeyAnswer>>();

  /**
   * @param names the only names DNS may be asked for (this message's selector._domainkey.domain);
   *   mailauth also asks for ARC keys, which are not ours to look up.
   */
  constructor(
    private readonly store: KeyStore,
    private readonly allowDns: boolean,
    private readonly names: ReadonlySet<string>,
  ) {}

  async find(name: string): Promise<KeyAnswer> {
    const stored = this.store.get(name);
    if (stored.length > 0 || !this.allowDns || !this.names.has(name.toLowerCase())) return { keys: stored };
    let answer = this.dnsAnswers.get(name);
    if (!answer) {
      answer = this.askDns(name);
      this.dnsAnswers.set(name, answer);
    }
    return answer;
  }

  private async askDns(name: string): Promise<KeyAnswer> {
    try {
      // Looked up on the module at call time, so a test can intercept it.
      const records = await dns.promises.resolveTxt(name);
      return {
        keys: records
          .map((chunks) => makeKeyRef(name, chunks.join(''), 'dns'))
          .filter((k) => /(^|;)\s*p=/i.test(k.record)),
      };
    } catch (error) {
      const code = (error as DnsError).code ?? '';
      if (NOT_FOUND_CODES.has(code)) return { keys: [] };
      return { keys: [], error: `DNS lookup of ${name} failed: ${code || (error as Error).message}` };
    }
  }

  /** The resolver mailauth calls: TXT of the first key found, or ENOTFOUND. */
  readonly resolver = async (name: string, rrtype: string): Promise<string[][]> => {
    if (rrtype.toUpperCase() !== 'TXT') throw notFound(name);
    const answer = await this.find(name);
    const first = answer.keys[0];
    if (!first) throw notFound(name);
    return [[first.record]];
  };
}
