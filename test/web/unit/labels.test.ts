/**
 * Issue 15: labels without collisions. Candidates whose boxes would touch give way to the more
 * important one (a forced label, then the larger node); boxes are checked by hand here.
 */
import { describe, expect, it } from 'vitest';

import { type LabelCandidate, placeLabels } from '../../../web/src/view/labels.js';

const SIZE = 12;
const candidate = (node: string, x: number, y: number, size: number, width = 80, forced = false): LabelCandidate => ({
  node,
  label: node,
  x,
  y,
  size,
  width,
  forced,
});

describe('placeLabels', () => {
  it('keeps labels that do not touch, each right of its node', () => {
    const placed = placeLabels([candidate('a', 0, 0, 5), candidate('b', 0, 40, 5), candidate('c', 200, 0, 5)], SIZE);
    expect(placed.map((p) => p.node).sort()).toEqual(['a', 'b', 'c']);
    expect(placed.find((p) => p.node === 'a')).toMatchObject({ x: 8, y: -8, width: 80, height: 12 });
  });

  it('of two overlapping labels, draws the larger node’s', () => {
    // "Chris Germany" over "Victor Lamadrid": same line, 30 px apart, 80 px wide each.
    const placed = placeLabels([candidate('small', 0, 0, 4), candidate('large', 30, 3, 9)], SIZE);
    expect(placed.map((p) => p.node)).toEqual(['large']);
  });

  it('a forced label (the focused person’s circle) wins over a larger node', () => {
    const placed = placeLabels([candidate('large', 0, 0, 20), candidate('focus', 30, 0, 3, 80, true)], SIZE);
    expect(placed.map((p) => p.node)).toEqual(['focus']);
  });

  it('keeps a gap: boxes one pixel apart collide, boxes three pixels apart do not', () => {
    // a's box spans x 8..88; b's starts at b.x + size + 3.
    expect(placeLabels([candidate('a', 0, 0, 5), candidate('b', 82, 0, 4)], SIZE)).toHaveLength(1);
    expect(placeLabels([candidate('a', 0, 0, 5), candidate('b', 84, 0, 4)], SIZE)).toHaveLength(2);
  });

  it('no two kept boxes overlap among many crowded candidates', () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      candidate(`n${i}`, (i * 37) % 500, (i * 53) % 300, 2 + (i % 7), 40 + (i % 5) * 20),
    );
    const placed = placeLabels(many, SIZE);
    expect(placed.length).toBeGreaterThan(20);
    expect(placed.length).toBeLessThan(many.length);
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1))
        expect(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height).toBe(false);
  });
});
