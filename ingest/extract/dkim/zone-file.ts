/**
 * ③ extract (DKIM key store): TXT records from zone-file text (RFC 1035 §5.1 master-file format),
 * the way analysts keep archived keys ("dig" output, BIND exports, hand-written lines):
 *
 *   20161025._domainkey.gmail.com. 300 IN TXT "v=DKIM1; k=rsa; p=MIIB…" "…rest of p="
 *   $ORIGIN example.com.
 *   sel._domainkey  IN TXT ( "v=DKIM1; k=rsa; "
 *                           "p=MIIB…" )   ; comments and multi-line parentheses are fine
 *
 * Other record types (SOA, A, MX, …) are skipped; a line that is not a record is an error that
 * names the file and line, so a key the analyst meant to add is never silently lost.
 */

export class ZoneSyntaxError extends Error {
  override name = 'ZoneSyntaxError';
}

export interface ZoneTxtRecord {
  /** Owner name, absolute, lower-case, without the trailing dot. */
  name: string;
  /** The TXT strings concatenated, as a DNS client joins them. */
  text: string;
  /** 1-based line where the record starts. */
  line: number;
}

const CLASSES = new Set(['IN', 'CH', 'HS', 'CS']);
// Types that may follow the owner/TTL/class; anything else in that position means the line is not a record.
const TYPES = new Set([
  'A',
  'AAAA',
  'CNAME',
  'MX',
  'NS',
  'PTR',
  'SOA',
  'SRV',
  'TXT',
  'SPF',
  'CAA',
  'DS',
  'DNSKEY',
  'RRSIG',
  'NSEC',
  'NSEC3',
  'NSEC3PARAM',
  'TLSA',
  'SSHFP',
  'HINFO',
  'NAPTR',
  'DNAME',
  'LOC',
  'SVCB',
  'HTTPS',
  'CDS',
  'CDNSKEY',
]);
const TTL = /^\d+[smhdw]?(\d+[smhdw])*$/i;

interface Token {
  text: string;
  quoted: boolean;
}

/** One logical record: physical lines joined while parentheses are open, comments dropped. */
interface Entry {
  tokens: Token[];
  line: number;
  /** The line began with blank space: the owner is the previous record's. */
  inheritsOwner: boolean;
}

function unescape(text: string): string {
  return text.replace(/\\(\d{3}|.)/g, (_, e: string) => (/^\d{3}$/.test(e) ? String.fromCharCode(Number(e)) : e));
}

function* entries(text: string, where: string): Generator<Entry> {
  const lines = text.split(/\r?\n/);
  let current: Entry | undefined;
  let depth = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (depth === 0) current = { tokens: [], line: i + 1, inheritsOwner: /^[ \t]/.test(raw) };
    let pos = 0;
    while (pos < raw.length) {
      const ch = raw[pos]!;
      if (ch === ';') break;
      if (ch === ' ' || ch === '\t') {
        pos++;
      } else if (ch === '(' || ch === ')') {
        depth += ch === '(' ? 1 : -1;
        if (depth < 0) throw new ZoneSyntaxError(`${where}:${i + 1}: ")" without "("`);
        pos++;
      } else if (ch === '"') {
        let end = pos + 1;
        while (end < raw.length && raw[end] !== '"') end += raw[end] === '\\' ? 2 : 1;
        if (end >= raw.length) throw new ZoneSyntaxError(`${where}:${i + 1}: unterminated quoted string`);
        current!.tokens.push({ text: unescape(raw.slice(pos + 1, end)), quoted: true });
        pos = end + 1;
      } else {
        let end = pos;
        while (end < raw.length && !/[ \t;()"]/.test(raw[end]!)) end += raw[end] === '\\' ? 2 : 1;
        current!.tokens.push({ text: unescape(raw.slice(pos, end)), quoted: false });
        pos = end;
      }
    }
    if (depth === 0 && current!.tokens.length > 0) yield current!;
  }
  if (depth > 0) throw new ZoneSyntaxError(`${where}:${current?.line ?? lines.length}: "(" never closed`);
}

function absolute(name: string, origin: string | undefined): string {
  if (name === '@') {
    if (origin === undefined) throw new Error('"@" used before any $ORIGIN');
    return origin;
  }
  if (name.endsWith('.')) return name.slice(0, -1).toLowerCase();
  // A relative name is under $ORIGIN; without one, taken as written (hand-written files omit the dot).
  return (origin ? `${name}.${origin}` : name).toLowerCase();
}

/** Parses zone-file text; `where` names the file in error messages. */
export function parseZoneFile(text: string, where: string): ZoneTxtRecord[] {
  const records: ZoneTxtRecord[] = [];
  let origin: string | undefined;
  let owner: string | undefined;
  for (const entry of entries(text, where)) {
    const at = `${where}:${entry.line}`;
    const words = entry.tokens;
    const first = words[0]!;
    if (!first.quoted && first.text.startsWith('$')) {
      const directive = first.text.toUpperCase();
      if (directive === '$ORIGIN' && words[1]) origin = words[1].text.replace(/\.$/, '').toLowerCase();
      else if (directive === '$TTL') continue;
      else throw new ZoneSyntaxError(`${at}: unsupported directive ${first.text} (expecting $ORIGIN or $TTL)`);
      continue;
    }
    let i = 0;
    if (!entry.inheritsOwner) {
      try {
        owner = absolute(first.text, origin);
      } catch (error) {
        throw new ZoneSyntaxError(`${at}: ${(error as Error).message}`);
      }
      i = 1;
    }
    // Optional TTL and class, in either order (RFC 1035 §5.1).
    for (let k = 0; k < 2 && i < words.length && !words[i]!.quoted; k++) {
      if (TTL.test(words[i]!.text) || CLASSES.has(words[i]!.text.toUpperCase())) i++;
    }
    const type = words[i];
    if (!type || type.quoted || !TYPES.has(type.text.toUpperCase())) {
      throw new ZoneSyntaxError(
        `${at}: not a DNS record (expecting: name [ttl] [class] TXT "…"), got ${JSON.stringify(
          words
            .map((w) => w.text)
            .join(' ')
            .slice(0, 80),
        )}`,
      );
    }
    if (owner === undefined) throw new ZoneSyntaxError(`${at}: record without an owner name`);
    if (type.text.toUpperCase() !== 'TXT') continue;
    const strings = words.slice(i + 1);
    if (strings.length === 0) throw new ZoneSyntaxError(`${at}: TXT record without text`);
    records.push({ name: owner, text: strings.map((s) => s.text).join(''), line: entry.line });
  }
  return records;
}
