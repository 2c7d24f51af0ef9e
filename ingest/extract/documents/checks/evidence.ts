/**
 * ③ extract (documents): shared helpers for the per-document checks: the input they read and how
 * a normalised field is cited as evidence (its raw source and tag, and its value).
 */
import type { DocumentRecord, NormalisedField, RawValue } from '../types.js';

/** What a check reads: no text, no graph — the document's own claims only. */
export type CheckInput = Pick<DocumentRecord, 'format' | 'metadata' | 'structure'>;

export interface CheckOptions {
  /** The present, for "date in the future"; injectable so tests and re-runs are reproducible. */
  now: Date;
}

export function cite(input: CheckInput, field: NormalisedField): { field: string; value: RawValue } {
  const n = input.metadata.normalised;
  return { field: n.sources[field] ?? field, value: n[field] as RawValue };
}

export function time(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : undefined;
}

export function dayOf(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** The part of a source label before the tag ("docProps/core.xml dcterms:created" → "docProps/core.xml"). */
export function sourcePart(label: string | undefined): string | undefined {
  return label?.split(' ')[0];
}
