/**
 * Issue 14: archive entry names and header values are capped, with a mark saying how much was cut.
 * A 3 MB tar entry name and megabyte headers are read; what is kept is bounded and says it was cut.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { parseMessage } from '../../ingest/parse/parse-message.js';
import { MAX_HEADER_CHARS, MAX_NAME_CHARS, capText } from '../../ingest/text-caps.js';
import { makeTar, readAll, tempDir } from './read/read-helpers.js';

const tmp = tempDir('caps');
afterAll(() => tmp.remove());

const MARK = /… \[(\d+) more characters cut\]$/;

describe('capText', () => {
  it('keeps short text, cuts long text to the cap with a mark giving the number cut', () => {
    expect(capText('abc', 10)).toBe('abc');
    const long = 'y'.repeat(5_000);
    const capped = capText(long, 1_000);
    expect(capped.length).toBeLessThanOrEqual(1_000);
    const cut = Number(MARK.exec(capped)![1]);
    expect(capped.length - MARK.exec(capped)![0].length + cut).toBe(5_000);
    expect(capText(capped, 1_000)).toBe(capped);
  });

  it('does not leave half a surrogate pair', () => {
    const capped = capText('😀'.repeat(2_000), 1_000);
    expect(capped.replace(MARK, '')).toMatch(/^(😀)+$/u);
  });
});

describe('entry names', () => {
  it('a 3 MB tar entry name: the message is read, its name capped with a mark', async () => {
    const name = `${'n'.repeat(3 * 1024 * 1024)}.eml`;
    const tar = await makeTar([
      { name, data: Buffer.from('From: a@example.org\r\nSubject: s\r\n\r\nbody\r\n') },
      { name: 'ok.eml', data: Buffer.from('From: b@example.org\r\nSubject: t\r\n\r\nbody\r\n') },
    ]);
    const path = join(tmp.dir, 'long-name.tar');
    writeFileSync(path, tar);
    const { messages, issues } = await readAll([path]);
    expect(issues).toEqual([]);
    expect(messages).toHaveLength(2);
    const entry = messages[0]!.source.entries[0]!;
    expect(entry.length).toBeLessThanOrEqual(MAX_NAME_CHARS);
    expect(entry.startsWith('nnnn')).toBe(true);
    expect(Number(MARK.exec(entry)![1])).toBe(name.length - entry.length + MARK.exec(entry)![0].length);
    expect(messages[1]!.source.entries).toEqual(['ok.eml']);
  });
});

describe('header values', () => {
  // mailparser refuses a header block over 1 MB; each of these values is 200 KB.
  it('a 200 KB Subject, X-Mailer, Message-ID and attachment name are capped with a mark', async () => {
    const big = 'h'.repeat(200 * 1024);
    const raw = [
      'From: a@example.org',
      `Subject: ${big}`,
      `X-Mailer: ${big}`,
      `Message-ID: <${big}@example.org>`,
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'body',
      '--b',
      `Content-Type: application/octet-stream; name="${big}.bin"`,
      `Content-Disposition: attachment; filename="${big}.bin"`,
      '',
      'AAAA',
      '--b--',
      '',
    ].join('\r\n');
    const parsed = await parseMessage(Buffer.from(raw));
    for (const value of [parsed.subject, parsed.headers['x-mailer']!, parsed.messageId!]) {
      expect(value.length).toBeLessThanOrEqual(MAX_HEADER_CHARS);
      expect(value).toMatch(MARK);
    }
    expect(parsed.attachments[0]!.name!.length).toBeLessThanOrEqual(MAX_NAME_CHARS);
    expect(parsed.attachments[0]!.name).toMatch(MARK);
  });

  it('a 9 KB Subject is kept whole', async () => {
    const subject = 's'.repeat(9_000);
    const parsed = await parseMessage(Buffer.from(`From: a@example.org\r\nSubject: ${subject}\r\n\r\nbody\r\n`));
    expect(parsed.subject).toBe(subject);
  });
});
