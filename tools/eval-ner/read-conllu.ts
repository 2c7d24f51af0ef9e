/**
 * Reader for WikiNEuRal-style files: "index<TAB>token<TAB>IOB2 tag" rows, blank line between sentences.
 * One GoldDoc per sentence (a sentence is about the length of a short e-mail's own words). MISC is not
 * one of our types and is not scored.
 */
import { readFileSync } from 'node:fs';

import type { EntityType } from '../../ingest/extract/entities/types.js';
import { spansFromBio } from './bio.js';
import { type GoldDoc, GoldFormatError, type GoldSet, joinTokens } from './gold.js';

const TYPES: Record<string, EntityType> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC' };

export function readConllu(path: string): GoldSet {
  const docs: GoldDoc[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (tokens.length === 0) return;
    const { text, offsets } = joinTokens([tokens.map((t) => ({ text: t }))], false);
    docs.push({ id: `s${docs.length + 1}`, text, spans: spansFromBio(tags, offsets[0]!, (t) => TYPES[t]) });
    tokens = [];
    tags = [];
  };
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, n) => {
      if (line.trim() === '') return flush();
      if (line.startsWith('#')) return;
      const cols = line.split('\t');
      if (cols.length < 3)
        throw new GoldFormatError(`${path}:${n + 1}: expected "index<TAB>token<TAB>tag", got "${line}"`);
      tokens.push(cols[1]!);
      tags.push(cols.at(-1)!);
    });
  flush();
  return {
    name: `conll (${docs.length} sentences)`,
    docs,
    notes: ['one sentence per document; MISC not scored; silver (machine) labels'],
  };
}
