/**
 * ① read: a .msg file → RawMessages: the message rebuilt as RFC 5322 (convertedFrom 'msg'), then
 * each e-mail attached inside it, at any depth, as its own RawMessage (outlook-messages.ts).
 * An OLE file that is not an Outlook e-mail (a Word document, a contact, an appointment) is skipped.
 */
import type { RawMessage, SourceRef } from '../model.js';
import { type ReadContext, describeRef } from './container.js';
import type { InputNode } from './input-node.js';
import { placeOf } from './mailbox-path.js';
import { msgItem, parseMsg } from './msg-item.js';
import { isMailClass } from './outlook-item.js';
import { outlookMessages } from './outlook-messages.js';

export function msgSource(node: InputNode): SourceRef {
  const { mailbox, folder } = placeOf(node, 'message');
  return {
    path: node.ref.path,
    entries: node.ref.entries,
    format: 'msg',
    mailbox,
    ...(folder.length > 0 && { folder: folder.join('/') }),
  };
}

export async function* readMsg(node: InputNode, ctx: ReadContext): AsyncGenerator<RawMessage> {
  const source = msgSource(node);
  const bytes = await node.source.bytes(ctx.limits.maxMessageBytes);
  if (!bytes) {
    ctx.events.onIssue({
      source,
      stage: 'read',
      error: `.msg file over the ${ctx.limits.maxMessageBytes}-byte limit on one message (raise it with --max-message-mb)`,
      lostMessage: true,
    });
    return;
  }
  const { reader, data } = parseMsg(bytes);
  if (!isMailClass(data.messageClass)) {
    const reason = data.messageClass
      ? `Outlook item of class ${data.messageClass} (not an e-mail)`
      : 'OLE compound file that is not an Outlook message (an Office document?)';
    ctx.events.onSkip(describeRef(node.ref), reason);
    return;
  }
  const messages = [
    ...outlookMessages(msgItem(reader, data), source, 'msg', (where, reason) => ctx.events.onSkip(where, reason)),
  ];
  yield* messages;
}
