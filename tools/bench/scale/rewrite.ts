/**
 * Bench tool: one raw message → its k-th synthetic copy for the ×N scale benchmark (issue 13).
 *
 * A copy must be a new, distinct message of the same shape: same participants, same size, same
 * folder, its own identity. So only the header block changes — Message-ID, In-Reply-To and
 * References get a per-copy mark (threads stay threads inside one copy), the Date's year moves by
 * 4·k (a multiple of four keeps 29 February a real day until 2100), the Subject gets a suffix.
 * Bytes are handled as latin1 so 8-bit headers and bodies pass through unchanged.
 */

/** Years a copy's dates move per copy number. */
export const YEARS_PER_COPY = 4;

function markIds(value: string, copy: number): string {
  // Every <id> in the field; a bare id without brackets (some exports) gets the mark in front.
  if (value.includes('<')) return value.replace(/<([^<>]*)>/g, (_all, id: string) => `<x${copy}.${id}>`);
  const trimmed = value.trim();
  return trimmed ? value.replace(trimmed, `x${copy}.${trimmed}`) : value;
}

function shiftYear(value: string, copy: number): string {
  // The first four-digit year of the field (RFC 5322 and the usual variants put exactly one there).
  return value.replace(/\b(19|20)(\d\d)\b/, (year) => String(Number(year) + YEARS_PER_COPY * copy));
}

function rewriteField(name: string, value: string, copy: number): string {
  switch (name.toLowerCase()) {
    case 'message-id':
    case 'in-reply-to':
    case 'references':
      return markIds(value, copy);
    case 'date':
      return shiftYear(value, copy);
    case 'subject':
      return value.replace(/(\r?\n)?$/, ` [copy ${copy}]$1`);
    default:
      return value;
  }
}

/** The k-th copy (k ≥ 1) of a raw message; copy 0 is the message itself. */
export function scaledCopy(raw: Buffer, copy: number): Buffer {
  if (copy === 0) return raw;
  const text = raw.toString('latin1');
  const end = /\r?\n\r?\n/.exec(text);
  const headerEnd = end ? end.index : text.length;
  const header = text.slice(0, headerEnd);
  // Split into fields: a line starting with white space continues the field before it.
  const fields = header.split(/(?<=\n)(?=[^ \t])/);
  const rewritten = fields.map((field) => {
    const colon = field.indexOf(':');
    if (colon <= 0) return field;
    const name = field.slice(0, colon);
    return `${name}:${rewriteField(name, field.slice(colon + 1), copy)}`;
  });
  return Buffer.from(rewritten.join('') + text.slice(headerEnd), 'latin1');
}
