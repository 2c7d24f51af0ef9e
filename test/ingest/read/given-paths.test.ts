/**
 * Issue 14: provenance names the path the analyst gave. A dump reached through a symbolic link
 * (~/cases/acme → /mnt/disk7/x, or ../shared linked in by a test setup) is recorded under the link,
 * not under wherever the link points; links below the given path are still not followed.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { readAll, tempDir } from './read-helpers.js';

const tmp = tempDir('given-paths');
afterAll(() => tmp.remove());

const eml = (n: number) =>
  Buffer.from(`From: a@example.com\r\nTo: b@example.com\r\nSubject: s${n}\r\nMessage-ID: <${n}@x>\r\n\r\nbody\r\n`);

describe('paths as given', () => {
  const real = join(tmp.dir, 'disk7', 'acme');
  const link = join(tmp.dir, 'cases-acme');
  mkdirSync(join(real, 'alice', 'inbox'), { recursive: true });
  writeFileSync(join(real, 'alice', 'inbox', '1.'), eml(1));
  writeFileSync(join(real, 'alice', 'inbox', '2.'), eml(2));
  symlinkSync(real, link);
  symlinkSync(join(real, 'alice', 'inbox', '1.'), join(tmp.dir, 'one.eml'));

  it('a folder given through a symbolic link: every copy is recorded under the link', async () => {
    const { messages, issues } = await readAll([link]);
    expect(issues).toEqual([]);
    expect(messages.map((m) => m.source.path)).toEqual([
      join(link, 'alice', 'inbox', '1.'),
      join(link, 'alice', 'inbox', '2.'),
    ]);
    expect(messages.map((m) => m.source.mailbox)).toEqual(['alice', 'alice']);
  });

  it('a file given through a symbolic link: recorded under the link', async () => {
    const { messages } = await readAll([join(tmp.dir, 'one.eml')]);
    expect(messages.map((m) => m.source.path)).toEqual([join(tmp.dir, 'one.eml')]);
  });

  it('a relative path is made absolute, its links kept', async () => {
    const { messages } = await readAll([join(tmp.dir, 'cases-acme', '..', 'cases-acme', 'alice')]);
    expect(messages.map((m) => m.source.path)).toEqual([
      join(link, 'alice', 'inbox', '1.'),
      join(link, 'alice', 'inbox', '2.'),
    ]);
  });
});
