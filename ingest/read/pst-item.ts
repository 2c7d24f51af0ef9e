/**
 * ① read: a pst-extractor PSTMessage → OutlookItem. Attachments by value are read whole (the
 * caller has checked the item's size first), embedded messages become embedded items, and
 * attachments by reference (a path on the sender's disk, no data in the PST) are left out.
 */
import type { PSTAttachment, PSTMessage } from 'pst-extractor';

import { EntryLabels } from './entry-names.js';
import { type OutlookAddress, type OutlookItem, type OutlookPart, contentTypeOf } from './outlook-item.js';

const METHOD_BY_VALUE = 1;
const METHOD_EMBEDDED = 5;
const METHOD_OLE = 6;
const RECIPIENT_CC = 2;
const RECIPIENT_BCC = 3;

function address(name: string, email: string, smtp?: string): OutlookAddress | undefined {
  const chosen = smtp?.trim() || email?.trim();
  if (!name?.trim() && !chosen) return undefined;
  return { ...(name?.trim() && { name: name.trim() }), ...(chosen && { address: chosen }) };
}

function attachmentName(att: PSTAttachment, index: number): string {
  return att.longFilename?.trim() || att.filename?.trim() || att.displayName?.trim() || `attachment-${index + 1}`;
}

function attachmentBytes(att: PSTAttachment): Uint8Array | undefined {
  const stream = att.fileInputStream;
  if (!stream) return undefined;
  const bytes = Buffer.alloc(stream.length.toNumber());
  stream.readCompletely(bytes);
  return bytes;
}

/** The declared size of everything in the item, read before any attachment data is. */
export function declaredPstSize(message: PSTMessage): number {
  let size = message.body.length + message.bodyHTML.length;
  for (let i = 0; i < message.numberOfAttachments; i++) size += Math.max(0, message.getAttachment(i).filesize);
  return size;
}

function partsOf(message: PSTMessage, html: string): OutlookPart[] {
  const parts: OutlookPart[] = [];
  const labels = new EntryLabels();
  for (let i = 0; i < message.numberOfAttachments; i++) {
    const att = message.getAttachment(i);
    const name = attachmentName(att, i);
    if (att.attachMethod === METHOD_EMBEDDED) {
      const embedded = att.embeddedPSTMessage;
      if (embedded)
        parts.push({
          kind: 'message',
          label: labels.label(`${name.replace(/\.(msg|eml)$/i, '')}.eml`),
          item: pstItem(embedded),
        });
      continue;
    }
    if (att.attachMethod !== METHOD_BY_VALUE && att.attachMethod !== METHOD_OLE) continue;
    const bytes = attachmentBytes(att);
    if (!bytes) continue;
    const contentId = att.contentId?.trim();
    parts.push({
      kind: 'file',
      name,
      contentType: contentTypeOf(name, att.mimeTag),
      ...(contentId && { contentId }),
      inline: !!contentId && html.includes(`cid:${contentId}`),
      bytes,
    });
  }
  return parts;
}

export function pstItem(message: PSTMessage): OutlookItem {
  const to: OutlookAddress[] = [];
  const cc: OutlookAddress[] = [];
  const bcc: OutlookAddress[] = [];
  for (let i = 0; i < message.numberOfRecipients; i++) {
    const r = message.getRecipient(i);
    if (!r) continue;
    const a = address(r.displayName, r.emailAddress, r.smtpAddress);
    if (!a) continue;
    (r.recipientType === RECIPIENT_CC ? cc : r.recipientType === RECIPIENT_BCC ? bcc : to).push(a);
  }
  const html = message.bodyHTML;
  const date = message.clientSubmitTime ?? message.messageDeliveryTime ?? undefined;
  const from = address(message.sentRepresentingName, message.sentRepresentingEmailAddress);
  const sender = address(message.senderName, message.senderEmailAddress);
  const author = from ?? sender;
  return {
    messageClass: message.messageClass,
    ...(message.transportMessageHeaders && { transportHeaders: message.transportMessageHeaders }),
    ...(message.internetMessageId && { messageId: message.internetMessageId }),
    ...(message.inReplyToId && { inReplyTo: message.inReplyToId }),
    subject: message.subject ?? '',
    ...(date && { date }),
    ...(author && { from: author }),
    ...(sender && { sender }),
    to,
    cc,
    bcc,
    ...(message.body && { text: message.body }),
    ...(html && { html }),
    parts: partsOf(message, html),
  };
}
