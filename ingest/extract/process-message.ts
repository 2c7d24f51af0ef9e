/**
 * ②+③ for one message: parse the bytes, then compute the keys and thread hints, and verify its DKIM
 * signatures while the raw bytes are at hand (they are not kept after this). This is the unit of
 * work a parse worker runs; it touches no database.
 */
import type { IngestIssue, ProcessedMessage, RawMessage } from '../model.js';
import { type MailPart, parseMessageParts } from '../parse/parse-message.js';
import { checkCopy } from './dkim/check-copy.js';
import type { VerifyOptions } from './dkim/verify-dkim.js';
import { copyKey, messageKey, sha256Hex, subjectThreadKey } from './ids.js';

export interface ProcessOptions {
  /** Verify DKIM with these keys (issue 7); skipped when absent. */
  verify?: VerifyOptions;
}

export async function processMessage(raw: RawMessage, options: ProcessOptions = {}): Promise<ProcessedMessage> {
  return (await processMessageParts(raw, options)).message;
}

/**
 * processMessage, and the message's attachments with their bytes, for the worker to look for mail in, and
 * what had to be cut for it to be read (warnings: the message is kept).
 */
export async function processMessageParts(
  raw: RawMessage,
  options: ProcessOptions = {},
): Promise<{ message: ProcessedMessage; parts: MailPart[]; notes: IngestIssue[] }> {
  const { parsed, parts, notes } = await parseMessageParts(raw.bytes);
  const { key: subjectKey, isReply } = subjectThreadKey(parsed.subject);
  const message: ProcessedMessage = {
    parsed,
    source: raw.source,
    id: messageKey(parsed),
    copyKey: copyKey(raw.source),
    sha256: sha256Hex(raw.bytes),
    size: raw.bytes.byteLength,
    subjectKey,
    isReply,
    ...(raw.convertedFrom && { convertedFrom: raw.convertedFrom }),
    ...(options.verify && { verification: await checkCopy(raw.bytes, parsed, options.verify) }),
  };
  return {
    message,
    parts,
    notes: notes.map((error) => ({ source: raw.source, stage: 'parse', error, lostMessage: false })),
  };
}
