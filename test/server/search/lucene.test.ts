/**
 * Search words → Lucene text: a word of running text also finds its English possessive (the
 * standard analyzers index "Skilling's" as one term), names still match as prefixes, and syntax
 * characters never reach the parser.
 */
import { describe, expect, it } from 'vitest';

import { namesQuery, parseTerms, textQuery } from '../../../server/search/lucene.js';

describe('lucene queries', () => {
  it('finds a word and its possessive in text, not a longer word', () => {
    expect(textQuery(parseTerms('Skilling'))).toBe("(skilling OR skilling's OR skilling’s)");
  });

  it('keeps phrases and punctuated tokens as phrases', () => {
    expect(textQuery(parseTerms('"Mr. Skilling" j.doe'))).toBe('"Mr. Skilling" AND "j.doe"');
  });

  it('escapes syntax and lower-cases operators', () => {
    expect(textQuery(parseTerms('AND'))).toBe("(and OR and's OR and’s)");
    expect(namesQuery(parseTerms('dasovich'))).toBe('(dasovich^2 OR dasovich*)');
  });
});
