/**
 * GET /api/search, the documents group (issue 12): documents whose text, name, title or editors match,
 * through the same full-text search as GET /api/documents (its snippet around the match), as search hits.
 */
import type { Driver } from 'neo4j-driver';

import type { SearchHit } from '../../contract/index.js';
import { searchDocuments } from '../documents/document-search.js';

export async function documentHits(driver: Driver, q: string, limit: number): Promise<SearchHit[]> {
  const { hits } = await searchDocuments(driver, { q, limit });
  return hits.map((h) => ({
    kind: 'document' as const,
    id: h.sha256,
    label: h.name || h.sha256.slice(0, 16),
    snippet: h.snippet,
    score: h.score,
    // A document has no one sender: the document panel lists who had it.
    personId: null,
    date: h.modified,
    format: h.format,
    anomalyCount: h.anomalyCount,
  }));
}
