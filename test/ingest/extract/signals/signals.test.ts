/**
 * Issue 7: per-message tamper signals on real messages of the linux-man list and constructed
 * variants of them (a header changed in the raw bytes, then parsed as the ingest parses).
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { clientFamily } from '../../../../ingest/extract/signals/mail-client.js';
import { messageIdDomain } from '../../../../ingest/extract/signals/message-id-domain.js';
import { dateVsReceived } from '../../../../ingest/extract/signals/received-dates.js';
import { parseMessage } from '../../../../ingest/parse/parse-message.js';
import { missingShared, sharedPath } from '../../../support/shared.js';
import { LINUX_MAN, splitMboxrd } from '../dkim/fixtures.js';

const skip = missingShared(LINUX_MAN);
const messages = skip ? [] : splitMboxrd(readFileSync(sharedPath(LINUX_MAN)));

/** Message n (1-based) with one header line replaced: `pattern` must match exactly one line. */
function variant(n: number, pattern: RegExp, line: string): Buffer {
  const text = messages[n - 1]!.bytes.toString('latin1');
  expect(text.match(new RegExp(pattern.source, 'gm'))).toHaveLength(1);
  return Buffer.from(text.replace(new RegExp(pattern.source, 'm'), line), 'latin1');
}

// Message 38: Sami Kerola's patch, Date "Tue,  7 May 2019 22:17:35 +0100" (21:17:35 UTC); the first
// Received hop (bottom) is "Tue, 07 May 2019 14:17:37 -0700" (21:17:37 UTC) — 2 seconds later.
const KEROLA = 38;

describe.skipIf(!!skip)('Date vs the Received chain (issue 7)', () => {
  it('a real message sent normally has no signal', async () => {
    expect(dateVsReceived(await parseMessage(messages[KEROLA - 1]!.bytes))).toBeUndefined();
  });

  it('the same message with its Date moved two hours later: date-after-received', async () => {
    const signal = dateVsReceived(
      await parseMessage(variant(KEROLA, /^Date:.*$/, 'Date:   Wed,  8 May 2019 00:17:35 +0100')),
    );
    expect(signal?.kind).toBe('date-after-received');
    expect(signal?.note).toContain('2 hours after the first Received hop (2019-05-07T21:17:37.000Z)');
  });

  it('the same message back-dated ten days: date-before-received', async () => {
    const signal = dateVsReceived(
      await parseMessage(variant(KEROLA, /^Date:.*$/, 'Date:   Sat, 27 Apr 2019 22:17:35 +0100')),
    );
    expect(signal?.kind).toBe('date-before-received');
    expect(signal?.note).toContain('10 days before');
  });

  it('a Date a few minutes ahead (a drifting clock) is tolerated', async () => {
    expect(
      dateVsReceived(await parseMessage(variant(KEROLA, /^Date:.*$/, 'Date:   Tue,  7 May 2019 22:27:35 +0100'))),
    ).toBeUndefined();
  });

  it('flags the list spam whose Date is four hours after its first hop (message 1, hand-checked)', async () => {
    // Date: Sun, 28 Apr 2019 10:02:57 -0000; first hop: Sun, 28 Apr 2019 01:59:00 -0400 (05:59 UTC).
    const signal = dateVsReceived(await parseMessage(messages[0]!.bytes));
    expect(signal?.kind).toBe('date-after-received');
    expect(signal?.note).toContain('4 hours after');
  });
});

describe.skipIf(!!skip)('Message-ID domain vs the sender infrastructure (issue 7)', () => {
  it('a Message-ID under the From domain has no signal', async () => {
    expect(messageIdDomain(await parseMessage(messages[KEROLA - 1]!.bytes))).toBeUndefined();
  });

  it('the same message with a Message-ID from an unrelated provider is a candidate', async () => {
    const parsed = await parseMessage(
      variant(KEROLA, /^Message-Id:.*$/, 'Message-Id: <1557263855.123456@mail.yandex.ru>'),
    );
    const signal = messageIdDomain(parsed);
    expect(signal?.kind).toBe('message-id-domain');
    expect(signal?.note).toContain('made under yandex.ru');
  });

  it('a local host name says nothing', async () => {
    expect(
      messageIdDomain(
        await parseMessage(
          variant(KEROLA, /^Message-Id:.*$/, 'Message-Id: <20190507211735.31785@localhost.localdomain>'),
        ),
      ),
    ).toBeUndefined();
  });

  it('a Gmail Message-ID on mail sent through Google servers is the same operator (message 4)', async () => {
    // From hevrard@google.com, Message-ID …@mail.gmail.com, sent by mail-ed1-f41.google.com.
    expect(messageIdDomain(await parseMessage(messages[3]!.bytes))).toBeUndefined();
  });

  it('a signing domain counts as the sender infrastructure', async () => {
    const parsed = await parseMessage(variant(KEROLA, /^Message-Id:.*$/, 'Message-Id: <abc@mx.example.org>'));
    expect(messageIdDomain(parsed)?.kind).toBe('message-id-domain');
    expect(messageIdDomain(parsed, ['example.org'])).toBeUndefined();
  });
});

describe('mail client families (issue 7)', () => {
  // X-Mailer / User-Agent values as they appear in the linux-man list.
  it.each([
    ['Mozilla/5.0 (X11; Linux x86_64; rv:60.0) Gecko/20100101 Thunderbird/60.6.1', 'Thunderbird'],
    ['git-send-email 2.21.0', 'git-send-email'],
    ['git-send-email 2.23.0.rc0', 'git-send-email'],
    ['NeoMutt/20180716', 'NeoMutt'],
    ['Mutt/1.10.1 (2018-07-13)', 'Mutt'],
    ['Microsoft Outlook Express 6.00.2600.0000', 'Microsoft Outlook Express'],
    ['Gnus/5.13 (Gnus v5.13) Emacs/26.1 (gnu/linux)', 'Gnus'],
    ['StGit/0.19', 'StGit'],
    ['Evolution 3.30.5-1.1', 'Evolution'],
    ['iPhone Mail (16E227)', 'iPhone Mail'],
    ['Roundcube Webmail/1.3.8', 'Roundcube Webmail'],
    ['', null],
  ])('%s → %s', (value, family) => {
    expect(clientFamily(value)).toBe(family);
  });
});
