/**
 * Hostile input: one header line without end (megabytes before its line break) reaches mailparser's
 * bound on a part's headers (1 MiB, @zone-eu/mailsplit) and the whole message would be lost. The parse
 * stage cuts the message's own header lines to MAX_HEADER_LINE_BYTES and reads it again, with a warning;
 * what it reads is what mailparser reads of the same message without the endless line.
 */
import { readFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';

import type { RawMessage } from '../../../ingest/model.js';
import { MAILPARSER_OPTIONS, MAX_HEADER_LINE_BYTES, parseMessageParts } from '../../../ingest/parse/parse-message.js';
import { newTally, takeParsed } from '../../../ingest/read-batches.js';
import { MAX_HEADER_CHARS } from '../../../ingest/text-caps.js';
import { runParseChunk } from '../../../ingest/workers/run-chunk.js';
import { missingShared, sharedPath } from '../../support/shared.js';

const MAIL = 'fixtures/enron-dev-sample/maildir/slinger-r/deleted_items/1.';
const ENDLESS = 3 * 1024 * 1024;

/** The message with a header line of `length` bytes put in after its first `after` header lines. */
function withEndlessLine(original: Buffer, name: string, length: number, after = 3): Buffer {
  const lines = original.toString('latin1').split('\n');
  lines.splice(after, 0, `${name}: ${'x'.repeat(length - name.length - 2)}\r`);
  return Buffer.from(lines.join('\n'), 'latin1');
}

describe.skipIf(missingShared(MAIL))('a header line without end', () => {
  const original = readFileSync(sharedPath(MAIL));

  it('is cut to be read: the message reads as mailparser reads it without that line, with a warning', async () => {
    const hostile = withEndlessLine(original, 'X-Padding', ENDLESS);
    // The premise, from mailparser itself: it refuses the message as it is.
    await expect(simpleParser(hostile, MAILPARSER_OPTIONS)).rejects.toThrow('Max header size for a MIME node exceeded');
    const expected = await simpleParser(original, MAILPARSER_OPTIONS);

    const { parsed, notes } = await parseMessageParts(hostile);
    expect(parsed.messageId).toBe(expected.messageId!.replace(/^<|>$/g, ''));
    expect(parsed.subject).toBe(expected.subject);
    expect(parsed.from?.email).toBe(expected.from!.value[0]!.address);
    expect(parsed.to.map((a) => a.email)).toEqual(
      (Array.isArray(expected.to) ? expected.to : [expected.to!]).flatMap((t) => t.value.map((v) => v.address)),
    );
    expect(parsed.date?.utc).toBe(expected.date!.toISOString());
    expect(parsed.text).toBe(expected.text);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(
      new RegExp(
        `^1 header line of the message \\(the longest ${ENDLESS.toLocaleString('en')} bytes\\) cut to ` +
          `${MAX_HEADER_LINE_BYTES.toLocaleString('en')} bytes to read it`,
      ),
    );
  });

  it('in the Subject keeps what the graph keeps of any long subject: its start, and a mark', async () => {
    const withoutSubject = Buffer.from(original.toString('latin1').replace(/^Subject:.*\n/m, ''), 'latin1');
    const hostile = withEndlessLine(withoutSubject, 'Subject', ENDLESS);
    const { parsed, notes } = await parseMessageParts(hostile);
    expect(notes).toHaveLength(1);
    // capHeader: MAX_HEADER_CHARS characters in all, the start of the value and a mark of what is left out
    // (counted from the line as it was read, cut).
    expect(parsed.subject).toHaveLength(MAX_HEADER_CHARS);
    expect(parsed.subject).toMatch(/^x{16000,}… \[\d+ more characters cut\]$/);
  });

  it('inside an inner part is a parse failure that says what and why', async () => {
    const boundary = 'b-1';
    const hostile = Buffer.concat([
      Buffer.from(
        `From: a@example.org\r\nTo: b@example.org\r\nSubject: inner\r\nMIME-Version: 1.0\r\n` +
          `Content-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n--${boundary}\r\nContent-Type: text/plain\r\n` +
          `X-Padding: ${'x'.repeat(ENDLESS)}\r\n\r\nhello\r\n--${boundary}--\r\n`,
      ),
    ]);
    await expect(simpleParser(hostile, MAILPARSER_OPTIONS)).rejects.toThrow('Max header size for a MIME node exceeded');
    await expect(parseMessageParts(hostile)).rejects.toThrow(
      /^the headers of a part are over mailparser's limit of 1 MiB even with every line of the message's own headers cut/,
    );
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
    expect(recorded[0]!.error).toMatch(/^1 header line of the message/);
    expect(progress.seen).toBe(1);
    expect(progress.failed).toBe(0);
  });
});
