/**
 * ① read: what kind of file is this? Decided by content (magic bytes, the shape of the first
 * lines), the extension only breaking ties, because leaked dumps are renamed, truncated and
 * stripped of extensions (Enron's maildir files are called "1.", "2.", …).
 */
export type DetectedFormat = 'rfc822' | 'mbox' | 'pst' | 'msg' | 'zip' | 'gzip' | 'tar' | 'unknown';

export const SNIFF_BYTES = 4096;

// A header field name followed by a colon: printable ASCII except colon and space (RFC 5322 §2.2).
const HEADER_LINE = /^[!-9;-~]+:[ \t]?\S?/;
// Headers that start real messages; a text file that happens to contain "Note:" is not mail.
const MAIL_HEADER = /^(received|return-path|message-id|date|from|to|subject|mime-version|delivered-to|x-[a-z-]+|content-type|dkim-signature|arc-[a-z-]+|authentication-results|reply-to|sender|cc|in-reply-to|references|thread-[a-z]+|user-agent|x-mailer|envelope-to|precedence|list-[a-z]+|status|x-uid|importance|priority):/i;

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

export function detectFormat(head: Uint8Array): DetectedFormat {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(head, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(head, [0x21, 0x42, 0x44, 0x4e])) return 'pst'; // "!BDN"
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'msg'; // OLE compound file
  if (head.length >= 262 && startsWith(head, [0x75, 0x73, 0x74, 0x61, 0x72], 257)) return 'tar'; // "ustar"
  const text = new TextDecoder('latin1').decode(head.subarray(0, SNIFF_BYTES));
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (/^From [^\s]*/.test(lines[0] ?? '') && lines.slice(1, 40).some((l) => MAIL_HEADER.test(l))) return 'mbox';
  // The first lines must be header lines (or folded continuations), and one of them a mail header.
  let sawMailHeader = false;
  for (const line of lines.slice(0, 40)) {
    if (line === '') break;
    if (/^[ \t]/.test(line)) continue;
    if (!HEADER_LINE.test(line)) return 'unknown';
    if (MAIL_HEADER.test(line)) sawMailHeader = true;
  }
  return sawMailHeader ? 'rfc822' : 'unknown';
}
