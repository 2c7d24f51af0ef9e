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
import nlp from './compromise.js';

import { fold } from '../normalise/normalise-mention.js';
import { ELIDED, lexiconTagsOf, type RawTok, tokeniseLine } from './tokenise.js';

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
  tags: ReadonlySet<string>;
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
  tags: ReadonlySet<string>;
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
const ALL_CAPS = /^\p{Lu}[\p{Lu}&.-]*\p{Lu}$/u;

function makeTok(
  text: string,
  start: number,
  pre: string,
  post: string,
  tags: ReadonlySet<string>,
  lineStart: boolean,
): Tok {
  const prefix = ELIDED.exec(text)?.[0] ?? '';
  const word = text.slice(prefix.length);
  return {
    text: word,
    key: fold(word).replace(/[.]+$/, ''),
    prefix,
    start: start + prefix.length,
    end: start + text.length,
    post,
    pre,
    tags,
    cap: CAP.test(word),
    allCaps: ALL_CAPS.test(word.replace(/['’]s$/u, '')),
    sentenceStart: lineStart || /[\n*•>"“«(]|^[-–]\s/.test(pre),
  };
}

/** Whether the word after `tok` starts a sentence: a line break or a sentence's end after it (not an initial's dot). */
const endsSentence = (tok: Tok) => /\n|[.!?:]\s*$/.test(tok.post) && !/^\p{L}$/u.test(tok.text);

/** One sentence per line of `text` (the candidate sentences), tokens tagged from compromise's lexicon. */
function tagLines(text: string): Tok[][] {
  const sentences: Tok[][] = [];
  let at = 0;
  const raw: RawTok[] = [];
  while (at <= text.length) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline;
    raw.length = 0;
    tokeniseLine(text.slice(at, end), at, raw);
    if (raw.length) {
      const tags = lexiconTagsOf(raw.map((r) => r.text));
      const toks: Tok[] = [];
      for (let i = 0; i < raw.length; i++) {
        const r = raw[i]!;
        const previous = toks.at(-1);
        toks.push(makeTok(r.text, r.start, r.pre, r.post, tags[i]!, !previous || endsSentence(previous)));
      }
      sentences.push(toks);
    }
    at = end + 1;
  }
  return sentences;
}

/** compromise's whole tagger (level 'full'), for comparison: its terms, contractions merged back. */
function tagWithCompromise(text: string): Tok[][] {
  const doc = nlp(text);
  doc.compute('offset');
  const sentences: Tok[][] = [];
  for (const terms of doc.docs as unknown as Term[][]) {
    const toks: Tok[] = [];
    for (const term of terms) {
      const previous = toks.at(-1);
      if (term.text === '' && previous) {
        // compromise splits contractions into a written term and an implicit one ("d'Eva" → "de" + "eva"):
        // the implicit term carries the word's tags, so they go to the written one.
        previous.tags = new Set([...previous.tags, ...term.tags]);
        previous.post = term.post;
        continue;
      }
      toks.push(
        makeTok(term.text, term.offset.start, term.pre, term.post, term.tags, !previous || endsSentence(previous)),
      );
    }
    if (toks.length) sentences.push(toks);
  }
  return sentences;
}

export function tagText(text: string, level: TaggingLevel): Tok[][] {
  return level === 'full' ? tagWithCompromise(text) : tagLines(text);
}
