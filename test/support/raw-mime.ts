/**
 * An independent walk through a message's MIME structure, for expected values (issue 12): the mail
 * attached to it, at every depth. No mailparser and no ingest code — boundaries split by hand, base64
 * and quoted-printable decoded by hand — so the expectation and the code under test check each other.
 *
 * What counts as attached mail, as mail clients and RFC 2046 have it: a message/rfc822 (or
 * message/global) part that is not shown inline, and a file attached under a name ending in .eml.
 * A message/rfc822 part marked inline (7bit/8bit, as written) is part of its carrier's body: the walk
 * goes into it for the attachments it holds, but it is no message of its own.
 */

export interface AttachedMail {
  /** The attached message's bytes, decoded from its part. */
  bytes: Buffer;
  /** Whether they are a message at all: a header line first (an empty part is not). */
  isMail: boolean;
}

interface Entity {
  headers: string;
  body: string;
}

/** Header block (unfolded) and body, of a message or a part, as latin1 text (one character per byte). */
function split(text: string): Entity {
  const match = /\r?\n\r?\n/.exec(text);
  const head = match ? text.slice(0, match.index) : text;
  const body = match ? text.slice(match.index + match[0].length) : '';
  return { headers: head.replace(/\r?\n[ \t]+/g, ' '), body };
}

function header(entity: Entity, name: string): string | undefined {
  return new RegExp(`^${name}[ \\t]*:[ \\t]*(.*)$`, 'im').exec(entity.headers)?.[1]?.trim();
}

function param(value: string | undefined, name: string): string | undefined {
  const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value ?? '');
  return match ? (match[1] ?? match[2]) : undefined;
}

const mediaType = (value: string | undefined) => (value ?? 'text/plain').split(';')[0]!.trim().toLowerCase();

/** The parts between `--boundary` lines, up to `--boundary--`. */
function multipartParts(body: string, boundary: string): string[] {
  const lines = body.split(/\r?\n/);
  const parts: string[] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    const trimmed = line.trimEnd();
    if (trimmed === `--${boundary}` || trimmed === `--${boundary}--`) {
      if (current) parts.push(current.join('\r\n'));
      if (trimmed === `--${boundary}--`) break;
      current = [];
    } else current?.push(line);
  }
  return parts;
}

function decode(entity: Entity): Buffer {
  const encoding = header(entity, 'content-transfer-encoding')?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(entity.body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  if (encoding === 'quoted-printable')
    return Buffer.from(
      entity.body
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    );
  return Buffer.from(entity.body, 'latin1');
}

const looksLikeMail = (bytes: Buffer) => /^[!-9;-~]+[ \t]*:/.test(bytes.toString('latin1').replace(/^\s+/, ''));

function walk(entity: Entity, out: AttachedMail[]): void {
  const type = header(entity, 'content-type');
  const media = mediaType(type);
  if (media.startsWith('multipart/')) {
    const boundary = param(type, 'boundary');
    if (boundary) for (const part of multipartParts(entity.body, boundary)) walk(split(part), out);
    return;
  }
  const disposition = header(entity, 'content-disposition');
  const encoding = header(entity, 'content-transfer-encoding')?.toLowerCase() ?? '7bit';
  const filename = param(disposition, 'filename') ?? param(type, 'name') ?? '';
  const isMessage = media === 'message/rfc822' || media === 'message/global';
  if (isMessage && /^inline\b/i.test(disposition ?? '') && ['7bit', '8bit', 'binary'].includes(encoding)) {
    walk(split(entity.body), out);
    return;
  }
  if (isMessage || (/^attachment\b/i.test(disposition ?? '') && /\.eml$/i.test(filename))) {
    const bytes = decode(entity);
    const isMail = looksLikeMail(bytes);
    out.push({ bytes, isMail });
    if (isMail) walk(split(bytes.toString('latin1')), out);
  }
}

/** Every mail attached to this message, at any depth, in the order they stand in it. */
export function attachedMails(message: Buffer): AttachedMail[] {
  const out: AttachedMail[] = [];
  walk(split(message.toString('latin1')), out);
  return out;
}
