/**
 * Organisation shapes for the name rules: suffixes and heads ("Enron Corp", "University of Texas", "San Juan
 * Gas"), "A & B" and "PSE&G", camel case ("SoCalGas"), sports-club markers ("FC Nantes", "KRC Genk",
 * "Dinamo Zagreb"), French institution words with their adjectives and complements ("Ligue nationale de
 * hockey"), "X de Place" teams ("Stade de Reims"), and a lower-case word naming the kind of organisation
 * just before a name ("la chaîne ESPN", "le parti Likoud", "the firm Peerless").
 */
import { isDictionaryWord } from './lexicons/dictionaries.js';
import { isCommonWord, type Run } from './runs.js';
import { FRENCH_ADJECTIVE, INDUSTRY_SUFFIXES, ORG_HEADS, ORG_SUFFIXES } from './lexicons/words.js';
import { isFirstName, isOrgWord, isPlaceWord } from './name-words.js';
import type { Tok } from './tag-text.js';

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

const CAMEL = /^(?!(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|Du|O['’]|D['’]|L['’]))\p{Lu}?\p{Ll}+\p{Lu}\p{L}*$/u;
const AMPERSAND_WORD = /^\p{Lu}+&\p{Lu}+$/u;
// Sports clubs' letters and words, as written (case matters: "US" the club, not "us").
const CLUB_MARKERS = set(`
FC AC AS RC SC CF KV KRC FK SV SK HC HK BK IF IK FF AGF PSV CSKA VfB VfL TSV BSC OGC AJ LOSC RCD UD CD SD SL
Dinamo Dynamo Racing Olympique Sporting Atlético Atletico Lokomotiv Spartak Juventus Borussia Internazionale
Scuderia Górnik Dukla Slavia Sparta Partizan Legia Hajduk
`);
// Lower-case words that say the next name is an organisation ("la chaîne ESPN", "the firm Peerless").
const ORG_CUES = set(`
chaîne chaine groupe club équipe equipe écurie ecurie label société societe entreprise constructeur parti firme
magazine journal quotidien hebdomadaire banque compagnie studio éditeur editeur marque syndicat fondation agence

company firm band carrier airline newspaper magazine bank utility utilities
`);

/** A sports club's letters or word among the words: "CSKA Sofia", "FC Nantes", "Scuderia Ferrari". */
export function hasClubMarker(ws: Tok[]): boolean {
  return ws.some((t) => CLUB_MARKERS.has(t.text));
}

export function words(run: Run): Tok[] {
  return run.toks.filter((t) => t.cap || t.allCaps);
}

// "Hydro-Québec", "Radio-Canada", "Loto-Québec": a public service or utility hyphened to the place it serves.
const SERVICE_PREFIXES = set(`hydro radio tele loto gaz electricite air`);

function serviceOfPlace(ws: Tok[]): boolean {
  return ws.length === 2 && SERVICE_PREFIXES.has(ws[0]!.key) && ws[0]!.post === '-' && isPlaceWord(ws[1]!);
}

export function orgShaped(ws: Tok[], run: Run, sentence: Tok[]): boolean {
  const first = ws[0]!;
  // "Ligue nationale", "Union européenne": a French institution word and its adjective.
  const after = sentence[run.at + run.toks.length];
  if (
    ws.length === 1 &&
    ORG_HEADS.has(first.key) &&
    after &&
    FRENCH_ADJECTIVE.test(after.text) &&
    run.toks.at(-1)!.post === ' '
  )
    return true;
  if (ws.length >= 2 && ORG_SUFFIXES.has(ws.at(-1)!.key)) return true;
  if (serviceOfPlace(ws)) return true;
  // "San Juan Gas", "Northwest Pipeline", "Southwestern Public Service" — not "Natural Gas".
  if (ws.length >= 2 && INDUSTRY_SUFFIXES.has(ws.at(-1)!.key) && !ws.every(isCommonWord)) return true;
  if (ws.length >= 2 && ORG_HEADS.has(first.key)) return true;
  if (ws.length >= 2 && ws.some((t) => CLUB_MARKERS.has(t.text))) return true;
  // "Kane & Associates", "AT & T" — but not "Soups & Salads", "Name & Password".
  if (run.toks.some((t) => t.text === '&') && !ws.every(isCommonWord)) return true;
  if (ws.some((t) => AMPERSAND_WORD.test(t.text) || CAMEL.test(t.text))) return true;
  return ws.some(isOrgWord) && !isFirstName(first);
}

/** "la chaîne ESPN", "le parti Likoud", "the firm Peerless": the kind of organisation right before a name. */
export function orgCued(run: Run, sentence: Tok[]): boolean {
  const before = sentence[run.at - 1];
  if (!before || before.cap || !ORG_CUES.has(before.text.toLowerCase()) || before.post !== ' ') return false;
  const ws = words(run);
  return ws.length > 0 && ws.length <= 4 && !isFirstName(ws[0]!) && !ws.every(isCommonWord);
}

// Lower-case words after a place that make it a school or a team: "Nebraska cheerleaders", "Colorado freshmen".
const MEMBER_WORDS = set(`
cheerleader cheerleaders freshman freshmen sophomore sophomores junior seniors fan fans alumni alumnus graduate
graduates student students player players team coach quarterback football basketball baseball hockey athletes
`);
// "Iowa State", "Texas Tech", "Penn State": a state's name before these is a university.
const SCHOOL_TAILS = set('state tech');

/**
 * A university or its team named after a place: "Iowa State", "Texas Tech", "Nebraska cheerleaders",
 * "32 Oklahoma cheerleaders", "Colorado freshmen".
 */
export function schoolNamedAfterPlace(ws: Tok[], run: Run, sentence: Tok[]): boolean {
  const after = sentence[run.at + run.toks.length];
  if (ws.length === 2 && SCHOOL_TAILS.has(ws[1]!.key) && isPlaceWord(ws[0]!)) return true;
  return (
    ws.length <= 2 &&
    ws.every(isPlaceWord) &&
    after !== undefined &&
    !after.cap &&
    run.toks.at(-1)!.post === ' ' &&
    MEMBER_WORDS.has(after.key)
  );
}

/** "Heat de Miami", "Stade de Reims": a name, then de/du and a place, is a team or an institution. */
export function orgOfPlace(run: Run): boolean {
  const at = run.toks.findIndex((t, i) => i > 0 && (t.key === 'de' || t.key === 'du'));
  if (at < 0 || EVENT_HEADS.has(run.toks[0]!.key)) return false;
  const head = run.toks.slice(0, at);
  const tail = run.toks.slice(at + 1).filter((t) => t.cap);
  return tail.length > 0 && tail.every(isPlaceWord) && !head.some(isFirstName) && !head.some(isPlaceWord);
}

const COMPLEMENT_LINKS = set('de des du');
// "Tour de France", "Jeux de Barcelone", "Championnat de France": events, not teams or institutions.
export const EVENT_HEADS = set(`
tour jeux championnat coupe grand open festival rallye marathon salon exposition biennale trophee
`);

/**
 * Where an organisation's span really ends, in French: adjectives after its head belong to it ("Ligue
 * nationale"), and so does one complement in lower case after an institution word ("Ligue nationale de
 * hockey", "Parti démocratique des peuples").
 */
export function orgEnd(run: Run, sentence: Tok[]): number {
  let end = run.toks.at(-1)!;
  let i = run.at + run.toks.length;
  const adjectives = () => {
    for (const limit = i + 2; i < sentence.length && i < limit; i++) {
      const tok = sentence[i]!;
      if (!FRENCH_ADJECTIVE.test(tok.text) || !/^\s?$/.test(sentence[i - 1]!.post)) break;
      end = tok;
    }
  };
  adjectives();
  const link = sentence[i];
  const noun = sentence[i + 1];
  const headed = ORG_HEADS.has(words(run)[0]?.key ?? '');
  if (headed && link && noun && COMPLEMENT_LINKS.has(link.key) && end.post === ' ' && link.post === ' ') {
    if (!noun.cap && /^\p{Ll}{3,}$/u.test(noun.text) && isDictionaryWord(noun.key)) {
      end = noun;
      i += 2;
      adjectives();
    }
  }
  return end.end;
}
