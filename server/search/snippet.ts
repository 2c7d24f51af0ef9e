/**
 * A few words of a text around the first match of the search words, matches wrapped in «…».
 * Matching is accent- and case-insensitive like the standard-folding analyzer of the indexes.
 */
import { foldText } from './lucene.js';

// Characters shown before and after the first match.
const CONTEXT_CHARS = 70;

interface Folded {
  text: string;
  /** Index in the original text of each folded character. */
  origin: number[];
}

function fold(text: string): Folded {
  let out = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldText(ch);
    out += f;
    for (let k = 0; k < f.length; k++) origin.push(i);
    i += ch.length;
  }
  return { text: out, origin };
}

/** Word-start matches of the words (a word matches a longer word it begins, as prefixes do). */
function matches(folded: string, words: string[]): [number, number][] {
  const found: [number, number][] = [];
  for (const w of words) {
    if (!w) continue;
    let at = folded.indexOf(w);
    while (at >= 0) {
      const before = at === 0 ? '' : folded[at - 1]!;
      if (!/[\p{L}\p{N}]/u.test(before)) {
        let end = at + w.length;
        while (end < folded.length && /[\p{L}\p{N}]/u.test(folded[end]!)) end++;
        found.push([at, end]);
      }
      at = folded.indexOf(w, at + 1);
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}

/** Null when none of the words occurs in the text. */
export function makeSnippet(text: string, words: string[]): string | null {
  if (!text) return null;
  const f = fold(text);
  const spans = matches(f.text, words).map(
    ([a, b]) => [f.origin[a]!, (f.origin[b - 1] ?? text.length - 1) + 1] as const,
  );
  if (spans.length === 0) return null;
  const first = spans[0]![0];
  let start = Math.max(0, first - CONTEXT_CHARS);
  let end = Math.min(text.length, first + CONTEXT_CHARS * 2);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > first ? text.lastIndexOf(' ', end) : end;
  let out = '';
  let pos = start;
  for (const [a, b] of spans) {
    if (a < pos || b > end) continue;
    out += text.slice(pos, a) + '«' + text.slice(a, b) + '»';
    pos = b;
  }
  out += text.slice(pos, end);
  const clean = out.replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '… ' : ''}${clean}${end < text.length ? ' …' : ''}`;
}
