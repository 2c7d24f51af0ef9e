/**
 * The analyst's search words → Lucene query text for Neo4j's full-text indexes. Users type names,
 * addresses and words, not Lucene: every special character is escaped, so "O'Neil (ENA)" or
 * "a+b" never reach the parser as syntax. Quoted text stays a phrase.
 */

// Lucene's query syntax characters (org.apache.lucene.queryparser.classic.QueryParser#escape).
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export interface SearchTerms {
  /** Pieces as typed: single words and quoted phrases. */
  pieces: { text: string; phrase: boolean }[];
  /** Lower-case, accent-free words for highlighting snippets. */
  words: string[];
}

export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function parseTerms(q: string): SearchTerms {
  const pieces: SearchTerms['pieces'] = [];
  for (const m of q.matchAll(/"([^"]*)"|(\S+)/g)) {
    const text = (m[1] ?? m[2] ?? '').trim();
    if (!text) continue;
    // A token with punctuation (an address, "j.doe") is analysed into several terms: search it as a phrase.
    pieces.push({ text, phrase: m[1] !== undefined || /[^\p{L}\p{N}]/u.test(text) });
  }
  const words = [...new Set(pieces.flatMap((p) => foldText(p.text).match(/[\p{L}\p{N}]+/gu) ?? []))];
  return { pieces, words };
}

// Lower-cased so AND, OR, NOT and TO are words, not operators (the analyzers lower-case anyway).
const escapeTerm = (t: string) => t.toLowerCase().replace(SPECIAL, (c) => `\\${c}`);
const phrase = (t: string) => `"${t.replace(/["\\]/g, (c) => `\\${c}`)}"`;

/**
 * Names (persons, addresses, entities): every piece must match; a word also matches as a prefix,
 * exact words ranking higher, so "jeff sk" finds Jeff Skilling while typing.
 */
export function namesQuery(terms: SearchTerms): string | null {
  const parts = terms.pieces.map((p) =>
    p.phrase ? phrase(p.text) : `(${escapeTerm(p.text)}^2 OR ${escapeTerm(p.text)}*)`,
  );
  return parts.length ? parts.join(' AND ') : null;
}

/**
 * A word of running text, or its English possessive: the standard analyzers keep "Skilling's" (and
 * "Skilling’s") as one term, so a search for "skilling" missed "Mr. Skilling's office". Not a
 * prefix: "skilling" must not find "skillings".
 */
function textWord(text: string): string {
  const t = escapeTerm(text);
  return /^[\p{L}\p{N}]+$/u.test(text) ? `(${t} OR ${t}'s OR ${t}’s)` : t;
}

/** Subjects and bodies: every word (or its possessive) or phrase must occur. */
export function textQuery(terms: SearchTerms): string | null {
  const parts = terms.pieces.map((p) => (p.phrase ? phrase(p.text) : textWord(p.text)));
  return parts.length ? parts.join(' AND ') : null;
}
