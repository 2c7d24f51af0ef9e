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
import { MAX_HEADER_CHARS, capHeader, capName } from '../text-caps.js';
import { toMailAddress } from './addresses.js';
import { parseMailDate } from './dates.js';
import { applyXHeader } from './exchange-headers.js';
import { headerLineText, reencodeAddressHeaders } from './header-charset.js';

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

/** The message as mailparser reads it, and what had to be cut for it to (cutHeaderLines), if anything. */
interface ReadMail {
  mail: ParsedMail;
  /** Said of the message when its headers were cut to be read: a warning, not a failure. */
  notes: string[];
}

/** The message as mailparser reads it, with the options and header handling every caller shares. */
async function parseMail(bytes: Uint8Array): Promise<ReadMail> {
  // Display names in raw 8-bit text decode by one rule (header-charset.ts); the bytes kept are the originals.
  const buffer = reencodeAddressHeaders(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  try {
    return { mail: await simpleParser(buffer, MAILPARSER_OPTIONS), notes: [] };
  } catch (error) {
    if (!isHeadLimit(error)) throw error;
    // One header line without end is enough to reach mailparser's bound on a part's headers, and the
    // message would be lost for a value the graph keeps only the start of (MAX_HEADER_CHARS).
    const cut = cutHeaderLines(buffer);
    if (!cut) throw headLimitError();
    let mail: ParsedMail;
    try {
      mail = await simpleParser(cut.bytes, MAILPARSER_OPTIONS);
    } catch (again) {
      throw isHeadLimit(again) ? headLimitError() : again;
    }
    return {
      mail,
      notes: [
        `${cut.lines} header line${cut.lines === 1 ? '' : 's'} of the message (the longest ${cut.longest.toLocaleString('en')} bytes) ` +
          `cut to ${MAX_HEADER_LINE_BYTES.toLocaleString('en')} bytes to read it: mailparser reads at most ` +
          `${HEAD_LIMIT_MIB} MiB of headers per part; the source keeps the original bytes`,
      ],
    };
  }
}

// mailparser's splitter (@zone-eu/mailsplit) refuses a part whose header block is over 1 MiB, in these words.
const HEAD_LIMIT_MESSAGE = 'Max header size for a MIME node exceeded';
const HEAD_LIMIT_MIB = 1;
// What a header line keeps when the message's headers are cut to be read: past what the graph keeps of a
// header value (MAX_HEADER_CHARS characters, up to 4 bytes each once decoded).
export const MAX_HEADER_LINE_BYTES = 4 * MAX_HEADER_CHARS;

const isHeadLimit = (error: unknown) => error instanceof Error && error.message === HEAD_LIMIT_MESSAGE;

const headLimitError = () =>
  new ParseError(
    `the headers of a part are over mailparser's limit of ${HEAD_LIMIT_MIB} MiB even with every line of the ` +
      `message's own headers cut to ${MAX_HEADER_LINE_BYTES.toLocaleString('en')} bytes (endless header lines ` +
      `in an inner part, or too many of them): not read; the source keeps its bytes`,
  );

/**
 * The message with every line of its own header block (up to the first empty line) longer than
 * MAX_HEADER_LINE_BYTES cut to that length; undefined when no line is that long. Lines of the body and of
 * inner parts are left alone: a base64 body may be one line of megabytes.
 */
export function cutHeaderLines(buffer: Buffer): { bytes: Buffer; lines: number; longest: number } | undefined {
  const pieces: Buffer[] = [];
  let lines = 0;
  let longest = 0;
  let at = 0;
  let kept = 0;
  while (at < buffer.length) {
    const newline = buffer.indexOf(0x0a, at);
    const end = newline < 0 ? buffer.length : newline + 1;
    const content = end - at - (newline < 0 ? 0 : buffer[newline - 1] === 0x0d ? 2 : 1);
    if (content === 0) break; // the empty line that ends the header block
    if (content > MAX_HEADER_LINE_BYTES) {
      pieces.push(buffer.subarray(kept, at + MAX_HEADER_LINE_BYTES), buffer.subarray(at + content, end));
      kept = end;
      lines++;
      longest = Math.max(longest, content);
    }
    at = end;
  }
  if (lines === 0) return undefined;
  pieces.push(buffer.subarray(kept));
  return { bytes: Buffer.concat(pieces), lines, longest };
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
 * what had to be cut for the message to be read (cutHeaderLines), if anything.
 */
export async function parseMessageParts(
  bytes: Uint8Array,
): Promise<{ parsed: ParsedMessage; parts: MailPart[]; notes: string[] }> {
  const { mail, notes } = await parseMail(bytes);
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
    textTruncated: text.length > MAX_TEXT_CHARS,
    hasHtml: typeof mail.html === 'string' && mail.html.length > 0,
    attachments: attachmentMeta(mail),
    headers: headers.kept,
    received: headers.received,
    aliases,
  };
  return { parsed, parts: mail.attachments.length > 0 ? mailParts(mail) : [], notes };
}
