/** A recognised stretch of the prepared text, before normalisation and offset mapping. */
import type { EntityType } from '../types.js';

export type SpanSource = 'gazetteer' | 'rule' | 'nlp';

export interface Span {
  type: EntityType;
  start: number;
  end: number;
  source: SpanSource;
  personId?: string;
  /** PER: the title or office written before the name ("CEO", "le ministre"); see titles.ts. */
  role?: string;
  /** ORG: the key of the long form this acronym abbreviates (see acronyms.ts). */
  shortFor?: string;
}

// For spans of equal extent: a known correspondent beats a rule, a rule beats the statistical guess.
const RANK: Record<SpanSource, number> = { gazetteer: 3, rule: 2, nlp: 1 };

/**
 * Keeps non-overlapping spans. A multi-word gazetteer hit ("Phillip Allen", "Allen, Phillip K.") wins
 * outright; otherwise the longer span wins (a participant's first name "Perry" does not cut "Perry Frazier"
 * short), then the better source, then the earlier span.
 */
export function resolveOverlaps(spans: Span[], text: string): Span[] {
  const strong = (s: Span) => (s.source === 'gazetteer' && /\s/.test(text.slice(s.start, s.end)) ? 1 : 0);
  // A possessive is not part of the name: the rules' "Perry's" and the gazetteer's "Perry" are one length.
  const length = (s: Span) => s.end - s.start - (/['’]s$/.test(text.slice(s.start, s.end)) ? 2 : 0);
  const ordered = [...spans].sort(
    (a, b) => strong(b) - strong(a) || length(b) - length(a) || RANK[b.source] - RANK[a.source] || a.start - b.start,
  );
  const kept: Span[] = [];
  for (const span of ordered) {
    if (!kept.some((k) => k.start < span.end && span.start < k.end)) kept.push(span);
  }
  // A correspondent found by the gazetteer keeps the title a rule saw before the name ("CEO Jeff Skilling").
  for (const span of kept) {
    if (span.role !== undefined || span.type !== 'PER') continue;
    const role = spans.find((s) => s.role !== undefined && s.end === span.end && s.type === 'PER')?.role;
    if (role !== undefined) span.role = role;
  }
  return kept.sort((a, b) => a.start - b.start);
}
