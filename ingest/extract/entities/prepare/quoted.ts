/**
 * Where someone else's words start in a body: reply and forward boundaries. Everything after one is
 * quoted (a reply chain) or forwarded (a message or article passed on), up to the next boundary; the
 * header block under a boundary (From:/Sent:/To:, the Lotus "Name on date" lines) is metadata.
 *
 * Recognised: "-----Original Message-----" and its French/forward/Zimbra cousins, Enron's
 * "---- Forwarded by … ----", "Begin forwarded message:", "On … wrote:" / "Le … a écrit :" (also over two
 * lines), Outlook header blocks (From:/Sent:/To:/Subject: and De :/Envoyé :/À :/Objet :) and Lotus Notes
 * headers ("Jane Doe <jd@x.com> on 05/13/2001 09:23 AM", or "Jane Doe" over "05/13/2001 09:23 AM", then To:).
 */
import type { Line } from './lines.js';

const SEPARATOR =
  /^[\s>]*-{2,}\s*(?:original message|message d'origine|message original|forwarded message|message transf[ée]r[ée]|mail original|original appointment|courriel original)\s*-{2,}/i;
const FORWARDED_BY = /^\s*-{3,}\s*forwarded by\b/i;
const FORWARD_INTRO =
  /^\s*(?:begin forwarded message|d[ée]but du message (?:r[ée]exp[ée]di[ée]|transf[ée]r[ée])|forwarded message)\s*:?\s*$/i;
const WROTE_END = /(?:wrote|writes|a [ée]crit|[ée]crivait)\s*:\s*$/i;
const WROTE_START = /^\s*(?:on|le|am|el|il)\s/i;
// First line of an Outlook/Exchange header block, English or French (also bolded "*From:*" from HTML).
const HEADER_FROM = /^\s*\*?(?:from|de|von)\s*:\*?\s*\S/i;
const HEADER_NEXT = /^\s*\*?(?:sent|date|to|cc|subject|envoy[ée]|[àa]|objet|pour|gesendet|an|betreff)\s*:/i;
const LOTUS = /\son\s+\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d\d(?::\d\d)?\s*(?:[AP]M)?\s*$/i;
const LOTUS_TO = /^\s*to\s*:/i;
// Lotus Notes also writes the sender and the date on lines of their own: "Sally Beck" / "01/25/2001 02:09 PM".
const DATE_LINE = /^\s*\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d\d(?::\d\d)?\s*(?:[AP]M)?\s*$/i;
// How many lines after "From:" the rest of the header block may sit (wrapped recipient lists).
const HEADER_WINDOW = 6;
// An "On … wrote:" attribution is short; a longer line ending in "wrote:" is prose.
const MAX_ATTRIBUTION_CHARS = 300;

function isHeaderBlock(lines: Line[], i: number): boolean {
  let keys = 0;
  for (let k = i + 1; k < Math.min(lines.length, i + 1 + HEADER_WINDOW); k++) {
    if (HEADER_NEXT.test(lines[k]!.text)) keys++;
  }
  return keys >= 2;
}

/** "Name" then a date line then "To:": the header starts at the name. */
function isLotusNameLine(lines: Line[], i: number): boolean {
  const date = lines[i + 1];
  if (!date || !DATE_LINE.test(date.text) || lines[i]!.text.trim().length > 80) return false;
  for (let k = i + 2; k < Math.min(lines.length, i + 5); k++) if (LOTUS_TO.test(lines[k]!.text)) return true;
  return false;
}

function isLotusHeader(lines: Line[], i: number): boolean {
  if (
    !LOTUS.test(lines[i]!.text) &&
    !(i + 1 < lines.length && LOTUS.test(`${lines[i]!.text} ${lines[i + 1]!.text.trim()}`))
  ) {
    return false;
  }
  for (let k = i + 1; k < Math.min(lines.length, i + 4); k++) if (LOTUS_TO.test(lines[k]!.text)) return true;
  return false;
}

/** "On … wrote:" / "Le … a écrit :" (on one line or two). */
function isAttribution(lines: Line[], i: number): boolean {
  const text = lines[i]!.text;
  if (text.length < MAX_ATTRIBUTION_CHARS && WROTE_END.test(text)) return true;
  const next = lines[i + 1]?.text;
  if (next === undefined || !WROTE_START.test(text)) return false;
  const joined = `${text} ${next.trim()}`;
  return joined.length < MAX_ATTRIBUTION_CHARS && WROTE_END.test(joined);
}

function nextTextIsQuoted(lines: Line[], i: number): boolean {
  for (let k = i + 1; k < lines.length && k <= i + 3; k++) {
    if (lines[k]!.text.trim() === '' || WROTE_END.test(lines[k]!.text)) continue;
    return isQuotedLine(lines[k]!);
  }
  return false;
}

/**
 * What a boundary says about the text below it: "forward" (Forwarded by, Begin forwarded message,
 * "Forwarded message" separators), "reply" ("On … wrote:"), or "either" (Outlook's Original Message and
 * header blocks, Lotus headers: written the same way in replies and forwards; the subject decides).
 */
export type BoundaryKind = 'forward' | 'reply' | 'either';

export interface Boundary {
  /** First line of the boundary (the separator, the attribution, or the header block's first line). */
  at: number;
  kind: BoundaryKind;
}

const FORWARD_SEPARATOR = /forwarded message|message transf[ée]r[ée]/i;

/** The first reply or forward boundary at or after line `from`, or undefined when there is none. */
export function findBoundary(lines: Line[], from = 0): Boundary | undefined {
  for (let i = from; i < lines.length; i++) {
    const text = lines[i]!.text;
    // A line of tabs or spaces is blank (Lotus indents its header block with tabs): it starts no boundary.
    if (text.trim().length === 0) continue;
    if (FORWARDED_BY.test(text) || FORWARD_INTRO.test(text)) return { at: i, kind: 'forward' };
    if (SEPARATOR.test(text)) return { at: i, kind: FORWARD_SEPARATOR.test(text) ? 'forward' : 'either' };
    if (HEADER_FROM.test(text) && isHeaderBlock(lines, i)) return { at: i, kind: 'either' };
    // An attribution followed by ">" lines introduces an interleaved reply: the ">" lines are quoted one by
    // one (isQuotedLine) and the writer's answers between them are own words. Without ">", all that follows is quoted.
    if (isAttribution(lines, i) && !nextTextIsQuoted(lines, i)) return { at: i, kind: 'reply' };
    if (isLotusHeader(lines, i) || isLotusNameLine(lines, i)) return { at: i, kind: 'either' };
  }
  return undefined;
}

/** Index of the first line of quoted or forwarded text, or lines.length when there is none. */
export function findQuoteStart(lines: Line[]): number {
  return findBoundary(lines)?.at ?? lines.length;
}

// How far a header block under a boundary may reach (wrapped recipient lists).
const MAX_HEADER_BLOCK_LINES = 14;
const HEADER_LINE =
  /^\s*\*?(?:from|de|von|sent|date|to|cc|bcc|subject|envoy[ée]|[àa]|objet|pour|gesendet|an|betreff)\s*:/i;

/**
 * The first line after a boundary's metadata: the separator or attribution line, then (after blank lines)
 * a header block (From:/Sent:/To:/Subject:, or Lotus "Name on date" + To:/cc:/Subject:) up to the blank
 * line that ends it. Its names are the quoted message's participants, not mentions.
 */
export function boundaryEnd(lines: Line[], boundary: Boundary): number {
  let i = boundary.at;
  const text = lines[i]!.text;
  // A separator or an attribution introduces what follows; a header block or a Lotus header is itself metadata.
  if (boundary.kind === 'reply' || SEPARATOR.test(text) || FORWARDED_BY.test(text) || FORWARD_INTRO.test(text)) {
    i += boundary.kind === 'reply' && !WROTE_END.test(text) ? 2 : 1;
    while (i < lines.length && lines[i]!.text.trim() === '') i++;
    const header =
      lines[i] && (HEADER_LINE.test(lines[i]!.text) || isLotusHeader(lines, i) || isLotusNameLine(lines, i));
    if (!header) return i;
  }
  const limit = Math.min(lines.length, i + MAX_HEADER_BLOCK_LINES);
  let k = i;
  while (k < limit && lines[k]!.text.trim() !== '') k++;
  // No blank line closes the block: only the header lines themselves are metadata.
  if (k === limit || k === lines.length) {
    k = i;
    while (k < limit && (HEADER_LINE.test(lines[k]!.text) || k === i)) k++;
  }
  return k;
}

/** Indexes of the attribution lines ("On … wrote:", both lines when it wraps) in lines[0..end). */
export function attributionLines(lines: Line[], end: number): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i < end; i++) {
    if (!isAttribution(lines, i)) continue;
    found.add(i);
    if (!WROTE_END.test(lines[i]!.text)) found.add(i + 1);
    i += found.has(i + 1) ? 1 : 0;
  }
  return found;
}

/** Lines quoted with ">" (interleaved replies keep the writer's own lines between them). */
export function isQuotedLine(line: Line): boolean {
  return /^\s*>/.test(line.text);
}
