/**
 * Runs the extractor over a gold set and scores it (exact spans, per type). Used by the eval:ner script
 * and by the regression test.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { extractEntities } from '../../ingest/extract/entities/extract-entities.js';
import type { TaggingLevel } from '../../ingest/extract/entities/recognise/tag-text.js';
import type { GoldSet, GoldSpan } from './gold.js';
import { recogniseWithPlainCompromise } from './baseline.js';
import { readConllu } from './read-conllu.js';
import { readEmailcoref } from './read-emailcoref.js';
import { readHipe } from './read-hipe.js';
import { type ScoredError, Scorer, type Scores } from './score.js';

export interface EvalOptions {
  /** Give the extractor each message's participants from its headers (e-mail sets; default true). */
  participants?: boolean;
  /** Skip text preparation (score recognition on the whole body). */
  raw?: boolean;
  /**
   * Score one half only: rules were tuned looking at errors of the "tune" half; the "held" half is the
   * out-of-sample check. E-mail threads alternate (a thread's messages stay together); other sets split
   * into first and second half (consecutive sentences share an article, so alternating would leak names).
   */
  part?: EvalPart;
  /** compromise tagging level (see tag-text.ts). */
  tagging?: TaggingLevel;
  /** Score plain compromise on the same text instead (the yardstick; no preparation, no rules). */
  baseline?: boolean;
}

export type EvalPart = 'all' | 'tune' | 'held';

export function selectPart<T extends { id: string }>(docs: T[], part: EvalPart): T[] {
  if (part === 'all') return docs;
  const threads = [...new Set(docs.map((d) => d.id.split('#')[0]!))];
  const isEmail = threads.length < docs.length;
  return docs.filter((doc, i) => {
    const inTune = isEmail ? threads.indexOf(doc.id.split('#')[0]!) % 2 === 0 : i < docs.length / 2;
    return part === 'tune' ? inTune : !inTune;
  });
}

export interface EvalReport {
  gold: string;
  name: string;
  notes: string[];
  docs: number;
  scores: Scores;
  docsPerSecond: number;
  errors: ScoredError[];
}

/**
 * Picks the reader by what the path is: a folder or .conll file of threads, HIPE .tsv, or .conllu.
 * A folder holding a single .tsv or .conllu file (the shared fixture folders) reads that file.
 */
export function readGold(path: string): GoldSet {
  if (statSync(path).isDirectory()) {
    const single = readdirSync(path).filter((f) => f.endsWith('.tsv') || f.endsWith('.conllu'));
    if (single.length === 1 && !readdirSync(path).some((f) => f.endsWith('.conll')))
      return readGold(join(path, single[0]!));
    return readEmailcoref(path);
  }
  if (path.endsWith('.conll')) return readEmailcoref(path);
  if (path.endsWith('.tsv')) return readHipe(path);
  return readConllu(path);
}

export function evaluateGold(path: string, options: EvalOptions = {}): EvalReport {
  const set = readGold(path);
  const docs = selectPart(set.docs, options.part ?? 'all');
  const scorer = new Scorer();
  const started = performance.now();
  for (const doc of docs) {
    if (options.baseline) {
      scorer.add(doc, recogniseWithPlainCompromise(doc.text));
      continue;
    }
    const { mentions } = extractEntities(
      { text: doc.text },
      {
        ...(options.participants !== false && doc.participants && { participants: doc.participants }),
        ...(options.raw && { raw: true }),
        ...(options.tagging && { tagging: options.tagging }),
      },
    );
    const predicted: GoldSpan[] = mentions
      .filter((m) => m.field === 'text')
      .map((m) => ({ type: m.type, start: m.start, end: m.end }));
    scorer.add(doc, predicted);
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    gold: path,
    name: set.name,
    notes: set.notes,
    docs: docs.length,
    scores: scorer.scores(),
    docsPerSecond: docs.length / seconds,
    errors: scorer.errors,
  };
}
