/**
 * The gazetteer: correspondents (from the graph, or a message's own participants) → a table from name
 * variant to person id, found in text by match-gazetteer.ts.
 *
 * A run builds one Gazetteer from every known correspondent (full names only: "Phillip Allen",
 * "Allen, Phillip K.", "P. Allen") and ships it to the workers: it is plain data, structured-cloneable
 * and JSON-serialisable. Per message, participant-table.ts adds what is only safe among the people of
 * the conversation: a first name alone ("Phillip"), a rare surname alone, initials.
 */
import { isDictionaryWord, isKnownProperNoun } from '../recognise/lexicons/dictionaries.js';
import { FRENCH_FIRST_NAMES } from '../recognise/lexicons/first-names-fr.js';
import { lexiconTags } from '../recognise/tag-text.js';
import type { Correspondent } from '../types.js';
import { fullNameVariants, matchKey, type NameParts, namePartsFromAddress, parseDisplayName } from './name-variants.js';

export interface Gazetteer {
  /** Match key of a variant → ids of the correspondents it names (several: ambiguous, recognised but not linked). */
  variants: Record<string, string[]>;
  /** First word of a variant → words in the longest variant it starts (commas counted): bounds the search. */
  heads: Record<string, number>;
}

/**
 * "Enron Announcements", "Market Team", "chairman.enron@": a name made of ordinary words is not a person's.
 * After a known first name any surname goes ("Ryan Slinger", "Louise Kitchen").
 */
function isPersonName(parts: NameParts): boolean {
  const first = matchKey(parts.first);
  const last = matchKey(parts.last);
  if (isFirstNameWord(first)) return true;
  const wordOrName = (w: string) => !isDictionaryWord(w) || isKnownProperNoun(w);
  return wordOrName(first) && wordOrName(last);
}

export function nameParts(correspondent: Correspondent): NameParts[] {
  const parts: NameParts[] = [];
  for (const name of correspondent.names) {
    const parsed = parseDisplayName(name);
    if (parsed && isPersonName(parsed)) parts.push(parsed);
  }
  for (const address of correspondent.addresses ?? []) {
    const parsed = namePartsFromAddress(address);
    if (parsed && isPersonName(parsed)) parts.push(parsed);
  }
  return parts;
}

export function emptyGazetteer(): Gazetteer {
  return { variants: Object.create(null), heads: Object.create(null) };
}

/** Words in a match key and its first word, without splitting it (adding is most of a table's build). */
export function countWords(key: string): { head: string; words: number } {
  const space = key.indexOf(' ');
  let words = 1;
  for (let at = space; at >= 0; at = key.indexOf(' ', at + 1)) words++;
  return { head: space < 0 ? key : key.slice(0, space), words };
}

/** Records that a variant `key` exists: its first word's count of words is at least key's. */
export function noteHead(table: Gazetteer, key: string): void {
  const { head, words } = countWords(key);
  const known = table.heads[head];
  if (known === undefined || known < words) table.heads[head] = words;
}

export function addVariant(table: Gazetteer, key: string, id: string): void {
  const ids = (table.variants[key] ??= []);
  if (!ids.includes(id)) ids.push(id);
  noteHead(table, key);
}

/** The match keys a correspondent is found by in any text. */
export function* correspondentKeys(correspondent: Correspondent): Generator<string> {
  for (const parts of nameParts(correspondent)) yield* fullNameVariants(parts);
}

export function buildGazetteer(correspondents: Iterable<Correspondent>): Gazetteer {
  const table = emptyGazetteer();
  for (const correspondent of correspondents) {
    for (const key of correspondentKeys(correspondent)) addVariant(table, key, correspondent.id);
  }
  return table;
}

export function isFirstNameWord(key: string): boolean {
  return FRENCH_FIRST_NAMES.has(key) || lexiconTags(key).some((t) => /Name$/.test(t) && t !== 'LastName');
}

const sameList = (a: string[] | undefined, b: string[] | undefined) =>
  (a ?? []).length === (b ?? []).length && (a ?? []).every((x, i) => x === b![i]);

/** The same id written with the same names and addresses, in the same order. */
export function sameCorrespondent(a: Correspondent, b: Correspondent): boolean {
  return a.id === b.id && sameList(a.names, b.names) && sameList(a.addresses, b.addresses);
}
