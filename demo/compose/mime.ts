/**
 * Demo mailbox: Composed message + which copy → RFC 5322 bytes. The sender's copy keeps Bcc; a
 * recipient's copy gains the Return-Path and Received lines of its delivery and loses Bcc, as real
 * mailboxes do. Everything is derived from the message key, so the bytes never change between runs.
 */
import { ATTACHMENTS } from '../scenario/attachments.js';
import type { AttachmentSpec } from '../scenario/types.js';
import { type Composed, identity } from './compose-thread.js';
import { rfc5322, shiftTo } from './dates.js';
import {
  type Charset,
  type Transfer,
  displayName,
  encodeText,
  encodeWords,
  foldHeader,
  headerText,
  isAscii,
  mailbox,
  rfc2231,
  transferEncode,
  usable8bit,
} from './encode.js';

export interface CopyContext {
  role: 'sent' | 'inbox';
  /** Address the copy was delivered to (inbox copies). */
  recipient?: string;
  /** Body text replacing the genuine one (a doctored copy). */
  text?: string;
}

/** A MIME entity as a "binary string": one character per byte, CRLF line ends. */
type Entity = string;

const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

function textEntity(
  text: string,
  subtype: 'plain' | 'html',
  c: Composed,
  forced?: { charset?: Charset; transfer?: Transfer },
): Entity {
  const chosen =
    subtype === 'html'
      ? { charset: 'utf-8' as Charset, transfer: 'quoted-printable' as Transfer }
      : c.client.body(text);
  const charset = forced?.charset ?? chosen.charset;
  let transfer = forced?.transfer ?? chosen.transfer;
  const bytes = encodeText(crlf(text) + '\r\n', charset);
  if (transfer === '8bit' && !usable8bit(bytes)) transfer = 'quoted-printable';
  if (transfer === '8bit' && isAscii(text)) transfer = '7bit';
  const label = c.client.quotedCharset ? `charset="${charset}"` : `charset=${charset.toUpperCase()}`;
  return [
    `Content-Type: text/${subtype}; ${label}`,
    `Content-Transfer-Encoding: ${transfer}`,
    '',
    transferEncode(bytes, transfer),
  ].join('\r\n');
}

function attachmentEntity(att: AttachmentSpec, c: Composed): Entity {
  const file = ATTACHMENTS[att.file];
  if (!file) throw new Error(`${c.key}: unknown attachment "${att.file}"`);
  const type = c.from.client.startsWith('outlook') ? (file.outlookType ?? file.contentType) : file.contentType;
  const quotedName = isAscii(att.name) ? `"${att.name}"` : `"${encodeWords(att.name, c.client.words).join(' ')}"`;
  const disposition =
    !isAscii(att.name) && c.client.attachmentNames === 'rfc2231'
      ? rfc2231('filename', att.name)
      : `filename=${quotedName}`;
  return [
    `Content-Type: ${type};\r\n\tname=${quotedName}`,
    `Content-Disposition: attachment;\r\n\t${disposition}`,
    'Content-Transfer-Encoding: base64',
    '',
    transferEncode(file.bytes, 'base64'),
  ].join('\r\n');
}

function multipart(subtype: 'mixed' | 'alternative', boundary: string, parts: Entity[], preamble: boolean): Entity {
  const head = `Content-Type: multipart/${subtype};\r\n\tboundary="${boundary}"`;
  const body = parts.map((p) => `--${boundary}\r\n${p}\r\n`).join('') + `--${boundary}--\r\n`;
  return `${head}\r\n\r\n${preamble ? 'This is a multi-part message in MIME format.\r\n\r\n' : ''}${body}`;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Gmail-like HTML rendering of a plain-text body: lines as <div>s, "> " runs as nested blockquotes. */
export function textToHtml(text: string): string {
  const render = (lines: string[]): string => {
    let out = '';
    for (let i = 0; i < lines.length;) {
      if (lines[i]!.startsWith('>')) {
        const quoted: string[] = [];
        while (i < lines.length && lines[i]!.startsWith('>')) quoted.push(lines[i++]!.replace(/^> ?/, ''));
        out += `<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">${render(quoted)}</blockquote>`;
      } else out += `<div>${lines[i] ? escapeHtml(lines[i++]!) : (i++, '<br>')}</div>\n`;
    }
    return out;
  };
  return `<div dir="ltr">\n${render(text.split('\n'))}</div>\n`;
}

function bodyEntity(c: Composed, text: string): Entity {
  const forced = {
    ...(c.spec.quirks?.charset && { charset: c.spec.quirks.charset }),
    ...(c.spec.quirks?.transfer && { transfer: c.spec.quirks.transfer }),
  };
  const html = c.spec.html ?? (c.client.alternative ? textToHtml(text) : undefined);
  let entity: Entity;
  if (html !== undefined && c.spec.htmlOnly) entity = textEntity(html, 'html', c);
  else if (html !== undefined)
    entity = multipart(
      'alternative',
      c.client.boundary(c.hex.slice(8)),
      [textEntity(text, 'plain', c, forced), textEntity(html, 'html', c)],
      false,
    );
  else entity = textEntity(text, 'plain', c, forced);
  if (c.attachments.length === 0) return entity;
  return multipart(
    'mixed',
    c.client.boundary(c.hex),
    [entity, ...c.attachments.map((a) => attachmentEntity(a, c))],
    true,
  );
}

function addressHeader(name: string, keys: string[], c: Composed): string | undefined {
  if (keys.length === 0) return undefined;
  const value = keys.map((k) => {
    const id = identity(k);
    return mailbox(id.name, id.email, c.client.words);
  });
  // One address per line, as clients fold long recipient lists.
  return `${name}: ${value.join(',\r\n ')}`;
}

function receivedLines(c: Composed, recipient: string): string[] {
  const senderDomain = c.from.email.split('@')[1]!;
  const rcptDomain = recipient.split('@')[1]!;
  const delay = 2 + (parseInt(c.hex.slice(40, 42), 16) % 40);
  const when = rfc5322(shiftTo({ ...c.moment, utcMs: c.moment.utcMs + delay * 1000 }, 0));
  const host = (n: number) =>
    `PR3P${190 + n}MB${1000 + (parseInt(c.hex.slice(44 + n, 48 + n), 16) % 9000)}.EURP${190 + n}.PROD.${rcptDomain.toUpperCase()}`;
  if (senderDomain === rcptDomain) {
    return [
      `Received: from ${host(1)} (2001:db8::${c.hex.slice(50, 52)}) by ${host(2)}\r\n with Microsoft SMTP Server id 15.20.8093.021; ${when}`,
    ];
  }
  const ip = 1 + (parseInt(c.hex.slice(52, 54), 16) % 250);
  return [
    `Received: from mail.${senderDomain} (mail.${senderDomain} [203.0.113.${ip}])\r\n\tby mx1.${rcptDomain} (Postfix) with ESMTPS id 4X${c.hex.slice(54, 62).toUpperCase()}\r\n\tfor <${recipient}>; ${when}`,
  ];
}

export function renderCopy(c: Composed, copy: CopyContext): Buffer {
  const q = c.spec.quirks ?? {};
  const lines: (string | undefined)[] = [];
  if (copy.role === 'inbox' && copy.recipient)
    lines.push(`Return-Path: <${c.from.email}>`, ...receivedLines(c, copy.recipient));
  lines.push(
    `From: ${c.from.name ? `${displayName(c.from.name, c.client.words)} <${c.from.email}>` : c.from.email}`,
    addressHeader('To', c.to, c),
    addressHeader('Cc', c.cc, c),
    copy.role === 'sent' ? addressHeader('Bcc', c.bcc, c) : undefined,
    // A mailer that does not encode headers sends the subject as raw UTF-8 bytes.
    q.rawSubject
      ? `Subject: ${Buffer.from(c.subject, 'utf8').toString('latin1')}`
      : foldHeader('Subject', headerText(c.subject, c.client.words)),
    `Date: ${q.dateRaw ?? rfc5322(c.client.utcDates ? shiftTo(c.moment, 0) : c.moment)}`,
    c.messageId ? `Message-ID: ${c.messageId}` : undefined,
    c.inReplyTo ? `In-Reply-To: ${c.inReplyTo}` : undefined,
    c.references.length ? foldHeader('References', c.references.join(' ')) : undefined,
    c.client.contentLanguage ? `Content-Language: ${c.lang === 'fr' ? 'fr-FR' : 'en-GB'}` : undefined,
    ...c.client.headers.map(([k, v]) => `${k}: ${v}`),
    'MIME-Version: 1.0',
  );
  const head = lines.filter((l): l is string => l !== undefined).join('\r\n');
  return Buffer.from(`${head}\r\n${bodyEntity(c, copy.text ?? c.text)}`, 'latin1');
}
