/**
 * ① read: what kind of file is this? Decided by content (magic bytes, the shape of the first
 * lines), the extension only breaking ties, because leaked dumps are renamed, truncated and
 * stripped of extensions (Enron's maildir files are called "1.", "2.", …).
 */
export type DetectedFormat =
  | 'rfc822'
  | 'mbox'
  | 'pst'
  | 'msg'
  | 'zip'
  | 'gzip'
  | 'tar'
  /** A zip-based office document or package (.docx, .odt, .epub, .jar): not mail, not opened. */
  | 'document'
  /** A compressed or archive format Node cannot read without native tools (xz, bzip2, 7z, rar, zstd). */
  | 'unsupported'
  | 'unknown';

/** Names for the formats in 'unsupported', for the message that says what to do instead. */
const UNSUPPORTED_MAGIC: { name: string; magic: number[] }[] = [
  { name: 'xz', magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: 'bzip2', magic: [0x42, 0x5a, 0x68] },
  { name: '7z', magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'rar', magic: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: 'zstd', magic: [0x28, 0xb5, 0x2f, 0xfd] },
];

export const SNIFF_BYTES = 4096;
export const UTF8_BOM = [0xef, 0xbb, 0xbf];

// A header field name followed by a colon (RFC 5322 §2.2), allowing the obsolete space before it.
const HEADER_LIKE = /^[!-9;-~]+[ \t]*:/;
// Headers that start real messages; a text file that happens to contain "Note:" is not mail.
const MAIL_HEADER =
  /^(received|return-path|message-id|date|from|to|subject|mime-version|delivered-to|x-[a-z-]+|content-type|dkim-signature|arc-[a-z-]+|authentication-results|reply-to|sender|cc|in-reply-to|references|thread-[a-z]+|user-agent|x-mailer|envelope-to|precedence|list-[a-z]+|status|x-uid|importance|priority):/i;

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/** Office documents and packages are zips whose first entry says so ([Content_Types].xml, mimetype, META-INF/). */
function isPackageZip(head: Uint8Array): boolean {
  if (!startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || head.length < 30) return false;
  const nameLength = head[26]! | (head[27]! << 8);
  const name = new TextDecoder('latin1').decode(head.subarray(30, 30 + nameLength));
  return name === '[Content_Types].xml' || name === 'mimetype' || name.startsWith('META-INF/');
}

/** The name of an unsupported compressed format ('xz', '7z', …), or undefined. */
export function unsupportedFormatName(head: Uint8Array): string | undefined {
  const found = UNSUPPORTED_MAGIC.find((f) => startsWith(head, f.magic))?.name;
  // "BZh" then the block size digit: a text file starting "BZh" is not bzip2.
  if (found === 'bzip2' && !(head[3]! >= 0x31 && head[3]! <= 0x39)) return undefined;
  return found;
}

// An OLE compound file: an Outlook .msg, or a legacy Office document.
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Whether the bytes start as an OLE compound file (the container of an Outlook .msg). */
export const isOleFile = (head: Uint8Array): boolean => startsWith(head, OLE_MAGIC);

export function detectFormat(head: Uint8Array): DetectedFormat {
  if (isPackageZip(head)) return 'document';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (unsupportedFormatName(head)) return 'unsupported';
  if (startsWith(head, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(head, [0x21, 0x42, 0x44, 0x4e])) return 'pst'; // "!BDN"
  if (isOleFile(head)) return 'msg';
  if (head.length >= 262 && startsWith(head, [0x75, 0x73, 0x74, 0x61, 0x72], 257)) return 'tar'; // "ustar"
  const body = startsWith(head, UTF8_BOM) ? head.subarray(UTF8_BOM.length) : head;
  const lines = new TextDecoder('latin1').decode(body.subarray(0, SNIFF_BYTES)).split(/\r?\n/);
  // The sniffed bytes end mid-line when the input goes on: that cut line is not judged.
  if (head.length >= SNIFF_BYTES && lines.length > 1) lines.pop();
  if (/^From [^\s]*/.test(lines[0] ?? '') && lines.slice(1, 40).some((l) => MAIL_HEADER.test(l))) return 'mbox';
  return looksLikeMessage(lines.slice(0, 40)) ? 'rfc822' : 'unknown';
}

/**
 * A message starts with a header block. Leaked mail is often damaged (a stray line among the
 * headers, obsolete "Subject :" syntax, Usenet headers first), and a damaged message must reach
 * the parser, which reads what it can or reports it; so the test is lenient about the lines
 * themselves but wants real mail headers: the first line must look like a header, and the block
 * must hold two mail headers (one is enough when it is the first line).
 */
function looksLikeMessage(all: string[]): boolean {
  // Leading blank lines (a damaged export) are the parser's problem, which reports them.
  const lines = all.slice(all.findIndex((l) => l.trim() !== ''));
  if (!HEADER_LIKE.test(lines[0] ?? '')) return false;
  let mailHeaders = 0;
  for (const line of lines) {
    if (line === '') break;
    if (MAIL_HEADER.test(line.replace(/[ \t]+:/, ':'))) mailHeaders++;
  }
  return mailHeaders >= 2 || (mailHeaders === 1 && MAIL_HEADER.test(lines[0]!.replace(/[ \t]+:/, ':')));
}
