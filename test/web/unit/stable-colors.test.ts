/**
 * Issue 15: colours that keep their meaning. Communities come back from every recomputation with
 * new ids; matched by the colours their members had, a person keeps their colour. Expected colours
 * are worked out by hand from the palette order.
 */
import { describe, expect, it } from 'vitest';

import { type ColorMemory, matchColors } from '../../../web/src/graph/stable-colors.js';
import { OTHER_COLOR, PALETTE } from '../../../web/src/graph/style.js';

const members = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('matchColors', () => {
  it('gives a first view the palette in order of group size, and grey beyond the palette', () => {
    const groups = new Map<number, string[]>([
      [7, members('a', 3)],
      [3, members('b', 9)],
      ...Array.from({ length: PALETTE.length }, (_, i) => [100 + i, members(`s${i}`, 1)] as [number, string[]]),
    ]);
    const memory: ColorMemory = new Map();
    const colors = matchColors(groups, memory);
    expect(colors.get(3)).toBe(PALETTE[0]);
    expect(colors.get(7)).toBe(PALETTE[1]);
    // Twelve colours: the two big groups and ten of the singletons; two singletons are grey.
    expect([...colors.values()].filter((c) => c !== OTHER_COLOR)).toHaveLength(PALETTE.length);
    expect(groups.size - colors.size).toBe(2);
    expect(memory.get('b0')).toBe(PALETTE[0]);
  });

  it('keeps each circle’s colour when the ids and the size order change', () => {
    const memory: ColorMemory = new Map();
    matchColors(
      new Map([
        [0, members('a', 10)],
        [1, members('b', 6)],
        [2, members('c', 3)],
      ]),
      memory,
    );
    // Recomputed: new ids, and c has grown past a and b.
    const colors = matchColors(
      new Map([
        [5, members('c', 12)],
        [6, members('a', 9)],
        [9, members('b', 5)],
      ]),
      memory,
    );
    expect(colors.get(6)).toBe(PALETTE[0]);
    expect(colors.get(9)).toBe(PALETTE[1]);
    expect(colors.get(5)).toBe(PALETTE[2]);
  });

  it('a split keeps the colour on the larger part; a merge takes the colour most members had', () => {
    const memory: ColorMemory = new Map();
    matchColors(
      new Map([
        [0, members('a', 10)],
        [1, members('b', 4)],
      ]),
      memory,
    );
    const split = matchColors(
      new Map([
        [0, members('a', 7)],
        [1, ['a7', 'a8', 'a9']],
        [2, members('b', 4)],
      ]),
      memory,
    );
    expect(split.get(0)).toBe(PALETTE[0]);
    expect(split.get(2)).toBe(PALETTE[1]);
    // The split-off part had a's colour, which is taken: it gets the first free one.
    expect(split.get(1)).toBe(PALETTE[2]);
    expect(memory.get('a8')).toBe(PALETTE[2]);

    const merged = matchColors(new Map([[4, [...members('b', 4), 'a7', 'a8', 'a9', 'x']]]), memory);
    // Four members were b's colour, three the split-off part's: the merged circle is b's colour.
    expect(merged.get(4)).toBe(PALETTE[1]);
  });

  it('a member of a group too small for a colour is remembered as grey', () => {
    const memory: ColorMemory = new Map([['z0', PALETTE[3]!]]);
    const groups = new Map<number, string[]>(
      Array.from({ length: PALETTE.length }, (_, i) => [i, members(`g${i}`, 2)] as [number, string[]]),
    );
    groups.set(99, ['z0']);
    const colors = matchColors(groups, memory);
    expect(colors.has(99)).toBe(false);
    expect(memory.get('z0')).toBe(OTHER_COLOR);
  });
});
