/**
 * Recognition over prepared text: the sentences that hold name candidates (candidates.ts) are tagged by
 * compromise in one call, the name rules classify their capitalised runs (classify-runs.ts). Returns spans
 * in prepared-text offsets.
 */
import { selectCandidates, toPreparedOffset } from './candidates.js';
import { classifyRuns } from './classify-runs.js';
import type { Span } from './spans.js';
import { tagText, type TaggingLevel } from './tag-text.js';

export interface RecogniseOptions {
  lang: string;
  tagging?: TaggingLevel;
}

export function recogniseNames(text: string, options: RecogniseOptions): Span[] {
  const candidates = selectCandidates(text);
  if (candidates.text.length === 0) return [];
  const spans: Span[] = [];
  for (const sentence of tagText(candidates.text, options.tagging ?? 'lexicon')) {
    for (const span of classifyRuns(sentence, options)) {
      const start = toPreparedOffset(candidates, span.start);
      spans.push({ ...span, start, end: start + (span.end - span.start) });
    }
  }
  return spans;
}
