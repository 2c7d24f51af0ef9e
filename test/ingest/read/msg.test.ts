/**
 * .msg (issue 3): every fixture with an upstream expected-parse .json (msgreader's own answer
 * key) is read, rebuilt as RFC 5322, parsed by mailparser, and compared with the key for
 * sender, recipients, subject and attachment names. Messages inside messages are their own
 * RawMessages, checked against the "-attachments0" keys.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { toMailAddress } from '../../../ingest/parse/addresses.js';
import { parseMessage } from '../../../ingest/parse/parse-message.js';
import { missingShared, sharedPath } from '../../support/shared.js';
import { readAll } from './read-helpers.js';

const DIR = 'fixtures/outlook/msg/msgreader/test';

interface KeyAddress {
  name?: string;
  email?: string;
  smtpAddress?: string;
  recipType?: 'to' | 'cc' | 'bcc';
}
interface Key {
  messageClass?: string;
  subject?: string;
  senderName?: string;
  senderEmail?: string;
  senderSmtpAddress?: string;
  recipients?: KeyAddress[];
  attachments?: { fileName?: string; name?: string; innerMsgContent?: boolean }[];
}

/** The key for a RawMessage: "<file>.json", "<file>-attachments0.json" for the first embedded message, and so on. */
function keyFor(path: string, entries: string[], attachmentIndex: (labels: string[]) => number[]): string {
  const base = basename(path).replace(/\.msg$/, '');
  return join(sharedPath(DIR), [base, ...attachmentIndex(entries).map((i) => `attachments${i}`)].join('-') + '.json');
}

/** What the rebuilt message should say, from the key, normalised the way the parse stage does. */
function key(k: Key) {
  const email = (a: { email?: string; smtpAddress?: string; name?: string }) =>
    toMailAddress(a.smtpAddress ?? a.email, a.name)?.email;
  const seen = new Set<string>();
  const role = (r: 'to' | 'cc' | 'bcc') =>
    (k.recipients ?? [])
      .filter((a) => (a.recipType ?? 'to') === r)
      .map(email)
      .filter((e): e is string => !!e && !seen.has(e) && !!seen.add(e));
  return {
    subject: (k.subject ?? '').replace(/\s+/g, ' ').trim(),
    from:
      k.senderSmtpAddress || k.senderEmail
        ? email({ email: k.senderSmtpAddress ?? k.senderEmail!, name: k.senderName! })
        : undefined,
    to: role('to'),
    cc: role('cc'),
    bcc: role('bcc'),
    // Embedded messages are attached as "<name>.eml" (they are rebuilt as RFC 5322).
    attachments: (k.attachments ?? []).map((a) =>
      a.innerMsgContent ? `${(a.fileName ?? a.name)!}.eml` : (a.fileName ?? a.name)!,
    ),
  };
}

describe.skipIf(missingShared(DIR))('.msg fixtures against msgreader expected results', () => {
  it('rebuilds every e-mail so that mailparser reads what the answer key says', async () => {
    const dir = sharedPath(DIR);
    const { messages, issues } = await readAll([dir]);
    expect(issues).toEqual([]);
    const keyed = messages.filter((m) => {
      const labels = m.source.entries;
      // Each embedded label is the n-th embedded message of its parent; in these fixtures always the first.
      return existsSync(keyFor(m.source.path, labels, (l) => l.map(() => 0)));
    });
    // Every e-mail key of the folder is met (contacts and appointments are not e-mails).
    const emailKeys = readdirSync(dir).filter(
      (f) =>
        f.endsWith('.json') &&
        /^IPM\.Note/.test((JSON.parse(readFileSync(join(dir, f), 'utf8')) as Key).messageClass ?? ''),
    );
    const withMsg = emailKeys.filter((f) => existsSync(join(dir, `${f.replace(/(-attachments\d+)*\.json$/, '')}.msg`)));
    expect(keyed).toHaveLength(withMsg.length);
    expect(keyed.length).toBeGreaterThanOrEqual(15);
    for (const m of keyed) {
      const expected = key(
        JSON.parse(
          readFileSync(
            keyFor(m.source.path, m.source.entries, (l) => l.map(() => 0)),
            'utf8',
          ),
        ) as Key,
      );
      const parsed = await parseMessage(m.bytes);
      const where = [basename(m.source.path), ...m.source.entries].join(' » ');
      expect(m.convertedFrom, where).toBe('msg');
      expect(parsed.subject, where).toBe(expected.subject);
      expect(parsed.from?.email, where).toBe(expected.from);
      expect(
        parsed.to.map((a) => a.email),
        where,
      ).toEqual(expected.to);
      expect(
        parsed.cc.map((a) => a.email),
        where,
      ).toEqual(expected.cc);
      expect(
        parsed.bcc.map((a) => a.email),
        where,
      ).toEqual(expected.bcc);
      expect(
        parsed.attachments.map((a) => a.name),
        where,
      ).toEqual(expected.attachments);
    }
  });

  it('reads messages inside messages as their own messages, the attachment chain in SourceRef.entries', async () => {
    const { messages } = await readAll([sharedPath(`${DIR}/msgInMsgInMsg.msg`)]);
    expect(messages.map((m) => m.source.entries)).toEqual([
      [],
      ['I have attachments!.eml'],
      ['I have attachments!.eml', 'Microsoft Outlook テスト メッセージ.eml'],
    ]);
    const subjects = await Promise.all(messages.map(async (m) => (await parseMessage(m.bytes)).subject));
    expect(subjects).toEqual(['I have sub attachments!', 'I have attachments!', 'Microsoft Outlook テスト メッセージ']);
  });

  it('skips contacts, appointments and notes, saying which class they are', async () => {
    const dir = sharedPath(DIR);
    const { skips } = await readAll([
      join(dir, 'contactUnicode.msg'),
      join(dir, 'A memo.msg'),
      join(dir, 'A daily 1.msg'),
    ]);
    expect(skips.map((s) => s.reason)).toEqual([
      'Outlook item of class IPM.Contact (not an e-mail)',
      'Outlook item of class IPM.StickyNote (not an e-mail)',
      'Outlook item of class IPM.Appointment (not an e-mail)',
    ]);
  });
});
