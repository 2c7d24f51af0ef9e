/** What the lexicons know about one capitalised token: a first name, a known name, a place, an organisation. */
import { isDictionaryWord, isKnownProperNoun } from './lexicons/dictionaries.js';
import { ENGLISH_FIRST_NAMES_ALSO_WORDS, FRENCH_FIRST_NAMES } from './lexicons/first-names-fr.js';
import { isGivenName, isSurname } from './lexicons/given-names.js';
import { COUNTRIES } from './lexicons/places.js';
import type { Tok } from './tag-text.js';

const has = (tok: Tok, ...tags: string[]) => tags.some((t) => tok.tags.has(t));

/** A first name of the French list or compromise's lexicon (English usage): a strong sign of a person. */
export function isCoreFirstName(tok: Tok): boolean {
  if (FRENCH_FIRST_NAMES.has(tok.key) || ENGLISH_FIRST_NAMES_ALSO_WORDS.has(tok.key)) return true;
  return has(tok, 'FirstName', 'MaleName', 'FemaleName');
}

export function isFirstName(tok: Tok): boolean {
  if (isCoreFirstName(tok)) return true;
  // The many-country list only where the word is not also an ordinary one ("Constant", "Summer", "Pastor").
  return !tok.allCaps && isGivenName(tok.key) && !isDictionaryWord(tok.key);
}

/** A surname some lexicon knows (compromise's LastName, the many-country list). */
export function isKnownSurname(tok: Tok): boolean {
  return has(tok, 'LastName') || isSurname(tok.key);
}

export function isPlaceWord(tok: Tok): boolean {
  return has(tok, 'Place', 'City', 'Country', 'Region') || COUNTRIES.has(tok.key);
}

export function isOrgWord(tok: Tok): boolean {
  return has(tok, 'Organization', 'SportsTeam');
}

/** Known as a name by compromise's lexicon, the first-name lists or the country table. */
export function isLexiconName(tok: Tok): boolean {
  return isFirstName(tok) || isPlaceWord(tok) || isOrgWord(tok) || has(tok, 'LastName', 'Person');
}

/**
 * Known as some kind of name, the dictionaries' proper nouns included (from three letters: the English
 * dictionary lists chemical symbols such as "At" and "In").
 */
export function isKnownName(tok: Tok): boolean {
  return isLexiconName(tok) || (tok.key.length >= 3 && isKnownProperNoun(tok.key));
}
