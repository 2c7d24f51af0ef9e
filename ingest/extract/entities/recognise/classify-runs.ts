/**
 * Name rules: each capitalised run (runs.ts) → PER, ORG, LOC or nothing, from compromise's lexicon and
 * tags, the dictionaries, the closed word lists, and the words around the run. In order of trust:
 *
 *   courtesy title ("M. Dupont", "Mme Royal", "Dr Smith")                  → PER, title in the span
 *   "Last, First" with a known first name ("Allen, Phillip K.")             → PER
 *   "City, Region" ("Lawrence, Kansas", "Houston, Texas")                  → LOC
 *   organisation word or shape ("… Corp", "University of …", "A & B",
 *   "PSE&G", "SoCalGas", compromise Organization)                            → ORG
 *   known first name first ("Jean-Baptiste de La Fontaine", "Marie DUPONT",
 *   "DUPONT Marie"), a greeting before it ("Dear X", "Bonjour X"), or a
 *   line-opening vocative ("Teb -", "Perry,")                                → PER
 *   known place, country, compass word                                       → LOC
 *   place preposition before a name ("à Rochefort", "in Omaha")             → LOC
 *   Title Case common words ("Fixed Price")                                  → nothing
 *   two or three unknown or surname words ("Gio Ponti")                      → PER
 *   one unknown word or acronym ("Dynegy", "FERC")                           → ORG (a business mail default)
 *   …in French: after a place word ("de Brest", "l'Australie")              → LOC, otherwise nothing
 *
 * French also gets "X de Place" teams and institutions ("Stade de Reims") → ORG, place nouns before a name
 * ("détroit de Béring") → LOC, and adjectives after an institution ("Union européenne") in the ORG span.
 */
import { isDictionaryWord, isFrenchWord } from './lexicons/dictionaries.js';
import { findRuns, isCommonWord, isInitialOrAbbreviation, type Run } from './runs.js';
import { COMPASS, COUNTRIES } from './lexicons/places.js';
import {
  DOCUMENT_WORDS,
  JARGON_ACRONYMS,
  NAME_PARTICLES,
  NATURAL_FEATURES,
  PLACE_HEADS,
  PLACE_PREPOSITIONS,
  SIGN_OFFS,
} from './lexicons/words.js';
import { isCoreFirstName, isFirstName, isKnownName, isKnownSurname, isPlaceWord } from './name-words.js';
import {
  honorificRole,
  isHonorific,
  isVocative,
  lastCommaFirst,
  personShaped,
  personStartInRun,
} from './person-rules.js';
import { isNameAfterTitle, splitAmpersand, splitAtTitle, titledPerson } from './split-runs.js';
import {
  facilityPlaceLength,
  isRegionAfterComma,
  isWorldPlace,
  PLACE_TAILS,
  placeEnd,
  postalAddress,
  runPlace,
} from './place-rules.js';
import { findInstitutions } from './institutions.js';
import { propagateLists } from './lists.js';
import { dropPeopleInTitles } from './quoted-titles.js';
import { isOnlyTitle, titleBefore } from './titles.js';
import { hasClubMarker, orgCued, orgEnd, orgOfPlace, orgShaped, schoolNamedAfterPlace, words } from './org-rules.js';
import type { Span } from './spans.js';
import type { Tok } from './tag-text.js';
import type { EntityType } from '../types.js';

const wordSet = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

const GREETINGS = wordSet(`
hi hello dear hey bonjour bonsoir salut cher chere coucou thanks merci congratulations felicitations
attn
`);
// compromise tags for words that are capitalised without being names: currencies, units, nationalities.
const NOT_ENTITIES = /\b(?:Currency|Unit|Demonym|Language)\b/;
const FRENCH_PLACE_CUES = wordSet(`
a de du des en au aux dans vers pres depuis sur la le
`);

// "Hi Guys", "Dear All", "Bonjour à tous": a greeting to a group names nobody.
const GROUP_WORDS = wordSet(`guys all everyone everybody team folks gang gents ladies gentlemen friends tous toutes`);
const NOT_PLACE_TAILS = wordSet(`desk desks team teams group book side`);

export interface RuleOptions {
  lang: string;
  /** Capitalised words the message writes alone between lower-case words more than once (recognise.ts). */
  loneCapitals?: ReadonlySet<string>;
}

function placeShaped(ws: Tok[], run: Run): boolean {
  if (COUNTRIES.has(ws.map((t) => t.key).join(' ')) || COUNTRIES.has(run.toks.map((t) => t.key).join(' '))) return true;
  if (ws.length > 1 && COUNTRIES.has(ws.map((t) => t.key).join('-'))) return true;
  if (ws.every(isPlaceWord)) return true;
  if (ws.length >= 2 && runPlace(run.toks) !== undefined && !isFirstName(ws[0]!)) return true;
  // "Sabine River", "Jordan Valley": a place word at the end beats a first name at the start ("Ricki Lake" is a surname).
  if (ws.length >= 2 && PLACE_TAILS.has(ws.at(-1)!.key) && !isKnownSurname(ws.at(-1)!)) return true;
  // "East Desk", "West Team": a compass word names a part of a company there, not a place.
  return ws.length >= 2 && ws.some((t) => COMPASS.has(t.key)) && !NOT_PLACE_TAILS.has(ws.at(-1)!.key);
}

function classify(run: Run, sentence: Tok[], options: RuleOptions): EntityType | undefined {
  const ws = words(run);
  const first = ws[0]!;
  const before = sentence[run.at - 1];
  const afterPreposition =
    before !== undefined && PLACE_PREPOSITIONS.has(before.text.toLowerCase()) && before.post.trim() === '';
  if (ws.length === 1 && NOT_ENTITIES.test([...first.tags].join(' ')) && !COUNTRIES.has(first.key)) return undefined;
  // "1400 MT", "30 K": a unit after a number; "a Job for", "as a Marketer": an ordinary word after an article.
  if (ws.length === 1 && before && /^\d[\d,.]*$/.test(before.text) && (first.allCaps || JARGON_ACRONYMS.has(first.key)))
    return undefined;
  // "Item 4", "Premium 1", "Case 2 & 3": a word numbering things, not a name.
  const after = sentence[run.at + run.toks.length];
  if (ws.length === 1 && after && /^\d/.test(after.text) && isDictionaryWord(first.key) && !isKnownName(first))
    return undefined;
  if (ws.length === 1 && before && /^(?:a|an)$/.test(before.text) && isDictionaryWord(first.key) && !isKnownName(first))
    return undefined;
  if (ws.length === 1 && first.allCaps && JARGON_ACRONYMS.has(first.key.replace(/['’]s$/, ''))) return undefined;
  if (isHonorific(run.toks[0]!, run.toks[1], options.lang, run.toks[2]) && ws.length >= 2) return 'PER';
  if (ws.length >= 2 && DOCUMENT_WORDS.has(ws.at(-1)!.key)) return undefined;
  // "DUPONT Marie", "Marie DUPONT": a surname in capitals beside a first name (French administrative style).
  if (
    ws.length === 2 &&
    ws.some((t) => t.allCaps) &&
    ws.some((t) => !t.allCaps && isFirstName(t)) &&
    !hasClubMarker(ws)
  )
    return 'PER';
  if (orgShaped(ws, run, sentence) || orgCued(run, sentence) || schoolNamedAfterPlace(ws, run, sentence)) return 'ORG';
  const ledByFirstName = isFirstName(first) || (first.allCaps && ws.length === 2 && isFirstName(ws[1]!));
  if (
    ws.length === 1 &&
    // In English a first name alone is a person ("Georgia" as a vocative), unless a place word precedes it.
    ((COUNTRIES.has(first.key) && !(options.lang === 'en' && isCoreFirstName(first) && !afterPreposition)) ||
      (isPlaceWord(first) && !first.allCaps && (afterPreposition || !isFirstName(first))))
  )
    return 'LOC';
  // "J. Smith", "J. R. R. Tolkien": initials, then a surname.
  if (ws.length >= 2 && ws.slice(0, -1).every((t) => /^\p{Lu}$/u.test(t.text)) && !isCommonWord(ws.at(-1)!))
    return 'PER';
  if (before && (GREETINGS.has(before.key) || SIGN_OFFS.has(before.key)) && ws.length <= 3)
    return ws.length === 1 && GROUP_WORDS.has(first.key) ? undefined : 'PER';
  if (isVocative(run, ws)) return 'PER';
  // A big place that only the many-country name list calls a first name ("Florence", "Sydney") is the place.
  if (ws.length === 1 && isWorldPlace(run, ws, before, sentence[run.at - 2])) return 'LOC';
  if (ledByFirstName && ws.length <= 4 && !(ws.length > 1 && placeShaped(ws, run))) return 'PER';
  if (placeShaped(ws, run)) return 'LOC';
  if (isWorldPlace(run, ws, before, sentence[run.at - 2])) return 'LOC';
  // "charging Peerless", "will Peerless agree": a word the writer keeps capitalising is a name (a company's).
  if (ws.length === 1 && options.lang !== 'fr' && options.loneCapitals?.has(first.key) && !first.sentenceStart)
    return 'ORG';
  if (ws.every(isCommonWord)) return undefined;
  if (personShaped(ws)) return 'PER';
  if (afterPreposition && !first.allCaps) return 'LOC';
  // Two or three names no lexicon knows and no dictionary has in lower case: a person ("Gio Ponti").
  if (ws.length >= 2 && ws.length <= 3 && !ws.some((t) => t.allCaps || isDictionaryWord(t.key))) return 'PER';
  // In French text an English word before an unknown name is mostly a given name ("Dick Cheney", "Venus Williams").
  if (options.lang === 'fr' && ws.length === 2 && foreignGivenName(ws)) return 'PER';
  if (ws.length !== 1) return undefined;
  // A lone unknown name after a place word in French ("de Brest", "du Mississippi") is mostly a place (in the
  // tune half of WikiNEuRal: 950 LOC, 110 ORG, 65 PER among lone names); elsewhere, as in English, an organisation.
  const frenchPlaceCue = before !== undefined && FRENCH_PLACE_CUES.has(before.key) && before.post.trim() === '';
  if (first.allCaps && JARGON_ACRONYMS.has(first.key.replace(/['’]s$/, ''))) return undefined;
  // A lone name compromise's lexicon knows as a person's ("Molière", "Voltaire", "Obama").
  if (first.tags.has('Person') && !first.allCaps && !isPlaceWord(first)) return 'PER';
  if (options.lang !== 'fr') return 'ORG';
  // In French text two capitals alone are as often a format or a code ("DS", "LP", "MR") as a body.
  if (first.allCaps) return first.text.length > 2 ? 'ORG' : undefined;
  if (!frenchPlaceCue && first.prefix === '') return undefined;
  // "de Molière", "de Ravel": a surname the lexicons know, that no place table has, is the person.
  return isKnownSurname(first) && !runPlace(run.toks) && !isPlaceWord(first) ? 'PER' : 'LOC';
}

function foreignGivenName([given, surname]: Tok[]): boolean {
  if (given!.allCaps || surname!.allCaps || given!.post !== ' ' || /-/.test(given!.text + surname!.text)) return false;
  return !isFrenchWord(given!.key) && !isDictionaryWord(surname!.key);
}

/** Where a span really starts: a French place noun before the run belongs to it ("détroit de Béring"). */
function placeHeadStart(run: Run, sentence: Tok[]): number | undefined {
  const before = sentence[run.at - 1];
  const head = (t: Tok | undefined) => t !== undefined && !t.cap && PLACE_HEADS.has(unElided(t.key)) && t.post === ' ';
  // "l'île Devon": the span starts after the elided article the lower-case word keeps.
  const startOf = (t: Tok) => t.start + (t.key.length - unElided(t.key).length);
  if (head(before)) return startOf(before!);
  const twoBefore = sentence[run.at - 2];
  if (before && NAME_PARTICLES.has(before.key) && before.post === ' ' && head(twoBefore)) return startOf(twoBefore!);
  return undefined;
}

/** A lower-case word without the elided article glued to it ("l'ile" → "ile"). */
function unElided(key: string): string {
  return key.replace(/^[ld]['’]/, '');
}

function naturalFeatureBefore(run: Run, sentence: Tok[]): boolean {
  const before = sentence[run.at - 1];
  const head = before && NAME_PARTICLES.has(before.key) ? sentence[run.at - 2] : before;
  return head !== undefined && NATURAL_FEATURES.has(unElided(head.key));
}

/** "Lawrence, Kansas", "Houston, TX": a name, a comma, then a region or country — two places. */
function cityComma(run: Run, next: Run | undefined): boolean {
  if (!next || next.at !== run.at + run.toks.length || run.toks.at(-1)!.post.trim() !== ',') return false;
  const ws = words(run);
  const nextWords = words(next);
  if (ws.length > 3 || nextWords.length > 2 || ws.some(isCommonWord)) return false;
  if (ws.length === 1 && isFirstName(ws[0]!) && !runPlace(ws)) return false;
  return isRegionAfterComma(nextWords);
}

/** Where a name ends: after the full stop of a final abbreviation or initial ("Enron Corp.", "Phillip K."). */
function endWithStop(last: Tok): number {
  return isInitialOrAbbreviation(last) && last.post.startsWith('.') ? last.end + 1 : last.end;
}

export function classifyRuns(sentence: Tok[], options: RuleOptions): Span[] {
  const pieces = splitAmpersand(findRuns(sentence, options.lang));
  const runs = pieces.map((p) => p.run);
  const spans: Span[] = [];
  const institutions = options.lang === 'en' ? [] : findInstitutions(sentence);
  for (const [at, n] of institutions) {
    spans.push({ type: 'ORG', start: sentence[at]!.start, end: sentence[at + n - 1]!.end, source: 'rule' });
  }
  const inInstitution = (run: Run) => institutions.some(([at, n]) => run.at < at + n && at < run.at + run.toks.length);
  const address = postalAddress(sentence);
  const inAddress = (run: Run) => address !== undefined && run.at >= address[0] && run.at < address[1];
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    if (inInstitution(run)) continue;
    const next = runs[r + 1];
    const start = run.toks[0]!.start;
    const titled = splitAtTitle(run, sentence);
    if (titled) {
      const headType = titled.head && !isOnlyTitle(titled.head.toks) && classify(titled.head, sentence, options);
      if (titled.head && headType)
        spans.push({ type: headType, start, end: titled.head.toks.at(-1)!.end, source: 'rule' });
      spans.push(titledPerson(titled.name, titled.title));
      continue;
    }
    const titleAhead = titleBefore(sentence, run.at);
    if (titleAhead && isNameAfterTitle(run, sentence) && !isWorldPlace(run, words(run), sentence[run.at - 1])) {
      spans.push(titledPerson(run, sentence.slice(titleAhead[0], titleAhead[0] + titleAhead[1])));
      continue;
    }
    if (isOnlyTitle(run.toks)) continue;
    const personAt = personStartInRun(run);
    if (personAt > 0) {
      // The name before the person's is classified on its own ("La Walkyrie", "Stade de Reims").
      const headEnd =
        run.toks[personAt - 1]!.key === 'de' || run.toks[personAt - 1]!.key === 'du' ? personAt - 1 : personAt;
      runs.splice(r + 1, 0, { toks: run.toks.slice(personAt), at: run.at + personAt });
      pieces.splice(r + 1, 0, { run: runs[r + 1]! });
      runs[r] = { toks: run.toks.slice(0, headEnd), at: run.at };
      pieces[r] = { run: runs[r]! };
      r--;
      continue;
    }
    if (next && lastCommaFirst(run, next, options.lang)) {
      spans.push({ type: 'PER', start, end: endWithStop(next.toks.at(-1)!), source: 'rule' });
      r++;
      continue;
    }
    if (next && cityComma(run, next) && !inAddress(run)) {
      // In English "Lawrence, Kansas" and "Houston, TX" name one town (the state tells which): one place.
      // A country after the comma, or French text ("Lyon, France"), gives two.
      if (options.lang !== 'fr' && !words(next).some((t) => COUNTRIES.has(t.key) || t.tags.has('Country'))) {
        spans.push({ type: 'LOC', start, end: next.toks.at(-1)!.end, source: 'rule' });
      } else {
        spans.push({ type: 'LOC', start, end: run.toks.at(-1)!.end, source: 'rule' });
        spans.push({ type: 'LOC', start: next.toks[0]!.start, end: next.toks.at(-1)!.end, source: 'rule' });
      }
      r++;
      continue;
    }
    const facility =
      pieces[r]!.pair === undefined &&
      (DOCUMENT_WORDS.has(run.toks.at(-1)!.key) || !orgShaped(words(run), run, sentence))
        ? facilityPlaceLength(run, (t) => DOCUMENT_WORDS.has(t.key))
        : 0;
    if (facility > 0) {
      spans.push({ type: 'LOC', start, end: run.toks[facility - 1]!.end, source: 'rule' });
      continue;
    }
    const placeStart = options.lang === 'fr' ? placeHeadStart(run, sentence) : undefined;
    // After a natural feature ("île Devon", "baie d'Hudson") a first name is the place's; after a street or a
    // building it may be the person it is named after ("musée Picasso") and the general rules decide.
    if (placeStart !== undefined && (!isFirstName(run.toks[0]!) || naturalFeatureBefore(run, sentence))) {
      spans.push({ type: 'LOC', start: placeStart, end: run.toks.at(-1)!.end, source: 'rule' });
      continue;
    }
    const type =
      // Each half of "TWPL & Northwest Pipeline" that holds a name is an organisation.
      pieces[r]!.pair !== undefined && !words(run).every(isCommonWord)
        ? 'ORG'
        : options.lang === 'fr' && orgOfPlace(run) && !runPlace(run.toks)
          ? 'ORG'
          : classify(run, sentence, options);
    if (!type || (type === 'LOC' && inAddress(run))) continue;
    const end =
      options.lang === 'fr' && type === 'ORG'
        ? orgEnd(run, sentence)
        : options.lang === 'fr' && type === 'LOC'
          ? placeEnd(run, sentence)
          : endWithStop(run.toks.at(-1)!);
    const role = honorificRole(run, type, options.lang);
    spans.push({ type, start, end, source: 'rule', ...(role !== undefined && { role }) });
  }
  return dropPeopleInTitles(propagateLists(spans, sentence), sentence);
}
