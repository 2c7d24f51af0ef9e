/**
 * Name candidates: maximal runs of capitalised tokens in a sentence, joined by name particles
 * ("Charles de Gaulle", "Laura A. de la Torre"), hyphens ("Jean-Baptiste"), initials ("Phillip K. Allen")
 * and, for organisations, "&" and "of" ("Kane & Associates", "Bank of America"). A run stops at
 * punctuation that ends a phrase, at a line break and after a possessive. Sentence-initial common words
 * ("Please", "Les", "Thanks") are cut off the front.
 */
import { isDictionaryWord } from './lexicons/dictionaries.js';
import {
  ENGLISH_FUNCTION_WORDS,
  FRENCH_FUNCTION_WORDS,
  HONORIFICS,
  LEGAL_SUFFIXES,
  NAME_PARTICLES,
  NEVER_NAMES,
  SIGN_OFFS,
} from './lexicons/words.js';
import { isFirstName, isKnownName } from './name-words.js';
import { runPlace } from './place-rules.js';
import type { Tok } from './tag-text.js';
import { titleAt } from './titles.js';

export interface Run {
  /** Tokens of the run, connectors included. */
  toks: Tok[];
  /** Index of the first token in its sentence. */
  at: number;
}

const PHRASE_END = /[,;:()"!?/\n«»[\]{}|]/;
const ABBREVIATION = /^(?:\p{Lu}|corp|inc|co|ltd|jr|sr|st|mt|bros|cie|intl|no)$/iu;

export function isInitialOrAbbreviation(tok: Tok): boolean {
  return ABBREVIATION.test(tok.text) || HONORIFICS.has(tok.key);
}

function breaksAfter(tok: Tok, next?: Tok): boolean {
  if (/['’]s?$/.test(tok.text) && tok.text.length > 2) return true; // possessive ends a name
  if (next && PHRASE_END.test(next.pre)) return true;
  const post = tok.post;
  if (post.trim() === '') return post.includes('\n');
  // A hyphen inside a compound ("Jean-Baptiste") joins; a spaced dash ("Meeting - REQUIRED") separates.
  if (post === '-' || post === '–') return false;
  if (post.trim() === '.') return !isInitialOrAbbreviation(tok) || post.includes('\n');
  return true;
}

// Not names however they are written: a single letter ("K" of "$800 K", "O:" drive), anything with a digit
// ("RM01", "No.2"), contractions of "I" ("I'd", "I'll"), a letter written three times ("SOOoo", "Yesss"),
// a file name ("Sanabria.doc", "Presentation.ppt").
const NOT_A_NAME = /^\p{L}$|\d|^I['’]|(\p{L})\1\1|\.(?:docx?|xlsx?|pptx?|pdf|lwp|wpd|txt|rtf|csv|zip|html?|msg)$/iu;

export function isNameish(tok: Tok): boolean {
  if (!(tok.cap || tok.allCaps) || NEVER_NAMES.has(tok.key) || NOT_A_NAME.test(tok.text)) return false;
  return /\p{L}/u.test(tok.text);
}

function isConnector(tok: Tok): boolean {
  return NAME_PARTICLES.has(tok.key) || tok.text === '&' || tok.key === 'of' || tok.key === "d'" || tok.key === 'd’';
}

function isFunctionWord(tok: Tok): boolean {
  return FRENCH_FUNCTION_WORDS.has(tok.key) || ENGLISH_FUNCTION_WORDS.has(tok.key) || NEVER_NAMES.has(tok.key);
}

/** An ordinary word written with a capital ("Please", "Attached", "Cette", "Price"), not a name. */
export function isCommonWord(tok: Tok): boolean {
  if (isFunctionWord(tok)) return true;
  return isDictionaryWord(tok.key) && !isKnownName(tok);
}

/**
 * Whether a sentence's first word is only capitalised because it comes first. A word that is both common
 * and a first name ("Frank", "Bill", "Will") stays when a name or a vocative comma follows it.
 */
function isSentenceCapital(tok: Tok, next: Tok | undefined, lang: string): boolean {
  if (isFunctionWord(tok) || SIGN_OFFS.has(tok.key)) return true;
  // French verbs and participles open sentences ("Suivent", "Devenu") and hide from the dictionary under
  // their inflections: in French a lone first word needs some sign of being a name.
  const joined = next !== undefined && /^[ \t-]*$/.test(tok.post) && (isNameish(next) || isConnector(next));
  if (lang === 'fr' && !isKnownName(tok) && !joined) return true;
  if (!isDictionaryWord(tok.key) || next?.text === '&') return false;
  // A common word that is also a name ("Will", "Price", "Frank", "Victoria") is a name only when another
  // name follows it or it is a vocative.
  return !(isKnownName(tok) && (/^\s*[,:]/.test(tok.post) || joined));
}

/** [from, to) of the run once sentence-initial common words and dangling connectors are cut off. */
function trimRun(toks: Tok[], lang: string): [number, number] {
  let from = 0;
  // "Wild Goose Storage Inc.", "Total SA": a legal suffix makes every word before it part of the name.
  const legal = toks.length > 1 && LEGAL_SUFFIXES.has(toks.at(-1)!.key);
  while (from < toks.length && !legal) {
    const tok = toks[from]!;
    // "Chief Executive Officer Greg Whalley", "Professor D'Aveni", "M. Dupont": a title opening a sentence stays.
    const titled = HONORIFICS.has(tok.key) || titleAt(toks, from) > 0;
    const drop =
      isConnector(tok) ||
      (tok.sentenceStart && !titled && isSentenceCapital(tok, toks[from + 1], lang) && tok.prefix === '');
    if (!drop) break;
    from++;
  }
  let to = toks.length;
  while (to > from && isConnector(toks[to - 1]!)) to--;
  return [from, to];
}

/** "K." of "Phillip K. Allen", "J." of "J. Smith": a name part only before another name part. */
function isInitial(tok: Tok, next: Tok | undefined): boolean {
  const initial = (t: Tok) => /^\p{Lu}$/u.test(t.text) && t.post.startsWith('.');
  return initial(tok) && next !== undefined && (isNameish(next) || initial(next) || NAME_PARTICLES.has(next.key));
}

// Lower-case words that join the parts of a hyphenated place name: "Saint-Jean-sur-Richelieu",
// "Saint-Pierre-et-Miquelon", "Fribourg-en-Brisgau", "Nœux-les-Mines".
const HYPHEN_LINKS = new Set(['sur', 'sous', 'en', 'et', 'les', 'le', 'la', 'aux', 'au', 'de', 'du', 'des', 'lès']);
// Two particles in a row: "de la Torre", "van der Waals", "de los Santos". The first opens the pair.
const PAIR_OPENERS = new Set(['de', 'van', 'von', 'da', 'di']);
const PAIR_CLOSERS = new Set(['la', 'le', 'les', 'der', 'den', 'los', 'las', "l'"]);
// Alone, a lower-case article is a French word between two names ("Brisgau la Germanistik"), not a particle.
const LONE_ARTICLES = new Set(['la', 'le', 'les']);

/** How many tokens after sentence[j] join the run through connectors (0 when none do). */
function connectorsAfter(sentence: Tok[], j: number): number {
  const tok = sentence[j]!;
  const next = sentence[j + 1];
  const after = sentence[j + 2];
  if (!next || !after) return 0;
  if (tok.post === '-' && next.post === '-' && HYPHEN_LINKS.has(next.text) && isNameish(after)) return 2;
  if (!isConnector(next) || breaksAfter(next, after)) return 0;
  if (isNameish(after)) return LONE_ARTICLES.has(next.text) ? 0 : 2;
  const third = sentence[j + 3];
  const pair = PAIR_OPENERS.has(next.key) && PAIR_CLOSERS.has(after.text.toLowerCase());
  return pair && third && !breaksAfter(after, third) && isNameish(third) ? 3 : 0;
}

export function findRuns(sentence: Tok[], lang: string): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < sentence.length) {
    if (!isNameish(sentence[i]!) && !isInitial(sentence[i]!, sentence[i + 1])) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < sentence.length) {
      if (breaksAfter(sentence[j]!, sentence[j + 1])) break;
      const next = sentence[j + 1]!;
      // "Valéry Giscard d'Estaing": an elided particle continues a person's name, any other starts a new run.
      // "Côte d'Ivoire": so does one inside a place the table knows.
      const joins =
        next.prefix === '' ||
        (next.prefix.startsWith('d') &&
          (isFirstName(sentence[i]!) || runPlace(sentence.slice(i, j + 2)) !== undefined));
      // "Phillip K." before a lower-case word: a middle initial ends the name.
      const lastInitial = isFirstName(sentence[j]!) && /^\p{Lu}$/u.test(next.text) && next.post.startsWith('.');
      if ((isNameish(next) || isInitial(next, sentence[j + 2]) || lastInitial) && joins) j++;
      else {
        const linked = connectorsAfter(sentence, j);
        if (linked === 0) break;
        j += linked;
      }
    }
    const [from, to] = trimRun(sentence.slice(i, j + 1), lang);
    if (to > from) runs.push({ toks: sentence.slice(i + from, i + to), at: i + from });
    i = j + 1;
  }
  return runs;
}
