/**
 * ① read: an mbox file → RawMessages, streamed chunk by chunk through MboxSplitter (the rules
 * are in mbox-split.ts). Each message's SourceRef carries its byte offset and length in the file
 * and its number (position), so readRawCopy can read exactly those bytes again.
 */
import type { RawMessage, SourceRef } from '../model.js';
import { type ReadContext, describeRef } from './container.js';
import type { InputNode } from './input-node.js';
import { placeOf } from './mailbox-path.js';
import { MBOX_LEADING_TEXT, type MboxMessage, MboxSplitter, mboxMessageProblem, mboxVariantOf } from './mbox-split.js';

export async function* readMbox(node: InputNode, ctx: ReadContext): AsyncGenerator<RawMessage> {
  const { mailbox, folder } = placeOf(node, 'mailbox-file');
  const base: SourceRef = {
    path: node.ref.path,
    entries: node.ref.entries,
    format: 'mbox',
    mailbox,
    ...(folder.length > 0 && { folder: folder.join('/') }),
  };
  const splitter = new MboxSplitter(mboxVariantOf(node.name, node.head), ctx.limits.maxMessageBytes);
  const emit = function* (found: MboxMessage[]): Generator<RawMessage> {
    for (const m of found) {
      const source: SourceRef = { ...base, offset: m.offset, length: m.length, position: String(m.index) };
      const problem = mboxMessageProblem(m, ctx.limits.maxMessageBytes);
      if (problem) ctx.events.onIssue({ source, stage: 'read', error: problem, lostMessage: true });
      else yield { bytes: m.bytes!, source };
    }
  };
  for await (const chunk of node.source.stream()) yield* emit(splitter.push(chunk));
  yield* emit(splitter.end());
  if (splitter.leadingText) {
    ctx.events.onIssue({
      source: node.ref,
      stage: 'read',
      error: `${describeRef(node.ref)}: ${MBOX_LEADING_TEXT}`,
      lostMessage: false,
    });
  }
}
