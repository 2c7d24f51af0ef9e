/**
 * zip, tar, tar.gz and nested archives (issue 3), built at test time from real fixture files:
 * the same messages as the files themselves, SourceRef.entries holding the entry chain, bytes
 * re-read exactly by readRawCopy, and the same result on every run.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { RawMessage } from '../../../ingest/model.js';
import { listArchive } from '../../../ingest/read/archive-document.js';
import { SourceChangedError, SourceMissingError } from '../../../ingest/read/errors.js';
import { DEFAULT_READ_LIMITS } from '../../../ingest/read/limits.js';
import { readRawCopy } from '../../../ingest/read/raw-copy.js';
import { missingShared, sharedPath } from '../../support/shared.js';
import { type Entry, filesUnder, gzip, makeTar, makeZip, readAll, tempDir } from './read-helpers.js';

const NEEDED = [
  'fixtures/enron-dev-sample/maildir/south-s',
  'fixtures/mailing-lists/rlug-mime4j.mbox',
  'fixtures/outlook/msg/msgreader/test/msgInMsg.msg',
  'fixtures/outlook/pst/pst-extractor-fork/alpha-beta-gamma-delta.pst',
];
const missing = NEEDED.map((p) => missingShared(p)).find(Boolean);

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe.skipIf(missing)('archives built from the fixtures', () => {
  const tmp = tempDir('archives');
  let entries: Entry[];
  let direct: RawMessage[];
  const paths: Record<string, string> = {};

  beforeAll(async () => {
    const maildir = sharedPath('fixtures/enron-dev-sample/maildir');
    const emls = filesUnder(join(maildir, 'south-s')).slice(0, 30);
    entries = [
      ...emls.map((f) => ({ name: `maildir/${relative(maildir, f)}`, data: readFileSync(f) })),
      { name: 'lists/rlug.mbox', data: readFileSync(sharedPath(NEEDED[1]!)) },
      { name: 'outlook/msgInMsg.msg', data: readFileSync(sharedPath(NEEDED[2]!)) },
      { name: 'outlook/abgd.pst', data: readFileSync(sharedPath(NEEDED[3]!)) },
    ];
    // Archive members in the order a walk of the unpacked tree visits them (sorted per folder).
    const segments = (e: Entry) => e.name.split('/');
    entries.sort((a, b) => {
      const [x, y] = [segments(a), segments(b)];
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
      return x.length - y.length;
    });
    // The same files on disk, read directly: what every archive must give.
    const plain = join(tmp.dir, 'plain');
    for (const e of entries) {
      const path = join(plain, e.name);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, e.data);
    }
    direct = (await readAll([plain])).messages;
    const tar = await makeTar(entries);
    const write = (name: string, data: Buffer) => {
      paths[name] = join(tmp.dir, name);
      writeFileSync(paths[name], data);
    };
    write('dump.zip', await makeZip(entries));
    write('dump.tar', tar);
    write('dump.tgz', gzip(tar));
    write(
      'nested.zip',
      await makeZip([
        { name: 'inner/dump.tgz', data: gzip(tar) },
        { name: 'lists/rlug.mbox.gz', data: gzip(readFileSync(sharedPath(NEEDED[1]!))) },
      ]),
    );
  });
  afterAll(() => tmp.remove());

  it('reads the plain files into 30 + 5 + 2 + 1 messages (the reference)', () => {
    expect(direct).toHaveLength(38);
  });

  for (const name of ['dump.zip', 'dump.tar', 'dump.tgz']) {
    it(`${name}: the same messages, sources and mailboxes as the files themselves, entries naming the member`, async () => {
      const { messages, issues, bytes } = await readAll([paths[name]!]);
      expect(issues).toEqual([]);
      expect(bytes).toBe(readFileSync(paths[name]!).length);
      expect(messages.map((m) => sha(m.bytes))).toEqual(direct.map((m) => sha(m.bytes)));
      const prefix = name === 'dump.tgz' ? ['dump.tar'] : [];
      messages.forEach((m, i) => {
        const d = direct[i]!;
        const member = relative(join(tmp.dir, 'plain'), d.source.path);
        expect(m.source.path).toBe(paths[name]);
        expect(m.source.entries).toEqual([...prefix, member, ...d.source.entries]);
        const { path: _p, entries: _e, ...rest } = m.source;
        const { path: _dp, entries: _de, ...directRest } = d.source;
        expect(rest).toEqual(directRest);
      });
      expect(messages.filter((m) => m.source.format === 'maildir').every((m) => m.source.mailbox === 'south-s')).toBe(
        true,
      );
    });
  }

  it('nested.zip: archives inside archives, the whole entry chain in SourceRef.entries', async () => {
    const { messages, issues } = await readAll([paths['nested.zip']!]);
    expect(issues).toEqual([]);
    expect(messages).toHaveLength(38 + 5);
    expect(messages[0]!.source.entries).toEqual(['inner/dump.tgz', 'dump.tar', 'lists/rlug.mbox']);
    expect(messages[5]!.source.entries).toEqual(['inner/dump.tgz', 'dump.tar', entries[1]!.name]);
    expect(messages.at(-1)!.source.entries).toEqual(['lists/rlug.mbox.gz', 'rlug.mbox']);
    expect(messages.at(-1)!.source).toMatchObject({ format: 'mbox', mailbox: 'lists', folder: 'rlug', position: '5' });
  });

  it('gives the same bytes, order and SourceRefs on every run', async () => {
    const run = async () =>
      (await readAll([paths['nested.zip']!, paths['dump.tar']!])).messages.map(
        (m) => `${sha(m.bytes)} ${JSON.stringify(m.source)}`,
      );
    expect(await run()).toEqual(await run());
  });

  it('readRawCopy returns exactly the bytes read, for every kind of copy in an archive and on disk', async () => {
    const inArchives = (await readAll([paths['nested.zip']!, paths['dump.zip']!])).messages;
    const onDisk = direct;
    const enron = (
      await readAll([join(sharedPath('fixtures/enron-dev-sample/maildir'), 'slinger-r', 'inbox')])
    ).messages.slice(0, 3);
    const sample = [...inArchives, ...onDisk, ...enron];
    const kinds = new Set(sample.map((m) => `${m.source.format}${m.source.entries.length ? '+archive' : ''}`));
    expect(kinds).toEqual(
      new Set(['maildir', 'mbox', 'msg', 'pst', 'maildir+archive', 'mbox+archive', 'msg+archive', 'pst+archive']),
    );
    for (const m of sample) {
      const again = await readRawCopy(m.source, { sha256: sha(m.bytes) });
      expect(Buffer.from(again).equals(Buffer.from(m.bytes)), JSON.stringify(m.source)).toBe(true);
    }
  });

  it('readRawCopy says when the source is gone or changed', async () => {
    const mbox = direct.find((m) => m.source.format === 'mbox' && m.source.position === '3')!;
    await expect(readRawCopy({ ...mbox.source, path: join(tmp.dir, 'gone.mbox') })).rejects.toBeInstanceOf(
      SourceMissingError,
    );
    const zipped = (await readAll([paths['dump.zip']!])).messages[0]!;
    await expect(readRawCopy({ ...zipped.source, entries: ['maildir/nobody/1.'] })).rejects.toBeInstanceOf(
      SourceMissingError,
    );
    // The same mbox with one line added at the top: the offsets no longer point at a message.
    const changed = join(tmp.dir, 'changed.mbox');
    const original = readFileSync(mbox.source.path);
    writeFileSync(
      changed,
      Buffer.concat([original.subarray(0, 40), Buffer.from('X-Added: 1\n'), original.subarray(40)]),
    );
    await expect(readRawCopy({ ...mbox.source, path: changed })).rejects.toBeInstanceOf(SourceChangedError);
    await expect(readRawCopy(mbox.source, { sha256: '0'.repeat(64) })).rejects.toBeInstanceOf(SourceChangedError);
  });

  it('reads a zip entry whose bytes fail their CRC-32 as they are, with a warning naming both checksums', async () => {
    const [first, second] = entries.filter((e) => e.name.startsWith('maildir/'));
    const zip = await makeZip([first!, second!], false);
    // Stored, not deflated: one byte of the first entry's data changed after zipping, in place.
    const at = zip.indexOf(first!.data) + first!.data.length - 3;
    const changed = Buffer.from(zip);
    changed[at] = changed[at]! ^ 0x20;
    const changedData = changed.subarray(zip.indexOf(first!.data), zip.indexOf(first!.data) + first!.data.length);
    const path = join(tmp.dir, 'changed.zip');
    writeFileSync(path, changed);
    const hex = (b: Uint8Array) => crc32(b).toString(16).padStart(8, '0');

    const { messages, issues } = await readAll([path]);
    expect(messages.map((m) => m.source.entries)).toEqual([[first!.name], [second!.name]]);
    expect(sha(messages[0]!.bytes)).toBe(sha(changedData));
    expect(sha(messages[0]!.bytes)).not.toBe(sha(first!.data));
    expect(issues).toEqual([
      {
        source: { path, entries: [first!.name] },
        stage: 'container',
        error:
          `CRC-32 mismatch: the entry's bytes give ${hex(changedData)}, the archive recorded ${hex(first!.data)} ` +
          `(damaged, or changed after it was zipped); read as they are`,
        lostMessage: false,
      },
    ]);
    // The document pass's reader of archive documents lists it too, and refuses nothing for a warning.
    const listing = await listArchive(changed, 'changed.zip', 'zip', { limits: DEFAULT_READ_LIMITS, maxRatio: 1000 });
    expect(listing.entries.map((e) => e.entry)).toEqual([first!.name, second!.name]);
    expect(listing.refused).toEqual([]);
  });
});
