/**
 * Hostile containers (issue 3): entry names leading outside the archive are refused and
 * reported, bombs stop at the byte limit, floods at the entry limit, nesting at the depth limit,
 * each with a message naming the limit and its option; the other entries and files are still read.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { gzip, makeTar, makeZip, patchName, readAll, tempDir } from './read-helpers.js';

const MiB = 1024 * 1024;
const tmp = tempDir('hostile');
afterAll(() => tmp.remove());

function eml(n: number): Buffer {
  return Buffer.from(
    `From: a${n}@example.com\r\nTo: b@example.com\r\nSubject: message ${n}\r\nMessage-ID: <${n}@example.com>\r\n\r\nbody ${n}\r\n`,
  );
}

function write(name: string, data: Buffer): string {
  const path = join(tmp.dir, name);
  writeFileSync(path, data);
  return path;
}

describe('path traversal in entry names', () => {
  // Harmless names of the same length, overwritten with the hostile ones after yazl wrote them.
  const hostile: [string, string][] = [
    ['XX/evil1.eml', '../evil1.eml'],
    ['Xabs/evil2.eml', '/abs/evil2.eml'],
    ['CX/w/evil3.eml', 'C:/w/evil3.eml'],
    ['QQQevil4.eml', '..\\evil4.eml'],
    ['evilQ5.eml', 'evil\u00005.eml'],
    ['a/XX/XX/evil6.eml', 'a/../../evil6.eml'],
  ];

  it('zip: refuses each hostile entry (reported as lost, not read) and reads the others', async () => {
    let zip = await makeZip([
      { name: 'ok/1.eml', data: eml(1) },
      ...hostile.map(([safe], i) => ({ name: safe, data: eml(10 + i) })),
      { name: 'ok/2.eml', data: eml(2) },
    ]);
    for (const [safe, evil] of hostile) zip = patchName(zip, safe, evil);
    const { messages, issues } = await readAll([write('traversal.zip', zip)]);
    expect(messages.map((m) => m.source.entries)).toEqual([['ok/1.eml'], ['ok/2.eml']]);
    expect(issues).toHaveLength(hostile.length);
    for (const issue of issues) {
      expect(issue).toMatchObject({ stage: 'container', lostMessage: true });
      expect(issue.error).toMatch(/UnsafeEntryNameError: entry name .* refused, not read/);
    }
  });

  it('tar: the same', async () => {
    const tar = await makeTar([
      { name: 'ok/1.eml', data: eml(1) },
      { name: '../evil.eml', data: eml(3) },
      { name: '/etc/evil.eml', data: eml(4) },
      { name: 'ok/2.eml', data: eml(2) },
    ]);
    const { messages, issues } = await readAll([write('traversal.tar', tar)]);
    expect(messages.map((m) => m.source.entries)).toEqual([['ok/1.eml'], ['ok/2.eml']]);
    expect(issues.map((i) => i.source.entries)).toEqual([['../evil.eml'], ['/etc/evil.eml']]);
    expect(issues.every((i) => i.lostMessage && /refused/.test(i.error))).toBe(true);
  });

  it('tar: symbolic links are not followed', async () => {
    const tar = await makeTar([
      { name: 'link.eml', data: Buffer.alloc(0), type: 'symlink', linkname: '/etc/passwd' },
      { name: 'ok.eml', data: eml(1) },
    ]);
    const { messages, skips } = await readAll([write('links.tar', tar)]);
    expect(messages).toHaveLength(1);
    expect(skips).toHaveLength(1);
    expect(skips[0]!.reason).toContain('links are not followed');
  });
});

describe('bombs, floods and deep nesting', () => {
  const zeros = Buffer.alloc(64 * MiB);
  // Content nobody reads (not mail) is not decompressed past its first bytes, so a bomb must look like mail.

  it('zip bomb entry: refused from its declared size, before inflating; the other entries read', async () => {
    const zip = await makeZip([
      { name: 'a.eml', data: eml(1) },
      { name: 'bomb.bin', data: zeros },
      { name: 'b.eml', data: eml(2) },
    ]);
    expect(zip.length).toBeLessThan(MiB);
    const { messages, issues } = await readAll([write('bomb.zip', zip)], { maxArchiveBytes: 16 * MiB });
    expect(messages.map((m) => m.source.entries)).toEqual([['a.eml'], ['b.eml']]);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.source.entries).toEqual(['bomb.bin']);
    expect(issues[0]!.error).toContain('not inflated');
    expect(issues[0]!.error).toContain('limit on bytes decompressed from one archive (raise it with --max-archive-gb)');
  });

  it('gzip bomb inside a tar: decompression stops at the limit; the other entries read', async () => {
    // A "message" that is a header and 64 MiB of blanks: read, so decompressed until the limit.
    const bomb = gzip(Buffer.concat([eml(3), Buffer.alloc(64 * MiB, 0x20)]));
    const tar = await makeTar([
      { name: 'a.eml', data: eml(1) },
      { name: 'bomb.eml.gz', data: bomb },
      { name: 'b.eml', data: eml(2) },
    ]);
    const { messages, issues } = await readAll([write('gzbomb.tar', tar)], { maxArchiveBytes: 16 * MiB });
    expect(messages.map((m) => m.source.entries)).toEqual([['a.eml'], ['b.eml']]);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.source.entries).toEqual(['bomb.eml.gz', 'bomb.eml']);
    expect(issues[0]!.error).toContain('--max-archive-gb');
  });

  const flood = Array.from({ length: 30 }, (_, i) => ({ name: `m/${String(i).padStart(2, '0')}.eml`, data: eml(i) }));
  // The gzip layer of a .tar.gz is an entry of the archive too: 1 + 9 tar entries reach the limit of 10.
  it.each([
    ['flood.zip', async () => makeZip(flood), 10],
    ['flood.tar', async () => makeTar(flood), 10],
    ['flood.tar.gz', async () => gzip(await makeTar(flood)), 9],
  ])(
    'too many entries (%s): the archive stops at the limit, saying so; the next file is still read',
    async (name, make, read) => {
      const next = write('zz-after.eml', eml(99));
      const { messages, issues } = await readAll([write(name, await make()), next], { maxArchiveEntries: 10 });
      expect(messages).toHaveLength(read + 1);
      expect(messages.at(-1)!.source.path).toBe(next);
      expect(issues).toHaveLength(1);
      expect(issues[0]!.error).toContain('the 10-entry limit on one archive (raise it with --max-archive-entries)');
    },
  );

  it('nesting deeper than the limit is reported; within it, read with the whole chain', async () => {
    let data = eml(1);
    const names = ['m.eml'];
    for (let i = 0; i < 10; i++) {
      data = gzip(data);
      names.unshift(`${names[0]}.gz`);
    }
    const deep = await readAll([write(names[0]!, data)]);
    expect(deep.messages).toHaveLength(0);
    expect(deep.issues).toHaveLength(1);
    expect(deep.issues[0]!.error).toContain('the limit of 8 nested containers (raise it with --max-archive-depth)');
    const shallow = await readAll([write('s.eml.gz.gz.gz', gzip(gzip(gzip(eml(2)))))]);
    expect(shallow.messages.map((m) => m.source.entries)).toEqual([['s.eml.gz.gz', 's.eml.gz', 's.eml']]);
  });

  it('a zip inside a tar larger than the in-memory limit is reported with its option', async () => {
    const inner = await makeZip([{ name: 'x.eml', data: eml(1) }]);
    const tar = await makeTar([
      { name: 'inner.zip', data: inner },
      { name: 'ok.eml', data: eml(2) },
    ]);
    const { messages, issues } = await readAll([write('buffered.tar', tar)], { maxBufferedBytes: 100 });
    expect(messages.map((m) => m.source.entries)).toEqual([['ok.eml']]);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.error).toContain('--max-buffer-mb');
  });
});
