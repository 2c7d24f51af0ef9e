/**
 * Format detection by content (issue 3): magic bytes, header shapes, and the cases that once
 * lost Enron messages (a 4 KiB sniff ending inside a header name).
 */
import { describe, expect, it } from 'vitest';

import { type DetectedFormat, SNIFF_BYTES, detectFormat } from '../../../ingest/read/detect.js';
import { makeZip } from './read-helpers.js';

const text = (s: string) => Buffer.from(s, 'latin1');

describe('detectFormat', () => {
  const cases: [string, Buffer, DetectedFormat][] = [
    [
      'an Enron maildir file',
      text(
        'Message-ID: <1.JavaMail.evans@thyme>\nDate: Mon, 14 May 2001 16:39:00 -0700 (PDT)\nFrom: a@enron.com\n\nbody',
      ),
      'rfc822',
    ],
    ['an mbox', text('From MAILER-DAEMON Mon Jan  1 00:00:00 2001\nFrom: a@b.c\nSubject: x\n\nbody\n'), 'mbox'],
    [
      'an mbox with a byte-order mark',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text('From x Mon Jan  1 00:00:00 2001\nSubject: x\n\n')]),
      'mbox',
    ],
    ['a text file with a colon', text('Note: this is not mail\nJust text.\n'), 'unknown'],
    ['gzip', Buffer.from([0x1f, 0x8b, 0x08, 0x00]), 'gzip'],
    ['xz', Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0x00]), 'unsupported'],
    ['a PST', text('!BDN\u0000\u0000\u0000\u0000SM\u0017\u0000'), 'pst'],
    ['an OLE file (.msg)', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'msg'],
  ];
  it.each(cases)('%s', (_what, head, format) => {
    expect(detectFormat(head)).toBe(format);
  });

  it('a header block longer than the sniff, cut inside a header name, is still mail', () => {
    const folded = Array.from({ length: 150 }, (_, i) => `\tperson${i}@enron.com,`).join('\n');
    const top = `Message-ID: <x@thyme>\nFrom: a@enron.com\nTo: b@enron.com,\n${folded}\n`;
    // Pad so that the sniffed window ends after "X-b" of "X-bcc:".
    const pad = `X-Pad: ${'a'.repeat(SNIFF_BYTES - 3 - top.length - 'X-Pad: \n'.length)}\n`;
    const message = text(`${top}${pad}X-bcc: \n\nbody`);
    expect(message.subarray(SNIFF_BYTES - 3, SNIFF_BYTES).toString()).toBe('X-b');
    expect(detectFormat(message.subarray(0, SNIFF_BYTES))).toBe('rfc822');
  });

  it('office documents (zip packages) are documents, other zips are zips', async () => {
    expect(detectFormat(await makeZip([{ name: '[Content_Types].xml', data: text('<x/>') }]))).toBe('document');
    expect(detectFormat(await makeZip([{ name: 'mail/1.eml', data: text('From: a@b.c\n\n') }]))).toBe('zip');
  });
});

describe('detectFormat on damaged messages', () => {
  const enc = (text: string) => new TextEncoder().encode(text);
  it.each([
    ['obsolete space before the colon', 'Subject :obsolete syntax\r\nDate    :  Malformed Date.\r\n\r\nbody'],
    [
      'a stray line among the headers',
      'Subject: this is a subject\r\nThis is an invalid header\r\nFrom: a@example.com\r\n\r\nbody',
    ],
    [
      'Usenet headers first',
      'Newsgroups: php.internals\nPath: news.php.net\nReturn-Path: <a@example.com>\nFrom: a@example.com\n\nbody',
    ],
    ['a blank first line', '        \nMIME-Version: 1.0\nDate: Sun, 16 Mar 2014 15:11:45 +0100\n\nbody'],
  ])('%s is still mail (the parser reads or reports it)', (_, text) => {
    expect(detectFormat(enc(text))).toBe('rfc822');
  });
  it.each([
    ['prose', 'This is a simple message not having headers.\nThe whole text should be recognized as body.\n'],
    ['a note with one colon', 'Note: call Bob\nabout the thing\n'],
    ['a headers-only test file', 'Test: Line endings in this file are: CRLF\r\nSecond: More text\r\n'],
  ])('%s is not', (_, text) => {
    expect(detectFormat(enc(text))).toBe('unknown');
  });
});
