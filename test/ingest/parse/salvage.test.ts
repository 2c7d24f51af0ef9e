/**
 * Hostile input mailparser refuses for one of its bounds (1 MiB of headers per MIME part, 1,000 parts
 * per message, @zone-eu/mailsplit): one header line without end, a To: of 200,000 addresses, a body of
 * 3,000 nested parts. The message is not lost (ingest/parse/salvage.ts): its own header fields are cut to
 * MAX_HEADER_FIELD_BYTES, or its body left out, with a warning; what is read is what mailparser reads of
 * the same message without what was cut. Each premise (mailparser refuses the message as written) is
 * checked against mailparser itself.
 */
import { readFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';

import type { RawMessage } from '../../../ingest/model.js';
import { MAILPARSER_OPTIONS, parseMessageParts } from '../../../ingest/parse/parse-message.js';
import { MAX_ADDRESS_FIELD_BYTES, MAX_HEADER_FIELD_BYTES } from '../../../ingest/parse/salvage.js';
import { newTally, takeParsed } from '../../../ingest/read-batches.js';
import { MAX_HEADER_CHARS } from '../../../ingest/text-caps.js';
import { runParseChunk } from '../../../ingest/workers/run-chunk.js';
import { missingShared, sharedPath } from '../../support/shared.js';

const MAIL = 'fixtures/enron-dev-sample/maildir/slinger-r/deleted_items/1.';
const ENDLESS = 3 * 1024 * 1024;
const HEADS = 'Max header size for a MIME node exceeded';
const PARTS = 'Max allowed child nodes exceeded';
const n = (x: number) => x.toLocaleString('en');
// mailsplit counts a header line as its bytes, at least 64 (HEADER_LINE_MIN_COST), against 1 MiB.
const cost = (line: string) => Math.max(Buffer.byteLength(line), 64);
const cutTo = `cut to ${n(MAX_HEADER_FIELD_BYTES)} bytes (To, Cc, Bcc: ${n(MAX_ADDRESS_FIELD_BYTES)}) or less`;

/** The message with a header line of `length` bytes (line break included) put in after its first `after` lines. */
function withEndlessLine(original: Buffer, name: string, length: number, after = 3): Buffer {
  const lines = original.toString('latin1').split('\n');
  lines.splice(after, 0, `${name}: ${'x'.repeat(length - name.length - 4)}\r`);
  return Buffer.from(lines.join('\n'), 'latin1');
}

const addressesOf = (value: { value: { address?: string }[] } | { value: { address?: string }[] }[] | undefined) =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((t) => t.value.map((v) => v.address));

describe.skipIf(missingShared(MAIL))("a message over mailparser's bounds", () => {
  const original = readFileSync(sharedPath(MAIL));

  it('with a header line without end: the field is cut, the message reads as it reads without it', async () => {
    const hostile = withEndlessLine(original, 'X-Padding', ENDLESS);
    await expect(simpleParser(hostile, MAILPARSER_OPTIONS)).rejects.toThrow(HEADS);
    const expected = await simpleParser(original, MAILPARSER_OPTIONS);

    const { parsed, notes } = await parseMessageParts(hostile);
    expect(parsed.messageId).toBe(expected.messageId!.replace(/^<|>$/g, ''));
    expect(parsed.subject).toBe(expected.subject);
    expect(parsed.from?.email).toBe(expected.from!.value[0]!.address);
    expect(parsed.to.map((a) => a.email)).toEqual(addressesOf(expected.to));
    expect(parsed.date?.utc).toBe(expected.date!.toISOString());
    expect(parsed.text).toBe(expected.text);
    expect(parsed.textTruncated).toBe(false);
    expect(notes).toEqual([
      `1 header field (the longest ${n(ENDLESS)} bytes) ${cutTo} to read it (mailparser reads 1 MiB of headers per part)`,
    ]);
  });

  it('with a Subject without end: keeps what the graph keeps of any long subject, its start and a mark', async () => {
    const withoutSubject = Buffer.from(original.toString('latin1').replace(/^Subject:.*\n/m, ''), 'latin1');
    const { parsed, notes } = await parseMessageParts(withEndlessLine(withoutSubject, 'Subject', ENDLESS));
    expect(notes).toHaveLength(1);
    // capHeader: MAX_HEADER_CHARS characters in all, the start of the value and a mark of what is left out
    // (counted from the field as it was read, cut).
    expect(parsed.subject).toHaveLength(MAX_HEADER_CHARS);
    expect(parsed.subject).toMatch(/^x{16000,}… \[\d+ more characters cut\]$/);
  });

  it('with a folded To: of 200,000 addresses: the first of them, in order, as many as fit its bound', async () => {
    const all = Array.from({ length: 200_000 }, (_, i) => `user${i}@example.org`);
    const lines = all.map((a, i) => `${i === 0 ? 'To: ' : ' '}${a}${i < all.length - 1 ? ',' : ''}\r\n`);
    const field = lines.join('');
    const hostile = Buffer.from(
      `From: a@example.org\r\n${field}Subject: many\r\nMessage-ID: <many@example.org>\r\n\r\nhi\r\n`,
    );
    await expect(simpleParser(hostile, MAILPARSER_OPTIONS)).rejects.toThrow(HEADS);
    const { parsed, notes } = await parseMessageParts(hostile);
    // Whole folded lines are kept while their cost fits the address fields' bound.
    let kept = 0;
    for (let spent = 0; spent + cost(lines[kept]!) <= MAX_ADDRESS_FIELD_BYTES; kept++) spent += cost(lines[kept]!);
    expect(parsed.to.map((a) => a.email)).toEqual(all.slice(0, kept));
    expect(parsed.subject).toBe('many');
    expect(parsed.text).toBe('hi\n');
    expect(notes).toEqual([
      `1 header field (the longest ${n(Buffer.byteLength(field))} bytes) ${cutTo} to read it (mailparser reads 1 MiB of headers per part)`,
    ]);
  });

  it('with References of 100,000 ids on one line: cut after a whole id, no id made of a piece', async () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => `<id-${i}@example.org>`);
    const line = `References: ${ids.join(' ')}\r\n`;
    const hostile = Buffer.from(`From: a@example.org\r\n${line}Subject: one line\r\n\r\nhi\r\n`);
    await expect(simpleParser(hostile, MAILPARSER_OPTIONS)).rejects.toThrow(HEADS);
    const { parsed } = await parseMessageParts(hostile);
    // Threading keeps the last 100 (MAX_REFERENCES): the last whole ids before the bound, the last one in full.
    const whole: string[] = [];
    // An id is kept when a space follows it before the bound (the cut ends at the last one).
    for (let end = 'References: '.length, i = 0; end + ids[i]!.length < MAX_HEADER_FIELD_BYTES - 2; i++) {
      end += ids[i]!.length + 1;
      whole.push(ids[i]!);
    }
    expect(parsed.references).toEqual(whole.slice(-100).map((id) => id.slice(1, -1)));
  });

  it('with thousands of header fields: those past the bound left out, the ones before read', async () => {
    const fields = Array.from({ length: 20_000 }, (_, i) => `X-Field-${i}: ${'v'.repeat(60)}\r\n`);
    const head = ['From: a@example.org\r\n', 'Subject: fields\r\n'];
    const hostile = Buffer.from(`${head.join('')}${fields.join('')}To: late@example.org\r\n\r\nhi\r\n`);
    await expect(simpleParser(hostile, MAILPARSER_OPTIONS)).rejects.toThrow(HEADS);
    const { parsed, notes } = await parseMessageParts(hostile);
    let block = head.reduce((c, l) => c + cost(l), 0);
    let keptFields = 0;
    while (block + cost(fields[keptFields]!) <= 960 * 1024) block += cost(fields[keptFields++]!);
    const left = fields.length - keptFields + 1; // the To: after them too
    expect([parsed.subject, parsed.from?.email, parsed.to]).toEqual(['fields', 'a@example.org', []]);
    expect(notes).toEqual([
      `the last ${n(left)} header fields left out, past 1 MiB of headers to read it (mailparser reads 1 MiB of headers per part)`,
    ]);
  });

  it('with 20,000 short header lines (each counted as 64 bytes): those past the bound left out', async () => {
    const fields = Array.from({ length: 20_000 }, () => 'X: y\r\n');
    const hostile = Buffer.from(`From: a@example.org\r\nSubject: short\r\n${fields.join('')}\r\nhi\r\n`);
    // Only 120 KB of headers, refused all the same.
    expect(hostile.length).toBeLessThan(200_000);
    await expect(simpleParser(hostile, MAILPARSER_OPTIONS)).rejects.toThrow(HEADS);
    const { parsed, notes } = await parseMessageParts(hostile);
    const kept = Math.floor((960 * 1024 - 2 * 64) / 64);
    expect([parsed.subject, parsed.from?.email, parsed.text]).toEqual(['short', 'a@example.org', 'hi\n']);
    expect(notes).toEqual([
      `the last ${n(fields.length - kept)} header fields left out, past 1 MiB of headers to read it (mailparser reads 1 MiB of headers per part)`,
    ]);
  });

  it('with a part of its body over the bound: its headers read alone, the text marked cut', async () => {
    const hostile = Buffer.from(
      `From: a@example.org\r\nTo: b@example.org\r\nSubject: inner\r\nMIME-Version: 1.0\r\n` +
        `Content-Type: multipart/mixed; boundary="b-1"\r\n\r\n--b-1\r\nContent-Type: text/plain\r\n` +
        `X-Padding: ${'x'.repeat(ENDLESS)}\r\n\r\nhello\r\n--b-1--\r\n`,
    );
    await expect(simpleParser(hostile, MAILPARSER_OPTIONS)).rejects.toThrow(HEADS);
    const { parsed, notes } = await parseMessageParts(hostile);
    expect([parsed.from?.email, parsed.to.map((a) => a.email), parsed.subject]).toEqual([
      'a@example.org',
      ['b@example.org'],
      'inner',
    ]);
    expect([parsed.text, parsed.textTruncated, parsed.attachments]).toEqual(['', true, []]);
    expect(notes).toEqual([
      'a part of its body has more headers than mailparser reads (1 MiB of headers per part): its headers are read, its body is not',
    ]);
  });

  it('with 3,000 nested parts: its headers read alone', async () => {
    const depth = 3_000;
    let body = '';
    for (let i = 0; i < depth; i++) body += `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n`;
    body += 'Content-Type: text/plain\r\n\r\ninner\r\n';
    for (let i = depth - 1; i >= 0; i--) body += `--b${i}--\r\n`;
    const hostile = Buffer.from(
      `From: a@example.org\r\nTo: b@example.org\r\nSubject: deep\r\nMessage-ID: <deep@example.org>\r\nMIME-Version: 1.0\r\n${body}`,
    );
    await expect(simpleParser(hostile, MAILPARSER_OPTIONS)).rejects.toThrow(PARTS);
    const { parsed, notes } = await parseMessageParts(hostile);
    expect([parsed.messageId, parsed.subject, parsed.textTruncated]).toEqual(['deep@example.org', 'deep', true]);
    expect(notes).toEqual([
      "it is over mailparser's bound (1,000 MIME parts per message): its headers are read, its body is not",
    ]);
  });

  it("is a warning in the ingest's accounting: the message is kept and counted, not failed", async () => {
    const raw: RawMessage = {
      bytes: withEndlessLine(original, 'X-Padding', ENDLESS),
      source: { path: '/dump/endless.eml', entries: [], format: 'eml', mailbox: 'dump' },
    };
    const [result] = await runParseChunk([raw], {});
    const { progress } = newTally(0);
    const kept: string[] = [];
    const recorded: { error: string; lostMessage: boolean }[] = [];
    takeParsed(
      result!,
      progress,
      (m) => kept.push(m.parsed.subject),
      (issue) => recorded.push(issue),
    );
    expect(kept).toEqual(['Ryan, Make Old Friends New Again']);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]!.lostMessage).toBe(false);
    expect(recorded[0]!.error).toMatch(/^1 header field \(the longest/);
    expect([progress.seen, progress.failed]).toEqual([1, 0]);
  });
});
