/**
 * compromise as the tagging engine: tokens with their offsets (contractions and French elisions split the
 * way compromise splits them) and the tags of its lexicon (FirstName, LastName, City, Country,
 * Organization …), which the name rules read.
 *
 * Tagging level: the name rules need the lexicon's tags, not compromise's guesses. Measured on the dev sets
 * (eval:ner --full), running the pre- and post-tagger too makes nothing better (French F1 within ±0.01,
 * e-mail ORG 0.568 → 0.553 and LOC 0.327 → 0.294) and costs about three times the time: 2/3 of compromise's
 * time goes to the post-tagger's contextual patterns. So 'lexicon' is the default; 'full' stays for comparison.
 */
import nlp from 'compromise';

import { fold } from '../normalise/normalise-mention.js';

export type TaggingLevel = 'lexicon' | 'full';

export interface Tok {
  text: string;
  /** Folded text (lower case, no accents), the form lexicons are keyed by. */
  key: string;
  start: number;
  end: number;
  /** Punctuation and spaces after the token (compromise's term.post). */
  post: string;
  pre: string;
  tags: Set<string>;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Two or more letters, all capitals ("FERC", "DUPONT"). */
  allCaps: boolean;
  /** First token of a sentence or of a line: its capital says nothing. */
  sentenceStart: boolean;
  /** An elided article glued to the word ("d'" of "d'Europe", "l'" of "l'Afrique"), left out of text and start. */
  prefix: string;
}

interface Term {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

interface World {
  model: { one: { lexicon: Record<string, string | string[]> } };
}

const lexicon = (nlp.world() as unknown as World).model.one.lexicon;

/** compromise's lexicon entry for a folded word, as a list of tags (empty when it does not know the word). */
export function lexiconTags(word: string): readonly string[] {
  const entry = lexicon[word];
  if (entry === undefined) return [];
  return Array.isArray(entry) ? entry : [entry];
}

const CAP = /^\p{Lu}/u;
// An elided French article or preposition glued to a word: "d'Europe", "l'Afrique", and at a sentence start
// "L'Europe", "C'est" (not "D'Aveni", "O'Neil": an upper-case D' before a capital is part of the name).
const ELIDED =
  /^(?:[dlnjsc]|qu|jusqu|lorsqu|puisqu)['’](?=\p{Lu})|^(?:[DLNJSCM]|Qu|Jusqu|Lorsqu|Puisqu)['’](?=\p{Ll})|^L['’](?=\p{Lu})/u;
const ALL_CAPS = /^\p{Lu}[\p{Lu}&.-]*\p{Lu}$/u;

export function tagText(text: string, level: TaggingLevel): Tok[][] {
  let doc;
  if (level === 'full') doc = nlp(text);
  else {
    doc = nlp.tokenize(text);
    doc.compute('lexicon');
  }
  doc.compute('offset');
  const sentences: Tok[][] = [];
  for (const terms of doc.docs as unknown as Term[][]) {
    const toks: Tok[] = [];
    let lineStart = true;
    for (const term of terms) {
      const previous = toks.at(-1);
      if (term.text === '' && previous) {
        // compromise splits contractions into a written term and an implicit one ("d'Eva" → "de" + "eva"):
        // the implicit term carries the word's tags, so they go to the written one.
        previous.tags = new Set([...previous.tags, ...term.tags]);
        previous.post = term.post;
        continue;
      }
      const start = term.offset.start;
      const prefix = ELIDED.exec(term.text)?.[0] ?? '';
      const word = term.text.slice(prefix.length);
      toks.push({
        text: word,
        key: fold(word).replace(/[.]+$/, ''),
        prefix,
        start: start + prefix.length,
        end: start + term.offset.length,
        post: term.post,
        pre: term.pre,
        tags: term.tags,
        cap: CAP.test(word),
        allCaps: ALL_CAPS.test(word),
        sentenceStart: lineStart || /[\n*•>"“«(]|^[-–]\s/.test(term.pre),
      });
      lineStart = /\n|[.!?:]\s*$/.test(term.post) && !/^\p{L}$/u.test(word);
    }
    if (toks.length) sentences.push(toks);
  }
  return sentences;
}
