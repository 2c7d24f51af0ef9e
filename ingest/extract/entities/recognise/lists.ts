/**
 * Coordinated lists: the names of "at Bisti, Bloomfield, WT1 and Gallup" or "me, Lorraine, TK, Paul, Mark,
 * and Kim" are of one kind. After the rules typed each name alone, a list whose members are mostly places
 * (or that follows a place preposition) makes its one-word members that are known places or unknown
 * words places; a list of mostly people makes its one-word members that are also given names people
 * ("Lorraine" is a French region and a first name).
 */
import { isGivenName } from './lexicons/given-names.js';
import { lookUpPlace } from './lexicons/world-places.js';
import { isCoreFirstName, isOrgWord } from './name-words.js';
import type { Span } from './spans.js';
import type { Tok } from './tag-text.js';

// Words between two members of a list (besides commas): "and", "or", "et", "ou", "&".
const JOINERS = new Set(['and', 'or', 'et', 'ou', '&', 'nor', 'ni']);
// Prepositions that make the whole list places: "at Bisti, Bloomfield and Gallup", "à Lyon, Grenoble et Nice".
const LIST_PLACE_CUES = new Set(['at', 'in', 'near', 'from', 'à', 'en', 'au', 'aux', 'dans', 'vers']);

interface Member {
  span: Span;
  /** Indexes of its first and last token in the sentence. */
  first: number;
  last: number;
}

function members(spans: Span[], sentence: Tok[]): Member[] {
  const out: Member[] = [];
  for (const span of spans) {
    const first = sentence.findIndex((t) => t.start === span.start);
    const last = sentence.findIndex((t) => t.end === span.end);
    if (first >= 0 && last >= first) out.push({ span, first, last });
  }
  return out.sort((a, b) => a.first - b.first);
}

/** Whether only list punctuation, joiners and codes with digits ("WT1") stand between two members. */
function joined(a: Member, b: Member, sentence: Tok[]): boolean {
  if (!/^[\s,;/&]*$/.test(sentence[a.last]!.post)) return false;
  for (let i = a.last + 1; i < b.first; i++) {
    const tok = sentence[i]!;
    if (!JOINERS.has(tok.key) && !/\d/.test(tok.text)) return false;
    if (!/^[\s,;/&]*$/.test(tok.post)) return false;
  }
  return b.first > a.last;
}

/** Retypes the one-word members of coordinated lists in `spans` (in place) and returns them. */
export function propagateLists(spans: Span[], sentence: Tok[]): Span[] {
  const all = members(spans, sentence);
  let at = 0;
  while (at < all.length) {
    let end = at + 1;
    while (end < all.length && joined(all[end - 1]!, all[end]!, sentence)) end++;
    const list = all.slice(at, end);
    at = end;
    if (list.length < 2) continue;
    const before = sentence[list[0]!.first - 1];
    const cued = before !== undefined && LIST_PLACE_CUES.has(before.text.toLowerCase()) && before.post === ' ';
    const count = (type: string) => list.filter((m) => m.span.type === type).length;
    const places = count('LOC');
    const people = count('PER');
    if ((cued && list.length >= 2) || (places >= 2 && places > people && list.length >= 3)) {
      for (const m of list) {
        const tok = sentence[m.first]!;
        // A person-typed member the world table knows as a place is the place too ("Osaka et Kobe").
        if (m.first === m.last && m.span.type === 'PER' && lookUpPlace(tok.key)) m.span.type = 'LOC';
        if (m.first !== m.last || m.span.type !== 'ORG' || tok.allCaps || isOrgWord(tok)) continue;
        // An unknown word among places is one too; a known word must be a place the world table knows.
        if (lookUpPlace(tok.key) || !isKnownElsewhere(tok)) m.span.type = 'LOC';
      }
    } else if (people >= 2 && people > places) {
      for (const m of list) {
        const tok = sentence[m.first]!;
        if (m.first === m.last && m.span.type === 'LOC' && (isCoreFirstName(tok) || isGivenName(tok.key)))
          m.span.type = 'PER';
      }
    }
  }
  return spans;
}

/** A word some lexicon knows as something (so not free to be read as the list's kind). */
function isKnownElsewhere(tok: Tok): boolean {
  return tok.tags.size > 0;
}
