/**
 * GET /api/documents: the full-text search over document text (and name, title, editors), with a
 * snippet around the match and the messages each document came with; filters by format, author,
 * application, date and anomalies. Without q, the filters alone list documents, most anomalous first.
 */
import type { Driver } from 'neo4j-driver';

import type { DocumentHit, DocumentSearchQuery, DocumentSearchResponse } from '../../contract/index.js';
import { int, readQuery } from '../db/queries.js';
import { parseTerms, textQuery } from '../search/lucene.js';
import { makeSnippet } from '../search/snippet.js';
import { documentSummary } from './summary.js';

// Text characters read per hit to cut a snippet from (documents run to a million characters).
const SNIPPET_SOURCE_CHARS = 20_000;
// Carrying messages listed per hit; the document panel lists them all.
const CARRIERS_PER_HIT = 5;

type HitRow = Omit<DocumentHit, 'snippet' | 'score'> & Record<string, unknown> & { text: string; score: number };

export async function searchDocuments(driver: Driver, query: DocumentSearchQuery): Promise<DocumentSearchResponse> {
  const terms = query.q ? parseTerms(query.q) : null;
  const lucene = terms ? textQuery(terms) : null;
  if (query.q && !lucene) return { hits: [] };
  const rows = await readQuery<HitRow>(driver, 'search-documents', {
    q: lucene,
    format: query.format ?? null,
    author: query.author ?? null,
    application: query.application ?? null,
    from: query.from ?? null,
    to: query.to ?? null,
    anomalous: query.anomalous ?? null,
    limit: int(query.limit),
    textChars: int(SNIPPET_SOURCE_CHARS),
    carriers: int(CARRIERS_PER_HIT),
  });
  const best = rows[0]?.score || 1;
  return {
    hits: rows.map(({ text, score, ...r }) => ({
      ...documentSummary(r),
      author: r.author ?? null,
      application: r.application ?? null,
      modified: r.modified ?? null,
      snippet: terms ? (makeSnippet(text, terms.words) ?? makeSnippet(r.name, terms.words)) : null,
      score: terms ? score / best : 0,
      carriers: r.carriers,
    })),
  };
}
