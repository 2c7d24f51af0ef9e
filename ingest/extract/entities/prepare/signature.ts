/**
 * The end of a message's own words: a "-- " signature, a sign-off followed by a short block (name, title,
 * phone), a trailing contact block, or a legal disclaimer / confidentiality footer (English and French)
 * or mailing-list footer. What follows is the writer's own name and company, or boilerplate: mentioning
 * oneself is not news, and footers repeat in every message of a sender.
 */
import { isBlank, type Line } from './lines.js';

const SIG_DASHES = /^--\s?$/;
const SIGN_OFF = new RegExp(
  '^\\s*(?:' +
    [
      'thanks?(?: you)?(?: (?:again|very much|so much|all|everyone))?',
      'thx',
      'tks',
      'many thanks',
      'cheers',
      'regards',
      '(?:best|kind|warm|warmest|kindest|many) regards',
      'best(?: wishes)?',
      'all the best',
      'sincerely(?: yours)?',
      'yours(?: (?:truly|sincerely|faithfully))?',
      'respectfully',
      'rgds',
      'take care',
      'love',
      'ciao',
      '(?:bien )?cordialement',
      'bien (?:à|a) (?:vous|toi)',
      'amicalement',
      'amiti[ée]s',
      'bises',
      "merci(?: beaucoup| encore| d'avance| bien)?",
      '(?:sinc[èe]res |meilleures )?salutations(?: distingu[ée]es)?',
      '(?:tr[èe]s )?cordialement(?: vôtre)?',
      '[àa] bient[ôo]t',
      'bonne (?:journ[ée]e|soir[ée]e)',
    ].join('|') +
    ')\\b',
  'i',
);
// After the sign-off phrase: punctuation and at most a short name ("Thanks, John", "Merci, Marie-Claire").
// Case-sensitive on purpose: "Thanks for the report" is prose, not a sign-off.
const SIGN_OFF_REST = /^[\s,.!:;-]*(?:\p{Lu}[\p{L}.'-]*\s*){0,3}[\s,.!]*$/u;
// A signature block's lines are short; a long line after a sign-off means the writer kept writing.
const MAX_SIGNATURE_LINE_CHARS = 70;
// How far from the end a sign-off may sit (name, title, company, two phone lines, address …).
const MAX_SIGNATURE_LINES = 10;
const CONTACT =
  /\b(?:tel|t[ée]l[ée]?phone|phone|ph|fax|mobile|cell|direct(?: dial)?|office|pager|portable|t[ée]l)\b\.?\s*[:#]?\s*[+(\d]|\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}|\+\d{2}[\s.]?\d/i;

const DISCLAIMER = new RegExp(
  [
    '\\b(?:this|the information (?:contained )?in this|the contents of this) (?:e-?mail|message|communication|transmission|electronic mail)',
    '\\bintended (?:solely|only|exclusively) for\\b',
    '\\bif you (?:are not|have received this|receive this|received this)\\b.{0,80}(?:intended recipient|in error|by mistake)',
    '\\bconfidentiality (?:notice|note|statement|warning)\\b',
    '\\b(?:e-?mail|message) is the property of\\b',
    '\\bmay contain (?:confidential|privileged)\\b',
    '\\bce (?:message|courriel|mail|e-?mail)(?: et (?:toutes? )?(?:les|ses) (?:[ée]ventuelles )?pi[èe]ces jointes)? (?:est|sont|peut|peuvent|contient)',
    "\\bsi vous (?:n'[êe]tes pas|avez re[çc]u ce)\\b",
    '\\bdestin[ée]e?s? (?:exclusivement|uniquement)\\b',
    '\\b(?:avertissement|avis de confidentialit[ée]|clause de confidentialit[ée])\\s*:',
    '^\\s*(?:disclaimer|confidential(?:ity)?|privileged (?:and|&) confidential)\\s*:?\\s*$',
  ].join('|'),
  'i',
);
const DISCLAIMER_NEEDS = /confidential|privileg|intended|recipient|destinataire|confidentiel|property of|erreur|error/i;
const LIST_FOOTER =
  /mailing list\s*$|^\s*to unsubscribe\b|^\s*your use of yahoo!?(?:\s+groups\b|\s*$)|^\s*(?:do you yahoo!?\??|get your free download of msn|yahoo! groups sponsor|pour vous d[ée]sabonner|pour (?:vous )?d[ée]sinscrire)/i;
// A rule line: section divider in a newsletter, or the top of a footer when a footer line follows it.
const RULE = /^\s*(?:_{10,}|-{10,}|\*{10,}|={10,})\s*$/;
// How far below a rule line the footer it announces may start.
const RULE_REACH = 3;

function isSignOff(text: string): boolean {
  const phrase = SIGN_OFF.exec(text);
  return phrase !== null && SIGN_OFF_REST.test(text.slice(phrase[0].length));
}

/** First line of the signature / sign-off block at the end of `lines[0..end)`, or `end` when none. */
export function findSignatureStart(lines: Line[], end: number): number {
  for (let i = 0; i < end; i++) if (SIG_DASHES.test(lines[i]!.text)) return i;
  const nonBlank: number[] = [];
  for (let i = end - 1; i >= 0 && nonBlank.length < MAX_SIGNATURE_LINES; i--) if (!isBlank(lines[i])) nonBlank.push(i);
  // The earliest sign-off line after which every line is short.
  let cut = end;
  for (const i of nonBlank) {
    const text = lines[i]!.text;
    if (text.trim().length > MAX_SIGNATURE_LINE_CHARS) break;
    if (isSignOff(text)) cut = i;
  }
  if (cut < end) return cut;
  // No sign-off: a trailing block of short lines that carries a phone number is a contact signature.
  let blockStart = end;
  for (let i = end - 1; i >= 0; i--) {
    if (isBlank(lines[i])) break;
    if (lines[i]!.text.trim().length > MAX_SIGNATURE_LINE_CHARS || end - i > MAX_SIGNATURE_LINES) return end;
    blockStart = i;
  }
  for (let i = blockStart; i < end; i++) if (CONTACT.test(lines[i]!.text)) return blockStart;
  return nameLineStart(lines, end);
}

// A writer's name or initials signing off alone on a line: "Brice", "Dave", "TK", "Greg Wooten".
const NAME_LINE = /^\s*-?\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s*$/u;
// A signature block under the name: title, company, address — short lines, no sentence.
const MAX_BLOCK_LINES = 5;

/**
 * A name closing the message: the last line alone ("…the clarification.\nBrice"), or a last paragraph that
 * opens with a name line ("Oliver Brennan / General Counsel / Ardenlow Ltd"), and a lone name line just
 * above that paragraph too (the typed sign-off over the signature).
 */
function nameLineStart(lines: Line[], end: number): number {
  let last = end - 1;
  while (last >= 0 && isBlank(lines[last])) last--;
  if (last <= 0) return end;
  let first = last;
  while (first > 0 && !isBlank(lines[first - 1]) && last - first < MAX_BLOCK_LINES) first--;
  const block = lines.slice(first, last + 1);
  // A block of names only is a list of people ("Attendees: …"), not a signature: a title or a phone must follow.
  const isBlock =
    NAME_LINE.test(block[0]!.text) &&
    (block.length === 1 ||
      (isBlank(lines[first - 1]) &&
        block.some((l) => !NAME_LINE.test(l.text)) &&
        block.every((l) => l.text.trim().length <= MAX_SIGNATURE_LINE_CHARS && !/[.!?]\s*$/.test(l.text))));
  if (isBlock && first > 0) {
    let above = first - 1;
    while (above >= 0 && isBlank(lines[above])) above--;
    const loneName = above > 0 && NAME_LINE.test(lines[above]!.text) && isBlank(lines[above - 1]);
    return loneName ? above : first;
  }
  if (!NAME_LINE.test(lines[last]!.text)) return end;
  const before = lines[last - 1]!;
  return isBlank(before) || /[.!?:,;)]\s*$/.test(before.text) ? last : end;
}

// The signer's name or initials alone on a line: "Frank", "AZMAT", "PT", "- Greg Wooten".
const SIGNER_LINE = /^\s*[-–]?\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s*$/u;

/**
 * The line that holds only the writer's name in a signature starting at `start`: the first line after a
 * sign-off that names nobody ("Thanks" / "Frank", "Best regards," / "AZMAT"), or a name line that starts the
 * signature itself. Undefined when there is none (the rules find "Thanks, Frank" on the sign-off line).
 */
export function signerLine(lines: Line[], start: number, end: number): number | undefined {
  if (start >= end) return undefined;
  let i = start;
  const phrase = SIGN_OFF.exec(lines[i]!.text);
  if (phrase) {
    if (/\p{L}/u.test(lines[i]!.text.slice(phrase[0].length))) return undefined;
    i++;
    while (i < end && isBlank(lines[i])) i++;
    if (i >= end) return undefined;
  }
  return SIGNER_LINE.test(lines[i]!.text) ? i : undefined;
}

/** First line of a disclaimer paragraph or list footer in `lines[from..end)`, or `end` when none. */
export function findFooterStart(lines: Line[], end: number, from = 0): number {
  for (let i = from; i < end; i++) {
    const text = lines[i]!.text;
    if (LIST_FOOTER.test(text)) return i;
    if (RULE.test(text)) {
      for (let k = i + 1; k < Math.min(end, i + 1 + RULE_REACH); k++) {
        const below = lines[k]!.text;
        if (LIST_FOOTER.test(below) || (DISCLAIMER.test(below) && DISCLAIMER_NEEDS.test(below))) return i;
      }
      continue;
    }
    if (DISCLAIMER.test(text) && DISCLAIMER_NEEDS.test(`${text} ${lines[i + 1]?.text ?? ''}`)) {
      let start = i;
      while (start > from && !isBlank(lines[start - 1]) && !RULE.test(lines[start - 1]!.text)) start--;
      return start;
    }
  }
  return end;
}
