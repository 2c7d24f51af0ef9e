/**
 * Acronyms the text defines, and stock tickers: `Millennium Energy Ventures ("MEVCO")`, `Federal Energy
 * Regulatory Commission (FERC)`, `FERC (Federal Energy Regulatory Commission)`, `Enron Corp. (NYSE: ENE)`.
 * The long form becomes an ORG span, and the acronym (and every later use of it in the message) an ORG span
 * whose `shortFor` is the long form's entity key, so the graph can link the two (SHORT_FOR).
 *
 * A definition counts when the long form's initials open the acronym ("MEVCO") or the acronym's letters
 * appear in order in the long form from its first letter ("SoCalGas" style), and the long form is an organisation: the rules found one there, or it ends with an organisation
 * word or starts with an institution word ("Notice of Proposed Rulemaking (NOPR)" is a document, not an ORG).
 */
import { entityKey, fold } from '../normalise/normalise-mention.js';
import { INDUSTRY_SUFFIXES, ORG_HEADS, ORG_SUFFIXES } from './lexicons/words.js';
import { COUNTRIES } from './lexicons/places.js';
import { lookUpPlace } from './lexicons/world-places.js';
import type { Span } from './spans.js';

// "(MEVCO)", "(\"MEVCO\")", "(the “MEVCO”)", "(NYSE: ENE)" — the acronym itself, up to ten characters.
const PARENTHESIS =
  /\(\s*(?:the\s+)?["“'‘]?(?:(NYSE|NASDAQ|Nasdaq|AMEX|TSX|LSE|Euronext)\s*:\s*)?([A-Z][A-Za-z0-9&.-]{1,9})["”'’]?\s*\)/g;
const CONNECTOR = /^(?:of|and|for|the|de|des|du|la|le|les|et|d['’]|l['’]|&)$/i;
// The words before a parenthesis that may form a long form: up to ten, back to the last punctuation.
const WORDS_BEFORE = /(?:[\p{L}\p{N}&'’.-]+[ \t]+){0,9}[\p{L}\p{N}&'’.-]+[ \t]*$/u;
const MAX_LONG_FORM_CHARS = 120;

function lettersMatch(acronym: string, longForm: string): boolean {
  const letters = acronym.replace(/[^A-Za-z]/g, '').toLowerCase();
  const long = longForm.toLowerCase();
  if (!letters || long[0] !== letters[0]) return false;
  // "Millennium Energy Ventures" → "MEVCO": the initials of the words open the acronym.
  const initials = long
    .split(/\s+/)
    .filter((w) => !CONNECTOR.test(w))
    .map((w) => w[0])
    .join('');
  if (initials.length >= 2 && letters.startsWith(initials)) return true;
  let at = 0;
  for (const letter of letters) {
    at = long.indexOf(letter, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/**
 * Whether a defined long form is an organisation: an organisation word ends or opens it, or the rules found
 * a name there that is neither a person nor a place the world table knows ("Southern California Edison"
 * looked like a place to the compass rule; "United States (US)" stays a place).
 */
function isOrganisationName(longForm: string, spans: Span[], start: number, end: number): boolean {
  const words = fold(longForm).split(/\s+/);
  const last = words.at(-1)!.replace(/\.$/, '');
  if (ORG_SUFFIXES.has(last) || INDUSTRY_SUFFIXES.has(last) || ORG_HEADS.has(words[0]!)) return true;
  const found = spans.filter((s) => s.start < end && start < s.end);
  if (found.some((s) => s.type === 'PER') || lookUpPlace(longForm) || COUNTRIES.has(words.join(' '))) return false;
  return found.some((s) => s.start <= start && s.end >= end);
}

interface Definition {
  acronym: string;
  key: string;
}

/**
 * The long form's [start, end) before a parenthesis at `open`: the longest run of the words before it that
 * starts with a capitalised word and spells the acronym (letters in order, or initials opening it).
 */
function longFormBefore(text: string, open: number, acronym: string): [number, number] | undefined {
  const from = Math.max(0, open - MAX_LONG_FORM_CHARS);
  const match = WORDS_BEFORE.exec(text.slice(from, open));
  if (!match) return undefined;
  const end = from + match.index + match[0].trimEnd().length;
  const starts = [...match[0].matchAll(/(?:^|[ \t])(\S)/g)].map((m) => from + match.index + m.index + m[0].length - 1);
  for (const start of starts) {
    const longForm = text.slice(start, end);
    const first = longForm.split(/\s+/)[0]!;
    if (!/^\p{Lu}/u.test(first) || CONNECTOR.test(first)) continue;
    if (!acronym || lettersMatch(acronym, longForm)) return [start, end];
  }
  return undefined;
}

function addSpan(spans: Span[], span: Span): void {
  for (let i = spans.length - 1; i >= 0; i--) {
    const s = spans[i]!;
    if (s.start < span.end && span.start < s.end) spans.splice(i, 1);
  }
  spans.push(span);
}

/** Adds the defined acronyms and their long forms to `spans` (resolved, in text order) and returns them sorted. */
export function linkAcronyms(text: string, spans: Span[]): Span[] {
  if (!text.includes('(')) return spans;
  const definitions: Definition[] = [];
  for (const match of text.matchAll(PARENTHESIS)) {
    const [, exchange, acronym] = match;
    if (!acronym) continue;
    // A ticker follows its company (any name); an acronym must spell its long form.
    const range = longFormBefore(text, match.index, exchange ? '' : acronym);
    if (!range) continue;
    const longForm = text.slice(range[0], range[1]);
    if (!isOrganisationName(longForm, spans, range[0], range[1])) continue;
    if (exchange) {
      const at = match.index + match[0].indexOf(exchange);
      addSpan(spans, { type: 'ORG', start: at, end: at + exchange.length, source: 'rule' });
    }
    const key = entityKey('ORG', longForm);
    addSpan(spans, { type: 'ORG', start: range[0], end: range[1], source: 'rule' });
    const at = match.index + match[0].indexOf(acronym);
    addSpan(spans, { type: 'ORG', start: at, end: at + acronym.length, source: 'rule', shortFor: key });
    definitions.push({ acronym, key });
  }
  // Later uses of a defined acronym in the same message.
  for (const { acronym, key } of definitions) {
    const use = new RegExp(
      `(?<![\\p{L}\\p{N}])${acronym.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'gu',
    );
    for (const m of text.matchAll(use)) {
      const existing = spans.find((s) => s.start === m.index && s.end === m.index + acronym.length);
      if (existing) {
        existing.type = 'ORG';
        existing.shortFor = key;
      } else if (!spans.some((s) => s.start < m.index + acronym.length && m.index < s.end)) {
        spans.push({ type: 'ORG', start: m.index, end: m.index + acronym.length, source: 'rule', shortFor: key });
      }
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
