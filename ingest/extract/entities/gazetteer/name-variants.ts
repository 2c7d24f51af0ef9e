/**
 * The ways a correspondent's name is written in mail, from the display names and addresses the headers
 * give: "Phillip K. Allen", "Allen, Phillip K.", "ALLEN Phillip", "Phillip Allen/HOU/ECT@ECT",
 * "phillip.allen@enron.com". Variants are keys in the match form (matchKey): folded words, with the
 * comma of "Last, First" kept as its own word.
 */
import { fold } from '../normalise/normalise-mention.js';

export interface NameParts {
  first: string;
  middle: string[];
  last: string;
}

// Words in display names that are not part of the name.
const NOISE = /\((?:[^)]*)\)|\[[^\]]*\]|<[^>]*>|"|'(?=\s|$)|(?:^|\s)'/g;
const TITLES = /^(?:mr|mrs|ms|miss|dr|prof|m|mme|mlle|me|sir)\.?$/i;
const SUFFIXES = /^(?:jr|sr|ii|iii|iv|phd|md|esq)\.?$/i;
// A label before the name in a display name: "ENRON: Sanabria, Jaime", "PEERLESS OIL - Edward Maciula".
const LABEL = /^\s*(?:[^:,]{1,40}\s?:\s*|[\p{Lu}&.' ]{2,40}\s[-–]\s+)(?=\p{L})/u;

/** Folded words and commas: the form both variants and text are compared in. */
export function matchKey(text: string): string {
  return fold(text)
    .replace(/,/g, ' , ')
    .replace(/[^\p{L}\p{N}', ]+/gu, ' ')
    .replace(/'(?!\p{L})|(?<!\p{L})'/gu, ' ')
    .trim()
    .split(/\s+/)
    .join(' ');
}

/** First, middle and last name from one display name, or undefined when it holds no person name. */
export function parseDisplayName(raw: string): NameParts | undefined {
  const name = raw.split(/[/@]/)[0]!.replace(NOISE, ' ').replace(LABEL, '').replace(/\s+/g, ' ').trim();
  if (!/\p{L}{2}/u.test(name)) return undefined;
  const comma = name
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  let words: string[];
  let last: string;
  if (comma.length === 2) {
    // "Allen, Phillip K." — Enron's X-From, Outlook's "Last, First".
    last = comma[0]!;
    words = comma[1]!.split(' ');
  } else {
    words = name.split(' ').filter((w) => !TITLES.test(w));
    // "DUPONT Marie": an all-capitals word first is the surname (French administrative order).
    const capsFirst = words.length >= 2 && /^\p{Lu}{2,}$/u.test(words[0]!) && !/^\p{Lu}{2,}$/u.test(words[1]!);
    if (capsFirst) last = words.shift()!;
    else last = words.pop() ?? '';
  }
  words = words.filter((w) => !SUFFIXES.test(w) && !TITLES.test(w));
  if (words.length === 0 || !last || SUFFIXES.test(last)) return undefined;
  return { first: words[0]!, middle: words.slice(1), last };
}

/** Name parts from an address local part: "phillip.allen", "heather_dunton", "k..allen". */
export function namePartsFromAddress(address: string): NameParts | undefined {
  const local = address.split('@')[0] ?? '';
  const parts = local.split(/[._]+/).filter(Boolean);
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^\p{L}+$/u.test(p))) return undefined;
  if (parts[0]!.length < 2 || parts.at(-1)!.length < 2) return undefined;
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  return { first: cap(parts[0]!), middle: parts.slice(1, -1).map(cap), last: cap(parts.at(-1)!) };
}

/**
 * Full-name variants (two words or more): safe to look for anywhere. Each part is put in the match
 * form once and the variants joined from those: matchKey works word by word (a comma is a word, other
 * punctuation a space), so the key of "Allen, Phillip K." is the keys of its parts with "," between.
 * That holds because every form puts a space between its parts (nothing folds across a space): a form
 * written without one ("P.Allen") must be folded whole.
 * Nine forms of a few words each, for every correspondent of a gazetteer: folding each whole form
 * was most of a build.
 */
export function fullNameVariants(parts: NameParts): string[] {
  const first = matchKey(parts.first);
  const middle = matchKey(parts.middle.join(' '));
  const last = matchKey(parts.last);
  const initial = matchKey(parts.first.charAt(0));
  const middleInitials = matchKey(parts.middle.map((m) => m.charAt(0)).join(' '));
  const words = (...keys: string[]) => keys.filter(Boolean).join(' ');
  const forms = [
    words(first, last),
    words(first, middle, last),
    words(first, middleInitials, last),
    words(last, ',', first),
    words(last, ',', first, middle),
    words(last, ',', first, middleInitials),
    words(initial, last),
    words(initial, middleInitials, last),
    words(last, first),
  ];
  return [...new Set(forms.filter((k) => k.split(' ').length >= 2))];
}

/**
 * The initials a correspondent may sign with, in capitals: "MK" for Mary Kay Miller (a double first name),
 * "PKA" and "PA" for Phillip K. Allen; and a first name written in capitals in the headers ("Lohman, TK").
 * Two or three letters.
 */
export function initialsVariants(parts: NameParts): string[] {
  const { first, middle, last } = parts;
  const initial = (w: string) => w.charAt(0).toUpperCase();
  const forms = [
    ...(middle.length ? [initial(first) + middle.map(initial).join('')] : []),
    initial(first) + middle.map(initial).join('') + initial(last),
    initial(first) + initial(last),
  ];
  if (/^\p{Lu}{2,3}$/u.test(first)) forms.push(first);
  return [...new Set(forms.filter((f) => /^\p{Lu}{2,3}$/u.test(f)))];
}
