/**
 * The gazetteer a resident extractor keeps from run to run (gazetteer/live-gazetteer.ts): after any
 * sequence of runs, its table answers every lookup as a table built from scratch for the last run's
 * correspondents (buildGazetteer, the definition). The people are the Enron sample's correspondents,
 * from its headers; the runs change them as the graph does between ingests: new people, people gone
 * (merged away), names added or rewritten, an id given twice.
 */
import { describe, expect, it } from 'vitest';

import { type Gazetteer, buildGazetteer } from '../../../../ingest/extract/entities/gazetteer/build-gazetteer.js';
import { LiveGazetteer } from '../../../../ingest/extract/entities/gazetteer/live-gazetteer.js';
import type { Correspondent } from '../../../../ingest/extract/entities/types.js';
import { missingShared } from '../../../support/shared.js';
import { correspondents, enronMessages } from './support.js';

/** The table as the matcher reads it: each key's ids as a set, and each head's word count. */
function lookups(table: Gazetteer) {
  const variants = Object.fromEntries(
    Object.entries(table.variants).map(([key, ids]) => [key, [...ids].sort()] as const),
  );
  return { variants, heads: { ...table.heads } };
}

/** A deterministic stream of choices (a linear congruential generator): the same runs every time. */
function chooser(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
}

describe.skipIf(missingShared('fixtures/enron-dev-sample/maildir'))('a gazetteer kept from run to run', () => {
  it('answers as one built from scratch after each of twenty runs that change the people', async () => {
    const everyone: Correspondent[] = [...correspondents((await enronMessages()).values())].map(([email, names]) => ({
      id: `address:${email}`,
      names: [...names],
      addresses: [email],
    }));
    expect(everyone.length).toBeGreaterThan(300);
    const pick = chooser(7);
    const live = new LiveGazetteer();
    let run = everyone.filter(() => pick(2) === 0);
    let changedTotal = 0;
    for (let i = 0; i < 20; i++) {
      changedTotal += live.update(run);
      expect(lookups(live.table)).toEqual(lookups(buildGazetteer(run)));
      // The next run: some people gone, some new, some renamed, one written twice under its id.
      const next = run.filter(() => pick(10) !== 0);
      for (const person of everyone) if (pick(20) === 0 && !next.some((p) => p.id === person.id)) next.push(person);
      const renamed = next.map((p) => {
        if (pick(15) !== 0) return p;
        const other = everyone[pick(everyone.length)]!;
        return { ...p, names: pick(2) ? [...p.names, ...other.names] : other.names };
      });
      const twice = renamed[pick(renamed.length)]!;
      run = [...renamed, { ...twice, names: ['Kimberly Watson'] }];
    }
    // Each run changed some people, not all: the update worked on the changes.
    expect(changedTotal).toBeLessThan(everyone.length * 10);
    const unchanged = new LiveGazetteer();
    unchanged.update(run);
    expect(unchanged.update(run)).toBe(0);
    expect(unchanged.update([])).toBeGreaterThan(0);
    expect(lookups(unchanged.table)).toEqual({ variants: {}, heads: {} });
  });
});
