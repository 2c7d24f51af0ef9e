/**
 * Bounded index keys. Neo4j's RANGE indexes (and the uniqueness constraints built on them) refuse a
 * string of more than about 8 KB ("Property value is too large to index"), and the refusal fails
 * the whole transaction: one patch mail with an 8.6 KB Subject stopped the ingest of a 17,885-message
 * list archive at the same message on every rerun (issue 14). So every indexed property that can
 * hold text from the leak stores indexKey(value) instead: the value itself when it is short, else
 * a prefix, a mark and a hash of the whole value. Equal values give equal keys and different values
 * different keys (the hash), so lookups, MERGE and uniqueness keep their meaning; where the whole
 * value matters to the analyst it is kept in a property that is not indexed.
 */
import { createHash } from 'node:crypto';

/** Values up to this many UTF-8 bytes are their own key: every real address, Message-ID, subject. */
export const MAX_INDEX_KEY_BYTES = 1024;
// Marks a key made from a longer value. A key of a long value is always longer than any value
// kept as is (prefix of at least MAX - 3 bytes, mark, 32 hex characters), so the two never meet.
const MARK = '…#';
const HASH_CHARS = 32;

/** The longest prefix of `value` of at most `maxBytes` UTF-8 bytes, never splitting a character. */
export function utf8Prefix(value: string, maxBytes: number): string {
  if (Buffer.byteLength(value) <= maxBytes) return value;
  const bytes = Buffer.from(value).subarray(0, maxBytes);
  // Drop a character cut in the middle: back up over continuation bytes (10xxxxxx) to its lead byte.
  let end = bytes.length;
  let i = end - 1;
  while (i >= 0 && (bytes[i]! & 0xc0) === 0x80) i--;
  if (i >= 0) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    if (i + length > end) end = i;
  }
  return bytes.subarray(0, end).toString('utf8');
}

/** The value itself when it has at most MAX_INDEX_KEY_BYTES bytes; else prefix + '…#' + 32 hex of its SHA-256. */
export function indexKey(value: string): string {
  if (Buffer.byteLength(value) <= MAX_INDEX_KEY_BYTES) return value;
  const hash = createHash('sha256').update(value).digest('hex').slice(0, HASH_CHARS);
  return `${utf8Prefix(value, MAX_INDEX_KEY_BYTES)}${MARK}${hash}`;
}

/** indexKey for a value that may be absent. */
export function indexKeyOrNull(value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : indexKey(value);
}
