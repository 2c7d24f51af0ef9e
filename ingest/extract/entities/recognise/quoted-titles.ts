/**
 * Recognition: names inside a work's title written between straight double quotes (" Le Siècle de Louis XIV ",
 * " Evita ", " Mario Kart DS "). The title is the name of a book, film, song or game, not a mention of the person
 * whose name it holds; a person span wholly inside a short quoted stretch is dropped. Long quoted stretches are
 * speech or citations, where names are mentions, and keep theirs.
 */
import type { Span } from './spans.js';
import type { Tok } from './tag-text.js';

/** A quoted stretch of at most this many words reads as a title; longer ones as quoted speech. */
const MAX_TITLE_WORDS = 8;

/** Offsets of the straight double quotes of a sentence, in the tokens' text and in the punctuation after them. */
function quoteOffsets(sentence: Tok[]): number[] {
  const at: number[] = [];
  for (const tok of sentence) {
    for (let i = tok.text.indexOf('"'); i >= 0; i = tok.text.indexOf('"', i + 1)) at.push(tok.start + i);
    for (let i = tok.post.indexOf('"'); i >= 0; i = tok.post.indexOf('"', i + 1)) at.push(tok.end + i);
  }
  return at;
}

/** [start, end) character ranges of the short "…" stretches of a sentence (quotes paired in order). */
function quotedTitles(sentence: Tok[]): Array<[number, number]> {
  const quotes = quoteOffsets(sentence);
  const ranges: Array<[number, number]> = [];
  for (let q = 0; q + 1 < quotes.length; q += 2) {
    const [a, b] = [quotes[q]!, quotes[q + 1]!];
    const wordsInside = sentence.filter((t) => t.start > a && t.end <= b).length;
    if (wordsInside <= MAX_TITLE_WORDS) ranges.push([a, b]);
  }
  return ranges;
}

/** The spans without the people named inside a quoted title. */
export function dropPeopleInTitles(spans: Span[], sentence: Tok[]): Span[] {
  if (!spans.some((s) => s.type === 'PER')) return spans;
  const titles = quotedTitles(sentence);
  if (titles.length === 0) return spans;
  return spans.filter((s) => s.type !== 'PER' || !titles.some(([a, b]) => s.start >= a && s.end <= b));
}
