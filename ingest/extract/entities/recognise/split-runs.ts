/**
 * Runs cut before the rules classify them: at "&" when it joins two names ("TWPL & Northwest Pipeline"),
 * and at a title or office inside a run ("MEVCO Managing Director Phillip Gennarelli", "CEO Jeff Skilling").
 */
import { DOCUMENT_WORDS } from './lexicons/words.js';
import { isFirstName } from './name-words.js';
import { orgShaped, words } from './org-rules.js';
import { isCommonWord, type Run } from './runs.js';
import type { Span } from './spans.js';
import type { Tok } from './tag-text.js';
import { titleAt, titleText } from './titles.js';

/**
 * "TWPL & Northwest Pipeline" names two organisations; "Kane & Associates", "AT & T" name one. A run
 * with several words on one side of "&" is cut there.
 */
export interface Piece {
  run: Run;
  /** Set on the two halves of a run cut at "&": the index of the run they came from. */
  pair?: number;
}

export function splitAmpersand(runs: Run[]): Piece[] {
  const out: Piece[] = [];
  for (const run of runs) {
    const at = run.toks.findIndex((t) => t.text === '&');
    const left = run.toks.slice(0, at);
    const right = run.toks.slice(at + 1);
    // "Operations & Maintenance Agreement", "O&M & Compression Services Agreement": one document's title.
    if (
      at < 0 ||
      DOCUMENT_WORDS.has(run.toks.at(-1)!.key) ||
      (words({ toks: left, at: 0 }).length < 2 && words({ toks: right, at: 0 }).length < 2) ||
      !left.length ||
      !right.length
    ) {
      out.push({ run });
      continue;
    }
    out.push(
      { run: { toks: left, at: run.at }, pair: out.length },
      { run: { toks: right, at: run.at + at + 1 }, pair: out.length },
    );
  }
  return out;
}

/**
 * A name after a title: one to four words that start with a capital (not "Director of Member Care"), not
 * all ordinary, not an organisation's or a document's.
 */
export function isNameAfterTitle(run: Run, sentence: Tok[]): boolean {
  const ws = words(run);
  if (!run.toks[0]!.cap || ws.length === 0 || ws.length > 4 || ws.every(isCommonWord)) return false;
  return !DOCUMENT_WORDS.has(ws.at(-1)!.key) && !orgShaped(ws, run, sentence);
}

/**
 * "MEVCO Managing Director Phillip Gennarelli", "CEO Jeff Skilling": a title inside a run, a name after it
 * (not "Larry King Live": a first name before the title makes it part of a name).
 */
export function splitAtTitle(run: Run, sentence: Tok[]): { head?: Run; title: Tok[]; name: Run } | undefined {
  for (let i = 0; i < run.toks.length - 1; i++) {
    const n = titleAt(run.toks, i);
    if (n === 0 || i + n >= run.toks.length || (i > 0 && isFirstName(run.toks[i - 1]!))) continue;
    const name = { toks: run.toks.slice(i + n), at: run.at + i + n };
    if (!isNameAfterTitle(name, sentence)) continue;
    const head = i > 0 ? { toks: run.toks.slice(0, i), at: run.at } : undefined;
    return { ...(head && { head }), title: run.toks.slice(i, i + n), name };
  }
  return undefined;
}

export function titledPerson(name: Run, title: Tok[]): Span {
  return {
    type: 'PER',
    start: name.toks[0]!.start,
    end: name.toks.at(-1)!.end,
    source: 'rule',
    role: titleText(title),
  };
}
