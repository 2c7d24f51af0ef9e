/**
 * ②+③ for one message: parse the bytes, then compute the keys and thread hints.
 * This is the unit of work a parse worker runs; it touches no database.
 */
import type { ProcessedMessage, RawMessage } from '../model.js';
import { parseMessage } from '../parse/parse-message.js';
import { copyKey, messageKey, sha256Hex, subjectThreadKey } from './ids.js';

export async function processMessage(raw: RawMessage): Promise<ProcessedMessage> {
  const parsed = await parseMessage(raw.bytes);
  const { key: subjectKey, isReply } = subjectThreadKey(parsed.subject);
  return {
    parsed,
    source: raw.source,
    id: messageKey(parsed),
    copyKey: copyKey(raw.source),
    sha256: sha256Hex(raw.bytes),
    size: raw.bytes.byteLength,
    subjectKey,
    isReply,
    ...(raw.convertedFrom && { convertedFrom: raw.convertedFrom }),
  };
}
