/**
 * ① read: a .msg file → RawMessages: the message rebuilt as RFC 5322 (convertedFrom 'msg'), then
 * each e-mail attached inside it, at any depth, as its own RawMessage (outlook-messages.ts).
 * An OLE file without a message class (a Word, Excel or PowerPoint file) is a loose document
 * (loose-document.ts); an Outlook item that is not an e-mail (a contact, an appointment) is skipped.
 */
import type { RawMessage, SourceRef } from '../model.js';
import { type ReadContext, describeRef } from './container.js';
import { DamagedFileError, LimitExceededError, UnsupportedFormatError, errorText } from './errors.js';
import type { InputNode } from './input-node.js';
import { asDocument, packageType } from './loose-document.js';
import { placeOf } from './mailbox-path.js';
import { msgItem, parseMsg } from './msg-item.js';
import { isMailClass } from './outlook-item.js';
import { outlookMessages } from './outlook-messages.js';

const OFFICE_NAME = /\.(doc|dot|xls|xlt|ppt|pps)$/i;

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
  let parsed: ReturnType<typeof parseMsg>;
  try {
    parsed = parseMsg(bytes);
  } catch (error) {
    // A damaged Word or Excel file is a document the document pass reports, not a lost message.
    if (OFFICE_NAME.test(node.name)) return yield* asDocument(node, ctx, packageType(node.name), bytes);
    throw damaged(error);
  }
  const { reader, data } = parsed;
  if (!isMailClass(data.messageClass)) {
    // An OLE file without a message class is an Office document (Word, Excel, PowerPoint 97–2003).
    if (!data.messageClass) return yield* asDocument(node, ctx, packageType(node.name), bytes);
    ctx.events.onSkip(describeRef(node.ref), `Outlook item of class ${data.messageClass} (not an e-mail)`);
    return;
  }
  let messages: RawMessage[];
  try {
    messages = [
      ...outlookMessages(msgItem(reader, data), source, 'msg', (where, reason) => ctx.events.onSkip(where, reason)),
    ];
  } catch (error) {
    // Its properties read, an attachment or embedded message did not (msgreader reads them here; the
    // project's own code around it throws nothing of its own: the cause is kept for a closer look).
    throw damaged(error);
  }
  yield* messages;
}

/**
 * msgreader meets a cut or overwritten file with whatever JavaScript error its reading runs into
 * ("Cannot read properties of undefined", "Offset is outside the bounds of the DataView"): said as
 * what it is, with those words kept for whoever looks closer.
 */
function damaged(error: unknown): Error {
  // A bound reached or a format refused says so itself.
  if (error instanceof LimitExceededError || error instanceof UnsupportedFormatError) return error;
  return new DamagedFileError(
    `the .msg file is damaged (cut short or overwritten) or not an Outlook message: msgreader cannot read it (${errorText(error)})`,
    { cause: error },
  );
}
