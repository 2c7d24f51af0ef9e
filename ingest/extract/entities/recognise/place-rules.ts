/**
 * Places from the world table (lexicons/world-places.ts) for the name rules. A name the table knows is a
 * place when nothing says otherwise:
 *   - a state, region, county or département ("New Mexico", "San Juan County", "Gironde")     → LOC
 *   - a city of several words ("Mont Belvieu", "Saint-Étienne"), unless a first name leads a
 *     small one ("Carol Stream" is a person more often than the Illinois village)           → LOC
 *   - a city of one word: after a place word ("in Gallup", "à Sète") from 3,000 people; without
 *     one from 100,000, when it is neither a first name nor a surname nor an ordinary word  → LOC
 *   - a run ending in a place word ("Permian Basin", "Sabine River")                         → LOC
 * "City, ST" and "City, State" ("Houston, TX", "Millbrook, New York") are two places: cityAndRegion.
 */
import { isDictionaryWord } from './lexicons/dictionaries.js';
import { COUNTRIES } from './lexicons/places.js';
import { isStateCode, lookUpPlace, PLACE_CITY, PLACE_REGION, type PlaceInfo } from './lexicons/world-places.js';
import { isCoreFirstName, isFirstName } from './name-words.js';
import type { Run } from './runs.js';
import type { Tok } from './tag-text.js';

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

// Words that, right before a name the table knows, make it the place: "in Houston", "from Gallup", "à Lens".
// Lower case, not folded ("à" is not the English "a"). Not "to", "from", "at": "forward it to Watson", "a note
// from Sherman", "at Enron".
const PLACE_CUES = set(`in near into outside across throughout via à en au aux vers près dans depuis`);
// Last words that make a capitalised run a place.
export const PLACE_TAILS = set(`
county counties parish basin river lake island islands bay gulf coast valley mountains canyon desert peninsula
sea ocean strait straits harbor harbour hills plains beach springs falls heights park
`);
// A small city named without a cue is more often a homonym (a surname, a first name, a word) than the place.
const MIN_UNCUED_POPULATION = 100_000;
const MIN_FIRST_NAME_LED_POPULATION = 50_000;
const MIN_WORD_CITY_POPULATION = 50_000;
const BIG_CITY_POPULATION = 500_000;

/** The world table's entry for a run's words ("Côte d'Ivoire", "St. Louis", "Saint-Étienne"). */
export function runPlace(toks: Tok[]): PlaceInfo | undefined {
  const name = toks.map((t) => t.prefix.toLowerCase() + t.key).join(' ');
  // Countries and the hand-kept names ("Côte d'Ivoire", "États-Unis") count as regions.
  if (COUNTRIES.has(name) || COUNTRIES.has(name.replace(/ /g, '-'))) return { kind: PLACE_REGION, population: 0 };
  return lookUpPlace(name);
}

function isCued(before: Tok | undefined, twoBefore?: Tok): boolean {
  if (before === undefined || before.post.trim() !== '') return false;
  if (PLACE_CUES.has(before.text.toLowerCase())) return true;
  // "dans le Kent", "in the Caribbean": a cue, then an article.
  return ARTICLES.has(before.key) && twoBefore !== undefined && PLACE_CUES.has(twoBefore.text.toLowerCase());
}

const ARTICLES = set('le la les l the');

/** Whether a run (capitalised words `ws`, the token `before` it) names a place the table knows. */
export function isWorldPlace(run: Run, ws: Tok[], before: Tok | undefined, twoBefore?: Tok): boolean {
  const first = ws[0]!;
  if (ws.length >= 2 && PLACE_TAILS.has(ws.at(-1)!.key)) return true;
  const place = runPlace(run.toks);
  if (!place) return false;
  if (!(place.kind & PLACE_CITY)) return !(ws.length === 1 && isCoreFirstName(first) && !isCued(before, twoBefore));
  if (ws.length >= 2) return !isFirstName(first) || place.population >= MIN_FIRST_NAME_LED_POPULATION;
  if (first.allCaps) return false;
  // A big city is the city whoever shares its name ("Kobe", "Sofia", "Washington").
  if (place.population >= BIG_CITY_POPULATION) return true;
  // A town named like a word needs more than a cue: "in Media" is the media (Media, PA: 5,000 people).
  if (isCued(before, twoBefore)) return !isDictionaryWord(first.key) || place.population >= MIN_WORD_CITY_POPULATION;
  // Uncued, a word the dictionary has in lower case ("Delta", "Mobile") is the word.
  if (isDictionaryWord(first.key) || isCoreFirstName(first) || first.tags.has('LastName') || first.tags.has('Person'))
    return false;
  return place.population >= MIN_UNCUED_POPULATION;
}

/** "Houston, TX", "Lawrence, Kansas", "Millbrook, New York": the words after the comma are a region or country. */
export function isRegionAfterComma(ws: Tok[]): boolean {
  if (ws.length === 1 && ws[0]!.allCaps && ws[0]!.text.length === 2) return isStateCode(ws[0]!.text);
  if (ws.every((t) => t.tags.has('Region') || t.tags.has('Country') || COUNTRIES.has(t.key))) return true;
  const place = runPlace(ws);
  return place !== undefined && !(place.kind & PLACE_CITY) && !isFirstName(ws[0]!);
}

// Adjectives of direction and nationality that are part of a French place's name: "Amérique latine",
// "Guinée équatoriale", "Arctique canadien", "mer de Chine méridionale", "Fossé rhénan". Not every word
// with an adjective's ending: "l'Angleterre fascine", "Bolton termine" are verbs.
const DIRECTION_ADJECTIVE =
  /^(?:m[ée]ridional|septentrional|oriental|occidental|central|[ée]quatorial|bor[ée]al|austral|continental|latin)(?:e|es|aux)?$/u;
const NATIONALITY_ADJECTIVE = /^\p{Ll}{3,}(?:ien|ienne|ain|aine|ais|aise|ois|oise|éen|éenne|an|ane)s?$/u;

/** Where a French place's span ends: one adjective of direction or nationality right after the name belongs to it. */
export function placeEnd(run: Run, sentence: Tok[]): number {
  const last = run.toks.at(-1)!;
  const after = sentence[run.at + run.toks.length];
  if (!after || last.post !== ' ') return last.end;
  const adjective =
    DIRECTION_ADJECTIVE.test(after.text) || (NATIONALITY_ADJECTIVE.test(after.text) && isDictionaryWord(after.key));
  return adjective ? after.end : last.end;
}

// Lower-case forms of the words that make a capitalised phrase a facility: "Gallup Compressor Station".
const FACILITY_WORDS = set(`
compressor compressors compression station stations plant plants hub terminal terminals refinery refineries field
fields facility facilities lateral laterals interconnect meter storage processing gathering yard mine mines
`);

/**
 * The place a facility or a document is named after: "Gallup Compressor Station", "Bisti Compressor Station
 * Electric Agreement", "Bloomfield Compression Services Agreement", "Bloomfield O&M & Compression Services
 * Agreement". The words before the first facility or document word are the place when the world table
 * knows them, or when a facility word follows them. Returns how many leading tokens of the run are the
 * place (0 when none).
 */
export function facilityPlaceLength(run: Run, isDocumentWord: (t: Tok) => boolean): number {
  const toks = run.toks;
  const at = toks.findIndex((t, i) => i > 0 && (FACILITY_WORDS.has(t.key) || isDocumentWord(t)));
  if (at < 1 || at > 3) return 0;
  if (!toks.slice(at).some((t) => FACILITY_WORDS.has(t.key) || isDocumentWord(t))) return 0;
  const head = toks.slice(0, at);
  if (head.some((t) => !t.cap || t.allCaps)) {
    // "Bloomfield O&M & …": the place is the first word.
    if (!toks[0]!.cap || toks[0]!.allCaps) return 0;
    return lookUpPlace(toks[0]!.key) ? 1 : 0;
  }
  if (FACILITY_WORDS.has(toks[at]!.key)) return at;
  return runPlace(head) !== undefined && !isCoreFirstName(head[0]!) ? at : 0;
}

// Street words of a postal address: "143 West 22nd Street", "1400 Smith St.", "12 rue de la Paix".
const STREET_WORDS = set(`
street st avenue ave road rd boulevard blvd drive dr lane ln suite ste floor fl plaza parkway pkwy way court ct
place pl circle highway hwy square sq freeway fwy rue bd allee chemin quai route impasse
`);

/**
 * The tokens of a postal address in a sentence, as [first, end), or undefined: from a street number
 * followed (within four words) by a street word, to a ZIP code or the end of the line. The places in
 * it are where the writer's office is, not something the message talks about ("143 West 22nd Street New
 * York, New York 10011"): the rules name nothing there but people and organisations.
 */
export function postalAddress(sentence: Tok[]): [number, number] | undefined {
  for (let i = 0; i < sentence.length - 1; i++) {
    if (!/^\d{1,6}[a-z]?$/i.test(sentence[i]!.text) || sentence[i]!.post.includes('\n')) continue;
    const street = sentence.slice(i + 1, i + 5).findIndex((t) => STREET_WORDS.has(t.key));
    if (street < 0) continue;
    for (let k = i + 2 + street; k < sentence.length; k++) {
      if (/^\d{5}(?:-\d{4})?$/.test(sentence[k]!.text)) return [i, k + 1];
      if (sentence[k]!.post.includes('\n')) return [i, k + 1];
    }
    return [i, sentence.length];
  }
  return undefined;
}
