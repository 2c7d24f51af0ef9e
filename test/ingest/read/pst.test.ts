/**
 * .pst/.ost (issue 3): the Enron custodian PST shipped in the pst-extractor package yields its 71
 * e-mails, each in the folder and with the sender and subject that the package's own expected
 * output (example/testdata/output.txt) lists; the small PST fixtures give their documented
 * outcomes (contacts and distribution lists skipped, a password reported, an unreadable ANSI PST
 * reported as lost with the reason).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { parseMessage } from '../../../ingest/parse/parse-message.js';
import { missingShared, sharedPath } from '../../support/shared.js';
import { readAll } from './read-helpers.js';

const testdata = join(
  dirname(createRequire(import.meta.url).resolve('pst-extractor/package.json')),
  'example',
  'testdata',
);
const ENRON_PST = join(testdata, 'enron.pst');
const PST = 'fixtures/outlook/pst';

/** Folder path → [sender, subject] lines, from pst-extractor's expected dump of enron.pst. */
function expectedFromOutput(): { folder: string; sender: string; subject: string }[] {
  const out: { folder: string; sender: string; subject: string }[] = [];
  const stack: string[] = [];
  for (const line of readFileSync(join(testdata, 'output.txt'), 'utf8').split(/\r?\n/)) {
    if (line.startsWith('./testdata/enron.pst processed')) break;
    const m = /^ ((?:\| {2})*)\|- (.*)$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 3;
    const item = /^Sender: (.*), Subject: ?(.*)$/.exec(m[2]!);
    if (item) out.push({ folder: stack.slice(0, depth).join('/'), sender: item[1]!, subject: item[2]! });
    else stack.splice(depth, stack.length, m[2]!);
  }
  return out;
}

describe.skipIf(!existsSync(ENRON_PST))('the Enron PST inside pst-extractor', () => {
  it('yields its 71 e-mails, in the folders, from the senders and with the subjects of the upstream dump', async () => {
    const expected = expectedFromOutput();
    expect(expected).toHaveLength(71);
    const { messages, issues, skips } = await readAll([ENRON_PST]);
    expect(issues).toEqual([]);
    expect(skips).toEqual([]);
    expect(messages).toHaveLength(71);
    const got: { folder: string; subject: string; headers: string }[] = [];
    for (const m of messages) {
      expect(m.source).toMatchObject({ format: 'pst', mailbox: 'enron', entries: [] });
      expect(m.source.position).toMatch(/^\d+$/);
      expect(m.convertedFrom).toBe('pst');
      const parsed = await parseMessage(m.bytes);
      const text = Buffer.from(m.bytes).toString('utf8');
      got.push({
        folder: m.source.folder!,
        subject: parsed.subject,
        headers: text.slice(0, text.indexOf('\r\n\r\n')).toLowerCase(),
      });
    }
    // The dump lists a folder's subfolders before its own items: compare sorted.
    const key = (r: { folder: string; subject: string }) => `${r.folder} | ${r.subject.replace(/\s+/g, ' ').trim()}`;
    expect(got.map(key).sort()).toEqual(expected.map(key).sort());
    // The dump prints the item's sender name; the rebuilt headers name the sender too (From, Sender or X-ZL-From).
    for (const e of expected) {
      const words = e.sender
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length >= 3 && w !== 'enron');
      const message = got.find((g) => key(g) === key(e))!;
      if (words.length > 0)
        expect(
          words.some((w) => message.headers.includes(w)),
          `${e.sender} in ${key(e)}`,
        ).toBe(true);
    }
    // Distinct positions: every copy can be found again.
    expect(new Set(messages.map((m) => m.source.position)).size).toBe(71);
  });

  it('keeps the attachments of the items', async () => {
    const { messages } = await readAll([ENRON_PST]);
    const oba = messages.find((m) => m.source.position === '2097188')!;
    const parsed = await parseMessage(oba.bytes);
    expect(parsed.attachments.map((a) => a.name)).toHaveLength(11);
    expect(parsed.attachments.every((a) => a.name?.startsWith('OBA_') && a.size > 50_000)).toBe(true);
  });
});

describe.skipIf(missingShared(PST))('small PST fixtures', () => {
  it('alpha-beta-gamma-delta.pst: its one e-mail', async () => {
    const { messages, issues } = await readAll([sharedPath(`${PST}/pst-extractor-fork/alpha-beta-gamma-delta.pst`)]);
    expect(issues).toEqual([]);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.source.folder).toBe('Outlook データ ファイルのトップ');
  });

  it('dist-list.pst: no e-mail; the contact, distribution list and appointment are skipped with their class', async () => {
    const { messages, skips } = await readAll([sharedPath(`${PST}/java-libpst/dist-list.pst`)]);
    expect(messages).toHaveLength(0);
    const reasons = skips.map((s) => s.reason);
    for (const cls of ['IPM.Contact', 'IPM.DistList', 'IPM.Appointment'])
      expect(reasons).toContain(`Outlook item of class ${cls} (not an e-mail)`);
  });

  it('passworded.pst: says it is password-protected, loses nothing', async () => {
    const { issues } = await readAll([sharedPath(`${PST}/java-libpst/passworded.pst`)]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ lostMessage: false, stage: 'read' });
    expect(issues[0]!.error).toContain('password-protected');
  });

  it('contacts97-2002.pst (ANSI): reported with the reason, the next file still read', async () => {
    const { messages, issues } = await readAll([
      sharedPath(`${PST}/pst-extractor-fork/contacts97-2002.pst`),
      sharedPath(`${PST}/pst-extractor-fork/alpha-beta-gamma-delta.pst`),
    ]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ lostMessage: true, stage: 'read' });
    expect(issues[0]!.error).toMatch(/UnsupportedFormatError: pst-extractor cannot read this PST \(ANSI/);
    expect(messages).toHaveLength(1);
  });
});
