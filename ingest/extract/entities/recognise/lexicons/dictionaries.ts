/**
 * The English and French Hunspell dictionaries (SCOWL en_US and Grammalecte fr, packaged by wooorm) read as
 * two word sets: common words (lower-case entries) and proper nouns (capitalised entries: Houston, Enron,
 * Molière, Marie-Anne …). They answer the question compromise's small lexicon cannot: is a capitalised
 * word a name, or an ordinary word at the start of a sentence or in a Title Case phrase ("Fixed Price")?
 * About 130,000 entries; built once (lexicon-cache.ts), then read by each worker.
 */
import { fold } from '../../normalise/normalise-mention.js';
import { cachedLexicon } from './lexicon-cache.js';

interface WordSets {
  common: Set<string>;
  proper: Set<string>;
  /** The French dictionary's common words alone (see isFrenchWord). */
  commonFr: Set<string>;
}

type WordLists = { [K in keyof WordSets]: string[] };

async function readDictionaries(): Promise<WordLists> {
  // Imported here: they read their files as they load, which a cached table spares.
  const [{ default: en }, { default: fr }] = await Promise.all([import('dictionary-en'), import('dictionary-fr')]);
  const common = new Set<string>();
  const proper = new Set<string>();
  const commonFr = new Set<string>();
  const decoder = new TextDecoder('utf-8');
  for (const [language, { dic }] of [
    ['en', en],
    ['fr', fr],
  ] as const) {
    const lines = decoder.decode(dic).split('\n');
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      const end = line.search(/[/\s]/);
      const word = end < 0 ? line : line.slice(0, end);
      if (word.length < 2) continue;
      const first = word.charAt(0);
      if (first !== first.toLowerCase()) proper.add(fold(word));
      else if (first !== first.toUpperCase()) {
        common.add(fold(word));
        if (language === 'fr') commonFr.add(fold(word));
      }
    }
  }
  return { common: [...common], proper: [...proper], commonFr: [...commonFr] };
}

const LISTS = await cachedLexicon('dictionaries', ['common', 'proper', 'commonFr'], readDictionaries);
const SETS: WordSets = {
  common: new Set(LISTS.common),
  proper: new Set(LISTS.proper),
  commonFr: new Set(LISTS.commonFr),
};

// Inflections Hunspell keeps in affix rules: enough of them to find the stem of a capitalised word.
const ENDINGS: [string, string][] = [
  ["'s", ''],
  ['ies', 'y'],
  ['es', ''],
  ['s', ''],
  ['x', ''],
  ['ied', 'y'],
  ['ed', ''],
  ['ed', 'e'],
  ['ing', ''],
  ['ing', 'e'],
  ['ers', ''],
  ['er', ''],
  ['ly', ''],
  ['e', ''],
  ['ees', 'e'],
  ['ee', 'e'],
];
// Answers are cached: the same capitalised words come back message after message. Bounded, for hostile input.
const MAX_CACHED_WORDS = 100_000;
const cache = new Map<string, boolean>();

function lookUp(key: string): boolean {
  if (SETS.common.has(key)) return true;
  for (const [ending, replacement] of ENDINGS) {
    if (
      key.length > ending.length + 1 &&
      key.endsWith(ending) &&
      SETS.common.has(key.slice(0, -ending.length) + replacement)
    ) {
      return true;
    }
  }
  return false;
}

/** A folded word (or an inflection of one) that the dictionaries know in lower case. */
export function isDictionaryWord(key: string): boolean {
  let known = cache.get(key);
  if (known === undefined) {
    if (cache.size >= MAX_CACHED_WORDS) cache.clear();
    known = lookUp(key);
    cache.set(key, known);
  }
  return known;
}

/** A folded word the dictionaries list as a proper noun (a first name, surname, place or company). */
export function isKnownProperNoun(key: string): boolean {
  return SETS.proper.has(key) || SETS.proper.has(key.replace(/'s$/, ''));
}

/**
 * A folded word the French dictionary knows in lower case (or its plural). In French text an English word
 * ("Dick", "Venus", "White") is no sign of a Title Case phrase: it is mostly part of a foreign name.
 */
export function isFrenchWord(key: string): boolean {
  return SETS.commonFr.has(key) || (/[sx]$/.test(key) && SETS.commonFr.has(key.slice(0, -1)));
}
