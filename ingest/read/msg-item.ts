/**
 * ① read: a .msg file (@kenjiuno/msgreader) → OutlookItem, embedded messages included.
 *
 * Non-Unicode .msg files store their strings in the writer's ANSI code page; msgreader reads
 * them as Latin-1 unless told otherwise. When the file has 8-bit string properties and its code
 * pages name an ANSI code page (codepages.ts), it is parsed again with that one.
 */
import msgreader, { type FieldsData } from '@kenjiuno/msgreader';

import { ansiEncodingOf, charsetOfCodepage } from './codepages.js';
import { EntryLabels } from './entry-names.js';
import { type OutlookAddress, type OutlookItem, type OutlookPart, contentTypeOf } from './outlook-item.js';

type MsgReaderClass = typeof msgreader.default;
// The package is CommonJS with an ES-style default export: Node's ESM loader nests it under
// .default, bundlers (vitest) unwrap it.
const MsgReader: MsgReaderClass =
  (msgreader as unknown as { default?: MsgReaderClass }).default ?? (msgreader as unknown as MsgReaderClass);
type Reader = InstanceType<MsgReaderClass>;

const PT_STRING8 = 0x001e;
const PT_MV_STRING8 = 0x101e;

export interface ParsedMsg {
  reader: Reader;
  data: FieldsData;
}

export function parseMsg(bytes: Uint8Array): ParsedMsg {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let ansi = false;
  const first = new MsgReader(view);
  first.parserConfig = {
    propertyObserver: (_fields: FieldsData, tag: number) => {
      const type = tag & 0xffff;
      if (type === PT_STRING8 || type === PT_MV_STRING8) ansi = true;
    },
  };
  const data = first.getFileData();
  const encoding = ansi ? ansiEncodingOf(data.messageCodepage, data.internetCodepage) : undefined;
  if (!encoding) return { reader: first, data };
  const second = new MsgReader(view);
  second.parserConfig = { ansiEncoding: encoding };
  return { reader: second, data: second.getFileData() };
}

function parseDate(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function recipient(r: FieldsData): OutlookAddress | undefined {
  const address = r.smtpAddress?.trim() || r.email?.trim();
  const name = r.name?.trim();
  if (!address && !name) return undefined;
  return { ...(name && { name }), ...(address && { address }) };
}

function sender(d: FieldsData): OutlookAddress | undefined {
  const address = d.senderSmtpAddress?.trim() || d.sentRepresentingSmtpAddress?.trim() || d.senderEmail?.trim();
  const name = d.senderName?.trim();
  if (!address && !name) return undefined;
  return { ...(name && { name }), ...(address && { address }) };
}

function partsOf(reader: Reader, d: FieldsData, html: string): OutlookPart[] {
  const parts: OutlookPart[] = [];
  const labels = new EntryLabels();
  (d.attachments ?? []).forEach((a, i) => {
    const name = a.fileName?.trim() || a.fileNameShort?.trim() || a.name?.trim() || `attachment-${i + 1}`;
    if (a.innerMsgContent && a.innerMsgContentFields) {
      parts.push({
        kind: 'message',
        label: labels.label(`${name.replace(/\.(msg|eml)$/i, '')}.eml`),
        item: msgItem(reader, a.innerMsgContentFields),
      });
      return;
    }
    const { content } = reader.getAttachment(a);
    const contentId = a.pidContentId?.trim();
    parts.push({
      kind: 'file',
      name,
      contentType: contentTypeOf(name, a.attachMimeTag),
      ...(contentId && { contentId }),
      inline: !!contentId && html.includes(`cid:${contentId}`),
      bytes: content,
    });
  });
  return parts;
}

export function msgItem(reader: Reader, d: FieldsData): OutlookItem {
  const to: OutlookAddress[] = [];
  const cc: OutlookAddress[] = [];
  const bcc: OutlookAddress[] = [];
  for (const r of d.recipients ?? []) {
    const a = recipient(r);
    if (a) (r.recipType === 'cc' ? cc : r.recipType === 'bcc' ? bcc : to).push(a);
  }
  const charset = charsetOfCodepage(d.internetCodepage);
  const htmlText = d.bodyHtml ?? (d.html ? Buffer.from(d.html).toString('latin1') : '');
  const html: OutlookItem['html'] = d.html && d.html.length > 0 ? { bytes: d.html, charset } : d.bodyHtml || undefined;
  const from = sender(d);
  const date = parseDate(d.clientSubmitTime) ?? parseDate(d.messageDeliveryTime);
  return {
    messageClass: d.messageClass ?? '',
    ...(d.headers && { transportHeaders: d.headers }),
    ...(d.messageId && { messageId: d.messageId }),
    subject: d.subject ?? '',
    ...(date && { date }),
    ...(from && { from }),
    to,
    cc,
    bcc,
    ...(d.body && { text: d.body }),
    ...(html && { html }),
    parts: partsOf(reader, d, htmlText),
  };
}
