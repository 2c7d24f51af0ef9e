/**
 * The gazetteer: correspondents (from the graph, or a message's own participants) → a table from name
 * variant to person id, found in text by match-gazetteer.ts.
 *
 * A run builds one Gazetteer from every known correspondent (full names only: "Phillip Allen",
 * "Allen, Phillip K.", "P. Allen") and ships it to the workers: it is plain data, structured-cloneable
 * and JSON-serialisable. Per message, buildParticipantTable adds what is only safe among the people of
 * the conversation: a first name alone ("Phillip"), and a rare surname alone.
 */
import { isDictionaryWord, isKnownProperNoun } from '../recognise/lexicons/dictionaries.js';
import { FRENCH_FIRST_NAMES } from '../recognise/lexicons/first-names-fr.js';
import { lexiconTags } from '../recognise/tag-text.js';
import type { Correspondent } from '../types.js';
import { JARGON_ACRONYMS, NEVER_NAMES } from '../recognise/lexicons/words.js';
import { isStateCode } from '../recognise/lexicons/world-places.js';
import {
  fullNameVariants,
  initialsVariants,
  matchKey,
  type NameParts,
  namePartsFromAddress,
  parseDisplayName,
} from './name-variants.js';

export interface Gazetteer {
  /** Match key of a variant → ids of the correspondents it names (several: ambiguous, recognised but not linked). */
  variants: Record<string, string[]>;
  /** First word of a variant → words in the longest variant it starts (commas counted): bounds the search. */
  heads: Record<string, number>;
  /** Participants' tables only: initials in capitals ("MK", "TK") → ids; matched as a whole capitalised word. */
  initials?: Record<string, string[]>;
}

// A one-word variant shorter than this is an initial or a nickname fragment, not a name.
const MIN_SINGLE_WORD_CHARS = 3;

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
function countWords(key: string): { head: string; words: number } {
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

function isFirstNameWord(key: string): boolean {
  return FRENCH_FIRST_NAMES.has(key) || lexiconTags(key).some((t) => /Name$/.test(t) && t !== 'LastName');
}

interface ParticipantVariants {
  full: string[];
  single: string[];
  initials: string[];
}

/** Initials that are also words, codes or jargon ("AM", "IT", "TX", "CEO") are never taken for a person. */
function isUsableInitials(initials: string): boolean {
  const key = initials.toLowerCase();
  return !isDictionaryWord(key) && !JARGON_ACRONYMS.has(key) && !NEVER_NAMES.has(key) && !isStateCode(initials);
}

const sameList = (a: string[] | undefined, b: string[] | undefined) =>
  (a ?? []).length === (b ?? []).length && (a ?? []).every((x, i) => x === b![i]);

/** The same id written with the same names and addresses, in the same order. */
export function sameCorrespondent(a: Correspondent, b: Correspondent): boolean {
  return a.id === b.id && sameList(a.names, b.names) && sameList(a.addresses, b.addresses);
}

// The same people write message after message: their variants are computed once, found by id (no key
// string built per participant per message: a mass mail names hundreds), then compared name by name
// with the few spellings that id came with. Bounded, for huge dumps.
const MAX_CACHED_PARTICIPANTS = 20_000;
const MAX_SPELLINGS_PER_ID = 8;
const participantCache = new Map<string, { participant: Correspondent; variants: ParticipantVariants }[]>();

function participantVariants(participant: Correspondent): ParticipantVariants {
  const spellings = participantCache.get(participant.id);
  const cached = spellings?.find((s) => sameCorrespondent(s.participant, participant));
  if (cached) return cached.variants;
  const full = new Set<string>();
  const single = new Set<string>();
  const initials = new Set<string>();
  for (const parts of nameParts(participant)) {
    for (const form of initialsVariants(parts)) if (isUsableInitials(form)) initials.add(form);
    for (const key of fullNameVariants(parts)) full.add(key);
    const first = matchKey(parts.first);
    const firstIsName = isFirstNameWord(first) || !isDictionaryWord(first);
    if (first.length >= MIN_SINGLE_WORD_CHARS && !first.includes(' ') && firstIsName) single.add(first);
    const last = matchKey(parts.last);
    if (last.length >= 4 && !last.includes(' ') && !isDictionaryWord(last) && !isFirstNameWord(last)) single.add(last);
  }
  const variants = { full: [...full], single: [...single], initials: [...initials] };
  if (participantCache.size >= MAX_CACHED_PARTICIPANTS) participantCache.clear();
  const entry = { participant, variants };
  if (spellings && spellings.length < MAX_SPELLINGS_PER_ID && participantCache.get(participant.id) === spellings)
    spellings.push(entry);
  else participantCache.set(participant.id, [entry]);
  return variants;
}

// Tables of the last participant sets seen. Bounded: a message's table is small, a dump's sets are many.
const MAX_CACHED_TABLES = 2_000;
const tableCache = new Map<string, { participants: Correspondent[]; table: Gazetteer }>();

/**
 * The message's own table: full names plus first names alone and distinctive surnames alone. A single
 * word shared by several participants still marks a person, but links to none of them.
 */
export function buildParticipantTable(participants: Correspondent[]): Gazetteer {
  // A thread's messages share their participants: the table is built once per set of them.
  const cacheKey = participants.map((p) => p.id).join('\u0000');
  const cached = tableCache.get(cacheKey);
  if (cached && cached.participants.every((p, i) => p === participants[i] || sameCorrespondent(p, participants[i]!)))
    return cached.table;
  const table = emptyGazetteer();
  for (const participant of participants) {
    const { full, single, initials } = participantVariants(participant);
    for (const key of full) addVariant(table, key, participant.id);
    for (const key of single) addVariant(table, key, participant.id);
    for (const form of initials) {
      const ids = ((table.initials ??= Object.create(null) as Record<string, string[]>)[form] ??= []);
      if (!ids.includes(participant.id)) ids.push(participant.id);
    }
  }
  if (tableCache.size >= MAX_CACHED_TABLES) tableCache.clear();
  tableCache.set(cacheKey, { participants, table });
  return table;
}
