/**
 * ② parse: the X-From / X-To / X-cc / X-bcc headers of Exchange exports (ExMerge, the Enron CMU
 * release). They carry what the SMTP headers lost: display names ("Slinger, Ryan") and the
 * sender's Exchange DN (</O=ENRON/OU=NA/CN=RECIPIENTS/CN=RSLINGER>).
 *
 * Entry i of X-To belongs to address i of To only when the lists line up; names such as
 * "Slinger, Ryan" contain the separator, so the pairing is checked, never assumed: a name or DN
 * is attached to an address only when one of its words appears in the address's local part.
 */
import type { AddressAlias, MailAddress } from '../model.js';
import { decodeImceaex, isExchangeDn, normaliseDisplayName } from './addresses.js';

interface XEntry {
  name?: string;
  /** What stood in angle brackets, if anything. */
  inner?: string;
}

/** Splits on commas outside quotes and angle brackets. */
function splitTopLevel(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let current = '';
  for (const ch of value) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"') quote = ch;
    else if (ch === '<') depth++;
    else if (ch === '>') depth = Math.max(0, depth - 1);
    if (ch === ',' && !quote && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts.filter(Boolean);
}

function toEntry(text: string): XEntry {
  const angle = /<([^<>]*)>\s*$/.exec(text);
  // '"Dan Salter" <dsalter@hgp-inc.com>@ENRON <IMCEANOTES-…>': the name is what precedes the first bracket.
  const beforeBrackets = (angle ? text.slice(0, angle.index) : text).split('<')[0]!;
  const rawName = beforeBrackets
    .replace(/@ENRON\b/gi, '')
    .replace(/\((?:e-mail|email)\)/gi, '')
    .replace(/^['"\s]+|['"\s]+$/g, '');
  const name = normaliseDisplayName(rawName);
  return { ...(name && { name }), ...(angle?.[1] && { inner: angle[1].trim() }) };
}

/** Parses an X- address list into entries, or undefined when it cannot be lined up with `expected` addresses. */
export function parseXList(value: string, expected: number): XEntry[] | undefined {
  const pieces = splitTopLevel(value);
  if (pieces.length === 0 || expected === 0) return undefined;
  if (pieces.length === expected) return pieces.map(toEntry);
  // "Last, First <dn>" lists: a piece without brackets belongs to the next one that has them.
  if (pieces.some((p) => p.includes('<'))) {
    const merged: string[] = [];
    let pending = '';
    for (const p of pieces) {
      pending = pending ? `${pending}, ${p}` : p;
      if (p.includes('<') || p.includes('@')) {
        merged.push(pending);
        pending = '';
      }
    }
    if (pending) merged.push(pending);
    if (merged.length === expected) return merged.map(toEntry);
  }
  // "Last, First, Last, First": twice as many bracket-less pieces as addresses.
  if (pieces.length === 2 * expected && pieces.every((p) => !p.includes('<') && !p.includes('@'))) {
    const joined: string[] = [];
    for (let i = 0; i < pieces.length; i += 2) joined.push(`${pieces[i]}, ${pieces[i + 1]}`);
    return joined.map(toEntry);
  }
  return undefined;
}

/** Words of a name or DN common name, 3+ letters, lower-case, accents folded. */
function words(text: string): string[] {
  // Unicode folding only when there is something to fold: nearly every name here is ASCII.
  // eslint-disable-next-line no-control-regex
  const folded = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, '');
  return folded
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3);
}

/** True when a word of `evidence` appears in the local part of `address` (the pairing check). */
export function plausiblyPaired(address: MailAddress, evidence: string): boolean {
  if (address.kind !== 'smtp') return false;
  const local = address.email.slice(0, address.email.lastIndexOf('@'));
  return words(evidence).some((w) => local.includes(w));
}

function dnOf(inner: string | undefined): string | undefined {
  if (!inner) return undefined;
  const lower = inner.toLowerCase();
  if (isExchangeDn(lower)) return lower;
  return decodeImceaex(lower);
}

/**
 * Enriches `addresses` (in place) from one X- header: missing display names, and Exchange DNs
 * as aliases. Returns the aliases found.
 */
export function applyXHeader(addresses: MailAddress[], value: string | undefined, via: string): AddressAlias[] {
  if (!value) return [];
  const entries = parseXList(value, addresses.length);
  if (!entries) return [];
  const aliases: AddressAlias[] = [];
  entries.forEach((entry, i) => {
    const address = addresses[i]!;
    const dn = dnOf(entry.inner);
    const cn = dn?.slice(dn.lastIndexOf('=') + 1) ?? '';
    if (entry.name && !address.name && plausiblyPaired(address, entry.name)) address.name = entry.name;
    if (
      dn &&
      dn !== address.email &&
      (plausiblyPaired(address, cn) || (entry.name !== undefined && plausiblyPaired(address, entry.name)))
    ) {
      aliases.push({ email: address.email, alias: dn, via });
    }
  });
  return aliases;
}
