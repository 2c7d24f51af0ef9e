/**
 * "mbox vs maildir of the same messages give the same graph" (issue 3): the Enron dev maildir is
 * written into one mbox the way Python's mailbox module writes one (mboxo: From_ line, body lines
 * "From " quoted as ">From ", a blank line between messages), then both are read and processed:
 * the same message keys come out, and each message's bytes are the file's bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { processMessage } from '../../../ingest/extract/process-message.js';
import type { RawMessage } from '../../../ingest/model.js';
import { missingShared, sharedPath } from '../../support/shared.js';
import { filesUnder, readAll, tempDir } from './read-helpers.js';

const DEV = 'fixtures/enron-dev-sample/maildir';

async function keys(messages: RawMessage[]): Promise<string[]> {
  const out: string[] = [];
  for (const m of messages) out.push((await processMessage(m)).id);
  return out.sort();
}

describe.skipIf(missingShared(DEV))('mbox and maildir of the same messages', () => {
  const tmp = tempDir('mbox-vs-maildir');
  afterAll(() => tmp.remove());

  it('give the same messages and the same message keys', async () => {
    const files = filesUnder(sharedPath(DEV));
    const quotedLines = files.filter((f) => /^From /m.test(readFileSync(f, 'latin1'))).length;
    expect(quotedLines).toBeGreaterThan(0); // the quoting rule is exercised
    const parts = files.map((f) => {
      const text = readFileSync(f).toString('latin1');
      return `From MAILER-DAEMON Mon Jan  1 00:00:00 2001\n${text.replace(/^From /gm, '>From ')}${text.endsWith('\n') ? '' : '\n'}`;
    });
    const mboxPath = join(tmp.dir, 'enron-dev.mbox');
    writeFileSync(mboxPath, Buffer.from(parts.join('\n'), 'latin1'));

    const [maildir, mbox] = [await readAll([sharedPath(DEV)]), await readAll([mboxPath])];
    expect(mbox.issues).toEqual([]);
    expect(mbox.messages).toHaveLength(files.length);
    const byPath = new Map(maildir.messages.map((m) => [m.source.path, m]));
    files.forEach((f, i) => {
      const original = readFileSync(f);
      const expected = original.toString('latin1').endsWith('\n')
        ? original
        : Buffer.concat([original, Buffer.from('\n')]);
      expect(Buffer.from(mbox.messages[i]!.bytes).equals(expected), f).toBe(true);
      expect(byPath.has(f)).toBe(true);
    });
    expect(await keys(mbox.messages)).toEqual(await keys(maildir.messages));
  });
});
