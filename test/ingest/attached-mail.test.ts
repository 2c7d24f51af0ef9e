/**
 * Issue 12, mail inside mail: which attachments the parse worker reads as messages of their own
 * (a message/rfc822 part, an .eml or .msg sent as a file, a mail renamed and found by content; not a
 * calendar part, an .ics file or an abuse report, whose lines look like headers), where each comes
 * from (`/part <n> (<name>)`), and the limits on depth and number. Carriers are written by hand here
 * (test/support/mail-carrier.ts); the .msg files are msgreader's fixtures with their answer keys.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import type { RawMessage } from '../../ingest/model.js';
import { type AttachedLimits, DEFAULT_ATTACHED_LIMITS } from '../../ingest/workers/attached-limits.js';
import { type ParseResult, eachParsed } from '../../ingest/workers/protocol.js';
import { runParseChunk } from '../../ingest/workers/run-chunk.js';
import {
  type Headers,
  type Part,
  carrierMail,
  filePart,
  forwardedPart,
  plainMail,
  sha256,
  unclosedMail,
} from '../support/mail-carrier.js';
import { attachedMails } from '../support/raw-mime.js';
import { missingShared, sharedPath } from '../support/shared.js';

const MSG = 'fixtures/outlook/msg/msgreader/test';

const headers = (n: number, subject: string): Headers => ({
  from: `Sender ${n} <sender${n}@example.org>`,
  to: `recipient${n}@example.net`,
  subject,
  date: `Mon, ${String(n).padStart(2, '0')} Mar 2021 10:00:00 +0000`,
  messageId: `m${n}@example.org`,
});

const original = plainMail(headers(1, 'The original'), 'Numbers attached.');
const carrierOf = (parts: Part[]) => carrierMail(headers(0, 'Carrier'), 'See below.', parts);

async function parse(mail: string | Buffer, limits?: AttachedLimits, convertedFrom?: 'msg'): Promise<ParseResult[]> {
  const raw: RawMessage = {
    bytes: Buffer.from(mail),
    source: { path: '/dump/carrier.eml', entries: [], format: 'eml' },
    ...(convertedFrom && { convertedFrom }),
  };
  const [result] = await runParseChunk([raw], {}, limits);
  return [...eachParsed(result!)];
}

const messages = (results: ParseResult[]) => results.flatMap((r) => (r.ok ? [r.message] : []));
const issues = (results: ParseResult[]) => results.flatMap((r) => (r.ok ? [] : [r.issue]));

// A calendar invitation as Outlook sends it: every line is NAME:value, and X- names are mail-header-like.
const CALENDAR = [
  'BEGIN:VCALENDAR',
  'METHOD:REQUEST',
  'PRODID:Microsoft Exchange Server 2010',
  'X-MS-OLK-FORCEINSPECTOROPEN:TRUE',
  'X-WR-RELCALID:{0000002E-B0D4-5D2B-1F86-7E5E4B3CAFEE}',
  'BEGIN:VEVENT',
  'ORGANIZER;CN=Sender 1:mailto:sender1@example.org',
  'SUMMARY:Budget review',
  'DTSTART:20210301T100000Z',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

// An abuse report's machine-readable part (RFC 5965): header-shaped fields.
const FEEDBACK = [
  'Feedback-Type: abuse',
  'User-Agent: SomeGenerator/1.0',
  'Version: 1',
  'Original-Mail-From: <somespammer@example.net>',
  'Arrival-Date: Thu, 8 Mar 2005 14:00:00 EDT',
  'Received-Date: Thu, 8 Mar 2005 14:00:00 EDT',
  'Reported-Domain: example.net',
  'X-Received-By: abuse desk',
  '',
].join('\r\n');

describe('attached mail becomes a message of its own (issue 12)', () => {
  it('reads a forwarded message/rfc822 part, with the headers the sender wrote and the part as its place', async () => {
    const results = await parse(carrierOf([forwardedPart(original)]));
    const [carrier, attached] = messages(results);
    expect(messages(results)).toHaveLength(2);
    expect(carrier!.parsed.subject).toBe('Carrier');
    expect(carrier!.source.entries).toEqual([]);
    expect(attached!.parsed).toMatchObject({
      subject: 'The original',
      messageId: 'm1@example.org',
      from: { email: 'sender1@example.org', name: 'Sender 1' },
      to: [{ email: 'recipient1@example.net' }],
    });
    // n is the carrier's attachment index (HAS_ATTACHMENT.part): the forward is its first attachment.
    expect(attached!.source).toEqual({
      path: '/dump/carrier.eml',
      entries: ['/part 0 (message/rfc822)'],
      format: 'eml',
    });
    expect(attached!.sha256).toBe(sha256(original));
    // And it stays an attachment of its carrier.
    expect(carrier!.parsed.attachments.map((a) => a.sha256)).toEqual([sha256(original)]);
  });

  it('reads an .eml sent as a file, and a mail renamed to .dat found by its content', async () => {
    const other = plainMail(headers(2, 'Renamed'), 'Hidden as data.');
    const results = await parse(
      carrierOf([
        filePart('notes.txt', 'text/plain', Buffer.from('Subject: not mail\r\nFrom: me\r\n\r\nnotes')),
        filePart('fwd.eml', 'application/octet-stream', Buffer.from(original)),
        filePart('scan.dat', 'application/octet-stream', Buffer.from(other)),
      ]),
    );
    expect(issues(results)).toEqual([]);
    const attached = messages(results).slice(1);
    // A text file that happens to start with header lines is a text file: its type says so.
    expect(attached.map((m) => [m.source.entries, m.parsed.subject])).toEqual([
      [['/part 1 (fwd.eml)'], 'The original'],
      [['/part 2 (scan.dat)'], 'Renamed'],
    ]);
  });

  it('does not read a calendar part, an .ics file or an abuse report as mail, and leaves an inline forward in the body', async () => {
    const inline = plainMail(headers(3, 'Shown inline'), 'Inline words.');
    const results = await parse(
      carrierOf([
        { headers: ['Content-Type: text/calendar; charset=utf-8; method=REQUEST'], body: CALENDAR },
        filePart('invite.ics', 'application/octet-stream', Buffer.from(CALENDAR)),
        filePart('invite.ics', 'application/ics', Buffer.from(CALENDAR)),
        { headers: ['Content-Type: message/feedback-report'], body: FEEDBACK },
        forwardedPart(inline, 'inline'),
      ]),
    );
    expect(issues(results)).toEqual([]);
    const [carrier, ...attached] = messages(results);
    expect(attached).toEqual([]);
    expect(carrier!.parsed.attachments.map((a) => a.contentType)).toEqual([
      'text/calendar',
      'text/calendar',
      'application/ics',
      'message/feedback-report',
    ]);
    // Decision: an inline message/rfc822 part is part of its carrier's body, as mailparser reads it.
    expect(carrier!.parsed.text).toContain('Inline words.');
  });

  it('reports a part declared as mail that is not, and keeps its carrier', async () => {
    const results = await parse(
      carrierOf([
        filePart('broken.eml', 'message/rfc822', Buffer.from('\u0000\u0001binary garbage, no headers at all')),
        { headers: ['Content-Type: message/rfc822'], body: '' },
        filePart('fine.eml', 'message/rfc822', Buffer.from(original)),
      ]),
    );
    const [carrier, ...attached] = messages(results);
    expect(carrier!.parsed.subject).toBe('Carrier');
    expect(carrier!.parsed.attachments).toHaveLength(3);
    expect(attached.map((m) => m.parsed.subject)).toEqual(['The original']);
    expect(issues(results).map((i) => [i.source.entries, i.stage, i.lostMessage])).toEqual([
      [['/part 0 (broken.eml)'], 'parse', true],
      [['/part 1 (message/rfc822)'], 'parse', true],
    ]);
    expect(issues(results)[0]!.error).toMatch(/declared as mail .*does not start with mail headers/);
    expect(issues(results)[1]!.error).toMatch(/declared as mail .*is empty/);
  });

  it('in a message rebuilt from Outlook, does not read the embedded items again (the reader yields them)', async () => {
    // outlook-mime.ts writes an embedded item as an 8bit message/rfc822 part; a file sent as .eml is base64.
    const results = await parse(
      carrierOf([
        forwardedPart(original, 'attachment', 'embedded.eml'),
        filePart('sent.eml', 'message/rfc822', Buffer.from(original)),
      ]),
      undefined,
      'msg',
    );
    expect(
      messages(results)
        .slice(1)
        .map((m) => m.source.entries),
    ).toEqual([['/part 1 (sent.eml)']]);
  });

  describe.skipIf(missingShared(MSG))('Outlook .msg attached as a file', () => {
    const key = (name: string) =>
      JSON.parse(readFileSync(sharedPath(`${MSG}/${name}`), 'utf8')) as Record<string, unknown>;

    it("reads sent.msg, by name and renamed, as msgreader's answer key describes it", async () => {
      const bytes = readFileSync(sharedPath(`${MSG}/sent.msg`));
      const expected = key('sent.json') as { subject: string; senderEmail: string; recipients: { email: string }[] };
      const results = await parse(
        carrierOf([
          filePart('sent.msg', 'application/vnd.ms-outlook', bytes),
          filePart('blob', 'application/octet-stream', bytes),
        ]),
      );
      expect(issues(results)).toEqual([]);
      const attached = messages(results).slice(1);
      expect(attached.map((m) => m.source.entries)).toEqual([['/part 0 (sent.msg)'], ['/part 1 (blob)']]);
      for (const m of attached) {
        expect(m.convertedFrom).toBe('msg');
        expect(m.parsed.subject).toBe(expected.subject);
        expect(m.parsed.from?.email).toBe(expected.senderEmail);
        expect(m.parsed.to.map((a) => a.email)).toEqual(expected.recipients.map((r) => r.email));
      }
      expect(attached[0]!.id).toBe(attached[1]!.id);
    });

    it('reads msgInMsg.msg and the message embedded in it, labelled after the part', async () => {
      const bytes = readFileSync(sharedPath(`${MSG}/msgInMsg.msg`));
      const outer = key('msgInMsg.json') as { subject: string };
      const inner = key('msgInMsg-attachments0.json') as { subject: string; senderEmail: string };
      const results = await parse(carrierOf([filePart('msgInMsg.msg', 'application/octet-stream', bytes)]));
      expect(issues(results)).toEqual([]);
      const attached = messages(results).slice(1);
      expect(attached.map((m) => m.parsed.subject)).toEqual([outer.subject, inner.subject]);
      expect(attached[1]!.parsed.from?.email).toBe(inner.senderEmail);
      expect(attached[0]!.source.entries).toEqual(['/part 0 (msgInMsg.msg)']);
      expect(attached[1]!.source.entries).toEqual(['/part 0 (msgInMsg.msg)', `${inner.subject}.eml`]);
    });

    it('reports a cut .msg; an OLE file found by content only that is not mail stays a document, quietly', async () => {
      const msg = readFileSync(sharedPath(`${MSG}/sent.msg`));
      const results = await parse(
        carrierOf([
          filePart('cut.msg', 'application/vnd.ms-outlook', msg.subarray(0, 1536)),
          // Unnamed and untyped, an OLE file may be anything (a Word 97 file is one): nothing claims it is mail.
          filePart('blob', 'application/octet-stream', msg.subarray(0, 512)),
        ]),
      );
      expect(messages(results)).toHaveLength(1);
      expect(issues(results).map((i) => [i.source.entries, i.lostMessage])).toEqual([[['/part 0 (cut.msg)'], true]]);
    });
  });
});

describe('limits on attached mail', () => {
  /** A mail that forwards a mail that forwards … `levels` deep, innermost first numbered 1. */
  function nested(levels: number): string {
    let mail = plainMail(headers(1, 'Level 1'), 'The bottom.');
    for (let n = 2; n <= levels; n++)
      mail = carrierMail(headers(n, `Level ${n}`), 'Forwarding.', [forwardedPart(mail)]);
    return mail;
  }

  it('reads every level by default, each one part deeper', async () => {
    const results = await parse(nested(5));
    expect(messages(results).map((m) => m.parsed.subject)).toEqual([
      'Level 5',
      'Level 4',
      'Level 3',
      'Level 2',
      'Level 1',
    ]);
    expect(messages(results)[4]!.source.entries).toEqual(Array(4).fill('/part 0 (message/rfc822)'));
    expect(DEFAULT_ATTACHED_LIMITS).toEqual({ maxDepth: 8, maxMessages: 1000 });
  });

  it('stops at --max-attached-depth, saying so without losing a message', async () => {
    const results = await parse(nested(5), { maxDepth: 2, maxMessages: 1000 });
    expect(messages(results).map((m) => m.parsed.subject)).toEqual(['Level 5', 'Level 4', 'Level 3']);
    expect(issues(results)).toHaveLength(1);
    expect(issues(results)[0]).toMatchObject({
      lostMessage: false,
      source: { entries: Array(3).fill('/part 0 (message/rfc822)') },
    });
    expect(issues(results)[0]!.error).toContain('--max-attached-depth');
  });

  it('reads at most --max-attached-messages per message, every level counted', async () => {
    const parts = [1, 2, 3, 4, 5].map((n) => forwardedPart(plainMail(headers(n, `Forward ${n}`), `Body ${n}.`)));
    const results = await parse(carrierOf(parts), { maxDepth: 8, maxMessages: 3 });
    expect(messages(results).map((m) => m.parsed.subject)).toEqual(['Carrier', 'Forward 1', 'Forward 2', 'Forward 3']);
    expect(issues(results)).toHaveLength(1);
    expect(issues(results)[0]).toMatchObject({ lostMessage: false, source: { entries: [] } });
    expect(issues(results)[0]!.error).toMatch(/^2 more attached mail.*--max-attached-messages/);
  });

  describe('issue 12: attached mail cut short', () => {
    // A forward whose own multipart is never closed: the "--inner--" line left out.
    const openInner = unclosedMail(headers(4, 'Open inside'), [
      'The first part, whole.',
      'The second part, cut after th',
    ]);
    const closedInner = openInner.replace(/after th$/, 'after nothing.\r\n--inner--\r\n');
    /** The carrier's bytes up to and including `through` (its first occurrence after `from`). */
    const cutAt = (mail: string, through: string, from = 0) =>
      mail.slice(0, mail.indexOf(through, from) + through.length);
    // What the independent walk (raw-mime.ts) says of each attached mail: cut or not.
    const cutFlags = (mail: string) => attachedMails(Buffer.from(mail)).map((a) => a.cut);
    const truncated = (results: ParseResult[]) =>
      issues(results).map((i) => [i.source.entries, i.lostMessage, /^truncated: /.test(i.error)]);

    it('a forward whose multipart never closes: a failure at the part, the carrier and the other forward read', async () => {
      const mail = carrierOf([forwardedPart(openInner), forwardedPart(closedInner, 'attachment', 'whole.eml')]);
      expect(cutFlags(mail)).toEqual([true, false]);
      const results = await parse(mail);
      expect(messages(results).map((m) => m.parsed.subject)).toEqual(['Carrier', 'Open inside']);
      expect(messages(results)[1]!.source.entries).toEqual(['/part 1 (whole.eml)']);
      expect(truncated(results)).toEqual([[['/part 0 (message/rfc822)'], true, true]]);
      expect(issues(results)[0]!.error).toMatch(/cut inside a text\/plain part.*"inner" is never closed/);
      // The part stays an attachment of its carrier, its bytes as sent.
      expect(messages(results)[0]!.parsed.attachments.map((a) => a.sha256)).toEqual([
        sha256(openInner),
        sha256(closedInner),
      ]);
    });

    it('a carrier that ends inside a forward (8bit, or an .eml in base64): a failure at that part only', async () => {
      const fine = forwardedPart(plainMail(headers(5, 'Whole'), 'Read to its end.'));
      const eight = carrierOf([fine, forwardedPart(original)]);
      const cut8 = cutAt(eight, 'Numbers att', eight.indexOf('The original'));
      const base64 = carrierOf([fine, filePart('fwd.eml', 'application/octet-stream', Buffer.from(original))]);
      const cut64 = cutAt(base64, '\r\n', base64.indexOf('fwd.eml"\r\nContent-Transfer-Encoding') + 60);
      for (const mail of [cut8, cut64]) {
        expect(cutFlags(mail)).toEqual([false, true]);
        const results = await parse(mail);
        expect(messages(results).map((m) => m.parsed.subject)).toEqual(['Carrier', 'Whole']);
        expect(truncated(results)).toHaveLength(1);
        expect(truncated(results)[0]!.slice(1)).toEqual([true, true]);
        expect(issues(results)[0]!.source.entries[0]).toMatch(/^\/part 1 /);
        expect(issues(results)[0]!.error).toMatch(
          /carrier is cut inside this part.*"=_carrier_[0-9a-f]+" is never closed/,
        );
      }
    });

    it('a carrier cut after a whole forward, inside a file: the forward is read, nothing is called truncated', async () => {
      const mail = carrierOf([
        forwardedPart(original),
        filePart('notes.txt', 'text/plain', Buffer.from('x'.repeat(300))),
      ]);
      const cut = cutAt(mail, 'eHh4');
      expect(cutFlags(cut)).toEqual([false]);
      const results = await parse(cut);
      expect(messages(results).map((m) => m.parsed.subject)).toEqual(['Carrier', 'The original']);
      expect(issues(results)).toEqual([]);
    });
  });

  it('costs a message without attachments nothing: no attached results at all', async () => {
    const [only] = await parse(original);
    expect(only).toMatchObject({ ok: true });
    expect(only!.ok && only!.attached).toBeUndefined();
  });
});
