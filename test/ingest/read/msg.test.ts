/**
 * .msg (issue 3): every fixture with an upstream expected-parse .json (msgreader's own answer
 * key) is read, rebuilt as RFC 5322, parsed by mailparser, and compared with the key for
 * sender, recipients, subject and attachment names. Messages inside messages are their own
 * RawMessages, checked against the "-attachments0" keys.
 */
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import msgreader from '@kenjiuno/msgreader';
import { describe, expect, it } from 'vitest';

import { toMailAddress } from '../../../ingest/parse/addresses.js';
import { parseMessage } from '../../../ingest/parse/parse-message.js';
import { missingShared, sharedPath } from '../../support/shared.js';
import { readAll, tempDir } from './read-helpers.js';

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

  it("says a damaged .msg is damaged, keeps msgreader's own words, and reads the intact file beside it", async () => {
    const { dir, remove } = tempDir('leakgraph-msg-damaged-');
    try {
      const whole = readFileSync(sharedPath(`${DIR}/attachmentsOrder.msg`));
      // Cut inside its property streams, as a copy interrupted mid-way leaves it.
      const cut = whole.subarray(0, Math.floor(whole.length * 0.6));
      writeFileSync(join(dir, 'cut.msg'), cut);
      copyFileSync(sharedPath(`${DIR}/A memo.msg`), join(dir, 'intact-class-note.msg'));
      copyFileSync(sharedPath(`${DIR}/msgInMsgInMsg.msg`), join(dir, 'intact.msg'));
      // The independent word: msgreader itself cannot read the cut bytes.
      const Reader = ((msgreader as unknown as { default?: typeof msgreader }).default ?? msgreader) as unknown as new (
        view: DataView,
      ) => { getFileData(): unknown };
      let said = '';
      try {
        new Reader(new DataView(cut.buffer, cut.byteOffset, cut.byteLength)).getFileData();
      } catch (error) {
        said = (error as Error).message;
      }
      expect(said).not.toBe('');

      const { messages, issues, skips } = await readAll([dir]);
      expect(issues).toHaveLength(1);
      expect(issues[0]!.source.path).toBe(join(dir, 'cut.msg'));
      expect(issues[0]!.stage).toBe('read');
      expect(issues[0]!.lostMessage).toBe(true);
      expect(issues[0]!.error).toMatch(/^DamagedFileError: the \.msg file is damaged \(cut short or overwritten\)/);
      expect(issues[0]!.error).toContain(said);
      // msgInMsgInMsg.msg holds three e-mails; the memo is skipped as a sticky note.
      expect(messages.map((m) => basename(m.source.path))).toEqual(['intact.msg', 'intact.msg', 'intact.msg']);
      expect(skips.map((s) => s.reason)).toEqual(['Outlook item of class IPM.StickyNote (not an e-mail)']);
    } finally {
      remove();
    }
  });
});
