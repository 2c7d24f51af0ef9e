/**
 * ② parse: address headers written as raw 8-bit text. RFC 5322 headers are ASCII (RFC 2047 encodes
 * the rest), but Outlook and Exchange exports wrote display names in the sender's own charset:
 * "Kenneth Lay (Correo electrónico)" with ó as the single Latin-1 byte F3. mailparser reads raw
 * header bytes as UTF-8, so that byte became U+FFFD ("Correo electr�nico") in From/To/Cc names,
 * while its headerLines (where the X-From/X-To names come from) are Latin-1, which mangles names
 * that were raw UTF-8 instead ("electrÃ³nico").
 *
 * One rule for both: bytes that are valid UTF-8 are UTF-8; otherwise they are in the charset the
 * message declares in its Content-Type, or else Windows-1252 (the de-facto 8-bit charset of Western
 * mail, a superset of Latin-1's printable range). Only address header lines are re-encoded: the
 * Subject feeds Message.id (extract/ids.ts), and changing how it decodes would give an already
 * ingested message a second id on re-ingest. iconv-lite decodes (Node's TextDecoder reads
 * "windows-1252" as plain Latin-1, so 0x92 would not become ’).
 */
import iconv from 'iconv-lite';

// Header lines whose display names the graph keeps (the X- ones are Exchange exports' own lists).
const ADDRESS_HEADER = /^(from|to|cc|bcc|reply-to|sender|x-from|x-to|x-cc|x-bcc)$/i;
const FALLBACK_CHARSET = 'windows-1252';

const utf8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const hasHighBytes = (bytes: Uint8Array) => bytes.some((b) => b >= 0x80);

/** Where the header block ends (the offset of the blank line), or the whole buffer if none. */
export function headerBlockEnd(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] !== 0x0a) continue;
    if (bytes[i + 1] === 0x0a) return i + 1;
    if (bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a) return i + 1;
  }
  return bytes.length;
}

/** The charset a header block declares (Content-Type: …; charset=…) when it is a legacy one iconv-lite knows. */
export function declaredCharset(headerText: string): string {
  const declared = /^content-type:[^\n]*?charset\s*=\s*"?([\w.:-]+)"?/im.exec(headerText)?.[1]?.toLowerCase();
  // UTF-8 bytes that did not decode as UTF-8 are not UTF-8, whatever the header says; an unknown label is ignored.
  const usable = declared && !/^(utf-?8|us-ascii|utf-?7)$/.test(declared) && iconv.encodingExists(declared);
  return usable ? declared : FALLBACK_CHARSET;
}

/**
 * The message with its address header lines re-encoded as UTF-8 where they held 8-bit bytes that
 * are not UTF-8; the same buffer when there is nothing to change (nearly always).
 */
export function reencodeAddressHeaders(bytes: Buffer): Buffer {
  const end = headerBlockEnd(bytes);
  const header = bytes.subarray(0, end);
  if (!hasHighBytes(header)) return bytes;
  // Lines with their terminators, so the block is put back together byte for byte.
  const lines: Buffer[] = [];
  for (let start = 0; start < header.length;) {
    const nl = header.indexOf(0x0a, start);
    const stop = nl < 0 ? header.length : nl + 1;
    lines.push(header.subarray(start, stop));
    start = stop;
  }
  const charset = declaredCharset(header.toString('latin1'));
  let inAddressHeader = false;
  let changed = false;
  const out = lines.map((line) => {
    const continuation = line[0] === 0x20 || line[0] === 0x09;
    if (!continuation) inAddressHeader = ADDRESS_HEADER.test(line.toString('latin1').split(':', 1)[0]!.trim());
    if (!inAddressHeader || !hasHighBytes(line) || isUtf8(line)) return line;
    changed = true;
    return Buffer.from(iconv.decode(line, charset), 'utf8');
  });
  return changed ? Buffer.concat([...out, bytes.subarray(end)]) : bytes;
}

/**
 * A header value as mailparser's headerLines give it (one char per byte) → text: UTF-8 when the
 * bytes are UTF-8 (after reencodeAddressHeaders, every address header is), else as it was.
 */
export function headerLineText(value: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(value) || /[^\x00-\xff]/.test(value)) return value;
  const bytes = Buffer.from(value, 'latin1');
  return isUtf8(bytes) ? bytes.toString('utf8') : value;
}
