/**
 * Finds gazetteer variants in prepared text: one pass over the words, and at each capitalised word a
 * hash lookup of the word sequences that start there, up to the longest variant that
 * begins with that word (the longest match wins). That is the work of an
 * Aho-Corasick automaton over the variants, O(words × maxWords), with no per-name scan and no per-message
 * build: the table is built once per run, the participants' table once per message.
 */
import { fold } from '../normalise/normalise-mention.js';
import { NAME_PARTICLES } from '../recognise/lexicons/words.js';
import type { Span } from '../recognise/spans.js';
import type { Gazetteer } from './build-gazetteer.js';

interface Word {
  key: string;
  start: number;
  end: number;
  /** May sit inside a name: capitalised, a particle, or the comma of "Last, First". */
  nameish: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|,/gu;
// What may separate two words of one name: spaces, a full stop after an initial, a hyphen.
const GAP = /^[ \t.-]*$/;

const FILE_EXTENSION = /^\.(?:docx?|xlsx?|pptx?|pdf|lwp|wpd|txt|rtf|csv|zip|html?|msg)\b/i;

// Name particles are short: longer lower-case words are not folded at all (most of the text).
const MAX_PARTICLE_CHARS = 5;

function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const start = m.index;
    const capital = /^\p{Lu}/u.test(raw);
    if (!capital && raw !== ',' && raw.length > MAX_PARTICLE_CHARS) {
      out.push({ key: '', start, end: start + raw.length, nameish: false });
      continue;
    }
    const bare = raw.replace(/['’]s$/u, '');
    const key = raw === ',' ? ',' : fold(bare);
    out.push({ key, start, end: start + bare.length, nameish: raw === ',' || capital || NAME_PARTICLES.has(key) });
  }
  return out;
}

export function matchGazetteer(text: string, tables: Gazetteer[]): Span[] {
  if (tables.length === 0) return [];
  const list = words(text);
  const spans: Span[] = [];
  for (let i = 0; i < list.length; i++) {
    const head = list[i]!;
    if (head.key === ',' || !/^\p{Lu}/u.test(text.charAt(head.start))) continue;
    if (head.end - head.start <= 3) {
      const initials = text.slice(head.start, head.end);
      const ids = /^\p{Lu}{2,3}$/u.test(initials)
        ? tables.find((t) => t.initials?.[initials])?.initials?.[initials]
        : undefined;
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
    for (const table of tables) maxWords = Math.max(maxWords, table.heads[head.key] ?? 0);
    if (maxWords === 0) continue;
    let key = head.key;
    let found: { end: number; last: number; ids: string[] } | undefined;
    for (let j = i; j < list.length && j < i + maxWords; j++) {
      const word = list[j]!;
      if (j > i) {
        if (!word.nameish || !GAP.test(text.slice(list[j - 1]!.end, word.start).replace(',', ''))) break;
        key += ` ${word.key}`;
      }
      for (const table of tables) {
        const ids = table.variants[key];
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
