/**
 * GET /api/search: one query over the full-text indexes (persons and addresses, entities, message
 * subjects and bodies), merged into one ranked list. Lucene scores are not comparable between
 * indexes, so each kind's scores are scaled by its best hit (1 = the best of its kind) and the
 * lists are merged on that; ties go to persons, then addresses, entities, messages.
 */
import type { Driver } from 'neo4j-driver';

import type { EntityType, SearchHit, SearchQuery, SearchResponse } from '../../contract/index.js';
import { int, readQuery } from '../db/queries.js';
import { type SearchTerms, namesQuery, parseTerms, textQuery } from './lucene.js';
import { makeSnippet } from './snippet.js';

// Body characters read per message hit to cut a snippet from: most matches are near the top, and a
// page of 30 hits with whole bodies would be a megabyte to read. A match further down shows the
// subject as snippet instead.
const SNIPPET_BODY_CHARS = 5_000;
const KIND_ORDER: SearchHit['kind'][] = ['person', 'address', 'entity', 'message'];

type Kind = SearchHit['kind'];

function scaled(hits: SearchHit[]): SearchHit[] {
  const best = Math.max(0, ...hits.map((h) => h.score));
  return hits.map((h) => ({ ...h, score: best > 0 ? Math.round((h.score / best) * 1000) / 1000 : 0 }));
}

async function namesHits(driver: Driver, terms: SearchTerms, limit: number, kinds: Set<Kind>): Promise<SearchHit[]> {
  const q = namesQuery(terms);
  if (!q || !(kinds.has('person') || kinds.has('address'))) return [];
  interface Row extends Record<string, unknown> {
    kind: 'person' | 'address';
    id: string;
    label: string;
    names: string[];
    email: string | null;
    personId: string | null;
    score: number;
  }
  const rows = await readQuery<Row>(driver, 'search-persons', { q, limit: int(limit * 2) });
  return rows
    .filter((r) => kinds.has(r.kind))
    .map((r) => ({
      kind: r.kind,
      id: r.id,
      label: r.label,
      snippet: makeSnippet([r.label, ...r.names, r.email ?? ''].filter(Boolean).join(' · '), terms.words),
      score: r.score,
      personId: r.personId,
    }));
}

function isMissingIndex(error: unknown): boolean {
  return /no such .*index|index .*does not exist|There is no such fulltext schema index/i.test(
    (error as Error).message ?? '',
  );
}

/** A query Lucene still cannot parse (escaping covers the syntax; this is the safety net): no hits, not a 500. */
async function orNoHits(hits: Promise<SearchHit[]>): Promise<SearchHit[]> {
  try {
    return await hits;
  } catch (error) {
    if (/ParseException|TooManyClauses/.test((error as Error).message ?? '')) return [];
    throw error;
  }
}

async function entityHits(driver: Driver, terms: SearchTerms, limit: number): Promise<SearchHit[]> {
  const q = namesQuery(terms);
  if (!q) return [];
  interface Row extends Record<string, unknown> {
    id: string;
    label: string;
    type: EntityType;
    mentions: number;
    score: number;
  }
  try {
    const rows = await readQuery<Row>(driver, 'search-entities', { q, limit: int(limit) });
    return rows.map((r) => ({
      kind: 'entity' as const,
      id: r.id,
      label: r.label,
      snippet: `${makeSnippet(r.label, terms.words) ?? r.label} · ${r.mentions} message${r.mentions === 1 ? '' : 's'}`,
      score: r.score,
      personId: null,
      entityType: r.type,
    }));
  } catch (error) {
    // Before the entity index exists (an older schema), search works without entities.
    if (isMissingIndex(error)) return [];
    throw error;
  }
}

async function messageHits(driver: Driver, terms: SearchTerms, limit: number): Promise<SearchHit[]> {
  const q = textQuery(terms);
  if (!q) return [];
  interface Row extends Record<string, unknown> {
    id: string;
    subject: string | null;
    body: string;
    date: string | null;
    personId: string | null;
    score: number;
  }
  const rows = await readQuery<Row>(driver, 'search-messages', {
    q,
    limit: int(limit),
    bodyChars: int(SNIPPET_BODY_CHARS),
  });
  return rows.map((r) => ({
    kind: 'message' as const,
    id: r.id,
    label: r.subject || '(no subject)',
    snippet: makeSnippet(r.body, terms.words) ?? makeSnippet(r.subject ?? '', terms.words),
    score: r.score,
    personId: r.personId,
    date: r.date,
  }));
}

export async function search(driver: Driver, query: SearchQuery): Promise<SearchResponse> {
  const terms = parseTerms(query.q);
  const kinds = new Set<Kind>(query.kinds ?? KIND_ORDER);
  const [names, entities, messages] = await Promise.all([
    orNoHits(namesHits(driver, terms, query.limit, kinds)),
    kinds.has('entity') ? orNoHits(entityHits(driver, terms, query.limit)) : [],
    kinds.has('message') ? orNoHits(messageHits(driver, terms, query.limit)) : [],
  ]);
  const persons = scaled(names.filter((h) => h.kind === 'person'));
  const addresses = scaled(names.filter((h) => h.kind === 'address'));
  const hits = [...persons, ...addresses, ...scaled(entities), ...scaled(messages)]
    .sort((a, b) => b.score - a.score || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
    .slice(0, query.limit);
  return { query: query.q, hits };
}
