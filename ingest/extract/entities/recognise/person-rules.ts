/**
 * Person rules for the name rules (classify-runs.ts): courtesy titles, vocatives, a given name before a
 * surname, "Last, First", and a person's name run into the name before it ("La Walkyrie de Richard Wagner",
 * "Stade de Reims Roger Piantoni").
 */
import { isDictionaryWord, isKnownProperNoun } from './lexicons/dictionaries.js';
import { isGivenName } from './lexicons/given-names.js';
import { HONORIFICS, JARGON_ACRONYMS, NAME_PARTICLES, NEVER_NAMES, SIGN_OFFS } from './lexicons/words.js';
import { fold } from '../normalise/normalise-mention.js';
import type { Span } from './spans.js';
import { isCoreFirstName, isFirstName, isKnownName, isKnownSurname, isPlaceWord } from './name-words.js';
import { words } from './org-rules.js';
import { isCommonWord, type Run } from './runs.js';
import type { Tok } from './tag-text.js';
import type { EntityType } from '../types.js';

/** A courtesy title opening a person's name: "M. Dupont", "Mme Royal", "Dr Smith" (M. and Me in French only). */
export function isHonorific(tok: Tok, next: Tok | undefined, lang: string, after?: Tok): boolean {
  if (!next || !HONORIFICS.has(tok.key)) return false;
  // "Madame de Maintenon": a particle, then the name.
  const name = NAME_PARTICLES.has(next.key) && !next.cap && after ? after : next;
  // "Sir Assurances" is a company: the word after a title must look like a name.
  if (isCommonWord(name) && !isKnownName(name)) return false;
  if (tok.key === 'm' || tok.key === 'me' || tok.key === 'mm')
    return lang === 'fr' && (tok.key !== 'm' || tok.post.startsWith('.'));
  return true;
}

/** "Teb -", "Perry,", "Kim:" opening a line: a name, not a heading ("Sir Assurances :", "France Actionnaire :"). */
export function isVocative(run: Run, ws: Tok[]): boolean {
  const first = run.toks[0]!;
  const last = run.toks.at(-1)!;
  if (!first.sentenceStart || ws.length > 2 || !/^\s*(?:[,:!]|-\s|–)/.test(last.post)) return false;
  const nameLike = (t: Tok) =>
    !HONORIFICS.has(t.key) && !isPlaceWord(t) && (isFirstName(t) || isKnownName(t) || !isDictionaryWord(t.key));
  return ws.every(nameLike);
}

/**
 * "Robin Williams", "Victoria Azarenka", "Constant Tison": a given name some list knows (even one that is
 * also a word or a place) before a surname (a known one, or a word no dictionary has in lower case).
 */
export function personShaped(ws: Tok[]): boolean {
  if (ws.length < 2 || ws.length > 3 || ws.some((t) => t.allCaps)) return false;
  const first = ws[0]!;
  const last = ws.at(-1)!;
  if (!isGivenName(first.key) && !isCoreFirstName(first)) return false;
  return isKnownSurname(last) || !isDictionaryWord(last.key) || isKnownProperNoun(last.key);
}

const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)$/;

/**
 * "Allen, Phillip K.", "Miller, Mary Kay", "Kilmer III, Robert": a surname (and suffix), a comma, then a
 * first name with at most an initial or a second first name — not a list ("Queen Latifah, Alicia Silverstone").
 */
export function lastCommaFirst(run: Run, next: Run | undefined, lang: string): boolean {
  if (!next || next.at !== run.at + run.toks.length) return false;
  const ws = words(run);
  const surname = ws.length === 1 || (ws.length === 2 && NAME_SUFFIX.test(ws[1]!.key));
  if (!surname || run.toks.at(-1)!.post.trim() !== ',' || ws[0]!.allCaps) return false;
  if (isPlaceWord(ws[0]!) || isCommonWord(ws[0]!) || SIGN_OFFS.has(ws[0]!.key)) return false;
  const given = words(next);
  if (given.length > 2 || !isFirstName(given[0]!)) return false;
  const initial = given.length === 2 && /^\p{Lu}$/u.test(given[1]!.text);
  // A surname that is also a first name ("Allen, Phillip K.") needs the initial: "Paul, Mark" is a list. Outside
  // English, so does one that only the many-country list knows: "Sigebert, Chilpéric" is a list.
  if ((isCoreFirstName(ws[0]!) || (lang !== 'en' && isFirstName(ws[0]!))) && !initial) return false;
  return given.length === 1 || initial || isFirstName(given[1]!);
}

export function honorificRole(run: Run, type: EntityType, lang: string): string | undefined {
  const first = run.toks[0]!;
  if (type !== 'PER' || !isHonorific(first, run.toks[1], lang, run.toks[2])) return undefined;
  return first.text + (first.post.startsWith('.') ? '.' : '');
}

const LINKS_BEFORE_PERSON = new Set(['de', 'du', 'des', 'of', 'by']);

/**
 * Where a person's name starts inside a longer run, or -1: "La Walkyrie de | Richard Wagner", "la Lotus de |
 * Pastor Maldonado" (a work or a team, "de", then a first name and a surname), "Stade de Reims | Roger
 * Piantoni" (a known place, then a first name and a surname). Not "Charles de Gaulle", "Jean de La Fontaine":
 * what follows "de" there is no first name.
 */
export function personStartInRun(run: Run): number {
  const toks = run.toks;
  for (let i = 1; i + 1 < toks.length; i++) {
    const tail = words({ toks: toks.slice(i), at: run.at + i });
    if (tail.length < 2 || tail.length > 3 || tail[0] !== toks[i] || isPlaceWord(toks[i]!)) continue;
    const person = (isFirstName(tail[0]!) && !isCommonWord(tail[1]!)) || personShaped(tail);
    if (!person) continue;
    const before = toks[i - 1]!;
    if (LINKS_BEFORE_PERSON.has(before.key) && !before.cap && i >= 2 && !isFirstName(toks[0]!)) return i;
    if (before.cap && isPlaceWord(before) && !isFirstName(before)) return i;
  }
  return -1;
}

/**
 * The writer's name alone on the line under a sign-off ("Frank", "AZMAT", "PT", "Greg Wooten"), as a PER span
 * over `text`'s [start, end), or undefined when the words are not a name (a department: "Legal Affairs").
 */
export function signerSpan(text: string, start: number, end: number): Span | undefined {
  const match = /\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}/u.exec(text.slice(start, end));
  if (!match) return undefined;
  const nameLike = (word: string) => {
    const key = fold(word.replace(/\.$/, ''));
    if (/^\p{Lu}{2,3}$/u.test(word)) return !JARGON_ACRONYMS.has(key) && !NEVER_NAMES.has(key);
    return isGivenName(key) || !isDictionaryWord(key) || isKnownProperNoun(key);
  };
  if (!match[0].split(/\s+/).every(nameLike)) return undefined;
  const at = start + match.index;
  return { type: 'PER', start: at, end: at + match[0].length, source: 'rule' };
}
