/**
 * GET /api/search: one query over the full-text indexes (persons and addresses, entities, message
 * subjects and bodies, the analyst's notes, document text and names), answered as groups by kind in SEARCH_GROUP_ORDER:
 * persons first, ranked by exact name and then by volume (person-hits.ts), each group up to
 * `limit`. Within the other groups hits keep the index's order, scores scaled so 1 is the best of
 * its kind (Lucene scores are not comparable between indexes).
 */
import type { Driver } from 'neo4j-driver';

import {
  type EntityType,
  SEARCH_GROUP_ORDER,
  type SearchHit,
  type SearchKind,
  type SearchQuery,
  type SearchResponse,
} from '../../contract/index.js';
import { annotationsById } from '../annotations/store.js';
import { int, readQuery } from '../db/queries.js';
import { dateWindow } from '../graph/window.js';
import type { IdentityService } from '../identities/identity-service.js';
import { personBriefs } from '../persons/person-briefs.js';
import { documentHits } from './document-hits.js';
import { type SearchTerms, namesQuery, parseTerms, textQuery } from './lucene.js';
import { type NameIndexRow, personHit, rankPersons, sameNameGroups } from './person-hits.js';
import { makeSnippet } from './snippet.js';

// Body characters read per message hit to cut a snippet from: most matches are near the top, and a
// page of 30 hits with whole bodies would be a megabyte to read. A match further down shows the
// subject as snippet instead.
const SNIPPET_BODY_CHARS = 5_000;
// Name index hits read before persons are ranked by volume: "skilling" matches hundreds of persons
// and addresses on Enron, and the busiest one is not the one Lucene scores best.
const NAME_CANDIDATES = 500;
// Without `kinds`: an address leads to its person, so address hits are only listed when asked for.
const DEFAULT_KINDS: SearchKind[] = ['person', 'entity', 'message', 'note', 'document'];

type Kind = SearchKind;

const countOf = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function scaled(hits: SearchHit[]): SearchHit[] {
  const best = Math.max(0, ...hits.map((h) => h.score));
  return hits.map((h) => ({ ...h, score: best > 0 ? Math.round((h.score / best) * 1000) / 1000 : 0 }));
}

async function namesHits(
  driver: Driver,
  query: SearchQuery,
  terms: SearchTerms,
  kinds: Set<Kind>,
  identities: IdentityService | undefined,
): Promise<SearchHit[]> {
  const q = namesQuery(terms);
  if (!q || !(kinds.has('person') || kinds.has('address'))) return [];
  const rows = await readQuery<NameIndexRow & { label: string; names: string[] } & Record<string, unknown>>(
    driver,
    'search-persons',
    { q, limit: int(NAME_CANDIDATES) },
  );
  const hits: SearchHit[] = [];
  if (kinds.has('person')) {
    const chosen = rankPersons(query.q, rows).slice(0, query.limit);
    // Only the address is taken from this second read (the dearer part of a brief, so it is read for
    // the shown persons only): names and volumes stay those the persons were ranked by. A person gone
    // between the two reads (merged away) is left out.
    const addresses = await personBriefs(
      driver,
      chosen.map((r) => r.brief.id),
    );
    const ranked = chosen.flatMap((r) => {
      const read = addresses.get(r.brief.id);
      return read ? [{ ...r, brief: { ...r.brief, address: read.address } }] : [];
    });
    const same = sameNameGroups(
      ranked.map((r) => r.brief),
      identities?.variantNameKey,
    );
    const top = Math.max(0, ...ranked.map((r) => r.score));
    for (const r of ranked) {
      const text = [r.brief.name, ...r.brief.names.filter((n) => n !== r.brief.name), r.matchedAddress ?? ''];
      const hit = personHit(r, makeSnippet(text.filter(Boolean).join(' · '), terms.words), same.get(r.brief.id));
      hits.push({ ...hit, score: top > 0 ? Math.round((r.score / top) * 1000) / 1000 : 0 });
    }
  }
  if (kinds.has('address')) {
    const addresses = rows
      .filter((r) => r.kind === 'address')
      .slice(0, query.limit)
      .map((r) => ({
        kind: 'address' as const,
        id: r.id,
        label: r.label,
        snippet: makeSnippet([r.label, ...r.names, r.email ?? ''].filter(Boolean).join(' · '), terms.words),
        score: r.score,
        personId: r.personId,
      }));
    hits.push(...scaled(addresses));
  }
  return hits;
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
    messages: number;
    documents: number;
    score: number;
  }
  try {
    const rows = await readQuery<Row>(driver, 'search-entities', { q, limit: int(limit) });
    return rows.map((r) => ({
      kind: 'entity' as const,
      id: r.id,
      label: r.label,
      snippet: [
        makeSnippet(r.label, terms.words) ?? r.label,
        countOf(r.messages, 'message'),
        ...(r.documents > 0 ? [countOf(r.documents, 'document')] : []),
      ].join(' · '),
      score: r.score,
      personId: null,
      entityType: r.type,
      mentionedIn: { messages: r.messages, documents: r.documents },
    }));
  } catch (error) {
    // Before the entity index exists (an older schema), search works without entities.
    if (isMissingIndex(error)) return [];
    throw error;
  }
}

async function messageHits(driver: Driver, terms: SearchTerms, query: SearchQuery): Promise<SearchHit[]> {
  const q = textQuery(terms);
  if (!q) return [];
  const window = dateWindow(query);
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
    limit: int(query.limit),
    bodyChars: int(SNIPPET_BODY_CHARS),
    from: window?.from ?? null,
    to: window?.to ?? null,
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

// Characters of a note shown as its label (the snippet shows the matched words).
const NOTE_LABEL_CHARS = 80;

async function noteHits(driver: Driver, terms: SearchTerms, limit: number): Promise<SearchHit[]> {
  const q = namesQuery(terms);
  if (!q) return [];
  try {
    const rows = await readQuery<{ id: string; score: number }>(driver, 'search-annotations', { q, limit: int(limit) });
    const scores = new Map(rows.map((r) => [r.id, r.score]));
    const found = await annotationsById(
      driver,
      rows.map((r) => r.id),
    );
    return found
      .filter((a) => a.target)
      .map((a) => ({
        kind: 'note' as const,
        id: a.id,
        label: a.kind === 'tag' ? `#${a.text}` : a.text.replace(/\s+/g, ' ').slice(0, NOTE_LABEL_CHARS),
        snippet: makeSnippet(a.text, terms.words),
        score: scores.get(a.id) ?? 0,
        personId: a.target!.kind === 'person' ? a.target!.id : null,
        target: a.target!,
      }))
      .sort((x, y) => y.score - x.score);
  } catch (error) {
    // Before migration V013 there is no note index: search works without notes.
    if (isMissingIndex(error)) return [];
    throw error;
  }
}

export async function search(
  driver: Driver,
  query: SearchQuery,
  identities?: IdentityService,
): Promise<SearchResponse> {
  const terms = parseTerms(query.q);
  const kinds = new Set<Kind>(query.kinds ?? DEFAULT_KINDS);
  const [names, entities, messages, notes, documents] = await Promise.all([
    orNoHits(namesHits(driver, query, terms, kinds, identities)),
    kinds.has('entity') ? orNoHits(entityHits(driver, terms, query.limit)).then(scaled) : [],
    kinds.has('message') ? orNoHits(messageHits(driver, terms, query)).then(scaled) : [],
    kinds.has('note') ? orNoHits(noteHits(driver, terms, query.limit)).then(scaled) : [],
    kinds.has('document') ? orNoHits(documentHits(driver, query.q, query.limit)).then(scaled) : [],
  ]);
  const rank = (h: SearchHit) => SEARCH_GROUP_ORDER.indexOf(h.kind);
  // A stable sort: each group keeps its own order.
  const hits = [...names, ...entities, ...messages, ...notes, ...documents].sort((a, b) => rank(a) - rank(b));
  return { query: query.q, hits };
}
