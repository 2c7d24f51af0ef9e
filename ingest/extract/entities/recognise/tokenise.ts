/**
 * Tokens for the name rules, without compromise's tokenizer: the rules need words with their offsets, the
 * punctuation around them, and the tags compromise's lexicon gives them (FirstName, City, Organization …),
 * not a document model. Measured on 10,000 Enron bodies, building compromise's document (sentence
 * splitting, term objects, normalisation, contraction expansion) took 46% of extraction time; splitting
 * here and reading compromise's lexicon directly gives the same tokens and tags (checked against it on
 * the evaluation sets) for a tenth of that.
 *
 * Words split as compromise splits them: at spaces, and at a hyphen between words ("Jean-Baptiste" is two
 * tokens, the hyphen in the first one's `post`; "e-mail", "re-do", "flower-like" stay whole). Punctuation
 * at a word's edges goes to its `pre` and `post` (the dots of "U.S." stay in the word); a chunk of only
 * punctuation ("-", "...", "(") is added to the previous word's `post`.
 */
import nlp from './compromise.js';

import { fold } from '../normalise/normalise-mention.js';

interface Model {
  lexicon: Record<string, string | string[]>;
  tagSet: Record<string, { parents?: string[] }>;
  prefixes: Record<string, true>;
  suffixes: Record<string, true>;
  _multiCache: Record<string, number>;
}

const model = (nlp.world() as unknown as { model: { one: Model } }).model.one;

// An elided French article or preposition glued to a word: "d'Europe", "l'Afrique", and at a sentence start
// "L'Europe", "C'est" (not "D'Aveni", "O'Neil": an upper-case D' before a capital is part of the name).
export const ELIDED =
  /^(?:[dlnjsc]|qu|jusqu|lorsqu|puisqu)['’](?=\p{Lu})|^(?:[DLNJSCM]|Qu|Jusqu|Lorsqu|Puisqu)['’](?=\p{Ll})|^L['’](?=\p{Lu})/u;
/** A word of the text, before the rules look at it (tag-text.ts adds what they need). */
export interface RawTok {
  text: string;
  /** Offset of `text` in the input. */
  start: number;
  pre: string;
  /** Everything after the word up to the next word: punctuation and spaces. */
  post: string;
}

// Punctuation-only chunks that are not words (compromise's list): they join the previous word's `post`.
const NOT_WORD = new Set(['.', '?', '!', ':', ';', '-', '–', '—', '--', '...', '(', ')', '[', ']', '"', "'", '`']);
// ">" opens a quoted line: the word after it starts the line (its pre holds the ">").
const NOT_WORD_MORE = new Set(['«', '»', '*', '•', '>']);
const LETTER_OR_NUMBER = /[\p{L}\p{N}\p{Sc}]/u;
const KEEP_EDGE = new Set(['#', '@', '_', '°', '%']);
const ACRONYM = /^[a-z]\.(?:[a-z]\.)+/i;
const HYPHEN = /[-–—]/;
const SPLIT_HYPHEN = /^[a-z\u00C0-\u00FF`"'/]+[-–—][a-z0-9\u00C0-\u00FF]/i;

/** compromise's rule: "Jean-Baptiste", "Aug-20" split; "e-mail", "re-do", "flower-like" not. */
function splitsAtHyphen(chunk: string): boolean {
  const parts = chunk.split(HYPHEN);
  if (parts.length <= 1) return false;
  if (parts[0]!.length === 1 && /[a-z]/i.test(parts[0]!)) return false;
  if (model.prefixes[parts[0]!] === true) return false;
  if (model.suffixes[parts[1]!.trim().replace(/[.?!]$/, '')] === true) return false;
  return SPLIT_HYPHEN.test(chunk) || /^[('"]?[0-9]{1,4}[-–—][a-z\u00C0-\u00FF`"'/-]+[)'"]?$/i.test(chunk);
}

/** [word start, word end) inside a chunk once edge punctuation is off, or undefined when none is left. */
function wordBounds(chunk: string): [number, number] | undefined {
  let s = 0;
  let e = chunk.length;
  while (s < e && !LETTER_OR_NUMBER.test(chunk[s]!) && !KEEP_EDGE.has(chunk[s]!)) s++;
  while (e > s) {
    const c = chunk[e - 1]!;
    if (LETTER_OR_NUMBER.test(c) || KEEP_EDGE.has(c)) break;
    if (c === '.' && ACRONYM.test(chunk.slice(s))) break;
    e--;
  }
  return e > s ? [s, e] : undefined;
}

/** The words of one line. */
export function tokeniseLine(line: string, offset: number, out: RawTok[]): void {
  const first = out.length;
  // Punctuation before the line's first word is part of that word's pre ("- Bob", "* Item").
  let carried = '';
  for (const match of line.matchAll(/\S+/g)) {
    const pieces: [string, number][] = [];
    const chunk = match[0];
    if (HYPHEN.test(chunk) && splitsAtHyphen(chunk)) {
      let at = 0;
      for (const part of chunk.split(/(?<=[-–—])/)) {
        pieces.push([part, match.index + at]);
        at += part.length;
      }
    } else pieces.push([chunk, match.index]);
    for (const [piece, at] of pieces) {
      const bounds = wordBounds(piece);
      if (!bounds) {
        // Punctuation alone: dashes, dots and brackets join the words around them; "&" and "/" are words.
        if (NOT_WORD.has(piece) || NOT_WORD_MORE.has(piece) || /^[!?.]+$/.test(piece)) {
          if (out.length === first) carried += piece + ' ';
          continue;
        }
        out.push({ text: piece, start: offset + at, pre: carried, post: '' });
        carried = '';
        continue;
      }
      out.push({
        text: piece.slice(bounds[0], bounds[1]),
        start: offset + at + bounds[0],
        pre: carried + piece.slice(0, bounds[0]),
        post: '',
      });
      carried = '';
    }
  }
  // Each word's post: the text up to the next word's start (its pre excluded), or to the end of the line.
  for (let i = first; i < out.length; i++) {
    const tok = out[i]!;
    const end = tok.start + tok.text.length;
    const next = out[i + 1];
    const stop = next ? next.start - next.pre.length : offset + line.length;
    tok.post = line.slice(end - offset, stop - offset);
  }
}

const tagCache = new Map<string, ReadonlySet<string>>();
const NO_TAGS: ReadonlySet<string> = new Set();

/** A lexicon tag with the tags it implies (FirstName → Person, ProperNoun, Noun …), cached. */
function withParents(tags: string | string[]): ReadonlySet<string> {
  const id = typeof tags === 'string' ? tags : tags.join('|');
  let set = tagCache.get(id);
  if (!set) {
    const all = new Set<string>();
    for (const tag of typeof tags === 'string' ? [tags] : tags) {
      all.add(tag);
      for (const parent of model.tagSet[tag]?.parents ?? []) all.add(parent);
    }
    set = all;
    tagCache.set(id, set);
  }
  return set;
}

// Letters that accents folding leaves alone but compromise's lexicon writes in ASCII.
const ASCII: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', æ: 'ae', œ: 'oe', ß: 'ss', þ: 'th', ı: 'i', ð: 'd' };

/**
 * compromise's lookup form of a word: lower case, ASCII, no acronym dots, no possessive; for a Lotus Notes
 * address ("Arnold/HOU/ECT@ECT") or a pair ("Lindy/TK"), the first part.
 */
export function lookupKey(word: string): string {
  let key = fold(word);
  if (/[øłđæœßþıð]/.test(key)) key = key.replace(/[øłđæœßþıð]/g, (c) => ASCII[c]!);
  if (key.includes('/') && !/\d|[a-z]\.[a-z]/.test(key)) key = key.slice(0, key.indexOf('/'));
  if (/^(?:[a-z]\.)+[a-z]?$/.test(key)) key = key.replace(/\./g, '');
  key = key.replace(/['’]s$/, '').replace(/s['’]$/, 's');
  if (/^\p{L}+-\p{L}+$/u.test(key)) key = key.replace(/-/g, '');
  return key;
}

/** The lexicon's tags (with their parents) of a lookup key; empty when it does not know the word. */
export function tagsOf(key: string): ReadonlySet<string> {
  const entry = model.lexicon[key];
  return entry === undefined || !Object.hasOwn(model.lexicon, key) ? NO_TAGS : withParents(entry);
}

// Multi-word entries that name something ("new york", "procter & gamble"); phrasal verbs and idioms are
// left out: the rules read tags of capitalised words only.
const NAME_TAGS = /^(?:Organization|SportsTeam|City|Region|Place|Country|Person|LastName|ProperNoun|Honorific)$/;

/**
 * Tags per word (as written, an elided article included): a multi-word lexicon entry first ("côte
 * d'ivoire", as compromise does), else the word's own entry, looked up without its elided article
 * ("l'Europe"). Only words with a capital letter are looked up: the rules read no other word's tags.
 */
export function lexiconTagsOf(words: string[]): ReadonlySet<string>[] {
  const tags: ReadonlySet<string>[] = new Array<ReadonlySet<string>>(words.length);
  let keys: string[] | undefined;
  for (let i = 0; i < words.length; i++) {
    if (tags[i] !== undefined) continue;
    const word = words[i]!;
    if (!/\p{Lu}/u.test(word)) {
      tags[i] = NO_TAGS;
      continue;
    }
    const key = lookupKey(word);
    const longest = model._multiCache[key];
    if (longest !== undefined && i + 1 < words.length) {
      // compromise expands an elided "d'" to "de": its entry for "Côte d'Ivoire" is "cote de ivoire".
      keys ??= words.map((w) => (/^d['’]\p{L}/iu.test(w) ? `de ${lookupKey(w.slice(2))}` : lookupKey(w)));
      for (let n = Math.min(longest, words.length - i); n >= 2; n--) {
        const entry = model.lexicon[keys.slice(i, i + n).join(' ')];
        if (entry === undefined || !(typeof entry === 'string' ? [entry] : entry).some((t) => NAME_TAGS.test(t)))
          continue;
        const set = withParents(entry);
        for (let k = i; k < i + n; k++) tags[k] = set;
        break;
      }
      if (tags[i] !== undefined) continue;
    }
    const prefix = ELIDED.exec(word)?.[0];
    tags[i] = tagsOf(prefix ? lookupKey(word.slice(prefix.length)) : key);
  }
  return tags;
}
