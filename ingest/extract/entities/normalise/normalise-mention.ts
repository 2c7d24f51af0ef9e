/**
 * Normalisation: a recognised span → the words to show (trimmed) and the entity key (folded).
 *
 * Trimmed from the span: surrounding punctuation, quotes and brackets, a possessive ("Macron's" → Macron),
 * a sentence-final full stop (but not the one of an initial or an abbreviation: "Phillip K.", "Enron Corp.").
 * In the key: titles dropped ("M.", "Mme", "Dr", "Mr."), "Last, First" turned round, case and accents
 * folded, punctuation reduced to spaces — one key per person or organisation however it is written.
 */
import type { EntityType } from '../types.js';

const wordSet = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

const ABBREVIATIONS = wordSet(`
corp inc co ltd jr sr bros cie st mt ft ave dept intl univ assn plc mr mrs ms dr prof gen col sen
rep gov pres hon rev jr ste mme mlle me sa llc
`);
const TITLES = wordSet(`
m mm mme mmes mlle mlles me dr pr prof mr mrs ms miss sir dame lord monsieur madame mademoiselle
maitre docteur professeur professor messrs rev hon sen gov gen col capt sgt
`);
const OPENERS = /^[\s"'“”‘’«»([{<*_,;:.!?/\\|-]+/;
const CLOSERS = /[\s"'“”‘’«»)\]}>*_,;:!?/\\|-]+$/;
const POSSESSIVE = /(?:['’]s|['’])$/;

/** The trimmed [start, end) of a span over `text`, or undefined when nothing name-like is left. */
export function trimSpan(text: string, start: number, end: number): [number, number] | undefined {
  let s = start;
  let e = end;
  for (let changed = true; changed && e > s;) {
    changed = false;
    const slice = text.slice(s, e);
    const open = OPENERS.exec(slice)?.[0].length ?? 0;
    const close = CLOSERS.exec(slice)?.[0].length ?? 0;
    if (open || close) {
      s += open;
      e -= close;
      changed = true;
      continue;
    }
    const possessive = POSSESSIVE.exec(slice);
    if (possessive && slice.length > possessive[0].length + 1) {
      e -= possessive[0].length;
      changed = true;
      continue;
    }
    if (slice.endsWith('.') && !keepsFullStop(slice)) {
      e -= 1;
      changed = true;
    }
  }
  return e > s && /\p{L}/u.test(text.slice(s, e)) ? [s, e] : undefined;
}

function keepsFullStop(slice: string): boolean {
  const last = /(\S+)\.$/.exec(slice)?.[1];
  if (!last) return false;
  if (/^\p{L}$/u.test(last) || last.includes('.')) return true; // an initial, or "U.S."
  return ABBREVIATIONS.has(fold(last));
}

/** Lower case, accents removed, apostrophes unified: the comparison form of a word or name. */
export function fold(text: string): string {
  // Most words are plain ASCII: lower-casing is all they need (Unicode normalisation costs ten times more).
  if (/^[\x20-\x7f]*$/.test(text)) return text.toLowerCase().replace(/`/g, "'");
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'");
}

// "DUPONT Marie": a surname in capitals written first (French administrative order).
const CAPS_SURNAME_FIRST = /^((?:\p{Lu}{2,}[\s-]+)+)(\p{Lu}\p{Ll}.*)$/u;

/** The folded words of a name: titles dropped, "Last, First" and "DUPONT Marie" turned round, punctuation gone. */
export function nameWords(text: string, type: EntityType): string[] {
  let name = text;
  const comma = name.indexOf(',');
  if (type === 'PER' && comma > 0 && name.indexOf(',', comma + 1) < 0) {
    name = `${name.slice(comma + 1)} ${name.slice(0, comma)}`;
  }
  const capsFirst = type === 'PER' ? CAPS_SURNAME_FIRST.exec(name) : null;
  if (capsFirst) name = `${capsFirst[2]} ${capsFirst[1]}`;
  const words = fold(name)
    .replace(/[^\p{L}\p{N}'&]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w && w !== "'");
  if (type === 'PER') while (words.length > 1 && TITLES.has(words[0]!)) words.shift();
  return words;
}

export function entityKey(type: EntityType, text: string): string {
  return `${type}:${nameWords(text, type).join(' ')}`;
}
