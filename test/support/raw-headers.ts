/**
 * An independent reading of message headers, for expected values: the tests compute what the
 * graph should hold from the raw files with this small parser, not with mailparser (which the
 * code under test uses). Deliberately simple: top-level header block, unfolded, addresses taken
 * from <…> or bare tokens.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { attachedMails } from './raw-mime.js';

export interface RawHeaderView {
  sha256: string;
  headers: Map<string, string[]>;
  /** The body as written (not decoded), whitespace collapsed. */
  body: string;
}

export function readRawHeaders(path: string): RawHeaderView {
  return rawHeadersOf(readFileSync(path));
}

export function rawHeadersOf(bytes: Buffer): RawHeaderView {
  const text = bytes.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const block = end === -1 ? text : text.slice(0, end);
  const body = end === -1 ? '' : text.slice(end).replace(/\s+/g, ' ').trim();
  const headers = new Map<string, string[]>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    headers.set(name, [...(headers.get(name) ?? []), line.slice(colon + 1).trim()]);
  }
  return { sha256: createHash('sha256').update(bytes).digest('hex'), headers, body };
}

/** Splits an address list on commas outside quotes, angle brackets and comments. */
function splitList(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (const ch of value) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '<' || ch === '(')) depth++;
    else if (!quoted && (ch === '>' || ch === ')')) depth--;
    if (ch === ',' && !quoted && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/** Lower-cased SMTP addresses in an address header (group syntax and comments dropped). */
export function addressesIn(values: string[] | undefined): string[] {
  const out: string[] = [];
  for (const value of values ?? []) {
    const withoutGroups = value.replace(/^[^:"<]*:/, '').replace(/;\s*$/, '');
    for (const part of splitList(withoutGroups)) {
      const angle = /<([^<>]*)>/.exec(part);
      const candidate = (angle ? angle[1]! : part.replace(/\([^)]*\)/g, ''))
        .trim()
        .replace(/^["']|["']$/g, '')
        .toLowerCase();
      // In angle brackets anything with an inner @ is an address (however odd); bare, exactly one @.
      if (
        angle ? /^[^\s].*@.*[^@\s]$/.test(candidate) && !candidate.startsWith('@') : /^[^@\s]+@[^@\s]+$/.test(candidate)
      )
        out.push(candidate);
    }
  }
  return out;
}

export interface ExpectedGraph {
  files: number;
  /** Messages read: the files, and the mail attached to them at any depth (raw-mime.ts), mail or not. */
  seen: number;
  /** Copies written: the files and the attached mails that are mail. */
  copies: number;
  /** Attached "mails" that are not (an empty message/rfc822 part) or are cut: failures, their carriers kept. */
  failed: number;
  messages: number;
  addresses: Set<string>;
  senders: Set<string>;
  sent: number;
  to: number;
  cc: number;
  bcc: number;
  /** sender→recipient pairs with at least one message */
  pairs: Set<string>;
}

/**
 * Which files hold the same message. 'bytes': identical files (true of fixture sets whose duplicates
 * are copies). 'content': same From, Date, Subject, To and Cc headers and the same body text —
 * how exports such as Enron's repeat one message in several folders with different Message-IDs.
 */
export type SameMessage = 'bytes' | 'content';

function sameMessageKey(view: RawHeaderView, rule: SameMessage): string {
  if (rule === 'bytes') return view.sha256;
  const h = (name: string) => (view.headers.get(name) ?? []).join(' ').replace(/\s+/g, ' ').trim();
  return JSON.stringify([
    addressesIn(view.headers.get('from'))[0] ?? null,
    h('date'),
    h('subject'),
    [...new Set(addressesIn(view.headers.get('to')))].sort(),
    [...new Set(addressesIn(view.headers.get('cc')))].sort(),
    view.body,
  ]);
}

/**
 * What ingesting these files should produce: one message per distinct message (see SameMessage),
 * each address once per message in its strongest role (To over Cc over Bcc), recipients united
 * over the copies (only the sender's copy shows Bcc).
 */
export interface ExpectedMessage {
  from?: string;
  to: Set<string>;
  cc: Set<string>;
  bcc: Set<string>;
}

/** Every message copy these files hold: each file, then the mails attached to it that are mail. */
export function messageCopies(paths: string[]): { copies: Buffer[]; notMail: number } {
  const copies: Buffer[] = [];
  let notMail = 0;
  for (const path of paths) {
    const bytes = readFileSync(path);
    copies.push(bytes);
    for (const attached of attachedMails(bytes)) {
      // A cut mail (its multipart, or its carrier's, never closed) is a failure too, like one that is no mail.
      if (attached.isMail && !attached.cut) copies.push(attached.bytes);
      else notMail++;
    }
  }
  return { copies, notMail };
}

/** The distinct messages among these files and the mail attached to them (see SameMessage), recipients united over copies. */
export function expectedMessages(paths: string[], rule: SameMessage = 'bytes'): ExpectedMessage[] {
  const messages = new Map<string, ExpectedMessage>();
  for (const bytes of messageCopies(paths).copies) {
    const view = rawHeadersOf(bytes);
    const key = sameMessageKey(view, rule);
    const m = messages.get(key) ?? { to: new Set<string>(), cc: new Set<string>(), bcc: new Set<string>() };
    m.from ??= addressesIn(view.headers.get('from'))[0];
    for (const role of ['to', 'cc', 'bcc'] as const)
      for (const a of addressesIn(view.headers.get(role))) m[role].add(a);
    messages.set(key, m);
  }
  return [...messages.values()];
}

export function expectedGraph(paths: string[], rule: SameMessage = 'bytes'): ExpectedGraph {
  const messages = expectedMessages(paths, rule);
  const { copies, notMail } = messageCopies(paths);
  const e: ExpectedGraph = {
    files: paths.length,
    seen: copies.length + notMail,
    copies: copies.length,
    failed: notMail,
    messages: messages.length,
    addresses: new Set(),
    senders: new Set(),
    sent: 0,
    to: 0,
    cc: 0,
    bcc: 0,
    pairs: new Set(),
  };
  for (const { from, ...recipients } of messages) {
    if (from) {
      e.sent++;
      e.addresses.add(from);
      e.senders.add(from);
    }
    const roles = new Set<string>();
    for (const role of ['to', 'cc', 'bcc'] as const) {
      for (const a of recipients[role]) {
        if (roles.has(a)) continue;
        roles.add(a);
        e[role]++;
        e.addresses.add(a);
        if (from) e.pairs.add(`${from}\u0000${a}`);
      }
    }
  }
  return e;
}
