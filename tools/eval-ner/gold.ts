/**
 * Gold annotations, whatever file format they came in: documents of text with typed character spans.
 * The readers rebuild each document's text from its tokens, so spans and predictions share offsets.
 */
import type { Correspondent, EntityType } from '../../ingest/extract/entities/types.js';

export interface GoldSpan {
  type: EntityType;
  start: number;
  end: number;
}

export interface GoldDoc {
  id: string;
  /** The text the extractor is given (a message body, a sentence, an article). */
  text: string;
  spans: GoldSpan[];
  /** People the pipeline would know from the message headers (emails only). */
  participants?: Correspondent[];
}

export interface GoldSet {
  name: string;
  docs: GoldDoc[];
  /** What the reader left out of scoring and why, for the report. */
  notes: string[];
}

export class GoldFormatError extends Error {
  override name = 'GoldFormatError';
}

/** One token as a reader sees it, with how it joins the next one. */
export interface GoldToken {
  text: string;
  /** True when the source says there is no space after this token (HIPE's NoSpaceAfter). */
  noSpaceAfter?: boolean;
}

// Punctuation that attaches to the word before it, and English clitics split off by tokenisers.
const ATTACH_LEFT = /^(?:[,.;:!?%)\]}]|\.\.\.|'(?:s|S|d|ll|re|ve|m)|n't)$/;
// Tokens the next word attaches to: opening brackets and French elisions (d', l', qu', j' …).
const ATTACH_RIGHT = /^(?:[([{$]|(?:[dlnsjmtcDLNSJMTC]|qu|Qu|jusqu|lorsqu|puisqu)['’])$/;

/**
 * Joins token lines into one text, returning each token's [start, end). Spacing follows the source
 * when it says (noSpaceAfter), otherwise the usual detokenisation of English and French.
 */
export function joinTokens(lines: GoldToken[][], explicitSpacing: boolean): { text: string; offsets: number[][][] } {
  let text = '';
  const offsets: number[][][] = [];
  for (const line of lines) {
    if (text.length > 0) text += '\n';
    const lineOffsets: number[][] = [];
    line.forEach((token, i) => {
      if (i > 0) {
        const previous = line[i - 1]!;
        const glue = explicitSpacing
          ? previous.noSpaceAfter === true
          : ATTACH_LEFT.test(token.text) || ATTACH_RIGHT.test(previous.text);
        if (!glue) text += ' ';
      }
      lineOffsets.push([text.length, text.length + token.text.length]);
      text += token.text;
    });
    offsets.push(lineOffsets);
  }
  return { text, offsets };
}
