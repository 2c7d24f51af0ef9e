/**
 * ② parse: address normalisation. One person's address must become one key however it was written:
 * case, quotes, angle brackets, Exchange IMCEA encapsulation.
 *
 * Exchange legacy DNs (/O=ENRON/OU=NA/CN=RECIPIENTS/CN=JSMITH) are kept as their own kind of
 * address; whether one belongs to an SMTP address is decided later, on evidence from the corpus.
 */
import type { AddressKind, MailAddress } from '../model.js';

// Longer "addresses" are not addresses; keep keys bounded so the index stays sane on hostile input.
const MAX_ADDRESS_LENGTH = 320;
const MAX_NAME_LENGTH = 200;

/** `IMCEAEX-_O=ENRON_OU=NA_CN=RECIPIENTS_CN=JSMITH@ENRON.com` → `/o=enron/ou=na/cn=recipients/cn=jsmith`. */
export function decodeImceaex(address: string): string | undefined {
  const match = /^imceaex-(.+)@[^@]+$/i.exec(address);
  if (!match) return undefined;
  // IMCEA encoding: '_' stands for '/', '+XX' for the byte XX in hex.
  const dn = match[1]!
    .replace(/_/g, '/')
    .replace(/\+([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return dn.startsWith('/') ? dn.toLowerCase() : undefined;
}

const DN_PATTERN = /^\/o=[^/]+(\/(ou|cn)=[^/]+)+$/i;

export function isExchangeDn(value: string): boolean {
  return DN_PATTERN.test(value);
}

/** Lower-cases and strips the wrapping characters exports leave around addresses. */
export function normaliseEmail(raw: string): string {
  return raw
    .trim()
    .replace(/^[<'"\s]+|[>'"\s]+$/g, '')
    .toLowerCase()
    .slice(0, MAX_ADDRESS_LENGTH);
}

/** Display names: decoded already by mailparser; drop wrapping quotes and the address echoed as name. */
export function normaliseDisplayName(raw: string | undefined, email?: string): string | undefined {
  if (!raw) return undefined;
  const name = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'\s]+|["'\s]+$/g, '')
    .slice(0, MAX_NAME_LENGTH);
  if (!name || (email && name.toLowerCase() === email)) return undefined;
  return name;
}

/** Key for a correspondent known only by name (Lotus Notes exports): accents and case folded. */
export function nameKey(name: string): string {
  return `name:${name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()}`;
}

/** Builds a MailAddress from what a header gave: an address, a name, or both. Undefined when neither is usable. */
export function toMailAddress(rawAddress: string | undefined, rawName: string | undefined): MailAddress | undefined {
  const cleaned = rawAddress ? normaliseEmail(rawAddress) : '';
  let email = cleaned;
  let kind: AddressKind = 'smtp';
  const fromImcea = cleaned ? decodeImceaex(cleaned) : undefined;
  if (fromImcea) {
    email = fromImcea;
    kind = 'exchange';
  } else if (cleaned && isExchangeDn(cleaned)) {
    kind = 'exchange';
  } else if (!cleaned.includes('@') || cleaned.startsWith('@') || cleaned.endsWith('@')) {
    // No usable address: fall back to the name (or to what was written, when it is all we have).
    const name = normaliseDisplayName(rawName) ?? normaliseDisplayName(rawAddress);
    if (!name) return undefined;
    const key = nameKey(name);
    if (key === 'name:') return undefined;
    return { email: key, name, kind: 'name' };
  }
  const name = normaliseDisplayName(rawName, email);
  return { email, kind, ...(name && { name }) };
}

/** The domain of an SMTP address ('' for other kinds). */
export function domainOf(address: MailAddress): string {
  if (address.kind !== 'smtp') return '';
  return address.email.slice(address.email.lastIndexOf('@') + 1);
}
