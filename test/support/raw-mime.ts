/**
 * An independent walk through a message's MIME structure, for expected values (issue 12): the mail
 * attached to it, at every depth. No mailparser and no ingest code — boundaries split by hand, base64
 * and quoted-printable decoded by hand — so the expectation and the code under test check each other.
 *
 * What counts as attached mail, as mail clients and RFC 2046 have it: a message/rfc822 (or
 * message/global) part that is not shown inline, and a file attached under a name ending in .eml.
 * A message/rfc822 part marked inline (7bit/8bit, as written) is part of its carrier's body: the walk
 * goes into it for the attachments it holds, but it is no message of its own.
 *
 * Cut mail (RFC 2046 §5.1.1: a multipart ends with its "--boundary--" line): an attached mail is cut
 * when its own top-level multipart never closes, or when it is the last part of a multipart of its
 * carrier that never closes (the carrier's bytes end inside it). A cut mail is not walked into.
 */

export interface AttachedMail {
  /** The attached message's bytes, decoded from its part. */
  bytes: Buffer;
  /** Whether they are a message at all: a header line first (an empty part is not). */
  isMail: boolean;
  /** Whether its bytes, or its carrier's, end before a multipart around them closes. */
  cut: boolean;
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

/** The parts between `--boundary` lines, up to `--boundary--`, and whether that line came. */
function multipartParts(body: string, boundary: string): { parts: string[]; closed: boolean } {
  const lines = body.split(/\r?\n/);
  const parts: string[] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    const trimmed = line.trimEnd();
    if (trimmed === `--${boundary}` || trimmed === `--${boundary}--`) {
      if (current) parts.push(current.join('\r\n'));
      current = [];
      if (trimmed === `--${boundary}--`) return { parts, closed: true };
    } else current?.push(line);
  }
  if (current) parts.push(current.join('\r\n'));
  return { parts, closed: false };
}

/** Whether a message's top-level multipart never closes: its bytes end before it does. */
function endsOpen(entity: Entity): boolean {
  const type = header(entity, 'content-type');
  const boundary = mediaType(type).startsWith('multipart/') ? param(type, 'boundary') : undefined;
  return !!boundary && !multipartParts(entity.body, boundary).closed;
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

/**
 * `endsHere`: the bytes of the message walked end inside this entity; `cut`: and a multipart around
 * it was still open there.
 */
function walk(entity: Entity, out: AttachedMail[], endsHere: boolean, cut: boolean): void {
  const type = header(entity, 'content-type');
  const media = mediaType(type);
  if (media.startsWith('multipart/')) {
    const boundary = param(type, 'boundary');
    if (!boundary) return;
    const { parts, closed } = multipartParts(entity.body, boundary);
    parts.forEach((part, i) => {
      const inside = endsHere && !closed && i === parts.length - 1;
      walk(split(part), out, inside, inside);
    });
    return;
  }
  const disposition = header(entity, 'content-disposition');
  const encoding = header(entity, 'content-transfer-encoding')?.toLowerCase() ?? '7bit';
  const filename = param(disposition, 'filename') ?? param(type, 'name') ?? '';
  const isMessage = media === 'message/rfc822' || media === 'message/global';
  if (isMessage && /^inline\b/i.test(disposition ?? '') && ['7bit', '8bit', 'binary'].includes(encoding)) {
    walk(split(entity.body), out, endsHere, cut);
    return;
  }
  if (isMessage || (/^attachment\b/i.test(disposition ?? '') && /\.eml$/i.test(filename))) {
    const bytes = decode(entity);
    const isMail = looksLikeMail(bytes);
    const inner = split(bytes.toString('latin1'));
    const isCut = isMail && (cut || endsOpen(inner));
    out.push({ bytes, isMail, cut: isCut });
    if (isMail && !isCut) walk(inner, out, true, false);
  }
}

/** Every mail attached to this message, at any depth, in the order they stand in it. */
export function attachedMails(message: Buffer): AttachedMail[] {
  const out: AttachedMail[] = [];
  walk(split(message.toString('latin1')), out, true, false);
  return out;
}
