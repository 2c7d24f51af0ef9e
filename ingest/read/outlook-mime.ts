/**
 * ① read: an Outlook item → RFC 5322 bytes, so .pst and .msg mail goes through mailparser like
 * every other message. Deterministic: the same item always gives the same bytes (boundaries are
 * derived from the content, nothing depends on the clock or chance), so a copy can be rebuilt
 * byte for byte by readRawCopy.
 *
 * Headers: the item's transport headers when it arrived by SMTP (they are the original ones),
 * less the MIME structure headers, which describe a body that is rebuilt; headers they lack
 * (From, To, Cc, Bcc, Subject, Date, Message-ID) are added from the item's properties. Items
 * without transport headers (sent items, internal Exchange mail) get all of them from properties.
 * Exchange DNs become IMCEAEX addresses (the encapsulation Exchange itself uses), which the parse
 * stage decodes back to the DN. Name-only recipients are listed after the others, because a
 * name-only entry before an address makes mailparser's address parser merge the two.
 *
 * Body: text/plain and text/html (multipart/alternative when both), then the attachments
 * (multipart/mixed); an embedded message is a message/rfc822 part built the same way.
 */
import { createHash } from 'node:crypto';

import libmime from 'libmime';

import type { OutlookAddress, OutlookItem, OutlookPart } from './outlook-item.js';

const CRLF = '\r\n';
const STRUCTURE_HEADER = /^(content-[a-z0-9-]+|mime-version)$/i;
const EXCHANGE_DN = /^\/o=[^/]+(\/(ou|cn)=[^/]+)+$/i;

/** `/O=ENRON/OU=NA/CN=RECIPIENTS/CN=JSMITH` → `IMCEAEX-_O=ENRON_OU=NA_CN=RECIPIENTS_CN=JSMITH@exchange.invalid`. */
export function imceaexAddress(dn: string): string {
  let local = 'IMCEAEX-';
  for (const byte of Buffer.from(dn, 'utf8')) {
    const ch = String.fromCharCode(byte);
    if (ch === '/') local += '_';
    else if (/[A-Za-z0-9=-]/.test(ch)) local += ch;
    else local += `+${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return `${local}@exchange.invalid`;
}

function addrSpec(address: string | undefined): string | undefined {
  const value = address?.trim();
  if (!value) return undefined;
  if (EXCHANGE_DN.test(value)) return imceaexAddress(value);
  return /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+$/.test(value) ? value : undefined;
}

function displayName(name: string): string {
  const clean = name.replace(/[\r\n\t]+/g, ' ').trim();
  if (/[^\x20-\x7e]/.test(clean)) return libmime.encodeWords(clean, 'B', 52);
  return /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ .-]*$/.test(clean) && !clean.includes('.')
    ? clean
    : `"${clean.replace(/(["\\])/g, '\\$1')}"`;
}

function formatAddress(a: OutlookAddress): string | undefined {
  const spec = addrSpec(a.address);
  const name = a.name?.trim() || (spec ? undefined : a.address?.trim());
  if (spec) return name && name !== spec ? `${displayName(name)} <${spec}>` : `<${spec}>`;
  return name ? `${displayName(name)} <>` : undefined;
}

function formatList(list: OutlookAddress[]): string | undefined {
  const addressed = list.filter((a) => addrSpec(a.address)).map(formatAddress);
  const nameOnly = list.filter((a) => !addrSpec(a.address)).map(formatAddress);
  const all = [...addressed, ...nameOnly].filter((v): v is string => !!v);
  return all.length > 0 ? all.join(', ') : undefined;
}

function header(name: string, value: string): string {
  return libmime.foldLines(`${name}: ${value}`, 76);
}

function rfc5322Date(date: Date): string {
  return date.toUTCString().replace(/GMT$/, '+0000');
}

function angle(id: string): string {
  const inner = id.trim().replace(/^<|>$/g, '');
  return `<${inner}>`;
}

/** Transport headers, cleaned: MIME structure fields dropped, stray lines dropped, CRLF endings. */
function transportLines(raw: string): { lines: string[]; names: Set<string> } {
  const lines: string[] = [];
  const names = new Set<string>();
  let keep = false;
  for (const line of raw.split(/\r?\n/)) {
    if (/^[ \t]/.test(line)) {
      if (keep && line.trim()) lines.push(line);
      continue;
    }
    const m = /^([!-9;-~]+):/.exec(line);
    keep = !!m && !STRUCTURE_HEADER.test(m[1]!);
    if (keep) {
      lines.push(line);
      names.add(m![1]!.toLowerCase());
    }
  }
  return { lines, names };
}

function itemHeaders(item: OutlookItem): string[] {
  const { lines, names } = item.transportHeaders
    ? transportLines(item.transportHeaders)
    : { lines: [], names: new Set<string>() };
  const add = (name: string, value: string | undefined) => {
    if (value && !names.has(name.toLowerCase())) lines.push(header(name, value));
  };
  add('Date', item.date && !Number.isNaN(item.date.getTime()) ? rfc5322Date(item.date) : undefined);
  add('From', item.from && formatAddress(item.from));
  const sender = item.sender && formatAddress(item.sender);
  if (sender && sender !== (item.from && formatAddress(item.from))) add('Sender', sender);
  add('To', formatList(item.to));
  add('Cc', formatList(item.cc));
  add('Bcc', formatList(item.bcc));
  add('Subject', item.subject ? libmime.encodeWords(item.subject.replace(/[\r\n]+/g, ' '), 'B', 52) : undefined);
  add('Message-ID', item.messageId?.trim() ? angle(item.messageId) : undefined);
  add('In-Reply-To', item.inReplyTo?.trim() ? angle(item.inReplyTo) : undefined);
  return lines;
}

function base64Lines(bytes: Uint8Array): string {
  const b64 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  const out: string[] = [];
  for (let i = 0; i < b64.length; i += 76) out.push(b64.slice(i, i + 76));
  return out.join(CRLF);
}

interface Part {
  headers: string[];
  body: Buffer;
}

function textPart(type: string, text: string): Part {
  const ascii = !/[\u0080-\uffff]/.test(text) && !text.split(/\r?\n/).some((l) => l.length > 900);
  if (ascii) {
    return {
      headers: [`Content-Type: ${type}; charset=us-ascii`, 'Content-Transfer-Encoding: 7bit'],
      body: Buffer.from(text.replace(/\r?\n/g, CRLF), 'latin1'),
    };
  }
  return {
    headers: [`Content-Type: ${type}; charset=utf-8`, 'Content-Transfer-Encoding: base64'],
    body: Buffer.from(base64Lines(Buffer.from(text, 'utf8'))),
  };
}

class Composer {
  private next = 0;
  constructor(private readonly seed: string) {}

  private boundary(): string {
    // "=_" cannot occur in base64 or quoted-printable text, and the seed comes from the content.
    return `=_lg_${this.seed}_${this.next++}`;
  }

  multipart(subtype: string, parts: Part[]): Part {
    const boundary = this.boundary();
    const chunks: Buffer[] = [];
    for (const p of parts)
      chunks.push(Buffer.from(`--${boundary}${CRLF}${p.headers.join(CRLF)}${CRLF}${CRLF}`), p.body, Buffer.from(CRLF));
    chunks.push(Buffer.from(`--${boundary}--${CRLF}`));
    return { headers: [`Content-Type: multipart/${subtype}; boundary="${boundary}"`], body: Buffer.concat(chunks) };
  }

  body(item: OutlookItem, depth: number): Part {
    const alternatives: Part[] = [];
    if (item.text !== undefined && item.text !== '') alternatives.push(textPart('text/plain', item.text));
    if (typeof item.html === 'string' && item.html !== '') alternatives.push(textPart('text/html', item.html));
    else if (item.html && typeof item.html !== 'string' && item.html.bytes.length > 0) {
      alternatives.push({
        headers: [`Content-Type: text/html; charset=${item.html.charset}`, 'Content-Transfer-Encoding: base64'],
        body: Buffer.from(base64Lines(item.html.bytes)),
      });
    }
    if (alternatives.length === 0) alternatives.push(textPart('text/plain', ''));
    const main = alternatives.length === 1 ? alternatives[0]! : this.multipart('alternative', alternatives);
    if (item.parts.length === 0) return main;
    return this.multipart('mixed', [main, ...item.parts.map((p) => this.attachment(p, depth))]);
  }

  private attachment(part: OutlookPart, depth: number): Part {
    if (part.kind === 'message') {
      return {
        headers: [
          'Content-Type: message/rfc822',
          header(
            'Content-Disposition',
            libmime.buildHeaderValue({ value: 'attachment', params: { filename: part.label } }),
          ),
          'Content-Transfer-Encoding: 8bit',
        ],
        body: composeItem(part.item, depth + 1),
      };
    }
    const headers = [
      header('Content-Type', libmime.buildHeaderValue({ value: part.contentType, params: { name: part.name } })),
      header(
        'Content-Disposition',
        libmime.buildHeaderValue({ value: part.inline ? 'inline' : 'attachment', params: { filename: part.name } }),
      ),
      'Content-Transfer-Encoding: base64',
    ];
    if (part.contentId) headers.push(header('Content-ID', angle(part.contentId)));
    return { headers, body: Buffer.from(base64Lines(part.bytes)) };
  }
}

function seedOf(item: OutlookItem, depth: number): string {
  const h = createHash('sha256').update(`${depth}\u0000${item.subject}\u0000${item.text ?? ''}\u0000`);
  if (typeof item.html === 'string') h.update(item.html);
  else if (item.html) h.update(item.html.bytes);
  for (const p of item.parts) h.update(p.kind === 'file' ? p.bytes : p.label);
  return h.digest('hex').slice(0, 16);
}

/** The RFC 5322 bytes of an Outlook item, CRLF line endings. */
export function composeItem(item: OutlookItem, depth = 0): Buffer {
  const composer = new Composer(seedOf(item, depth));
  const body = composer.body(item, depth);
  const head = [...itemHeaders(item), 'MIME-Version: 1.0', ...body.headers].join(CRLF);
  return Buffer.concat([Buffer.from(head + CRLF + CRLF, 'utf8'), body.body]);
}
