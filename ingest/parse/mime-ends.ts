/**
 * ② parse: whether a message's MIME structure ends where it should (issue 12, truncated attached
 * mail). mailparser reads a cut message without complaint — the parts it has, the body so far — so
 * a mail whose carrier ends mid-part, or whose own bytes stop before a multipart is closed, would
 * come in as a whole message with silently missing text and attachments. RFC 2046 §5.1.1: every
 * multipart ends with its close delimiter `--boundary--`; bytes that end before it were cut.
 *
 * Bytes → the open multiparts, outermost first, and the leaf part the bytes end in. A single-part
 * message cut in its body cannot be told from a short one: only the structure around it tells.
 */

// Multiparts nested deeper than this are not followed: no mail client nests so, a hostile one might.
const MAX_NESTING = 64;

interface Entity {
  head: string;
  body: string;
}

/** Where the bytes end when a multipart is left open. */
export interface OpenEnd {
  /** The boundaries never closed, outermost first. */
  boundaries: string[];
  /** The media type of the part the bytes end in (lower case), and its file name if it has one. */
  leafType: string;
  leafName?: string;
}

function splitEntity(text: string): Entity {
  const match = /\r?\n\r?\n/.exec(text);
  if (!match) return { head: text, body: '' };
  return { head: text.slice(0, match.index), body: text.slice(match.index + match[0].length) };
}

/** A header's value, unfolded; the first occurrence. */
function headerValue(head: string, name: string): string | undefined {
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === name) return line.slice(colon + 1).trim();
  }
  return undefined;
}

function parameter(value: string, name: string): string | undefined {
  const found = new RegExp(`;\\s*${name}\\*?\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]+))`, 'i').exec(value);
  return found ? (found[1] ?? found[2]) : undefined;
}

/** The parts of a multipart body, and whether its close delimiter came. */
function multipartBody(body: string, boundary: string): { parts: string[]; closed: boolean } {
  const open = `--${boundary}`;
  const parts: string[] = [];
  let start = -1;
  let at = 0;
  while (at <= body.length) {
    const newline = body.indexOf('\n', at);
    const end = newline < 0 ? body.length : newline + 1;
    const line = body.slice(at, end).replace(/[ \t\r\n]+$/, '');
    if (line === open || line === `${open}--`) {
      if (start >= 0) parts.push(body.slice(start, at));
      if (line !== open) return { parts, closed: true };
      start = end;
    }
    if (newline < 0) break;
    at = end;
  }
  if (start >= 0) parts.push(body.slice(start));
  return { parts, closed: false };
}

/**
 * The open end of `bytes` (a whole message): undefined when every multipart on the path to its last
 * byte is closed, else the boundaries left open and the part the bytes end in (a message/rfc822
 * part there is a leaf: the mail attached in it is what was cut).
 */
export function openEnd(bytes: Uint8Array): OpenEnd | undefined {
  let entity = splitEntity(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));
  const boundaries: string[] = [];
  for (let level = 0; level < MAX_NESTING; level++) {
    const type = headerValue(entity.head, 'content-type') ?? 'text/plain';
    const media = type.split(';')[0]!.trim().toLowerCase();
    const boundary = media.startsWith('multipart/') ? parameter(type, 'boundary') : undefined;
    if (!boundary) {
      if (boundaries.length === 0) return undefined;
      const disposition = headerValue(entity.head, 'content-disposition') ?? '';
      const name = parameter(disposition, 'filename') ?? parameter(type, 'name');
      return { boundaries, leafType: media, ...(name && { leafName: name }) };
    }
    const { parts, closed } = multipartBody(entity.body, boundary);
    // Closed: whatever is inside was read to its end (a part inside may still be cut: the caller
    // checks each attached mail's own bytes).
    if (closed) return undefined;
    boundaries.push(boundary);
    const last = parts.at(-1);
    if (last === undefined) return { boundaries, leafType: media };
    entity = splitEntity(last);
  }
  return undefined;
}

/** `its multipart boundary "b" is never closed (no "--b--" line, RFC 2046 §5.1.1)`, for every boundary left open. */
export function describeOpenEnd(end: OpenEnd): string {
  const many = end.boundaries.length > 1;
  const names = end.boundaries.map((b) => JSON.stringify(b)).join(', ');
  const lines = end.boundaries.map((b) => JSON.stringify(`--${b}--`)).join(', ');
  return `its multipart boundar${many ? 'ies' : 'y'} ${names} ${many ? 'are' : 'is'} never closed (no ${lines} line, RFC 2046 §5.1.1)`;
}
