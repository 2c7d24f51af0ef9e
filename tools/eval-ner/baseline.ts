/**
 * The yardstick: plain compromise (people, organisations, places) on the same text, with its own offsets
 * and only surrounding punctuation and possessives trimmed — what the baselines measured.
 */
import nlp from '../../ingest/extract/entities/recognise/compromise.js';

import { trimSpan } from '../../ingest/extract/entities/normalise/normalise-mention.js';
import type { EntityType } from '../../ingest/extract/entities/types.js';
import type { GoldSpan } from './gold.js';

interface Match {
  offset: { start: number; length: number };
}

export function recogniseWithPlainCompromise(text: string): GoldSpan[] {
  const doc = nlp(text);
  const spans: GoldSpan[] = [];
  const add = (type: EntityType, matches: Match[]) => {
    for (const { offset } of matches) {
      const trimmed = trimSpan(text, offset.start, offset.start + offset.length);
      if (trimmed) spans.push({ type, start: trimmed[0], end: trimmed[1] });
    }
  };
  const options = { offset: true, text: false, normal: false };
  add('PER', doc.people().json(options) as Match[]);
  add('ORG', doc.organizations().json(options) as Match[]);
  add('LOC', doc.places().json(options) as Match[]);
  return spans;
}
