/**
 * Reader for the CEREC / emailcoref Enron threads (CoNLL-like, 4 tab-separated columns in the LREC
 * seed files: token, speaker, entity+chain such as "(P0*", coreference). A thread holds several messages;
 * each message (a run of lines by one speaker) becomes one GoldDoc whose text is the message body.
 *
 * What is scored, and why:
 * - Only NAMED mentions: pronouns ("I", "we"), descriptions ("the financial trader") and group vocatives
 *   ("Team") are coreference material, not named entities. A mention is named when every word in it,
 *   after a leading determiner, is capitalised (connectors such as "of", "de", "&" aside) and it is not a
 *   pronoun. E-mail addresses and URLs are left out: they are the graph's Address nodes, not names.
 * - Only BODY lines: each message's leading header block (Date/From/To/Subject/X-From…, Lotus Notes
 *   "Name on 11/27/2001 09:09 AM" lines) and "Forwarded by …" lines are metadata the pipeline takes from
 *   the headers. Their names become the participants (parsed from the header text with no help from the
 *   annotations), as the pipeline gets them from From/To/Cc: those of every message in the thread.
 * - Types P/O/L map to PER/ORG/LOC; D (digital objects: files, postings, URLs) is not scored.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

import type { Correspondent, EntityType } from '../../ingest/extract/entities/types.js';
import { type GoldDoc, GoldFormatError, type GoldSet, type GoldSpan, joinTokens } from './gold.js';
import { parseHeaderParticipants } from './header-participants.js';

interface Row {
  token: string;
  speaker: string;
  entity: string;
}

interface Span {
  type: EntityType;
  first: number;
  last: number;
}

const TYPES: Record<string, EntityType> = { P: 'PER', O: 'ORG', L: 'LOC' };
const wordSet = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));
const HEADER_KEY = /^(?:Date|From|To|Cc|cc|CC|Bcc|bcc|Sent|Subject|X - (?:From|To|cc|bcc|Folder|Origin|FileName)) :/;
const LOTUS_HEADER =
  / on \d{1,2} \/ ?\d{1,2} \/ ?\d{2,4} \d{1,2}:\d\d(?::\d\d)? [AP]M$|^\S.* on \d{1,2}\/\d{1,2}\/\d{2,4} \d/;
const FORWARDED = /^-*\s*Forwarded by /;
// How far into a message its header block can reach (Enron's X- headers make it 8 lines).
const MAX_HEADER_LINES = 10;
const DETERMINERS = wordSet(`
the a an our your my his her their its this that these those
`);
const CONNECTORS = wordSet(`
of and & - , . 's de du des la le van von der del y / for the on at in
`);
const NOT_NAMES = wordSet(`
i we you he she they it me us them him her my our your their his its this that these those who all
everyone everybody anyone someone team folks guys gentlemen ladies friends both
`);

function parseRows(path: string): Row[][] {
  const lines: Row[][] = [];
  let current: Row[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, n) => {
      if (line.startsWith('#')) return;
      const cols = line.split('\t');
      if (cols.length === 1 && cols[0]!.trim() === '') {
        if (current.length) lines.push(current);
        current = [];
        return;
      }
      if (cols.length < 3)
        throw new GoldFormatError(`${path}:${n + 1}: expected ≥3 tab-separated columns, got ${cols.length}`);
      current.push({ token: cols[0]!, speaker: cols[1]!, entity: cols[2]! });
    });
  if (current.length) lines.push(current);
  return lines;
}

/** Mentions of one thread as token ranges over the flattened rows; nested and multi-chain marks allowed. */
function parseSpans(rows: Row[], path: string): Span[] {
  const open: { letter: string; chain: string; first: number }[] = [];
  const spans: Span[] = [];
  rows.forEach((row, i) => {
    if (row.entity === '-') return;
    for (const raw of row.entity.split('|')) {
      const mark = /^(\()?([A-Z])(\d+)\*?(\))?$/.exec(raw.trim());
      if (!mark) throw new GoldFormatError(`${path}: token ${i} "${row.token}": cannot read entity mark "${raw}"`);
      const opens = mark[1] !== undefined;
      const letter = mark[2]!;
      const chain = mark[3]!;
      const closes = mark[4] !== undefined;
      if (opens) open.push({ letter, chain, first: i });
      if (!closes) continue;
      const at = open.findLastIndex((o) => o.letter === letter && o.chain === chain);
      if (at < 0) throw new GoldFormatError(`${path}: token ${i}: "${raw}" closes a mention that was never opened`);
      const { first } = open.splice(at, 1)[0]!;
      const type = TYPES[letter];
      if (type && !spans.some((s) => s.first === first && s.last === i && s.type === type))
        spans.push({ type, first, last: i });
    }
  });
  return spans;
}

function isNamed(tokens: string[]): boolean {
  const words = DETERMINERS.has(tokens[0]!.toLowerCase()) && tokens.length > 1 ? tokens.slice(1) : tokens;
  if (words.length === 1 && NOT_NAMES.has(words[0]!.toLowerCase())) return false;
  if (words.some((w) => w.includes('@') || /^(?:https?|www)/i.test(w))) return false;
  return (
    words.every((w) => CONNECTORS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w)) && words.some((w) => /^\p{Lu}/u.test(w))
  );
}

function lineText(line: Row[]): string {
  return line.map((r) => r.token).join(' ');
}

/** Index of the last header line of a message, or -1 when it starts straight with its body. */
function headerEnd(lines: Row[][]): number {
  let end = -1;
  for (let i = 0; i < Math.min(lines.length, MAX_HEADER_LINES); i++) {
    const text = lineText(lines[i]!);
    if (HEADER_KEY.test(text) || LOTUS_HEADER.test(text)) end = i;
  }
  return end;
}

function readThread(path: string): GoldDoc[] {
  const lines = parseRows(path);
  const rows = lines.flat();
  const spans = parseSpans(rows, path);
  const lineOf: number[] = [];
  const firstRow: number[] = [];
  lines.forEach((line, l) => {
    firstRow.push(lineOf.length);
    for (let k = 0; k < line.length; k++) lineOf.push(l);
  });
  // Messages: runs of lines by one speaker ("Metadata" lines such as "Original Message" belong to none).
  const messages: number[][] = [];
  lines.forEach((line, l) => {
    const speaker = line[0]!.speaker;
    const last = messages.at(-1);
    if (speaker === 'Metadata') return;
    if (last && lines[last.at(-1)!]![0]!.speaker === speaker && last.at(-1) === l - 1) last.push(l);
    else messages.push([l]);
  });
  const thread = basename(path, '.conll');
  const docs = messages.map((lineIds, m) => {
    const own = lineIds.map((l) => lines[l]!);
    const end = headerEnd(own);
    const forwardAt = own.findIndex((line, i) => i > end && FORWARDED.test(lineText(line)));
    const bodyLines = lineIds.slice(end + 1, forwardAt < 0 ? undefined : forwardAt);
    const participants: Correspondent[] = parseHeaderParticipants(
      own.slice(0, end + 1).map(lineText),
      `${thread}#${m}`,
    );
    const joined = joinTokens(
      bodyLines.map((l) => lines[l]!.map((r) => ({ text: r.token }))),
      false,
    );
    const goldSpans: GoldSpan[] = [];
    for (const span of spans) {
      const l = lineOf[span.first]!;
      const at = bodyLines.indexOf(l);
      if (at < 0 || lineOf[span.last] !== l) continue;
      const tokens = rows.slice(span.first, span.last + 1).map((r) => r.token);
      if (!isNamed(tokens)) continue;
      const offsets = joined.offsets[at]!;
      goldSpans.push({
        type: span.type,
        start: offsets[span.first - firstRow[l]!]![0]!,
        end: offsets[span.last - firstRow[l]!]![1]!,
      });
    }
    return { id: `${thread}#${m}`, text: joined.text, spans: goldSpans, participants };
  });
  // The thread's participants: everyone in any of its header blocks, as a pipeline that knows the thread has them.
  const everyone = docs.flatMap((d) => d.participants);
  return docs.map((d) => ({ ...d, participants: everyone }));
}

export function readEmailcoref(path: string): GoldSet {
  const files = statSync(path).isDirectory()
    ? readdirSync(path, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.conll'))
        .sort()
        .map((f) => join(path, f))
    : [path];
  if (files.length === 0) throw new GoldFormatError(`${path}: no .conll files`);
  return {
    name: `emailcoref (${files.length} threads)`,
    docs: files.flatMap(readThread),
    notes: [
      'named mentions only (no pronouns, descriptions, e-mail addresses); D (digital object) mentions not scored',
      'message bodies only: header blocks and "Forwarded by" lines give the participants and are not scored',
    ],
  };
}
