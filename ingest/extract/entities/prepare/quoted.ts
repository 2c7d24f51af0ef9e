/**
 * Where someone else's words start in a body: the first reply or forward boundary. Everything from there
 * on is quoted (a reply chain, a forwarded message) and belongs to the message it came from, which the
 * dump usually holds too; extracting it again would count those mentions twice and cost time.
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

/** Index of the first line of quoted or forwarded text, or lines.length when there is none. */
export function findQuoteStart(lines: Line[]): number {
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (text.length === 0) continue;
    if (SEPARATOR.test(text) || FORWARDED_BY.test(text) || FORWARD_INTRO.test(text)) return i;
    if (HEADER_FROM.test(text) && isHeaderBlock(lines, i)) return i;
    // An attribution followed by ">" lines introduces an interleaved reply: the ">" lines are dropped one by
    // one (isQuotedLine) and the writer's answers between them kept. Without ">", all that follows is quoted.
    if (isAttribution(lines, i) && !nextTextIsQuoted(lines, i)) return i;
    if (isLotusHeader(lines, i) || isLotusNameLine(lines, i)) return i;
  }
  return lines.length;
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
