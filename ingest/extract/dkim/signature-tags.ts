/**
 * ③ extract (DKIM): the DKIM-Signature headers of raw message bytes, read on their own.
 *
 * The verifier (mailauth) silently drops a signature it cannot interpret; a leak analyst must see
 * every signature, so each is read here and checked against RFC 6376 §3.5 and §6.1.1. This also
 * counts the From headers: a signature whose h= names From fewer times than the message carries it
 * leaves a From unsigned (an added From is a known way to make a forged sender look signed).
 */

export interface SignatureTags {
  /** Tag name → value; whitespace removed from b, bh, h (FWS is not part of them), trimmed otherwise. */
  tags: Map<string, string>;
  /** First problem making the signature unusable, per RFC 6376; undefined when well formed. */
  problem?: string;
}

export interface SignedHeaderBlock {
  signatures: SignatureTags[];
  /** How many From header fields the message has. */
  fromCount: number;
}

// The header block ends at the first empty line; past this size it is not a header block but a hostile file.
const MAX_HEADER_BYTES = 1024 * 1024;
const ALGORITHMS = new Set(['rsa-sha256', 'rsa-sha1', 'ed25519-sha256']);
const CANONICALISATION = /^(simple|relaxed)(\/(simple|relaxed))?$/;
const WHITESPACE_FREE = new Set(['b', 'bh', 'h']);
// t= and x= are "12 digits at most" (RFC 6376 §3.5): enough until the year 33658.
const TIMESTAMP = /^\d{1,12}$/;

/** The header block of `bytes` as latin1 text (byte-exact), without the empty line that ends it. */
export function headerBlock(bytes: Uint8Array): string {
  const limit = Math.min(bytes.length, MAX_HEADER_BYTES);
  let end = limit;
  for (let i = 0; i < limit; i++) {
    if (bytes[i] !== 0x0a) continue;
    if (bytes[i + 1] === 0x0a) {
      end = i;
      break;
    }
    if (bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a) {
      end = i;
      break;
    }
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, end).toString('latin1');
}

/** Unfolded header fields, in order: [lower-case name, value]. */
export function headerFields(block: string): [string, string][] {
  const fields: [string, string][] = [];
  for (const line of block.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && fields.length > 0) {
      fields[fields.length - 1]![1] += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    fields.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  return fields;
}

export function parseTagList(value: string): { tags: Map<string, string>; duplicate?: string; invalid?: string } {
  const tags = new Map<string, string>();
  for (const spec of value.split(';')) {
    if (spec.trim() === '') continue;
    const eq = spec.indexOf('=');
    const name = (eq < 0 ? spec : spec.slice(0, eq)).trim().toLowerCase();
    if (eq < 0 || !/^[a-z][a-z0-9_]*$/.test(name)) return { tags, invalid: spec.trim().slice(0, 40) };
    if (tags.has(name)) return { tags, duplicate: name };
    const raw = spec.slice(eq + 1);
    tags.set(name, WHITESPACE_FREE.has(name) ? raw.replace(/\s+/g, '') : raw.trim());
  }
  return { tags };
}

/** h= as a list of lower-case names. */
export function signedHeaderNames(tags: Map<string, string>): string[] {
  return (tags.get('h') ?? '')
    .split(':')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
}

function problemOf(tags: Map<string, string>): string | undefined {
  if (tags.get('v') !== '1') return tags.has('v') ? `v=${tags.get('v')} (expecting v=1)` : 'no v= tag';
  for (const required of ['a', 'b', 'bh', 'd', 'h', 's']) {
    if (!tags.get(required)) return `no ${required}= tag`;
  }
  const algorithm = tags.get('a')!.toLowerCase();
  if (!ALGORITHMS.has(algorithm)) return `unsupported algorithm a=${algorithm}`;
  const c = tags.get('c');
  if (c !== undefined && !CANONICALISATION.test(c.toLowerCase())) return `unknown canonicalisation c=${c}`;
  if (!signedHeaderNames(tags).includes('from')) return 'h= does not sign From (RFC 6376 §5.4 requires it)';
  const q = tags.get('q');
  if (q !== undefined && !q.toLowerCase().split(':').includes('dns/txt')) return `unsupported key query q=${q}`;
  for (const t of ['t', 'x']) {
    const v = tags.get(t);
    if (v !== undefined && !TIMESTAMP.test(v)) return `${t}=${v.slice(0, 20)} is not a timestamp`;
  }
  const l = tags.get('l');
  if (l !== undefined && !/^\d{1,76}$/.test(l)) return `l=${l.slice(0, 20)} is not a length`;
  const t = tags.get('t');
  const x = tags.get('x');
  if (t !== undefined && x !== undefined && Number(x) < Number(t)) return 'x= (expiry) is before t= (signing time)';
  const d = tags.get('d')!.toLowerCase();
  const i = tags.get('i');
  if (i !== undefined) {
    const iDomain = i.slice(i.lastIndexOf('@') + 1).toLowerCase();
    if (iDomain !== d && !iDomain.endsWith(`.${d}`)) return `i=${i} is not in the signing domain d=${d}`;
  }
  if (!/^[A-Za-z0-9+/=]+$/.test(tags.get('b')!)) return 'b= is not base64';
  return undefined;
}

export function readSignatureHeaders(bytes: Uint8Array): SignedHeaderBlock {
  const fields = headerFields(headerBlock(bytes));
  const signatures: SignatureTags[] = [];
  let fromCount = 0;
  for (const [name, value] of fields) {
    if (name === 'from') fromCount++;
    if (name !== 'dkim-signature') continue;
    const parsed = parseTagList(value);
    const problem = parsed.invalid
      ? `unreadable tag "${parsed.invalid}"`
      : parsed.duplicate
        ? `tag ${parsed.duplicate}= appears twice`
        : problemOf(parsed.tags);
    signatures.push({ tags: parsed.tags, ...(problem && { problem }) });
  }
  return { signatures, fromCount };
}
