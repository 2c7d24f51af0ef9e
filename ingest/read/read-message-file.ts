/**
 * ① read: one file, one message: .eml files and maildir entries (Enron's "1.", "2." or files
 * under cur/ and new/). The bytes are handed on exactly as they are.
 */
import type { RawMessage, SourceRef } from '../model.js';
import type { ReadContext } from './container.js';
import type { InputNode } from './input-node.js';
import { isMaildirFile, placeOf } from './mailbox-path.js';

export function messageFileSource(node: InputNode): SourceRef {
  const { mailbox, folder } = placeOf(node, 'message');
  return {
    path: node.ref.path,
    entries: node.ref.entries,
    format: isMaildirFile(node.dirs, node.name) ? 'maildir' : 'eml',
    mailbox,
    ...(folder.length > 0 && { folder: folder.join('/') }),
  };
}

export async function* readMessageFile(node: InputNode, ctx: ReadContext): AsyncGenerator<RawMessage> {
  const source = messageFileSource(node);
  const bytes = await node.source.bytes(ctx.limits.maxMessageBytes);
  if (!bytes) {
    const size = node.source.size !== undefined ? `message of ${node.source.size} bytes` : 'message';
    ctx.events.onIssue({
      source,
      stage: 'read',
      error: `${size} is over the ${ctx.limits.maxMessageBytes}-byte limit on one message (raise it with --max-message-mb)`,
      lostMessage: true,
    });
    return;
  }
  yield { bytes, source };
}
