/**
 * A deliberately small, independent reading of the demo's raw MIME for the tests: top-level headers,
 * body parts split on their boundaries, base64 and quoted-printable decoded by hand. It does not use
 * mailparser (which the code under test uses), so the two readings check each other.
 */
import { createHash } from 'node:crypto';

export interface RawPart {
  headers: string;
  body: string;
}

/** The header block of a message or part, unfolded, as "latin1" text (one character per byte). */
export function headerBlock(raw: string): string {
  const end = raw.indexOf('\r\n\r\n');
  return (end === -1 ? raw : raw.slice(0, end)).replace(/\r\n[ \t]+/g, ' ');
}

/** Every value of one header, in order. */
export function headerValues(raw: string, name: string): string[] {
  const re = new RegExp(`^${name}:[ \\t]*(.*)$`, 'gim');
  return [...headerBlock(raw).matchAll(re)].map((m) => m[1]!);
}

/** Leaf parts of a multipart message (or the message itself when it is a single part), depth first. */
export function leafParts(raw: string): RawPart[] {
  const end = raw.indexOf('\r\n\r\n');
  const headers = headerBlock(raw);
  const body = raw.slice(end + 4);
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(headers)?.[1];
  if (!/content-type:\s*multipart\//i.test(headers) || !boundary) return [{ headers, body }];
  const sections = body.split(`--${boundary}`).slice(1);
  return sections.filter((s) => !s.startsWith('--')).flatMap((s) => leafParts(s.replace(/^\r\n/, '')));
}

export function decodeBody(part: RawPart): Buffer {
  const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(part.headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  if (encoding === 'quoted-printable') {
    const soft = part.body.replace(/=\r\n/g, '');
    return Buffer.from(
      soft.replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    );
  }
  return Buffer.from(part.body, 'latin1');
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** SHA-256 of each attached file in a raw message. */
export function attachmentHashes(raw: string): string[] {
  return leafParts(raw)
    .filter((p) => /content-disposition:\s*attachment/i.test(p.headers))
    .map((p) => sha256(decodeBody(p)));
}
