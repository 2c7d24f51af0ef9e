/**
 * Issue 14: bounded index keys. Short values are their own key; long ones become a bounded key that
 * still tells them apart and never equals a short value; cuts never split a UTF-8 character.
 */
import { describe, expect, it } from 'vitest';

import { MAX_INDEX_KEY_BYTES, indexKey, utf8Prefix } from '../../db/index-key.js';

const bytes = (s: string) => Buffer.byteLength(s);

describe('indexKey', () => {
  it('keeps a value of up to 1,024 bytes as it is', () => {
    for (const v of ['', 'a@example.org', 'x'.repeat(MAX_INDEX_KEY_BYTES), 'é'.repeat(MAX_INDEX_KEY_BYTES / 2)])
      expect(indexKey(v)).toBe(v);
  });

  it('bounds longer values far below the 8 KB Neo4j refuses, telling them apart', () => {
    const a = `${'x'.repeat(9_000)}a`;
    const b = `${'x'.repeat(9_000)}b`;
    for (const v of [a, b, '😀'.repeat(5_000), 'é'.repeat(600)]) {
      expect(bytes(indexKey(v))).toBeGreaterThan(MAX_INDEX_KEY_BYTES);
      expect(bytes(indexKey(v))).toBeLessThanOrEqual(MAX_INDEX_KEY_BYTES + 36);
      expect(indexKey(v)).toBe(indexKey(v));
    }
    expect(indexKey(a)).not.toBe(indexKey(b));
    expect(indexKey(a).startsWith('x'.repeat(1000))).toBe(true);
  });

  it('never cuts a character in half', () => {
    for (const ch of ['é', '€', '😀']) {
      for (let max = 1; max < 12; max++) {
        const prefix = utf8Prefix(ch.repeat(10), max);
        expect(bytes(prefix)).toBeLessThanOrEqual(max);
        expect(prefix).toBe(ch.repeat(Math.floor(max / bytes(ch))));
      }
    }
  });
});
