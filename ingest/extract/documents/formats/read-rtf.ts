/**
 * ③ extract (documents): RTF. rtf-stream-parser tokenises and its ToPlainText transform turns the
 * tokens into text (code pages, \uN escapes and their \ucN fallbacks, symbol fonts). The \info
 * group (title, author, operator = last editor, dates, counts) is not text but metadata: no
 * maintained library reads it, so it is taken out of the token stream here and decoded with the
 * document's code page (\ansicpg), as are pictures and embedded-object data, which would
 * otherwise come out as hex.
 */
import iconv from 'iconv-lite';
import { Tokenize } from 'rtf-stream-parser';
import { ToPlainText } from 'rtf-stream-parser/dist/src/ToPlainText.js';

import { DocumentReadError } from '../errors.js';
import { readLocalParts } from '../metadata/dates.js';
import type { NormalisedField } from '../types.js';
import type { FormatContext } from './context.js';

interface Token {
  type: number;
  word?: string;
  param?: number;
  data?: Buffer;
}
const GROUP_START = 0;
const GROUP_END = 1;
const CONTROL = 2;
const TEXT = 3;

// Destinations whose content is not document text.
const HIDDEN = new Set([
  'info',
  'pict',
  'objdata',
  'fldinst',
  'datafield',
  'themedata',
  'colorschememapping',
  'datastore',
  'xmlnstbl',
  'bkmkstart',
  'bkmkend',
]);
const INFO_TEXT: Record<string, NormalisedField | undefined> = {
  title: 'title',
  subject: 'subject',
  author: 'author',
  operator: 'lastModifiedBy',
  keywords: 'keywords',
  doccomm: 'description',
  company: 'company',
  manager: 'manager',
  category: 'category',
  hlinkbase: undefined,
};
const INFO_NUMBERS: Record<string, NormalisedField | undefined> = {
  version: 'revision',
  nofpages: 'pages',
  nofwords: 'words',
  nofchars: 'characters',
  vern: undefined,
  nofcharsws: undefined,
  id: undefined,
};
const INFO_DATES: Record<string, 'created' | 'modified' | 'printed' | undefined> = {
  creatim: 'created',
  revtim: 'modified',
  printim: 'printed',
  buptim: undefined,
};

function tokenise(bytes: Uint8Array): Token[] {
  const tokens: Token[] = [];
  const tokenizer = new Tokenize();
  const fail = (error?: Error | null) => {
    if (error) throw error;
  };
  tokenizer.push = (token: Token) => {
    tokens.push(token);
    return true;
  };
  tokenizer._transform(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'buffer', fail);
  tokenizer._flush(fail);
  return tokens;
}

/** The group's destination word: its first control word, after an optional \*. */
function destination(tokens: Token[], start: number): string | undefined {
  const first = tokens[start + 1];
  const second = tokens[start + 2];
  if (first?.type !== CONTROL) return undefined;
  return first.word === '*' && second?.type === CONTROL ? second.word : first.word;
}

/** Index of the token closing the group opened at `start`. */
function groupEnd(tokens: Token[], start: number): number {
  let depth = 0;
  for (let i = start; i < tokens.length; i++) {
    if (tokens[i]!.type === GROUP_START) depth++;
    else if (tokens[i]!.type === GROUP_END && --depth === 0) return i;
  }
  return tokens.length - 1;
}

/** Text of an \info field: bytes in the document code page, \'XX escapes, \uN characters. */
function infoText(tokens: Token[], from: number, to: number, codepage: string): string {
  const out: string[] = [];
  let bytes: number[] = [];
  let skip = 0;
  let uc = 1;
  const flush = () => {
    if (bytes.length) out.push(iconv.decode(Buffer.from(bytes), codepage));
    bytes = [];
  };
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!;
    if (t.type === CONTROL && t.word === 'uc') uc = t.param ?? 1;
    else if (t.type === CONTROL && t.word === 'u' && t.param !== undefined) {
      flush();
      out.push(String.fromCharCode(t.param < 0 ? t.param + 65536 : t.param));
      skip = uc;
    } else if (t.type === CONTROL && t.word === "'" && t.data) {
      if (skip > 0) skip--;
      else bytes.push(...t.data);
    } else if (t.type === TEXT && t.data) {
      const data = skip > 0 ? t.data.subarray(Math.min(skip, t.data.length)) : t.data;
      skip = Math.max(0, skip - t.data.length);
      bytes.push(...data);
    }
  }
  flush();
  return out.join('');
}

function readInfo(ctx: FormatContext, tokens: Token[], start: number, end: number, codepage: string): void {
  const source = 'RTF \\info';
  for (let i = start + 1; i < end; i++) {
    if (tokens[i]!.type !== GROUP_START) continue;
    const close = groupEnd(tokens, i);
    const word = destination(tokens, i);
    const firstValue = tokens[i + 1]?.word === '*' ? i + 3 : i + 2;
    if (word && word in INFO_TEXT)
      ctx.meta.add(source, `\\${word}`, infoText(tokens, firstValue, close - 1, codepage), INFO_TEXT[word]);
    else if (word && word in INFO_NUMBERS) {
      const param = tokens[firstValue - 1]?.param;
      ctx.meta.add(source, `\\${word}`, param, INFO_NUMBERS[word]);
    } else if (word === 'edmins') {
      const minutes = tokens[i + 1]?.param;
      ctx.meta.add(source, '\\edmins', minutes);
      if (minutes !== undefined) ctx.meta.add(source, '\\edmins (seconds)', minutes * 60, 'totalEditSeconds');
    } else if (word && word in INFO_DATES) {
      const parts: Record<string, number> = {};
      for (let j = i + 2; j < close; j++)
        if (tokens[j]!.type === CONTROL) parts[tokens[j]!.word!] = tokens[j]!.param ?? 0;
      const read = parts.yr
        ? readLocalParts(parts.yr, parts.mo ?? 1, parts.dy ?? 1, parts.hr ?? 0, parts.min ?? 0, parts.sec ?? 0)
        : undefined;
      const field = INFO_DATES[word];
      if (field) ctx.meta.addDate(source, `\\${word}`, read?.iso ?? JSON.stringify(parts), read, field);
      else if (read) ctx.meta.add(source, `\\${word}`, read.iso);
    }
    i = close;
  }
}

export function readRtf(ctx: FormatContext): void {
  let tokens: Token[];
  try {
    tokens = tokenise(ctx.bytes);
  } catch (error) {
    throw new DocumentReadError(
      'corrupt',
      `the RTF cannot be tokenised: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const cpg = tokens.slice(0, 64).find((t) => t.type === CONTROL && t.word === 'ansicpg')?.param;
  const codepage = cpg && iconv.encodingExists(`cp${cpg}`) ? `cp${cpg}` : 'cp1252';
  const plain = new ToPlainText({ decode: iconv.decode, warn: () => {} });
  const pieces: string[] = [];
  const fail = (error?: Error | null) => {
    if (error) throw error;
  };
  plain.push = (piece: string) => {
    pieces.push(piece);
    return true;
  };
  try {
    for (let i = 0; i < tokens.length && !ctx.text.full; i++) {
      const token = tokens[i]!;
      if (token.type === GROUP_START) {
        const word = destination(tokens, i);
        if (word && HIDDEN.has(word)) {
          const end = groupEnd(tokens, i);
          if (word === 'info') readInfo(ctx, tokens, i, end, codepage);
          i = end;
          continue;
        }
      }
      plain._transform(token, 'buffer', fail);
      if (pieces.length > 256) ctx.text.push(pieces.splice(0).join(''));
    }
    plain._flush(fail);
  } catch (error) {
    throw new DocumentReadError(
      'corrupt',
      `the RTF cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  ctx.text.push(pieces.join(''));
}
