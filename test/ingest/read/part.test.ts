/**
 * `ingest --part I/N` (issue 13): the option's parsing, and the split of a real dump's files — every
 * file in exactly one part, the same split wherever the dump is mounted.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

import { PartError, inPart, parsePart } from '../../../ingest/read/part.js';
import type { FoundFile } from '../../../ingest/read/walk.js';
import { missingShared, sharedPath } from '../../support/shared.js';

const ENRON = 'fixtures/enron-dev-sample/maildir';

describe('parsePart', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/4', { index: 2, count: 4 }],
    [' 3 / 3 ', { index: 3, count: 3 }],
  ])('reads %j', (text, part) => expect(parsePart(text)).toEqual(part));

  it.each(['0/3', '4/3', '1/0', '1', 'a/b', '-1/2', '1/2/3'])('refuses %j, saying what it expects', (text) => {
    expect(() => parsePart(text)).toThrow(PartError);
    expect(() => parsePart(text)).toThrow(/expected I\/N with 1 ≤ I ≤ N/);
  });
});

describe.skipIf(missingShared(ENRON))('inPart on the Enron dev maildir', () => {
  const root = sharedPath(ENRON);
  const files = missingShared(ENRON)
    ? []
    : readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e): FoundFile => {
          const path = join(e.parentPath, e.name);
          return { path, root, relative: relative(root, path).split('\\').join('/') };
        });

  it.each([2, 5])('puts every file in exactly one of %i parts, each part holding some', (count) => {
    const sizes = new Array<number>(count).fill(0);
    for (const f of files) {
      const parts = Array.from({ length: count }, (_, i) => i + 1).filter((index) => inPart(f, { index, count }));
      expect(parts).toHaveLength(1);
      sizes[parts[0]! - 1]!++;
    }
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(files.length);
    for (const n of sizes) expect(n).toBeGreaterThan(files.length / count / 2);
  });

  it('splits the same way wherever the dump is mounted (the folder name and the path below it count)', () => {
    const moved = (f: FoundFile): FoundFile => ({
      ...f,
      root: `/mnt/other/maildir`,
      path: `/mnt/other/maildir/${f.relative}`,
    });
    for (const f of files) expect(inPart(moved(f), { index: 1, count: 3 })).toBe(inPart(f, { index: 1, count: 3 }));
  });
});
