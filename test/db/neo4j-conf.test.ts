/**
 * The generated neo4j.conf bounds every transaction (issue 14): memory per transaction and in
 * total as shares of the heap, a timeout backstop, and no network address reachable by LOAD CSV.
 */
import { describe, expect, it } from 'vitest';

import { heapShare, renderNeo4jConf } from '../../db/neo4j-conf.js';

const conf = (heap: string) =>
  renderNeo4jConf({ label: 'database', dir: '/tmp/x', boltPort: 17999, heap, pageCache: '64m' });

describe('neo4j.conf limits (issue 14)', () => {
  it.each([
    ['2g', 4, '512m'],
    ['1g', 2, '512m'],
    ['512m', 4, '128m'],
    ['1G', 4, '256m'],
  ])('heap %s / %d = %s', (heap, divisor, expected) => {
    expect(heapShare(heap, divisor)).toBe(expected);
  });

  it('refuses a heap size it cannot read', () => {
    expect(() => heapShare('two gigs', 4)).toThrow(/heap size "two gigs": expecting a number and k, m or g/);
  });

  it('bounds memory per transaction and in total, time, and network reach', () => {
    const lines = conf('2g').split('\n');
    expect(lines).toContain('db.memory.transaction.max=512m');
    expect(lines).toContain('dbms.memory.transaction.total.max=1024m');
    expect(lines).toContain('db.transaction.timeout=15m');
    expect(lines).toContain('internal.dbms.cypher_ip_blocklist=0.0.0.0/0,::/0');
  });
});
