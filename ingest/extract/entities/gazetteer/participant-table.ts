/**
 * A message's own table of names (a NameTable for match-gazetteer.ts): its participants' full names, and
 * what is only safe among the people of the conversation — a first name alone ("Phillip"), a distinctive
 * surname alone, the initials they sign with ("MK"). A single word shared by several participants still
 * marks a person, but links to none of them.
 *
 * The same people write message after message, but rarely as the same set: a table built per message
 * (a dozen keys added per participant; four sets in five new) took a tenth of a worker's time in the
 * entity pass on the ×4 benchmark graph. So each spelling of a participant (its id with the display names
 * and addresses this message gives it) has its variants worked out once and put in one index of the
 * worker, variant → spellings; a message's table is the set of its participants' spellings, and a lookup
 * keeps the spellings of the index that are in it.
 * Same answers as a table built from the message's participants alone: a variant's ids are those of the
 * message's spellings that have it.
 */
import { isDictionaryWord } from '../recognise/lexicons/dictionaries.js';
import { JARGON_ACRONYMS, NEVER_NAMES } from '../recognise/lexicons/words.js';
import { isStateCode } from '../recognise/lexicons/world-places.js';
import type { Correspondent } from '../types.js';
import { countWords, isFirstNameWord, nameParts, sameCorrespondent } from './build-gazetteer.js';
import type { NameTable } from './match-gazetteer.js';
import { fullNameVariants, initialsVariants, matchKey } from './name-variants.js';

// A one-word variant shorter than this is an initial or a nickname fragment, not a name.
const MIN_SINGLE_WORD_CHARS = 3;

interface Spelling {
  participant: Correspondent;
  /** Full names and single words (match keys) it is found by: a dozen, so a list. */
  keys: string[];
  /** Initials in capitals it signs with. */
  initials: string[];
  /** The first word of each key, and the words of the longest key it starts (matching's search bound). */
  heads: string[];
  headWords: number[];
}

/** Initials that are also words, codes or jargon ("AM", "IT", "TX", "CEO") are never taken for a person. */
function isUsableInitials(initials: string): boolean {
  const key = initials.toLowerCase();
  return !isDictionaryWord(key) && !JARGON_ACRONYMS.has(key) && !NEVER_NAMES.has(key) && !isStateCode(initials);
}

/** Full names, single words and initials a participant is found by in its own conversation. */
function participantVariants(participant: Correspondent): { keys: string[]; initials: string[] } {
  const keys = new Set<string>();
  const initials = new Set<string>();
  for (const parts of nameParts(participant)) {
    for (const form of initialsVariants(parts)) if (isUsableInitials(form)) initials.add(form);
    for (const key of fullNameVariants(parts)) keys.add(key);
    const first = matchKey(parts.first);
    const firstIsName = isFirstNameWord(first) || !isDictionaryWord(first);
    if (first.length >= MIN_SINGLE_WORD_CHARS && !first.includes(' ') && firstIsName) keys.add(first);
    const last = matchKey(parts.last);
    if (last.length >= 4 && !last.includes(' ') && !isDictionaryWord(last) && !isFirstNameWord(last)) keys.add(last);
  }
  return { keys: [...keys], initials: [...initials] };
}

function append(map: Map<string, Spelling[]>, key: string, spelling: Spelling): void {
  const list = map.get(key);
  if (list) list.push(spelling);
  else map.set(key, [spelling]);
}

export interface IndexLimits {
  /** Past this many spellings the index starts again (~2 KB each, the participant's own strings counted). */
  spellings: number;
  /** Spellings kept per address: one seen with endlessly many display names starts its list again. */
  perId: number;
}

// ~40 MB per worker at most; the ×4 benchmark graph has 34,494 spellings, so a worker starts again about
// once in a pass over it (a spelling met again after that costs ~50 µs).
const LIMITS: IndexLimits = { spellings: 20_000, perId: 8 };

/** Every spelling of a participant a worker has met, by the variants it is found by. */
export class ParticipantIndex {
  private byId = new Map<string, Spelling[]>();
  private variants = new Map<string, Spelling[]>();
  private initials = new Map<string, Spelling[]>();
  private size = 0;

  constructor(private readonly limits: IndexLimits = LIMITS) {}

  /**
   * Makes room for a message of `count` participants before any of its spellings is looked up. New maps,
   * not cleared ones: a table handed out earlier keeps answering from the maps it was made with.
   */
  reserve(count: number): void {
    if (this.size + count <= this.limits.spellings) return;
    this.byId = new Map();
    this.variants = new Map();
    this.initials = new Map();
    this.size = 0;
  }

  spelling(participant: Correspondent): Spelling {
    const spellings = this.byId.get(participant.id);
    if (spellings) for (const known of spellings) if (sameCorrespondent(known.participant, participant)) return known;
    const { keys, initials } = participantVariants(participant);
    const spelling: Spelling = { participant, keys, initials, heads: [], headWords: [] };
    for (const key of keys) {
      append(this.variants, key, spelling);
      const { head, words } = countWords(key);
      const at = spelling.heads.indexOf(head);
      if (at < 0) {
        spelling.heads.push(head);
        spelling.headWords.push(words);
      } else if (spelling.headWords[at]! < words) spelling.headWords[at] = words;
    }
    for (const form of initials) append(this.initials, form, spelling);
    // A replaced address's older spellings stay in the variant lists (no message holds them again) until
    // the index starts again: they count towards its size.
    if (spellings && spellings.length < this.limits.perId) spellings.push(spelling);
    else this.byId.set(participant.id, [spelling]);
    this.size++;
    return spelling;
  }

  /** The table of a message whose participants' spellings are `present`. */
  table(present: Set<Spelling>): NameTable {
    const { variants, initials } = this;
    // The message's own search bounds, from its spellings' (a few dozen entries): the index's would send
    // matching looking up every capitalised word that starts the name of anyone this worker has met.
    const heads = new Map<string, number>();
    for (const spelling of present) {
      for (let i = 0; i < spelling.heads.length; i++) {
        const head = spelling.heads[i]!;
        if ((heads.get(head) ?? 0) < spelling.headWords[i]!) heads.set(head, spelling.headWords[i]!);
      }
    }
    // The ids of the message's spellings that have `key`: from the index's list when it is the shorter
    // (most words name nobody here), else from the message's few spellings ("John" has hundreds). In the
    // index's order or the message's: matching reads only how many ids there are and the first.
    const idsOf = (list: Spelling[] | undefined, key: string, field: 'keys' | 'initials') => {
      if (!list) return undefined;
      let ids: string[] | undefined;
      const add = (spelling: Spelling) => {
        const id = spelling.participant.id;
        if (!ids) ids = [id];
        else if (!ids.includes(id)) ids.push(id);
      };
      if (list.length <= present.size) {
        for (const spelling of list) if (present.has(spelling)) add(spelling);
      } else {
        for (const spelling of present) if (spelling[field].includes(key)) add(spelling);
      }
      return ids;
    };
    return {
      ids: (key) => idsOf(variants.get(key), key, 'keys'),
      longest: (head) => heads.get(head) ?? 0,
      initials: (form) => idsOf(initials.get(form), form, 'initials'),
    };
  }

  /** The message's own table of names, from its participants (From, To, Cc). */
  participantTable(participants: Correspondent[]): NameTable {
    this.reserve(participants.length);
    const present = new Set<Spelling>();
    for (const participant of participants) present.add(this.spelling(participant));
    return this.table(present);
  }
}

// One per worker thread (a module's state is per thread).
const index = new ParticipantIndex();

/** The message's own table of names, from its participants (From, To, Cc). */
export function participantTable(participants: Correspondent[]): NameTable {
  return index.participantTable(participants);
}
