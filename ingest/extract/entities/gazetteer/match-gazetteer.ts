/**
 * Finds gazetteer variants in prepared text: one pass over the words, and at each capitalised word a
 * hash lookup of the word sequences that start there, up to the longest variant that
 * begins with that word (the longest match wins). That is the work of an
 * Aho-Corasick automaton over the variants, O(words × maxWords), with no per-name scan: the run's table is
 * built once per run, the participants' is a view of a worker's index (participant-table.ts).
 */
import { fold } from '../normalise/normalise-mention.js';
import { NAME_PARTICLES } from '../recognise/lexicons/words.js';
import type { Span } from '../recognise/spans.js';
import type { Gazetteer } from './build-gazetteer.js';

/** What matching asks of a table of names: the run's gazetteer, or a message's participants. */
export interface NameTable {
  /** Ids of the correspondents a variant (a match key) names; several: recognised, not linked. */
  ids(key: string): string[] | undefined;
  /** Words in the longest variant that starts with this word (commas counted), 0 when none does. */
  longest(head: string): number;
  /** Ids of the correspondents who sign with these initials in capitals ("MK", "TK"). */
  initials(form: string): string[] | undefined;
}

/** The run's gazetteer as a NameTable (it carries no initials: they are only safe within a conversation). */
export function gazetteerTable(gazetteer: Gazetteer): NameTable {
  return {
    ids: (key) => gazetteer.variants[key],
    longest: (head) => gazetteer.heads[head] ?? 0,
    initials: () => undefined,
  };
}

interface Word {
  key: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|,/gu;
// What may separate two words of one name: spaces, a full stop after an initial, a hyphen.
const GAP = /^[ \t.-]*$/;

const FILE_EXTENSION = /^\.(?:docx?|xlsx?|pptx?|pdf|lwp|wpd|txt|rtf|csv|zip|html?|msg)\b/i;

// Name particles are short: longer lower-case words are not folded at all (most of the text).
const MAX_PARTICLE_CHARS = 5;

/**
 * The words that may sit inside a name, in order. The others are left out (most of a text): a name never
 * spans one, and the gap test between two listed words fails on the letters of any word left out between them.
 */
function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const capital = /^\p{Lu}/u.test(raw);
    if (!capital && raw !== ',' && raw.length > MAX_PARTICLE_CHARS) continue;
    const bare = raw.replace(/['’]s$/u, '');
    const key = raw === ',' ? ',' : fold(bare);
    if (raw !== ',' && !capital && !NAME_PARTICLES.has(key)) continue;
    out.push({ key, start: m.index, end: m.index + bare.length });
  }
  return out;
}

export function matchGazetteer(text: string, tables: NameTable[]): Span[] {
  if (tables.length === 0) return [];
  const list = words(text);
  const spans: Span[] = [];
  for (let i = 0; i < list.length; i++) {
    const head = list[i]!;
    if (head.key === ',' || !/^\p{Lu}/u.test(text.charAt(head.start))) continue;
    if (head.end - head.start <= 3) {
      const initials = text.slice(head.start, head.end);
      let ids: string[] | undefined;
      if (/^\p{Lu}{2,3}$/u.test(initials)) for (const table of tables) ids ??= table.initials(initials);
      if (ids) {
        spans.push({
          type: 'PER',
          start: head.start,
          end: head.end,
          source: 'gazetteer',
          ...(ids.length === 1 && { personId: ids[0]! }),
        });
        continue;
      }
    }
    let maxWords = 0;
    for (const table of tables) maxWords = Math.max(maxWords, table.longest(head.key));
    if (maxWords === 0) continue;
    let key = head.key;
    let found: { end: number; last: number; ids: string[] } | undefined;
    for (let j = i; j < list.length && j < i + maxWords; j++) {
      const word = list[j]!;
      if (j > i) {
        if (!GAP.test(text.slice(list[j - 1]!.end, word.start).replace(',', ''))) break;
        key += ` ${word.key}`;
      }
      for (const table of tables) {
        const ids = table.ids(key);
        if (ids && word.key !== ',') found = { end: word.end, last: j, ids };
      }
    }
    if (!found) continue;
    // "Letter Proposal to Jaime Sanabria.doc": a file's name, not a mention.
    if (FILE_EXTENSION.test(text.slice(found.end, found.end + 6))) continue;
    // Keep the full stop of a final initial: "Allen, Phillip K."
    const end =
      /^\p{L}$/u.test(text.slice(list[found.last]!.start, found.end)) && text.charAt(found.end) === '.'
        ? found.end + 1
        : found.end;
    spans.push({
      type: 'PER',
      start: head.start,
      end,
      source: 'gazetteer',
      ...(found.ids.length === 1 && { personId: found.ids[0]! }),
    });
    i = found.last;
  }
  return spans;
}
