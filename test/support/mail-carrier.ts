/**
 * Mail that carries mail (issue 12), written by hand as a mail client writes it: a plain message,
 * and a multipart/mixed carrier whose parts are forwarded messages (message/rfc822, as "forward as
 * attachment" sends them), files in base64 (an .eml or .msg sent as a file) or any part with headers
 * of the test's choosing. Independent of the code under test.
 */
import { createHash } from 'node:crypto';

export interface Headers {
  from: string;
  to: string;
  subject: string;
  /** RFC 5322 date. */
  date: string;
  messageId: string;
}

export interface Part {
  headers: string[];
  /** The body as it stands in the carrier (already encoded). */
  body: string;
}

function headerLines(h: Headers): string[] {
  return [`From: ${h.from}`, `To: ${h.to}`, `Subject: ${h.subject}`, `Date: ${h.date}`, `Message-ID: <${h.messageId}>`];
}

/** A single-part text message. */
export function plainMail(h: Headers, body: string): string {
  return [...headerLines(h), 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=us-ascii', '', body, ''].join(
    '\r\n',
  );
}

/** A multipart/mixed message cut short (issue 12): text parts, the last as cut, no "--inner--" line closing it. */
export function unclosedMail(h: Headers, texts: string[]): string {
  const parts = texts.flatMap((t) => ['--inner', 'Content-Type: text/plain', '', t]);
  return [...headerLines(h), 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="inner"', '', ...parts].join(
    '\r\n',
  );
}

/** A forwarded message as a message/rfc822 part (8bit, its bytes as they are). */
export function forwardedPart(mail: string, disposition = 'attachment', name?: string): Part {
  return {
    headers: [
      `Content-Type: message/rfc822${name ? `; name="${name}"` : ''}`,
      `Content-Disposition: ${disposition}${name ? `; filename="${name}"` : ''}`,
      'Content-Transfer-Encoding: 8bit',
    ],
    body: mail,
  };
}

/** A file sent as an attachment, base64 in lines of 76. */
export function filePart(name: string, type: string, bytes: Buffer): Part {
  return {
    headers: [
      `Content-Type: ${type}; name="${name}"`,
      `Content-Disposition: attachment; filename="${name}"`,
      'Content-Transfer-Encoding: base64',
    ],
    body: bytes.toString('base64').replace(/.{1,76}/g, '$&\r\n'),
  };
}

/** A multipart/mixed message: a text body, then the parts. */
export function carrierMail(h: Headers, text: string, parts: Part[]): string {
  // One boundary per carrier, from its content, so carriers nested in carriers never share one.
  const boundary = `=_carrier_${createHash('sha256')
    .update(JSON.stringify([h, text, parts]))
    .digest('hex')
    .slice(0, 16)}`;
  const lines = [
    ...headerLines(h),
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=us-ascii',
    '',
    text,
  ];
  for (const p of parts) lines.push(`--${boundary}`, ...p.headers, '', p.body);
  lines.push(`--${boundary}--`, '');
  return lines.join('\r\n');
}

export const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** Headers of the n-th test message: person n writes to reader n on day n; `idPrefix` keeps Message-IDs apart per test. */
export const numberedHeaders = (n: number, subject: string, idPrefix: string): Headers => ({
  from: `Person ${n} <person${n}@example.org>`,
  to: `Reader ${n} <reader${n}@example.net>`,
  subject,
  date: `Tue, ${String(n).padStart(2, '0')} Jun 2021 09:30:00 +0200`,
  messageId: `${idPrefix}-${n}@example.org`,
});

/** What a msgreader .json answer key says of an Outlook .msg (the fields the tests compare). */
export interface MsgAnswerKey {
  subject: string;
  senderEmail?: string;
  recipients: { email: string }[];
  attachments: { name?: string; fileName?: string }[];
}
