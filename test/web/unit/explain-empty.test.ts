/**
 * Issue 15: filters that explain themselves. An emptied graph names the filter that emptied it:
 * each restricting filter is lifted alone and the persons that would match are counted. The
 * counter here stands for the API: a hand-written table of which filter combinations match whom.
 */
import { describe, expect, it } from 'vitest';

import { DEFAULT_FILTERS, type GraphFilters } from '../../../web/src/api/client.js';
import {
  type CountMatched,
  emptySummary,
  explainEmpty,
  restrictions,
} from '../../../web/src/components/filters/explain-empty.js';

const filters = (patch: Partial<GraphFilters>): GraphFilters => ({ ...DEFAULT_FILTERS, minCount: 1, ...patch });

/** Counts by which restrictions are still on ("domains+minCount+window" → n); the calls are recorded. */
function counter(table: Record<string, number>): CountMatched & { calls: string[] } {
  const calls: string[] = [];
  const count = async (f: GraphFilters) => {
    const on = restrictions(f).join('+');
    calls.push(on);
    return table[on] ?? 0;
  };
  return Object.assign(count, { calls });
}

const CA_GOV = filters({ domains: ['ca.gov'], minCount: 50, from: '2001-08-01', to: '2002-02-28' });

describe('emptySummary', () => {
  it('says what the filters asked for, as the analyst set them', () => {
    expect(emptySummary(CA_GOV)).toBe('ca.gov has no link of 50 or more messages between 2001-08-01 and 2002-02-28.');
    expect(emptySummary(filters({ domains: ['ca.gov', 'enron.com'], minCount: 3 }))).toBe(
      'ca.gov, enron.com have no link of 3 or more messages among them.',
    );
    expect(emptySummary(filters({ minCount: 2000, to: '1999-01-01' }))).toBe(
      'No one has a link of 2,000 or more messages up to 1999-01-01.',
    );
  });
});

describe('explainEmpty', () => {
  it('names the one filter whose lifting brings persons back, with the change to make', async () => {
    // ca.gov has links of 50+ messages only outside the window; lifting the domain or the minimum
    // alone keeps the window, where ca.gov has no such link either.
    const count = counter({ 'domains+minCount': 4 });
    const e = await explainEmpty(CA_GOV, count);
    expect(count.calls.sort()).toEqual(['domains+minCount', 'domains+window', 'minCount+window']);
    expect(e.remedies).toEqual([{ lift: ['window'], persons: 4, patch: { from: null, to: null }, label: 'all time' }]);
    expect(e.summary).toBe(emptySummary(CA_GOV));
  });

  it('lists every filter that alone brings persons back, most persons first', async () => {
    const e = await explainEmpty(CA_GOV, counter({ 'domains+minCount': 4, 'domains+window': 9, 'minCount+window': 0 }));
    expect(e.remedies.map((r) => [r.lift, r.persons])).toEqual([
      [['minCount'], 9],
      [['window'], 4],
    ]);
    expect(e.remedies[0]!.patch).toEqual({ minCount: 1 });
  });

  it('when no single filter is to blame, lifts them together and says so', async () => {
    const count = counter({ '': 120 });
    const e = await explainEmpty(CA_GOV, count);
    expect(count.calls).toHaveLength(4);
    expect(e.remedies).toEqual([
      {
        lift: ['domains', 'minCount', 'window'],
        persons: 120,
        patch: { domains: [], minCount: 1, from: null, to: null },
        label: 'all domains + minimum 1 message per link + all time',
      },
    ]);
    expect(e.summary).toContain('No single filter is to blame');
  });

  it('an empty database is not blamed on the filters', async () => {
    const e = await explainEmpty(CA_GOV, counter({}));
    expect(e.remedies).toEqual([]);
    expect(e.summary).toContain('Even without these filters no one would be drawn');
    const none = await explainEmpty(filters({}), counter({}));
    expect(none.summary).toContain('ingest a mail folder first');
  });
});
