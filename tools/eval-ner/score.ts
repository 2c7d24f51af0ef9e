/**
 * Exact-span scoring: a predicted mention counts only when its type, start and end all equal a gold span's
 * (the CoNLL convention; no credit for overlaps). Per type and micro-averaged over PER, ORG, LOC.
 */
import { ENTITY_TYPES, type EntityType } from '../../ingest/extract/entities/types.js';
import type { GoldDoc, GoldSpan } from './gold.js';

export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export type Scores = Record<EntityType | 'ALL', TypeScore>;

export interface ScoredError {
  doc: string;
  kind: 'fp' | 'fn';
  type: EntityType;
  text: string;
  context: string;
}

function finish(counts: { tp: number; fp: number; fn: number }): TypeScore {
  const precision = counts.tp + counts.fp ? counts.tp / (counts.tp + counts.fp) : 0;
  const recall = counts.tp + counts.fn ? counts.tp / (counts.tp + counts.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...counts, precision, recall, f1 };
}

export class Scorer {
  private counts = new Map<EntityType, { tp: number; fp: number; fn: number }>(
    ENTITY_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]),
  );
  readonly errors: ScoredError[] = [];

  add(doc: GoldDoc, predicted: GoldSpan[]): void {
    const key = (s: GoldSpan) => `${s.type}:${s.start}:${s.end}`;
    const gold = new Set(doc.spans.map(key));
    const seen = new Set<string>();
    for (const p of predicted) {
      const k = key(p);
      if (seen.has(k)) continue;
      seen.add(k);
      const c = this.counts.get(p.type)!;
      if (gold.has(k)) c.tp++;
      else {
        c.fp++;
        this.error(doc, 'fp', p);
      }
    }
    for (const g of doc.spans) {
      if (seen.has(key(g))) continue;
      this.counts.get(g.type)!.fn++;
      this.error(doc, 'fn', g);
    }
  }

  private error(doc: GoldDoc, kind: 'fp' | 'fn', span: GoldSpan): void {
    const context = doc.text.slice(Math.max(0, span.start - 30), span.end + 30).replace(/\s+/g, ' ');
    this.errors.push({ doc: doc.id, kind, type: span.type, text: doc.text.slice(span.start, span.end), context });
  }

  scores(): Scores {
    const all = { tp: 0, fp: 0, fn: 0 };
    const out = {} as Scores;
    for (const [type, c] of this.counts) {
      out[type] = finish(c);
      all.tp += c.tp;
      all.fp += c.fp;
      all.fn += c.fn;
    }
    out.ALL = finish(all);
    return out;
  }
}
