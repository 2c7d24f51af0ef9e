/**
 * ② parse: a message mailparser refuses for one of its bounds is not lost for it. Its splitter
 * (@zone-eu/mailsplit) reads at most 1 MiB of headers per MIME part and 1,000 parts per message, bounds
 * a hostile message reaches with one header line without end, a To: of a hundred thousand addresses,
 * tens of thousands of short header lines, or a body of thousands of nested parts. First the message's
 * own header fields are cut to about what the graph keeps of them; if it is still refused, its body is
 * left out and its headers read alone. Each step says what it cut, as a warning on the message; its
 * source keeps the original bytes.
 */
import { MAX_HEADER_CHARS } from '../text-caps.js';
import { headerBlockEnd } from './header-charset.js';

// What a header field keeps when the headers are cut: the graph keeps MAX_HEADER_CHARS characters of a
// value (up to 4 bytes each in UTF-8; encoded words take more, and their end may be cut); the address
// fields up to MAX_RECIPIENTS addresses (parse-message.ts), ~30 bytes each in real mail.
export const MAX_HEADER_FIELD_BYTES = 4 * MAX_HEADER_CHARS;
export const MAX_ADDRESS_FIELD_BYTES = 4 * MAX_HEADER_FIELD_BYTES;
const ADDRESS_FIELD = /^(?:to|cc|bcc|resent-to|resent-cc|resent-bcc):/i;
// mailsplit counts each header line as its bytes, at least 64 (HEADER_LINE_MIN_COST in its mime-node.js),
// against 1 MiB: a header block cut to 960 KiB of that cost is read.
const LINE_MIN_COST = 64;
const MAX_HEADER_BLOCK_COST = 960 * 1024;

/** The bounds of mailparser's that a message can reach, by the words its splitter refuses it with. */
const REFUSALS = {
  headers: { message: 'Max header size for a MIME node exceeded', bound: '1 MiB of headers per part' },
  parts: { message: 'Max allowed child nodes exceeded', bound: '1,000 MIME parts per message' },
} as const;

export type Refusal = keyof typeof REFUSALS;

export function refusalOf(error: unknown): Refusal | undefined {
  // mailsplit tags its bounds' errors EMAXLEN; which bound, only the words say.
  if (!(error instanceof Error) || (error as { code?: unknown }).code !== 'EMAXLEN') return undefined;
  return (Object.keys(REFUSALS) as Refusal[]).find((r) => REFUSALS[r].message === error.message);
}

/** What was done to a message so far: each step is taken once. */
export interface Salvage {
  headersCut: boolean;
  bodyLeftOut: boolean;
}

/** The next bytes to give mailparser after it refused `bytes`, and what was cut; undefined when nothing is left to cut. */
export function salvage(
  bytes: Buffer,
  refusal: Refusal,
  done: Salvage,
): { bytes: Buffer; note: string; step: keyof Salvage } | undefined {
  const bound = REFUSALS[refusal].bound;
  if (refusal === 'headers' && !done.headersCut) {
    const cut = cutHeaderFields(bytes);
    // Nothing to cut in its own headers: the part over the bound is inside the body.
    if (cut)
      return {
        bytes: cut.bytes,
        note: `${describeCut(cut)} to read it (mailparser reads ${bound})`,
        step: 'headersCut',
      };
  }
  if (done.bodyLeftOut) return undefined;
  const where =
    refusal === 'headers' && !done.headersCut
      ? 'a part of its body has more headers than mailparser reads'
      : "it is over mailparser's bound";
  return {
    bytes: headerBlock(bytes),
    note: `${where} (${bound}): its headers are read, its body is not`,
    step: 'bodyLeftOut',
  };
}

/** Why a message stays unread after the steps `done` took: said in the ParseError. */
export function refusedText(refusal: Refusal, done: Salvage): string {
  const steps = [
    ...(done.headersCut ? ['its header fields cut'] : []),
    ...(done.bodyLeftOut ? ['its body left out'] : []),
  ];
  return `mailparser refuses it (${REFUSALS[refusal].bound})${steps.length ? ` even with ${steps.join(' and ')}` : ''}`;
}

interface Cut {
  bytes: Buffer;
  /** Fields cut to their bound, and the longest of them as it was. */
  fields: number;
  longest: number;
  /** Fields left out whole, past the bound on the header block. */
  dropped: number;
}

const count = (n: number, what: string) => `${n.toLocaleString('en')} ${what}${n === 1 ? '' : 's'}`;

function describeCut(cut: Cut): string {
  const parts: string[] = [];
  if (cut.fields > 0)
    parts.push(
      `${count(cut.fields, 'header field')} (the longest ${cut.longest.toLocaleString('en')} bytes) cut to ` +
        `${MAX_HEADER_FIELD_BYTES.toLocaleString('en')} bytes (To, Cc, Bcc: ` +
        `${MAX_ADDRESS_FIELD_BYTES.toLocaleString('en')}) or less`,
    );
  if (cut.dropped > 0) parts.push(`the last ${count(cut.dropped, 'header field')} left out, past 1 MiB of headers`);
  return parts.join(' and ');
}

/** One line of the header block: where it starts and ends (its line break included), and its length without the break. */
interface Line {
  start: number;
  end: number;
  content: number;
}

function* headerLines(buffer: Buffer): Generator<Line> {
  for (let at = 0; at < buffer.length;) {
    const newline = buffer.indexOf(0x0a, at);
    const end = newline < 0 ? buffer.length : newline + 1;
    const content = newline < 0 ? end - at : newline - at - (buffer[newline - 1] === 0x0d ? 1 : 0);
    if (content === 0) return; // the empty line that ends the header block
    yield { start: at, end, content };
    at = end;
  }
}

/** The message's header block and an empty line after it: the body left out. */
function headerBlock(buffer: Buffer): Buffer {
  return Buffer.concat([buffer.subarray(0, headerBlockEnd(buffer)), Buffer.from('\r\n')]);
}

// How far back a cut line looks for a separator to end on, rather than in the middle of an address or word.
const SEPARATOR_LOOKBACK = 4096;

/** Where to end a line cut at `limit`: after the last comma or space before it, when there is one near. */
function cutPoint(buffer: Buffer, start: number, limit: number): number {
  const from = Math.max(start, limit - SEPARATOR_LOOKBACK);
  for (let i = limit - 1; i > from; i--) if (buffer[i] === 0x2c || buffer[i] === 0x20) return i;
  return limit;
}

/**
 * The message with each field of its own header block (a line and the folded lines that continue it)
 * cut to its bound (MAX_HEADER_FIELD_BYTES, MAX_ADDRESS_FIELD_BYTES), and the fields past
 * MAX_HEADER_BLOCK_COST left out; undefined when nothing needs it. Costs are counted as mailsplit counts
 * them. The body and the headers of inner parts are left alone: a base64 body may be one line of megabytes.
 */
function cutHeaderFields(buffer: Buffer): Cut | undefined {
  const pieces: Buffer[] = [];
  let copied = 0; // bytes before this are in pieces, or left out
  const leaveOut = (from: number, to: number) => {
    pieces.push(buffer.subarray(copied, from));
    copied = to;
  };
  const cut: Omit<Cut, 'bytes'> = { fields: 0, longest: 0, dropped: 0 };
  let block = 0; // cost kept of the block
  let field = { start: 0, bound: MAX_HEADER_FIELD_BYTES, kept: 0, cut: false, dropped: false };
  const endField = (at: number) => {
    if (field.cut) cut.longest = Math.max(cut.longest, at - field.start);
  };
  let last = 0;
  for (const line of headerLines(buffer)) {
    const length = line.end - line.start;
    const cost = Math.max(length, LINE_MIN_COST);
    const continues = line.start > 0 && (buffer[line.start] === 0x20 || buffer[line.start] === 0x09);
    if (!continues) {
      endField(line.start);
      const bound = ADDRESS_FIELD.test(buffer.subarray(line.start, line.start + 12).toString('latin1'))
        ? MAX_ADDRESS_FIELD_BYTES
        : MAX_HEADER_FIELD_BYTES;
      // Once one is left out, every field after it is: the last ones go, whatever their length.
      const dropped = cut.dropped > 0 || block + Math.min(cost, bound) > MAX_HEADER_BLOCK_COST;
      field = { start: line.start, bound, kept: 0, cut: false, dropped };
      if (dropped) cut.dropped++;
    }
    last = line.end;
    if (field.dropped || (field.cut && continues)) {
      leaveOut(line.start, line.end);
      continue;
    }
    const room = Math.min(field.bound - field.kept, MAX_HEADER_BLOCK_COST - block);
    if (cost <= room) {
      field.kept += cost;
      block += cost;
      continue;
    }
    if (!field.cut) cut.fields++;
    field.cut = true;
    if (continues) {
      leaveOut(line.start, line.end);
      continue;
    }
    // The field's first line is too long by itself: its start is kept, ended at a comma or space near
    // the cut (not inside an address), with its line break.
    const end = cutPoint(buffer, line.start, line.start + room - (length - line.content));
    leaveOut(end, line.start + line.content);
    field.kept += room;
    block += room;
  }
  endField(last);
  if (cut.fields === 0 && cut.dropped === 0) return undefined;
  pieces.push(buffer.subarray(copied));
  return { bytes: Buffer.concat(pieces), ...cut };
}
