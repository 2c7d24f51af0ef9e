/**
 * ③ extract (DKIM): organisational domains, offline.
 *
 * DMARC relaxed alignment (RFC 7489 §3.1/§3.2) compares organisational domains: the public suffix
 * plus one label. tldts embeds the Public Suffix List in the package (no download, no DNS). Both
 * the ICANN and the private section count, as in DMARC practice: foo.github.io and bar.github.io
 * belong to different owners and must not align.
 */
import { domainToASCII } from 'node:url';

import { parse } from 'tldts';

/** Lower-case ASCII (punycode) form without a trailing dot; empty for what is not a host name. */
export function normaliseDomain(domain: string): string {
  const trimmed = domain.trim().replace(/\.$/, '').toLowerCase();
  return domainToASCII(trimmed) || trimmed;
}

/** mail.example.co.uk → example.co.uk. A name under no known suffix is its own organisation. */
export function organisationalDomain(domain: string): string {
  const host = normaliseDomain(domain);
  return parse(host, { allowPrivateDomains: true }).domain ?? host;
}

/** True when the host sits under a suffix the Public Suffix List knows (not "thyme", "corp.local"). */
export function isPublicHost(domain: string): boolean {
  const info = parse(normaliseDomain(domain), { allowPrivateDomains: true });
  return info.domain !== null && (info.isIcann === true || info.isPrivate === true);
}

export function alignsWith(signingDomain: string, fromDomain: string): boolean {
  return organisationalDomain(signingDomain) === organisationalDomain(fromDomain);
}

/** The domain part of an address ("a@b.c" → "b.c"); undefined when there is none. */
export function domainOfAddress(address: string): string | undefined {
  const at = address.lastIndexOf('@');
  if (at < 0 || at === address.length - 1) return undefined;
  return normaliseDomain(address.slice(at + 1));
}
