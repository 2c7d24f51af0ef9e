/**
 * The sentences worth tagging: compromise's tagger costs time per word, and most sentences of a mail
 * name nobody ("Please send it by Friday."). A sentence is kept when it holds a capitalised word that is
 * not just its first word being a common one; the kept sentences are tagged together, one per line, and
 * offsets are mapped back to the prepared text.
 */
import { fold } from '../normalise/normalise-mention.js';
import { isDictionaryWord, isKnownProperNoun } from './lexicons/dictionaries.js';
import { ENGLISH_FUNCTION_WORDS, FRENCH_FUNCTION_WORDS, NEVER_NAMES } from './lexicons/words.js';

export interface CandidateText {
  text: string;
  /** Per kept sentence: [offset in `text`, offset in the prepared text]. */
  map: number[];
}

// A sentence: up to a full stop, question or exclamation mark followed by a space, or to the end of the line.
// The full stop of an initial, a dotted acronym or a title is not an end: "M. Dupont", "Phillip K. Allen",
// "the U.S. Postal Service", "Dr. Smith", "M. Benjamin Griveaux" opening a line.
const SENTENCE =
  /[^\n]*?(?:(?=[.!?])(?<!(?:^|[\s(.])\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Mme|Mlle|Me|Prof|Inc|Corp|Co|Ltd|No|vs|etc))[.!?]+["')\]]*(?=\s)|(?=\n)|$)/muy;
// A capitalised word, also after an elided French article or preposition ("l'Alaska", "d'Osaka").
const CAPITALISED =
  /(?<![\p{L}\p{N}'’])(?:(?:[dlnjsmcDLNJSMC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’](?=\p{Lu}))?\p{Lu}[\p{L}'’-]*/gu;

function isPlainWord(word: string): boolean {
  const key = fold(word.replace(/['’]s$/, ''));
  if (FRENCH_FUNCTION_WORDS.has(key) || ENGLISH_FUNCTION_WORDS.has(key) || NEVER_NAMES.has(key)) return true;
  return isDictionaryWord(key) && !isKnownProperNoun(key);
}

export function hasCandidate(sentence: string): boolean {
  let first = true;
  for (const match of sentence.matchAll(CAPITALISED)) {
    const word = match[0].replace(/^\p{L}+['’](?=\p{Lu})/u, '');
    // "L'Assemblée" opening a sentence: the article took the sentence's capital, the name's is its own.
    const isFirst = first && word === match[0] && !/\p{L}/u.test(sentence.slice(0, match.index));
    first = false;
    if (word.length === 1 || /^I['’]/.test(word)) continue;
    const key = fold(word);
    if (NEVER_NAMES.has(key) || ENGLISH_FUNCTION_WORDS.has(key)) continue;
    if (isFirst && isPlainWord(word)) continue;
    return true;
  }
  return false;
}

export function selectCandidates(prepared: string): CandidateText {
  let text = '';
  const map: number[] = [];
  let at = 0;
  while (at < prepared.length) {
    const newline = prepared.indexOf('\n', at);
    const lineEnd = newline < 0 ? prepared.length : newline;
    SENTENCE.lastIndex = at;
    while (SENTENCE.lastIndex < lineEnd) {
      const start = SENTENCE.lastIndex;
      const match = SENTENCE.exec(prepared);
      if (!match || match[0].length === 0) break;
      const end = Math.min(start + match[0].length, lineEnd);
      const sentence = prepared.slice(start, end);
      if (hasCandidate(sentence)) {
        if (text) text += '\n';
        map.push(text.length, start);
        text += sentence;
      }
      SENTENCE.lastIndex = end;
    }
    at = lineEnd + 1;
  }
  return { text, map };
}

/** The prepared-text offset of an offset in the candidate text. */
export function toPreparedOffset(candidates: CandidateText, offset: number): number {
  const { map } = candidates;
  let lo = 0;
  let hi = map.length / 2 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map[mid * 2]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return map[lo * 2 + 1]! + (offset - map[lo * 2]!);
}
