/**
 * Text preparation: a message body → only the writer's own words, ready for entity recognition.
 *
 * Cut at the first reply/forward boundary (quoted.ts), drop ">" lines, cut the signature/sign-off and any
 * disclaimer or list footer (signature.ts), drop lines that are not prose (tables of numbers, ASCII art),
 * blank leftover markup, URLs and addresses (markup.ts), and cap the length.
 *
 * The prepared text is the kept lines joined by "\n", each line unchanged in length, so a prepared offset
 * maps back to the original body exactly (toOriginalOffset); mentions carry original offsets.
 */
import { blankMarkup } from './markup.js';
import { isBlank, type Line, splitLines } from './lines.js';
import { attributionLines, findQuoteStart, isQuotedLine } from './quoted.js';
import { findFooterStart, findSignatureStart } from './signature.js';

// Own words kept per message. Recognition costs time linear in the text, and a message's own words rarely
// pass a few KB: beyond this it is a pasted report, newsletter or log, whose first part names enough. On the
// Enron benchmark set 1.5% of messages reach the cap and cost about 10 ms each (the average is under 1 ms):
// the cap bounds the worst message, and keeps a dump of long newsletters at ~100 msgs/s per core, not less.
export const MAX_PREPARED_CHARS = 8_000;
// A line with fewer letters than this share of its visible characters is a table, a log line or art.
const MIN_LETTER_SHARE = 0.4;

export interface PreparedText {
  text: string;
  /** Per kept line: [offset in the prepared text, offset in the original]. Sorted by both. */
  map: number[];
  /** True when the cap cut the text. */
  truncated: boolean;
}

function isProse(text: string): boolean {
  let letters = 0;
  let visible = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32) continue;
    visible++;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 192) letters++;
  }
  return visible > 0 && letters / visible >= MIN_LETTER_SHARE;
}

export interface PrepareOptions {
  /** Keep quotes, signatures and footers (the text is known to be only the writer's words); markup and the cap still apply. */
  keepAll?: boolean;
}

export function prepareText(body: string, options: PrepareOptions = {}): PreparedText {
  const lines = splitLines(body);
  let end = lines.length;
  if (!options.keepAll) {
    end = findQuoteStart(lines);
    end = findFooterStart(lines, end);
    end = findSignatureStart(lines, end);
  }
  const attributions = options.keepAll ? new Set<number>() : attributionLines(lines, end);
  const kept: Line[] = [];
  for (let i = 0; i < end; i++) {
    const line = lines[i]!;
    if (isBlank(line)) {
      if (kept.length > 0 && kept.at(-1)!.text !== '') kept.push({ text: '', start: line.start });
    } else if (options.keepAll || (!isQuotedLine(line) && !attributions.has(i) && isProse(line.text))) {
      kept.push(line);
    }
  }
  let text = '';
  const map: number[] = [];
  let truncated = false;
  for (const line of kept) {
    const room = MAX_PREPARED_CHARS - text.length - (text ? 1 : 0);
    if (room <= 0) {
      truncated = true;
      break;
    }
    if (text) text += '\n';
    map.push(text.length, line.start);
    const piece = line.text.length > room ? line.text.slice(0, room) : line.text;
    truncated ||= piece.length < line.text.length;
    text += blankMarkup(piece);
  }
  return { text, map, truncated };
}

/** The original-body offset of a prepared-text offset (a line break maps to the end of its line). */
export function toOriginalOffset(prepared: PreparedText, offset: number): number {
  const { map } = prepared;
  let lo = 0;
  let hi = map.length / 2 - 1;
  if (hi < 0) return offset;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map[mid * 2]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return map[lo * 2 + 1]! + (offset - map[lo * 2]!);
}
