/**
 * Demo mailbox: the byte-level encodings mail clients use: charsets (UTF-8, ISO-8859-1,
 * windows-1252 via iconv-lite), transfer encodings (7bit/8bit, quoted-printable via libqp, base64),
 * RFC 2047 encoded words in a chosen charset and style, RFC 2231 parameters, header folding.
 */
import iconv from 'iconv-lite';
import libqp from 'libqp';

export type Charset = 'us-ascii' | 'utf-8' | 'iso-8859-1' | 'windows-1252';
export type Transfer = '7bit' | '8bit' | 'quoted-printable' | 'base64';

export interface WordStyle {
  /** Charset as the client labels it ("iso-8859-1", "UTF-8", "utf-8"). */
  label: string;
  charset: Exclude<Charset, 'us-ascii'>;
  encoding: 'Q' | 'B';
  /** Thunderbird writes "=c3=a9", everyone else "=C3=A9". */
  lowerHex?: boolean;
}

// RFC 2047 §2: an encoded word is at most 75 characters.
const MAX_WORD = 75;
// RFC 5322 §2.1.1: lines SHOULD be at most 78 characters; folding aims below that.
const FOLD_AT = 76;
// RFC 5322 §2.1.1: lines MUST be at most 998 octets; longer 8bit lines go quoted-printable instead.
const MAX_8BIT_LINE = 998;

export class EncodingError extends Error {
  override name = 'EncodingError';
}

export function isAscii(text: string): boolean {
  return /^[\x20-\x7e\r\n\t]*$/.test(text);
}

/** Whether every character of `text` exists in `charset`. */
export function fits(text: string, charset: Charset): boolean {
  if (charset === 'utf-8') return true;
  if (charset === 'us-ascii') return isAscii(text);
  return iconv.decode(iconv.encode(text, charset), charset) === text;
}

export function encodeText(text: string, charset: Charset): Buffer {
  if (!fits(text, charset))
    throw new EncodingError(`text cannot be written in ${charset}: ${JSON.stringify(text.slice(0, 60))}`);
  return charset === 'utf-8' || charset === 'us-ascii' ? Buffer.from(text, 'utf8') : iconv.encode(text, charset);
}

/** Body bytes in a transfer encoding, CRLF line ends. */
export function transferEncode(bytes: Buffer, transfer: Transfer): string {
  switch (transfer) {
    case 'base64':
      return (bytes.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
    case 'quoted-printable':
      return libqp.wrap(libqp.encode(bytes), 76);
    case '7bit':
    case '8bit':
      return bytes.toString('latin1');
  }
}

/** 8bit is only possible when no line is too long; otherwise the client falls back to quoted-printable. */
export function usable8bit(bytes: Buffer): boolean {
  return bytes
    .toString('latin1')
    .split('\r\n')
    .every((line) => line.length <= MAX_8BIT_LINE);
}

function qChar(bytes: Buffer, lowerHex: boolean): string {
  let out = '';
  for (const b of bytes) {
    if (b === 0x20) out += '_';
    else if ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x2d) {
      out += String.fromCharCode(b);
    } else {
      const hex = b.toString(16).padStart(2, '0');
      out += '=' + (lowerHex ? hex : hex.toUpperCase());
    }
  }
  return out;
}

/** RFC 2047 encoded words for `text`, split between characters so no word exceeds 75 characters. */
export function encodeWords(text: string, wanted: WordStyle): string[] {
  // A client whose header charset cannot hold the text (an en dash in Latin-1) falls back to UTF-8.
  const style: WordStyle = fits(text, wanted.charset) ? wanted : { label: 'utf-8', charset: 'utf-8', encoding: 'B' };
  const prefix = `=?${style.label}?${style.encoding}?`;
  const room = MAX_WORD - prefix.length - 2;
  const words: string[] = [];
  let chars = '';
  const encoded = (s: string) => {
    const bytes = encodeText(s, style.charset);
    return style.encoding === 'B' ? bytes.toString('base64') : qChar(bytes, style.lowerHex === true);
  };
  for (const ch of Array.from(text)) {
    if (chars && encoded(chars + ch).length > room) {
      words.push(prefix + encoded(chars) + '?=');
      chars = '';
    }
    chars += ch;
  }
  if (chars) words.push(prefix + encoded(chars) + '?=');
  return words;
}

/** An unstructured header value (Subject): as is when ASCII, else encoded words. */
export function headerText(text: string, style: WordStyle): string {
  return isAscii(text) ? text : encodeWords(text, style).join(' ');
}

// RFC 5322 §3.2.3 specials: a display name containing one must be quoted.
const SPECIALS = /[()<>[\]:;@\\,."]/;

export function displayName(name: string, style: WordStyle): string {
  if (!isAscii(name)) return encodeWords(name, style).join(' ');
  return SPECIALS.test(name) ? `"${name.replace(/(["\\])/g, '\\$1')}"` : name;
}

export function mailbox(name: string | undefined, email: string, style: WordStyle): string {
  return name ? `${displayName(name, style)} <${email}>` : email;
}

/** A header line folded at spaces (and after list commas) to stay under ~76 characters per line. */
export function foldHeader(name: string, value: string): string {
  const tokens = value.split(' ');
  const lines: string[] = [];
  let line = `${name}:`;
  for (const token of tokens) {
    if (line.length + 1 + token.length > FOLD_AT && line.length > name.length + 1) {
      lines.push(line);
      line = ' ' + token;
    } else line += ' ' + token;
  }
  lines.push(line);
  return lines.join('\r\n');
}

/** RFC 2231 `name*=utf-8''…` parameter (Thunderbird's way for non-ASCII file names). */
export function rfc2231(param: string, value: string): string {
  const encoded = Array.from(Buffer.from(value, 'utf8'))
    .map((b) =>
      /[A-Za-z0-9._-]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : '%' + b.toString(16).toUpperCase().padStart(2, '0'),
    )
    .join('');
  return `${param}*=utf-8''${encoded}`;
}
