/**
 * Text preparation: a message body → the lines worth reading, each with whose words it is (contexts.ts):
 * own words, the writer's signature, quoted or forwarded text. Metadata (separators, quoted header blocks,
 * attributions) and boilerplate (disclaimers, list footers) are dropped, and so are lines that are not
 * prose (tables of numbers, ASCII art); leftover markup, URLs and addresses are blanked (markup.ts).
 *
 * Budgets: the writer's words (own and signature) are read up to MAX_PREPARED_CHARS; forwarded text and the
 * ">" lines of an interleaved reply up to MAX_OTHERS_CHARS; a quoted reply chain up to MAX_QUOTED_CHARS
 * (none by default: the chain is the dump's own earlier messages, read as their writers' own words).
 *
 * The prepared text is the kept lines joined by "\n", each line unchanged in length, so a prepared offset
 * maps back to the original body exactly (toOriginalOffset), and to its line's context (contextAt).
 */
import type { MentionContext } from '../types.js';
import { lineContexts } from './contexts.js';
import { blankMarkup } from './markup.js';
import { isBlank, type Line, splitLines } from './lines.js';
import { findQuoteStart } from './quoted.js';

// Own words kept per message. Recognition costs time linear in the text, and a message's own words rarely
// pass a few KB: beyond this it is a pasted report, newsletter or log, whose first part names enough. On the
// Enron benchmark set 1.5% of messages reach the cap and cost about 10 ms each (the average is under 1 ms):
// the cap bounds the worst message, and keeps a dump of long newsletters at ~100 msgs/s per core, not less.
export const MAX_PREPARED_CHARS = 8_000;
// Forwarded text and the ">" lines of an interleaved reply read per message: a forwarded message or article
// is often not in the dump on its own, and its opening names its subjects; the ">" lines are what the
// writer answers, line by line.
export const MAX_OTHERS_CHARS = 1_000;
// Quoted text of a reply chain (below a reply boundary) read per message: none. The chain is the dump's own
// earlier messages, read there as their writers' own words; read again, their names would count as
// mentions of the reply too (a reply quoting "Moi-même, Erwan Salaün" would mention its own recipient).
// Time is not the reason: measured side by side on 2,000 Enron bodies (CPU time, shared machine), reading
// none gave 1,728 msgs per CPU-second, 1,000 characters of the chain 1,575 (-9%, +13% mentions).
export const MAX_QUOTED_CHARS = 0;
// A line with fewer letters than this share of its visible characters is a table, a log line or art.
const MIN_LETTER_SHARE = 0.4;

export interface PreparedText {
  text: string;
  /** Per kept line: [offset in the prepared text, offset in the original]. Sorted by both. */
  map: number[];
  /** Per kept line (same index as map / 2): whose words it is. */
  contexts: MentionContext[];
  /** True when a cap cut the writer's words (quoted text past its budget is left out by design). */
  truncated: boolean;
  /** [start, end) in the prepared text of the line that holds only the writer's name under the sign-off. */
  signer?: [number, number];
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
  /** Keep every line as own words (the text is known to be only the writer's words); markup and the cap still apply. */
  keepAll?: boolean;
  /** The message's subject: "FW:"/"TR:" makes an Original Message block forwarded rather than quoted. */
  subject?: string;
  /** Characters of forwarded text and ">" lines to read (default MAX_OTHERS_CHARS; 0: the writer's words only). */
  maxOthersChars?: number;
  /** Characters of a quoted reply chain to read (default MAX_QUOTED_CHARS). */
  maxQuotedChars?: number;
}

const isOthers = (context: MentionContext) => context === 'quoted' || context === 'forwarded';

export function prepareText(body: string, options: PrepareOptions = {}): PreparedText {
  const lines = splitLines(body);
  const found = options.keepAll ? { contexts: lines.map(() => 'own' as const) } : lineContexts(lines, options.subject);
  const contexts = found.contexts;
  const signerAt = 'signer' in found ? lines[found.signer!]?.start : undefined;
  // Quoted lines of a reply chain (below a boundary), as opposed to the ">" lines of an interleaved reply.
  const chainStart = options.keepAll ? lines.length : findQuoteStart(lines);
  const kept: { line: Line; context: MentionContext; inChain: boolean }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const context = contexts[i];
    if (!context) continue;
    const inChain = i >= chainStart && context === 'quoted';
    if (isBlank(line)) {
      if (kept.length > 0 && kept.at(-1)!.line.text !== '')
        kept.push({ line: { text: '', start: line.start }, context, inChain });
    } else if (options.keepAll || isProse(line.text)) {
      kept.push({ line, context, inChain });
    }
  }
  let text = '';
  const map: number[] = [];
  const kinds: MentionContext[] = [];
  let truncated = false;
  let others = 0;
  let chain = 0;
  const othersBudget = options.maxOthersChars ?? MAX_OTHERS_CHARS;
  const chainBudget = options.maxQuotedChars ?? MAX_QUOTED_CHARS;
  let signer: [number, number] | undefined;
  for (const { line, context, inChain } of kept) {
    const room = MAX_PREPARED_CHARS - text.length - (text ? 1 : 0);
    const otherRoom = inChain ? chainBudget - chain : isOthers(context) ? othersBudget - others : Infinity;
    if (otherRoom <= 0) continue;
    if (room <= 0) {
      truncated = true;
      break;
    }
    if (text) text += '\n';
    map.push(text.length, line.start);
    kinds.push(context);
    const piece = line.text.slice(0, Math.min(room, otherRoom));
    if (inChain) chain += piece.length + 1;
    else if (isOthers(context)) others += piece.length + 1;
    else truncated ||= piece.length < line.text.length;
    if (line.start === signerAt) signer = [text.length, text.length + piece.length];
    text += blankMarkup(piece);
  }
  return { text, map, contexts: kinds, truncated, ...(signer && { signer }) };
}

/** Index of the kept line that holds a prepared-text offset. */
function lineAt(prepared: PreparedText, offset: number): number {
  const { map } = prepared;
  let lo = 0;
  let hi = map.length / 2 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map[mid * 2]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The original-body offset of a prepared-text offset (a line break maps to the end of its line). */
export function toOriginalOffset(prepared: PreparedText, offset: number): number {
  if (prepared.map.length === 0) return offset;
  const line = lineAt(prepared, offset);
  return prepared.map[line * 2 + 1]! + (offset - prepared.map[line * 2]!);
}

/** Whose words sit at a prepared-text offset. */
export function contextAt(prepared: PreparedText, offset: number): MentionContext {
  return prepared.contexts[lineAt(prepared, offset)] ?? 'own';
}
