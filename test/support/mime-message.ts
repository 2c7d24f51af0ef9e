/**
 * A multipart/mixed message with a text body and base64 attachments, as a mail client writes it:
 * for tests that need real documents carried by mail (issue 12). Written by hand here, not by the
 * code under test.
 */
export interface MimeAttachment {
  name: string;
  type: string;
  bytes: Buffer;
}

export interface MimeHeaders {
  from: string;
  to: string;
  cc?: string;
  subject: string;
  /** RFC 5322 date. */
  date: string;
  messageId?: string;
}

export function mimeMessage(headers: MimeHeaders, body: string, attachments: MimeAttachment[]): string {
  const boundary = '=_leakgraph_test_boundary';
  const lines = [
    `From: ${headers.from}`,
    `To: ${headers.to}`,
    ...(headers.cc ? [`Cc: ${headers.cc}`] : []),
    `Subject: ${headers.subject}`,
    `Date: ${headers.date}`,
    ...(headers.messageId ? [`Message-ID: <${headers.messageId}>`] : []),
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
  ];
  for (const a of attachments) {
    lines.push(
      `--${boundary}`,
      `Content-Type: ${a.type}; name="${a.name}"`,
      `Content-Disposition: attachment; filename="${a.name}"`,
      'Content-Transfer-Encoding: base64',
      '',
      a.bytes.toString('base64').replace(/.{1,76}/g, '$&\r\n'),
    );
  }
  lines.push(`--${boundary}--`, '');
  return lines.join('\r\n');
}
