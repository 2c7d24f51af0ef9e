/**
 * Recognition over prepared text: the sentences that hold name candidates (candidates.ts) are tagged by
 * compromise in one call, the name rules classify their capitalised runs (classify-runs.ts). Returns spans
 * in prepared-text offsets.
 */
import { selectCandidates, toPreparedOffset } from './candidates.js';
import { classifyRuns } from './classify-runs.js';
import type { Span } from './spans.js';
import { type Tok, tagText, type TaggingLevel } from './tag-text.js';

export interface RecogniseOptions {
  lang: string;
  tagging?: TaggingLevel;
}

// Words that make the capitalised word after them a common noun: "the Company", "our Board", "a Job".
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'our',
  'your',
  'their',
  'its',
  'his',
  'her',
  'my',
  'any',
  'each',
  'every',
  'no',
]);

/**
 * Capitalised words that stand alone between lower-case words at least twice in the message ("charging
 * Peerless some", "will Peerless agree"): written that way on purpose, so names even when the dictionary
 * also has them in lower case. After a determiner they are defined terms ("the Company"), not names.
 */
function loneCapitals(sentences: Tok[][]): Set<string> {
  const seen = new Map<string, number>();
  for (const sentence of sentences) {
    for (let i = 1; i < sentence.length; i++) {
      const tok = sentence[i]!;
      const before = sentence[i - 1]!;
      const after = sentence[i + 1];
      if (!tok.cap || tok.allCaps || tok.sentenceStart || before.cap || DETERMINERS.has(before.key)) continue;
      if (before.post !== ' ' || (after && (after.cap || /^\d/.test(after.text)) && tok.post === ' ')) continue;
      seen.set(tok.key, (seen.get(tok.key) ?? 0) + 1);
    }
  }
  return new Set([...seen].filter(([, n]) => n >= 2).map(([key]) => key));
}

export function recogniseNames(text: string, options: RecogniseOptions): Span[] {
  const candidates = selectCandidates(text);
  if (candidates.text.length === 0) return [];
  const spans: Span[] = [];
  const sentences = tagText(candidates.text, options.tagging ?? 'lexicon');
  const rules = { ...options, loneCapitals: loneCapitals(sentences) };
  for (const sentence of sentences) {
    for (const span of classifyRuns(sentence, rules)) {
      const start = toPreparedOffset(candidates, span.start);
      spans.push({ ...span, start, end: start + (span.end - span.start) });
    }
  }
  return spans;
}
