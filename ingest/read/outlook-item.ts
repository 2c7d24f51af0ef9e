/**
 * ① read: an Outlook item (from a .pst/.ost or a .msg) as the few things an RFC 5322 message is
 * rebuilt from. The PST and MSG adapters fill it; outlook-mime.ts turns it into bytes.
 */

export interface OutlookAddress {
  name?: string;
  /** An SMTP address, an Exchange DN (/o=…/cn=…), or absent when only a name is known. */
  address?: string;
}

export interface OutlookFile {
  kind: 'file';
  name: string;
  contentType: string;
  contentId?: string;
  /** Shown in the body (cid: reference) rather than attached. */
  inline: boolean;
  bytes: Uint8Array;
}

export interface OutlookEmbedded {
  kind: 'message';
  /** The attachment's label: its name plus ".eml", unique within the item (see entry-names.ts). */
  label: string;
  item: OutlookItem;
}

export type OutlookPart = OutlookFile | OutlookEmbedded;

export interface OutlookItem {
  messageClass: string;
  /** PR_TRANSPORT_MESSAGE_HEADERS: the headers the message arrived with, when it arrived by SMTP. */
  transportHeaders?: string;
  messageId?: string;
  inReplyTo?: string;
  subject: string;
  /** Submit time, else delivery time. */
  date?: Date;
  from?: OutlookAddress;
  /** The account that sent it on behalf of `from`, when different. */
  sender?: OutlookAddress;
  to: OutlookAddress[];
  cc: OutlookAddress[];
  bcc: OutlookAddress[];
  text?: string;
  /** HTML body: a decoded string, or bytes in a named charset. */
  html?: string | { bytes: Uint8Array; charset: string };
  parts: OutlookPart[];
}

// The classes that are e-mail: notes (incl. S/MIME), meeting requests and responses sent as mail,
// delivery and read reports, recalls. Contacts, appointments, tasks, notes, journal entries and
// distribution lists are not.
const MAIL_CLASS = /^(IPM\.Note|IPM\.Schedule\.Meeting|REPORT\.IPM|IPM\.Outlook\.Recall)(\.|$)/i;

export function isMailClass(messageClass: string | undefined): boolean {
  return !!messageClass && MAIL_CLASS.test(messageClass);
}

/** Guesses a content type from a file name when the item does not say. */
export function contentTypeOf(name: string, given: string | undefined): string {
  if (given && /^[\w.+-]+\/[\w.+-]+$/.test(given)) return given.toLowerCase();
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  const known: Record<string, string> = {
    txt: 'text/plain',
    htm: 'text/html',
    html: 'text/html',
    pdf: 'application/pdf',
    png: 'image/png',
    gif: 'image/gif',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    tif: 'image/tiff',
    tiff: 'image/tiff',
    doc: 'application/msword',
    xls: 'application/vnd.ms-excel',
    ppt: 'application/vnd.ms-powerpoint',
    zip: 'application/zip',
    eml: 'message/rfc822',
  };
  return (ext && known[ext]) ?? 'application/octet-stream';
}
