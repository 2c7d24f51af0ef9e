/**
 * ② parse: RFC 5322 bytes → ParsedMessage. mailparser does the MIME work (RFC 2047/2231, charsets,
 * transfer encodings); this module picks what the graph needs, normalises it, and bounds it.
 */
import {
  type AddressObject,
  type EmailAddress,
  type ParsedMail,
  type SimpleParserOptions,
  simpleParser,
} from 'mailparser';

import type { AttachmentMeta, MailAddress, ParsedMessage } from '../model.js';
import { capHeader, capName } from '../text-caps.js';
import { toMailAddress } from './addresses.js';
import { parseMailDate } from './dates.js';
import { applyXHeader } from './exchange-headers.js';
import { headerLineText, reencodeAddressHeaders } from './header-charset.js';
import { type Salvage, refusalOf, refusedText, salvage } from './salvage.js';

// Text kept per message, for search and entity extraction. Longer bodies are pasted logs and
// attachments-as-text; the full content stays retrievable from the source.
export const MAX_TEXT_CHARS = 100_000;
// HTML-only bodies are converted to text; past this size the conversion is skipped (DoS bound).
export const MAX_HTML_TO_TEXT_CHARS = 2_000_000;
// A message "to" more people than this is a list explosion or hostile; the rest are dropped.
export const MAX_RECIPIENTS = 5_000;
// Threading reads the last entries of References (the nearest ancestors); a list of thousands is hostile.
export const MAX_REFERENCES = 100;

/** Headers later stages read, kept raw (unfolded). */
const KEPT_HEADERS = new Set([
  'x-from',
  'x-to',
  'x-cc',
  'x-bcc',
  'x-folder',
  'x-origin',
  'x-filename',
  'x-mailer',
  'user-agent',
  'sender',
  'reply-to',
  'return-path',
  'list-id',
  'content-type',
  'x-originating-ip',
]);

/**
 * What leakgraph asks of mailparser: text (HTML converted only when there is no text part, and
 * bounded), attachment hashes; none of the HTML rendering work a mail client needs.
 */
export const MAILPARSER_OPTIONS = {
  skipTextToHtml: true,
  skipTextLinks: true,
  skipImageLinks: true,
  keepCidLinks: true,
  checksumAlgo: 'sha256',
  maxHtmlLengthToParse: MAX_HTML_TO_TEXT_CHARS,
} as const satisfies SimpleParserOptions;

export class ParseError extends Error {
  override name = 'ParseError';
}

function flatten(values: EmailAddress[]): EmailAddress[] {
  return values.flatMap((v) => (v.group ? flatten(v.group) : [v]));
}

function addresses(header: AddressObject | AddressObject[] | undefined): MailAddress[] {
  if (!header) return [];
  const objects = Array.isArray(header) ? header : [header];
  const out: MailAddress[] = [];
  for (const entry of flatten(objects.flatMap((o) => o.value))) {
    const address = toMailAddress(entry.address, entry.name);
    if (address) out.push(address);
  }
  return out;
}

/** Each address once per message, in the strongest role it has: TO over CC over BCC. */
function dedupeRecipients(to: MailAddress[], cc: MailAddress[], bcc: MailAddress[]) {
  const seen = new Set<string>();
  const keep = (list: MailAddress[]) =>
    list.filter((a) => {
      if (seen.has(a.email) || seen.size >= MAX_RECIPIENTS) return false;
      seen.add(a.email);
      return true;
    });
  return { to: keep(to), cc: keep(cc), bcc: keep(bcc) };
}

/** A Message-ID without its angle brackets, capped like any header value (text-caps.ts). */
function stripAngles(id: string): string | undefined {
  const inner = id
    .trim()
    .replace(/^<+|>+$/g, '')
    .trim();
  return inner ? capHeader(inner) : undefined;
}

function messageIds(value: string | string[] | undefined): string[] {
  if (!value) return [];
  const text = Array.isArray(value) ? value.join(' ') : value;
  const bracketed = text.match(/<[^<>\s]+>/g);
  const ids = (bracketed ?? text.split(/\s+/)).slice(-MAX_REFERENCES);
  return ids.map(stripAngles).filter((id): id is string => !!id);
}

/** The raw value of each header line (unfolded), keyed by lower-case name; first occurrence wins. */
function rawHeaders(mail: ParsedMail): { kept: Record<string, string>; received: string[]; date?: string } {
  const kept: Record<string, string> = {};
  const received: string[] = [];
  let date: string | undefined;
  for (const { key, line } of mail.headerLines) {
    const value = capHeader(
      headerLineText(
        line
          .slice(line.indexOf(':') + 1)
          .replace(/\r?\n[ \t]+/g, ' ')
          .trim(),
      ),
    );
    if (key === 'received') received.push(value);
    else if (key === 'date' && date === undefined) date = value;
    else if (KEPT_HEADERS.has(key) && !(key in kept)) kept[key] = value;
  }
  return { kept, received, ...(date !== undefined && { date }) };
}

function attachmentMeta(mail: ParsedMail): AttachmentMeta[] {
  return mail.attachments.map((a) => ({
    ...(a.filename && { name: capName(a.filename) }),
    contentType: a.contentType,
    size: a.size,
    sha256: a.checksum,
    inline: a.related === true || a.contentDisposition === 'inline',
  }));
}

/** The message as mailparser reads it, and what had to be cut for it to be read (salvage.ts), if anything. */
interface ReadMail {
  mail: ParsedMail;
  /** Said of the message when it was cut to be read: warnings, not failures. */
  notes: string[];
  /** Its body was left out: only its headers were read. */
  bodyLeftOut: boolean;
}

/** The message as mailparser reads it, with the options and header handling every caller shares. */
async function parseMail(bytes: Uint8Array): Promise<ReadMail> {
  // Display names in raw 8-bit text decode by one rule (header-charset.ts); the bytes kept are the originals.
  let buffer = reencodeAddressHeaders(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const notes: string[] = [];
  const done: Salvage = { headersCut: false, bodyLeftOut: false };
  // At most three reads: as it is, its headers cut, its body left out.
  for (;;) {
    try {
      return { mail: await simpleParser(buffer, MAILPARSER_OPTIONS), notes, bodyLeftOut: done.bodyLeftOut };
    } catch (error) {
      const refusal = refusalOf(error);
      if (!refusal) throw error;
      const next = salvage(buffer, refusal, done);
      if (!next) throw new ParseError(refusedText(refusal, done));
      buffer = next.bytes;
      notes.push(next.note);
      done[next.step] = true;
    }
  }
}

/** One attachment's content, in the order parseMessage lists attachments (HAS_ATTACHMENT.part). */
export interface AttachmentContent {
  content: Buffer;
  sha256: string;
}

/** The attachments of a message with their bytes, for the document pass (issue 12). */
export async function messageAttachments(bytes: Uint8Array): Promise<AttachmentContent[]> {
  const { mail } = await parseMail(bytes);
  return mail.attachments.map((a) => ({ content: a.content, sha256: a.checksum }));
}

/**
 * An attachment as mailparser read it, with its decoded bytes: what the parse worker looks into for
 * mail attached to mail (ingest/workers/attached-mail.ts), in the order of ParsedMessage.attachments.
 */
export interface MailPart {
  name?: string;
  contentType: string;
  /** Content-Disposition as written (attachment, inline), when there is one. */
  disposition?: string;
  /** Content-Transfer-Encoding as written, lower-cased. */
  transferEncoding?: string;
  content: Buffer;
}

function mailParts(mail: ParsedMail): MailPart[] {
  return mail.attachments.map((a) => {
    const encoding = a.headers.get('content-transfer-encoding');
    return {
      ...(a.filename && { name: a.filename }),
      contentType: a.contentType,
      ...(a.contentDisposition && { disposition: a.contentDisposition }),
      ...(typeof encoding === 'string' && { transferEncoding: encoding.trim().toLowerCase() }),
      content: a.content,
    };
  });
}

export async function parseMessage(bytes: Uint8Array): Promise<ParsedMessage> {
  return (await parseMessageParts(bytes)).parsed;
}

/**
 * parseMessage, and the attachments with their bytes (no extra work: mailparser holds them already), and
 * what had to be cut for the message to be read (salvage.ts), if anything.
 */
export async function parseMessageParts(
  bytes: Uint8Array,
): Promise<{ parsed: ParsedMessage; parts: MailPart[]; notes: string[] }> {
  const { mail, notes, bodyLeftOut } = await parseMail(bytes);
  if (mail.headerLines.length === 0) throw new ParseError('no header lines: not an RFC 5322 message');
  const headers = rawHeaders(mail);
  const from = addresses(mail.from)[0];
  const to = addresses(mail.to);
  const cc = addresses(mail.cc);
  const bcc = addresses(mail.bcc);
  // Exchange exports: names and DNs from X- headers, before recipients are de-duplicated (the lists must line up).
  const aliases = [
    ...(from ? applyXHeader([from], headers.kept['x-from'], 'x-from') : []),
    ...applyXHeader(to, headers.kept['x-to'], 'x-to'),
    ...applyXHeader(cc, headers.kept['x-cc'], 'x-cc'),
    ...applyXHeader(bcc, headers.kept['x-bcc'], 'x-bcc'),
  ];
  const recipients = dedupeRecipients(to, cc, bcc);
  const text = mail.text ?? '';
  const date = parseMailDate(headers.date);
  const messageId = mail.messageId ? stripAngles(mail.messageId) : undefined;
  const inReplyTo = messageIds(mail.inReplyTo)[0];
  const parsed: ParsedMessage = {
    ...(messageId && { messageId }),
    ...(inReplyTo && { inReplyTo }),
    references: messageIds(mail.references),
    ...(date && { date }),
    ...(headers.date !== undefined && { dateRaw: headers.date }),
    subject: capHeader((mail.subject ?? '').replace(/\s+/g, ' ').trim()),
    ...(from && { from }),
    ...recipients,
    text: text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text,
    // A body left out to read the message (salvage.ts) is text cut too: all of it.
    textTruncated: text.length > MAX_TEXT_CHARS || bodyLeftOut,
    hasHtml: typeof mail.html === 'string' && mail.html.length > 0,
    attachments: attachmentMeta(mail),
    headers: headers.kept,
    received: headers.received,
    aliases,
  };
  return { parsed, parts: mail.attachments.length > 0 ? mailParts(mail) : [], notes };
}
