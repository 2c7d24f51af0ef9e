/**
 * maildir (issue 3): the Enron dev sample in the CMU layout (user/folder/N.), every file one
 * message with its bytes untouched, mailbox = custodian and folder = folder path; and the
 * mailbox/folder rules of mailbox-path.ts as a table.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

import { placeOf } from '../../../ingest/read/mailbox-path.js';
import { missingShared, sharedPath } from '../../support/shared.js';
import { filesUnder, readAll } from './read-helpers.js';

const DEV = 'fixtures/enron-dev-sample/maildir';

describe.skipIf(missingShared(DEV))('Enron dev maildir (CMU layout)', () => {
  it('reads every file as one message, bytes untouched, custodian and folder from the path', async () => {
    const root = sharedPath(DEV);
    const files = filesUnder(root);
    expect(files).toHaveLength(972);
    const { messages, issues, skips, bytes } = await readAll([root]);
    expect(issues).toEqual([]);
    expect(skips).toEqual([]);
    expect(messages.map((m) => m.source.path).sort()).toEqual(files);
    expect(bytes).toBe(files.reduce((n, f) => n + readFileSync(f).length, 0));
    for (const m of messages) {
      const [custodian, ...rest] = relative(root, m.source.path).split(sep);
      expect(m.source).toMatchObject({
        format: 'maildir',
        entries: [],
        mailbox: custodian,
        folder: rest.slice(0, -1).join('/'),
      });
      expect(Buffer.from(m.bytes).equals(readFileSync(m.source.path))).toBe(true);
    }
  });

  it('gives the same mailboxes when pointed at the folder above "maildir"', async () => {
    const { messages } = await readAll([sharedPath('fixtures/enron-dev-sample')]);
    expect(new Set(messages.map((m) => m.source.mailbox))).toEqual(
      new Set(['phanis-s', 'slinger-r', 'south-s', 'zufferli-j']),
    );
  });
});

describe('mailbox and folder rules', () => {
  const cases: [string, string[], string, 'message' | 'mailbox-file', string, string[]][] = [
    ['CMU layout', ['south-s', 'sent_items'], '1.', 'message', 'south-s', ['sent_items']],
    ['CMU subfolder', ['zufferli-j', 'inbox', 'quotes'], '3.', 'message', 'zufferli-j', ['inbox', 'quotes']],
    ['tarball wrapper "maildir"', ['maildir', 'allen-p', 'inbox'], '1.', 'message', 'allen-p', ['inbox']],
    ['standard maildir inbox', ['alice', 'Maildir', 'cur'], '1700000000.M1.host:2,S', 'message', 'alice', ['INBOX']],
    ['Maildir++ subfolder', ['alice', 'Maildir', '.Sent.2019', 'new'], 'x', 'message', 'alice', ['Sent', '2019']],
    ['the root is the maildir', ['cur'], 'x', 'message', 'root', ['INBOX']],
    ['Maildir++ folder of the root maildir', ['.Drafts', 'cur'], 'x', 'message', 'root', ['Drafts']],
    ['.eml in the root', [], 'a.eml', 'message', 'root', []],
    ['mbox in the root', [], 'alice.mbox', 'mailbox-file', 'alice', []],
    ['gzipped mbox in the root', [], 'alice.mbox.gz', 'mailbox-file', 'alice', []],
    ['Thunderbird mbox under its custodian', ['alice'], 'Sent', 'mailbox-file', 'alice', ['Sent']],
    ['PST in the root', [], 'michelle_lokay.pst', 'mailbox-file', 'michelle_lokay', []],
  ];
  it.each(cases)('%s', (_what, dirs, name, kind, mailbox, folder) => {
    expect(placeOf({ dirs, name, rootLabel: 'root' }, kind)).toEqual({ mailbox, folder });
  });
});
