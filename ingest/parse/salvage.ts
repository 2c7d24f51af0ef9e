/**
 * ② parse: a message mailparser refuses for one of its bounds is not lost for it. Its splitter
 * (@zone-eu/mailsplit) reads at most 1 MiB of headers per MIME part and 1,000 parts per message, bounds
 * a hostile message reaches with one header line without end, a To: of a hundred thousand addresses, or
 * a body of thousands of nested parts. First the message's own header fields are cut to what the graph
 * keeps of any header value; if it is still refused, its body is left out and its headers read alone.
 * Each step says what it cut, as a warning on the message; its source keeps the original bytes.
 */
import { MAX_HEADER_CHARS } from '../text-caps.js';

/** What a header field keeps when the headers are cut: past what the graph keeps of a value (up to 4 bytes a character). */
export const MAX_HEADER_FIELD_BYTES = 4 * MAX_HEADER_CHARS;
// mailsplit's bound on one part's headers (1 MiB), less room: a header block cut to this is read.
const MAX_HEADER_BLOCK_BYTES = 960 * 1024;

/** The bounds of mailparser's a message can reach, by the words its splitter refuses it with. */
const REFUSALS = {
  headers: { message: 'Max header size for a MIME node exceeded', bound: '1 MiB of headers per part' },
  parts: { message: 'Max allowed child nodes exceeded', bound: '1,000 MIME parts per message' },
} as const;

export type Refusal = keyof typeof REFUSALS;

export function refusalOf(error: unknown): Refusal | undefined {
  if (!(error instanceof Error)) return undefined;
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
    refusal === 'headers'
      ? 'a part of its body has more headers than mailparser reads'
      : "its body is over mailparser's bound";
  return {
    bytes: headerBlock(bytes),
    note: `${where} (${bound}): its headers are read, its body is not`,
    step: 'bodyLeftOut',
  };
}

/** Why a message stays unread after every step: said in the ParseError. */
export function refusedText(refusal: Refusal): string {
  return (
    `mailparser refuses it (${REFUSALS[refusal].bound}) even with its header fields cut to ` +
    `${MAX_HEADER_FIELD_BYTES.toLocaleString('en')} bytes and its body left out`
  );
}

interface Cut {
  bytes: Buffer;
  /** Fields cut to MAX_HEADER_FIELD_BYTES, and the longest of them as it was. */
  fields: number;
  longest: number;
  /** Fields left out whole, past the bound on the header block. */
  dropped: number;
}

function describeCut(cut: Cut): string {
  const parts: string[] = [];
  if (cut.fields > 0)
    parts.push(
      `${cut.fields.toLocaleString('en')} header field${cut.fields === 1 ? '' : 's'} (the longest ${cut.longest.toLocaleString('en')} bytes) ` +
        `cut to ${MAX_HEADER_FIELD_BYTES.toLocaleString('en')} bytes`,
    );
  if (cut.dropped > 0)
    parts.push(
      `the last ${cut.dropped.toLocaleString('en')} header field${cut.dropped === 1 ? '' : 's'} left out, past ` +
        `${(MAX_HEADER_BLOCK_BYTES / 1024).toLocaleString('en')} KiB of headers`,
    );
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

/** The message's header block and the empty line after it: the body left out. */
export function headerBlock(buffer: Buffer): Buffer {
  let end = 0;
  for (const line of headerLines(buffer)) end = line.end;
  return Buffer.concat([buffer.subarray(0, end), Buffer.from('\r\n')]);
}

/**
 * The message with each field of its own header block (a line and the folded lines that continue it)
 * cut to MAX_HEADER_FIELD_BYTES, and the fields past MAX_HEADER_BLOCK_BYTES left out; undefined when
 * nothing is that long. The body and the headers of inner parts are left alone: a base64 body may be one
 * line of megabytes.
 */
export function cutHeaderFields(buffer: Buffer): Cut | undefined {
  const pieces: Buffer[] = [];
  let copied = 0; // bytes before this are in pieces, or left out
  const leaveOut = (from: number, to: number) => {
    pieces.push(buffer.subarray(copied, from));
    copied = to;
  };
  const cut: Omit<Cut, 'bytes'> = { fields: 0, longest: 0, dropped: 0 };
  let block = 0; // bytes kept of the block
  let field = { start: 0, kept: 0, cut: false, dropped: false };
  const endField = (at: number) => {
    if (field.cut) cut.longest = Math.max(cut.longest, at - field.start);
  };
  let last = 0;
  for (const line of headerLines(buffer)) {
    const length = line.end - line.start;
    const continues = line.start > 0 && (buffer[line.start] === 0x20 || buffer[line.start] === 0x09);
    if (!continues) {
      endField(line.start);
      // Once one is left out, every field after it is: the last ones go, whatever their length.
      const dropped = cut.dropped > 0 || block + Math.min(length, MAX_HEADER_FIELD_BYTES) > MAX_HEADER_BLOCK_BYTES;
      field = { start: line.start, kept: 0, cut: false, dropped };
      if (dropped) cut.dropped++;
    }
    last = line.end;
    if (field.dropped || (field.cut && continues)) {
      leaveOut(line.start, line.end);
      continue;
    }
    const room = Math.min(MAX_HEADER_FIELD_BYTES - field.kept, MAX_HEADER_BLOCK_BYTES - block);
    if (length <= room) {
      field.kept += length;
      block += length;
      continue;
    }
    field.cut = true;
    cut.fields++;
    if (continues) {
      leaveOut(line.start, line.end);
      continue;
    }
    // The field's first line is too long by itself: its start is kept, with its line break.
    const keep = room - (length - line.content);
    leaveOut(line.start + keep, line.start + line.content);
    field.kept += room;
    block += room;
  }
  endField(last);
  if (cut.fields === 0 && cut.dropped === 0) return undefined;
  pieces.push(buffer.subarray(copied));
  return { bytes: Buffer.concat(pieces), ...cut };
}
