/**
 * ②③ in the parse worker (issue 12): mail attached to mail → Messages of their own. A message/rfc822
 * part, an .eml or Outlook .msg sent as a file, or a mail renamed to something else and found by its
 * content, is parsed from the bytes the carrier's parse already holds (nothing crosses threads or
 * goes to disk; a message without attachments costs nothing). It stays an attachment Document of its
 * carrier too. Its SourceRef is the carrier's plus `/part <n> (<name>)` (attached-part.ts), then, for
 * an attached .msg, the labels of the Outlook items embedded in it (read/outlook-messages.ts), so
 * copy-bytes.ts can read the exact bytes again.
 *
 * Not mail, although their lines look like headers: calendar parts and files (text/calendar, .ics),
 * feedback and delivery reports (message/feedback-report, message/delivery-status), bare header
 * blocks (text/rfc822-headers). A message/rfc822 part marked inline is not an attachment at all:
 * mailparser reads it as part of its carrier's body, and it stays so.
 *
 * A part that claims to be mail (by type or name) and is not comes back as a failure pointing at the
 * part; the carrier is ingested and the part kept as a document. So does attached mail that was cut
 * (reason "truncated: …", parse/mime-ends.ts): the carrier ends inside it, or its own multipart is
 * never closed. mailparser would read the rest as a whole message, its missing parts unnoticed. Bounded in depth and in number per
 * message (AttachedLimits), because a hostile carrier can nest mail in mail without end.
 */
import { partEntry } from '../attached-part.js';
import { type ProcessOptions, processMessageParts } from '../extract/process-message.js';
import type { IngestIssue, RawMessage, SourceRef } from '../model.js';
import { type OpenEnd, describeOpenEnd, openEnd } from '../parse/mime-ends.js';
import type { MailPart } from '../parse/parse-message.js';
import { SNIFF_BYTES, detectFormat, isOleFile } from '../read/detect.js';
import { msgItem, parseMsg } from '../read/msg-item.js';
import { isMailClass } from '../read/outlook-item.js';
import { outlookMessages } from '../read/outlook-messages.js';
import type { ParseResult } from './protocol.js';
import { ATTACHED_LIMIT_OPTIONS, type AttachedLimits, DEFAULT_ATTACHED_LIMITS } from './attached-limits.js';

const MAIL_TYPES = new Set(['message/rfc822', 'message/global']);
const OUTLOOK_TYPES = new Set(['application/vnd.ms-outlook', 'application/x-msg']);
// Header-shaped, but not a message: never read as mail, whatever their name says.
const NOT_MAIL_TYPES =
  /^(text\/calendar|text\/x-vcalendar|application\/ics|text\/(x-)?vcard|message\/(feedback-report|delivery-status|global-delivery-status|disposition-notification|global-disposition-notification|partial|external-body)|text\/rfc822-headers|text\/global-headers)$/i;
const NOT_MAIL_NAME = /\.(ics|ifb|vcs|vcf)$/i;
// Types that say nothing about the content: a mail renamed (or sent without a name) hides behind them.
const GENERIC_TYPES = new Set(['application/octet-stream', 'application/unknown', 'application/x-unknown']);

export type AttachedKind = 'rfc822' | 'msg';

/** What an attachment is, as mail: its kind, and whether its type or name claims it is mail. */
export interface AttachedMail {
  kind: AttachedKind;
  /** Declared mail (by type or name): when it is not, that is a failure, not a quiet document. */
  claimed: boolean;
}

const looksLikeMail = (bytes: Uint8Array) => detectFormat(bytes.subarray(0, SNIFF_BYTES)) === 'rfc822';

/**
 * Whether an attachment is mail, and which kind. `converted`: the carrier was rebuilt from an Outlook
 * item, whose embedded messages are 8bit message/rfc822 parts (read/outlook-mime.ts) that the reader
 * already yields as messages of their own (read/outlook-messages.ts): those are not read twice.
 */
export function attachedMailKind(part: MailPart, converted = false): AttachedMail | undefined {
  const type = part.contentType.toLowerCase();
  const name = part.name ?? '';
  if (NOT_MAIL_TYPES.test(type) || NOT_MAIL_NAME.test(name)) return undefined;
  if (converted && type === 'message/rfc822' && part.transferEncoding === '8bit') return undefined;
  const ole = isOleFile(part.content);
  if (MAIL_TYPES.has(type) || /\.eml$/i.test(name)) return { kind: ole ? 'msg' : 'rfc822', claimed: true };
  if (OUTLOOK_TYPES.has(type) || /\.msg$/i.test(name))
    return { kind: !ole && looksLikeMail(part.content) ? 'rfc822' : 'msg', claimed: true };
  if (!GENERIC_TYPES.has(type)) return undefined;
  if (ole) return { kind: 'msg', claimed: false };
  return looksLikeMail(part.content) ? { kind: 'rfc822', claimed: false } : undefined;
}

class NotMailError extends Error {
  override name = 'NotMailError';
}

/** An attached mail's messages: itself, or an Outlook .msg and the items embedded in it. */
export function attachedRaws(part: MailPart, found: AttachedMail, source: SourceRef): RawMessage[] {
  const described = `${found.kind === 'msg' ? 'an Outlook .msg' : 'mail'} (${part.contentType}${part.name ? `, ${JSON.stringify(part.name)}` : ''})`;
  if (found.kind === 'rfc822') {
    if (!/[^\s]/.test(part.content.subarray(0, SNIFF_BYTES).toString('latin1')))
      throw new NotMailError(`the attachment is declared as ${described} but is empty`);
    if (!looksLikeMail(part.content))
      throw new NotMailError(`the attachment is declared as ${described} but does not start with mail headers`);
    return [{ bytes: part.content, source }];
  }
  let parsed: ReturnType<typeof parseMsg>;
  try {
    parsed = parseMsg(part.content);
  } catch (error) {
    throw new NotMailError(`the attachment is declared as ${described} but cannot be read as one: ${String(error)}`);
  }
  if (!isMailClass(parsed.data.messageClass))
    throw new NotMailError(
      `the attachment is declared as ${described} but is an Outlook item of class ${parsed.data.messageClass || '(none)'}, not an e-mail`,
    );
  // Items embedded in it that are not e-mail (a contact, an appointment) stay inside it, unread.
  return [...outlookMessages(msgItem(parsed.reader, parsed.data), source, 'msg', () => {})];
}

const describeError = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

function issue(source: SourceRef, error: string, lostMessage: boolean): ParseResult {
  const found: IngestIssue = { source, stage: 'parse', error, lostMessage };
  return { ok: false, issue: found };
}

const tooDeep = (limits: AttachedLimits) =>
  `attached mail nested deeper than ${limits.maxDepth} levels (raise it with ${ATTACHED_LIMIT_OPTIONS.maxDepth}): kept as a document of its carrier, not read as a message`;

interface Walk {
  options: ProcessOptions;
  limits: AttachedLimits;
  /** Attached mails read so far out of the message the walk started from. */
  read: number;
  /** Attached mails left out over the limit on their number. */
  over: number;
  out: ParseResult[];
}

/** Where `carrier`'s bytes end, when that is inside its last part, an attached mail, before its multipart closes. */
function carrierCut(carrier: RawMessage, parts: MailPart[]): OpenEnd | undefined {
  const end = openEnd(carrier.bytes);
  const last = parts.at(-1);
  if (!end || !last) return undefined;
  const same = end.leafType === last.contentType.toLowerCase() || (!!end.leafName && end.leafName === last.name);
  return same ? end : undefined;
}

/** Why the attached mail at `index` is cut, or undefined. */
function truncatedReason(parts: MailPart[], index: number, carrierEnd: () => OpenEnd | undefined) {
  const own = openEnd(parts[index]!.content);
  if (own) return `the attached mail is cut inside a ${own.leafType} part: ${describeOpenEnd(own)}`;
  const end = index === parts.length - 1 ? carrierEnd() : undefined;
  return end ? `the carrier is cut inside this part: ${describeOpenEnd(end)}` : undefined;
}

/** Reads the mail among `parts` of `carrier` (at `depth` below the file's message), and theirs in turn. */
async function walk(carrier: RawMessage, parts: MailPart[], depth: number, w: Walk): Promise<void> {
  let end: { at: OpenEnd | undefined } | undefined;
  const carrierEnd = () => (end ??= { at: carrierCut(carrier, parts) }).at;
  for (const [index, part] of parts.entries()) {
    const found = attachedMailKind(part, carrier.convertedFrom !== undefined);
    if (!found) continue;
    const source: SourceRef = {
      ...carrier.source,
      entries: [...carrier.source.entries, partEntry(index, part.name ?? part.contentType)],
    };
    if (depth + 1 > w.limits.maxDepth) {
      w.out.push(issue(source, tooDeep(w.limits), false));
      continue;
    }
    const truncated = found.kind === 'rfc822' ? truncatedReason(parts, index, carrierEnd) : undefined;
    if (truncated) {
      w.out.push(
        issue(source, `truncated: ${truncated}; kept as a document of its carrier, not read as a message`, true),
      );
      continue;
    }
    let raws: RawMessage[];
    try {
      raws = attachedRaws(part, found, source);
    } catch (error) {
      // Found by content only (a Word file is an OLE file too): a document like any other.
      if (found.claimed) w.out.push(issue(source, describeError(error), true));
      continue;
    }
    for (const raw of raws) {
      if (w.read >= w.limits.maxMessages) {
        w.over++;
        continue;
      }
      // An Outlook item embedded in the attached .msg is one level deeper per label after the part.
      const level = depth + 1 + raw.source.entries.length - source.entries.length;
      if (level > w.limits.maxDepth) {
        w.out.push(issue(raw.source, tooDeep(w.limits), false));
        continue;
      }
      w.read++;
      try {
        const { message, parts: inner, notes } = await processMessageParts(raw, w.options);
        w.out.push({ ok: true, message, ...(notes.length > 0 && { notes }) });
        if (inner.length > 0) await walk(raw, inner, level, w);
      } catch (error) {
        w.out.push(issue(raw.source, describeError(error), true));
      }
    }
  }
}

/**
 * The attached mails of one message read from a file, in order, at every level: each a message or a
 * failure; plus a warning for what the limits left out. Empty when the message carries no mail.
 */
export async function attachedMessages(
  carrier: RawMessage,
  parts: MailPart[],
  options: ProcessOptions,
  limits: AttachedLimits = DEFAULT_ATTACHED_LIMITS,
): Promise<ParseResult[]> {
  if (parts.length === 0) return [];
  const w: Walk = { options, limits, read: 0, over: 0, out: [] };
  await walk(carrier, parts, 0, w);
  if (w.over > 0)
    w.out.push(
      issue(
        carrier.source,
        `${w.over} more attached mail(s) over the limit of ${limits.maxMessages} per message (raise it with ${ATTACHED_LIMIT_OPTIONS.maxMessages}): kept as documents of their carriers, not read as messages`,
        false,
      ),
    );
  return w.out;
}
