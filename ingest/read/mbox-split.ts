/**
 * ① read: mbox bytes → messages, as a pure state machine fed chunk by chunk, so a many-GB mbox
 * streams through in constant memory (one message at a time, at most maxMessageBytes of it).
 * A separator line counts towards its message's size: a "From " line of gigabytes without a
 * newline is held no more than any message (its first 200 characters are kept to name it), and
 * its message is reported as over the limit; the messages after it are read (issue 14).
 *
 * The rules (RFC 4155 and the two quoting variants):
 * - Lines end at LF; a CR before it belongs to the line ending, so CRLF files split the same way.
 * - A separator ("From_ line") is a line starting with the five bytes "From " that opens the file
 *   or follows an empty line. Requiring the empty line keeps an unquoted "From " in a body (sloppy
 *   writers) from splitting a message in two. A UTF-8 byte-order mark before the first one is skipped.
 * - A message is the bytes after its separator line up to the next separator, less the one empty
 *   line just before that separator, which the writer added. After the last message one trailing
 *   empty line is dropped too (mboxrd writers add it, Python's mailbox does not).
 * - `offset`/`length` cover those bytes as they are in the file (still quoted), so the copy can be
 *   re-read; `unquoteMbox` turns them into the message.
 * - Quoting, by variant:
 *     mboxo  – writers (Python's mailbox, the Enron mbox files) turn a body line "From " into
 *              ">From " and leave lines already starting ">From " alone, so the quoting cannot be
 *              undone exactly. Reading: a line starting exactly ">From " loses its ">"; ">>From "
 *              lines are kept, they were written that way.
 *     mboxrd – writers add one ">" to every line matching /^>*From /, so reading removes one ">"
 *              from every line matching /^>+From /, which restores the original exactly.
 * - The variant is not written in the file. A file is read as mboxrd when its name ends in
 *   ".mboxrd" or its first separator is public-inbox's "From mboxrd@z"; otherwise as mboxo, the
 *   format of most writers.
 */

export type MboxVariant = 'mboxo' | 'mboxrd';

export interface MboxMessage {
  /** 1-based number of the message in the file. */
  index: number;
  /** Byte offset of the message's first byte (after its separator line) in the file. */
  offset: number;
  /** Length in the file (quoted bytes). */
  length: number;
  /** The message, unquoted; absent when it is over the size cap. */
  bytes?: Buffer;
  /** The separator line, for messages about this message (capped). */
  separator: string;
  /** Bytes of the separator line (it counts towards the message's size). */
  separatorLength: number;
}

const SEPARATOR = Buffer.from('\nFrom ');
const LF = 0x0a;
const CR = 0x0d;
const GT = 0x3e;
const FROM_SPACE = Buffer.from('From ');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
// Bytes of the previous chunk kept to find a separator split across two chunks: "\r\n" + "\nFrom ".
const TAIL_BYTES = 8;
const MAX_SEPARATOR_CHARS = 200;

export function mboxVariantOf(fileName: string, head: Uint8Array): MboxVariant {
  if (/\.mboxrd$/i.test(fileName)) return 'mboxrd';
  const start = head[0] === BOM[0] && head[1] === BOM[1] && head[2] === BOM[2] ? 3 : 0;
  return Buffer.from(head.buffer, head.byteOffset + start, Math.min(head.byteLength - start, 12)).toString('latin1') ===
    'From mboxrd@'
    ? 'mboxrd'
    : 'mboxo';
}

/** Whether the line starting at `i` is a quoted From line under `variant`. */
function isQuotedFrom(buf: Uint8Array, i: number, variant: MboxVariant): boolean {
  let j = i + 1;
  if (variant === 'mboxrd') while (j < buf.length && buf[j] === GT) j++;
  for (let k = 0; k < FROM_SPACE.length; k++) if (buf[j + k] !== FROM_SPACE[k]) return false;
  return true;
}

/** Removes one ">" from each quoted From line (the rule of `variant`, see above). */
export function unquoteMbox(raw: Buffer, variant: MboxVariant): Buffer {
  const cuts: number[] = [];
  if (raw[0] === GT && isQuotedFrom(raw, 0, variant)) cuts.push(0);
  for (let nl = raw.indexOf('\n>'); nl !== -1; nl = raw.indexOf('\n>', nl + 1)) {
    if (isQuotedFrom(raw, nl + 1, variant)) cuts.push(nl + 1);
  }
  if (cuts.length === 0) return raw;
  const parts: Buffer[] = [];
  let from = 0;
  for (const cut of cuts) {
    parts.push(raw.subarray(from, cut));
    from = cut + 1;
  }
  parts.push(raw.subarray(from));
  return Buffer.concat(parts);
}

interface Held {
  abs: number;
  buf: Buffer;
}

export class MboxSplitter {
  // Two virtual newlines before the file make a "From " at offset 0 a separator like any other.
  private tail = Buffer.from('\n\n');
  private tailAbs = -2;
  private consumed = 0;
  private held: Held[] = [];
  private index = 0;
  /** Content start of the current message; -1 before the first separator. */
  private start = -1;
  private separator = '';
  private separatorLength = 0;
  /** Set while the current separator line has not ended yet (its start, absolute). */
  private separatorAt = -1;
  private tooLarge = false;
  /** Whether there was text before the first separator (it belongs to no message). */
  leadingText = false;

  constructor(
    private readonly variant: MboxVariant,
    private readonly maxMessageBytes: number,
  ) {}

  push(chunk: Buffer): MboxMessage[] {
    if (chunk.length === 0) return [];
    const out: MboxMessage[] = [];
    let body = chunk;
    if (this.consumed === 0 && chunk.subarray(0, 3).equals(BOM)) {
      body = chunk.subarray(3);
      this.tailAbs = 1;
    }
    this.held.push({ abs: this.consumed, buf: chunk });
    this.consumed += chunk.length;
    const data = Buffer.concat([this.tail, body]);
    const dataAbs = this.tailAbs;
    let from = this.separatorAt === -1 ? 0 : this.finishSeparator(data, dataAbs, this.tail.length);
    while (from !== -1) {
      const k = data.indexOf(SEPARATOR, from);
      if (k === -1) break;
      from = k + 1;
      if (k + SEPARATOR.length <= this.tail.length) continue; // found with the previous chunk already
      if (!emptyLineEndsAt(data, k)) continue;
      this.endMessage(dataAbs + (data[k - 1] === CR ? k - 1 : k), out);
      this.separatorAt = dataAbs + k + 1;
      this.separator = '';
      this.tooLarge = false;
      from = this.finishSeparator(data, dataAbs, k + 1);
    }
    this.tail = Buffer.from(data.subarray(Math.max(0, data.length - TAIL_BYTES)));
    this.tailAbs = dataAbs + data.length - this.tail.length;
    this.trim();
    return out;
  }

  /** The end of the input: the last message, less one trailing empty line. */
  end(): MboxMessage[] {
    const out: MboxMessage[] = [];
    if (this.separatorAt !== -1) {
      // The file ended inside a separator line: an empty last message.
      this.separatorLength = this.consumed - this.separatorAt;
      this.index++;
      this.start = this.consumed;
      this.separatorAt = -1;
    }
    let end = this.consumed;
    if (this.start >= 0 && end > this.start) {
      // The byte before `start` is the separator line's LF, so "\n\n" / "\n\r\n" means "ends with an empty line".
      const last = this.slice(Math.max(this.start - 1, end - 3), end).toString('latin1');
      if (last.endsWith('\n\r\n') && end - 2 >= this.start) end -= 2;
      else if (last.endsWith('\n\n')) end -= 1;
    }
    this.endMessage(end, out);
    this.held = [];
    return out;
  }

  /** Reads the rest of a separator line from `data` at `at`; returns where to search next, or -1 when the line goes on. */
  private finishSeparator(data: Buffer, dataAbs: number, at: number): number {
    const nl = data.indexOf(LF, at);
    if (this.separator.length < MAX_SEPARATOR_CHARS) {
      const text = data
        .subarray(at, Math.min(nl === -1 ? data.length : nl, at + MAX_SEPARATOR_CHARS))
        .toString('latin1');
      this.separator = (this.separator + text).replace(/\r$/, '').slice(0, MAX_SEPARATOR_CHARS);
    }
    if (nl === -1) return -1;
    this.separatorLength = dataAbs + nl + 1 - this.separatorAt;
    this.separatorAt = -1;
    this.index++;
    this.start = dataAbs + nl + 1;
    return nl + 1;
  }

  private endMessage(end: number, out: MboxMessage[]): void {
    if (this.start < 0) {
      if (end > 0) this.noteLeading(this.slice(0, end));
      return;
    }
    const length = Math.max(0, end - this.start);
    const message: MboxMessage = {
      index: this.index,
      offset: this.start,
      length,
      separator: this.separator,
      separatorLength: this.separatorLength,
    };
    if (!this.tooLarge && this.separatorLength + length <= this.maxMessageBytes)
      message.bytes = unquoteMbox(this.slice(this.start, this.start + length), this.variant);
    out.push(message);
    this.start = -1;
  }

  private noteLeading(bytes: Buffer): void {
    // A byte-order mark (EF BB BF) is not text.
    if (/[^\s\xef\xbb\xbf]/.test(bytes.toString('latin1'))) this.leadingText = true;
  }

  /** Bytes [from, to) of the input, from the chunks still held. */
  private slice(from: number, to: number): Buffer {
    const parts: Buffer[] = [];
    for (const { abs, buf } of this.held) {
      const s = Math.max(from, abs);
      const e = Math.min(to, abs + buf.length);
      if (s < e) parts.push(buf.subarray(s - abs, e - abs));
    }
    return parts.length === 1 ? Buffer.from(parts[0]!) : Buffer.concat(parts);
  }

  /** Lets go of chunks the current message no longer needs; past the size cap, of all of them. */
  private trim(): void {
    const inMessage = this.start >= 0 && this.separatorAt === -1;
    // +2: the empty line before the next separator is not part of the message.
    if (inMessage && this.separatorLength + this.consumed - this.start > this.maxMessageBytes + 2) this.tooLarge = true;
    if (this.separatorAt !== -1 && this.consumed - this.separatorAt > this.maxMessageBytes) this.tooLarge = true;
    let keepFrom: number;
    // Inside a separator line nothing before is needed again (its message ended when it began, its
    // first characters are kept in `separator`): only what finding the line's end may need.
    if (this.separatorAt !== -1) keepFrom = this.consumed - TAIL_BYTES;
    else if (!inMessage) {
      // Before the first separator: remember whether there was text, keep only what a separator may need.
      keepFrom = this.consumed - TAIL_BYTES;
      for (const { abs, buf } of this.held) if (abs + buf.length <= keepFrom) this.noteLeading(buf);
    } else keepFrom = this.tooLarge ? this.consumed - 3 : this.start - 1;
    this.held = this.held.filter(({ abs, buf }) => abs + buf.length > keepFrom);
  }
}

/** Whether the line ending with the LF at `k` is empty ("\n" or "\r\n"). `data` starts at a line start. */
function emptyLineEndsAt(data: Buffer, k: number): boolean {
  if (k === 0) return true;
  if (data[k - 1] === LF) return true;
  return data[k - 1] === CR && (k === 1 || data[k - 2] === LF);
}

/**
 * An mbox held in memory (issue 12: one attached to a message, or an archive document's entry) →
 * its messages, split by the same rules as a file, and whether text came before the first separator.
 */
export function splitMboxBytes(
  bytes: Uint8Array,
  fileName: string,
  maxMessageBytes: number,
): { messages: MboxMessage[]; leadingText: boolean } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const splitter = new MboxSplitter(mboxVariantOf(fileName, buffer), maxMessageBytes);
  const messages = [...splitter.push(buffer), ...splitter.end()];
  return { messages, leadingText: splitter.leadingText };
}

/**
 * Why a split message cannot be read, or undefined when it can: over the size cap (its separator line
 * alone, or with the message), or nothing after its separator. One wording for an mbox file and an mbox
 * held in memory.
 */
export function mboxMessageProblem(m: MboxMessage, maxMessageBytes: number): string | undefined {
  if (!m.bytes) {
    const what =
      m.separatorLength > maxMessageBytes
        ? `its separator line ("${m.separator}…") alone is ${m.separatorLength} bytes long, over `
        : `message of ${m.separatorLength + m.length} bytes (separator line included) is over `;
    return `${what}the ${maxMessageBytes}-byte limit on one message (raise it with --max-message-mb)`;
  }
  if (m.length === 0) return `empty message: separator "${m.separator}" is followed by nothing`;
  return undefined;
}

/** Said of an mbox whose first bytes are not a separator. */
export const MBOX_LEADING_TEXT = 'text before the first "From " separator belongs to no message and was not read';
