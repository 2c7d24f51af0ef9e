/**
 * ③ extract: the keys that make the graph idempotent.
 *
 * - Message.id hashes the message's normalised content, not its Message-ID: the same mail found
 *   in the sender's sent folder and in each recipient's inbox carries different Message-IDs in
 *   exports such as Enron's, yet is one message. BCC is left out because only the sender's copy has it.
 * - Copy.key hashes where a copy was found, so reading the same file again finds the same copy;
 *   File.key the same for a loose document.
 */
import { createHash } from 'node:crypto';

import type { ParsedMessage, SourceRef } from '../model.js';

const ID_LENGTH = 32; // hex chars: 128 bits, plenty for a corpus and short enough for URLs

function hash(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, ID_LENGTH);
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Collapses whitespace so transfer encodings and line endings do not split one message into two. */
export function normaliseBody(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function messageKey(m: ParsedMessage): string {
  return hash([
    'message/1',
    m.from?.email ?? null,
    m.date?.utc ?? m.dateRaw ?? null,
    m.subject,
    m.to.map((a) => a.email).sort(),
    m.cc.map((a) => a.email).sort(),
    normaliseBody(m.text),
    m.attachments.map((a) => a.sha256).sort(),
  ]);
}

export function copyKey(source: SourceRef): string {
  return hash(['copy/1', source.path, source.entries, source.offset ?? null, source.position ?? null]);
}

/** File.key of a loose document (issue 12): where it was found, as Copy.key. */
export function fileKey(place: { path: string; entries: string[] }): string {
  return hash(['file/1', place.path, place.entries]);
}

// Reply and forward prefixes in the languages of the corpora we see (English, French, German,
// Nordic, Dutch), with the French space before the colon ("RE :") and counters ("Re[2]:").
const PREFIX =
  /^\s*(?:(?:re|r|aw|sv|vs|antw|rép|rep|réf|ref|fw|fwd|fwd?|tr|wg|doorst)\s*(?:\[\d+\]|\(\d+\))?\s*\.?\s*[:：]\s*|\[[^\]]{1,60}\]\s*)/i;

export function subjectThreadKey(subject: string): { key: string; isReply: boolean } {
  let rest = subject;
  let isReply = false;
  for (let i = 0; i < 20; i++) {
    const match = PREFIX.exec(rest);
    if (!match || match[0].length === 0) break;
    if (!match[0].trimStart().startsWith('[')) isReply = true;
    rest = rest.slice(match[0].length);
  }
  return { key: rest.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase(), isReply };
}
