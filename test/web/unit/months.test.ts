/**
 * Month series for the histograms: gaps are filled (a silent month shows as a gap) and a few
 * absurd dates do not squash the real years into a sliver. Expected values are worked by hand.
 */
import { describe, expect, it } from 'vitest';

import { fillMonths, trimOutliers } from '../../../web/src/components/common/months.js';

const row = (month: string, messages: number) => ({ month, messages });
const empty = (month: string) => row(month, 0);

describe('fillMonths', () => {
  it('fills the months between, across a year end, in order', () => {
    const filled = fillMonths([row('2001-02', 5), row('2000-11', 2)], empty);
    expect(filled).toEqual([row('2000-11', 2), row('2000-12', 0), row('2001-01', 0), row('2001-02', 5)]);
  });

  it('stops after 100 years whatever the dates say', () => {
    expect(fillMonths([row('1900-01', 1), row('9999-12', 1)], empty)).toHaveLength(1200);
  });

  it('gives nothing for nothing', () => {
    expect(fillMonths([], empty)).toEqual([]);
  });
});

describe('trimOutliers', () => {
  it('sets aside a lone message dated decades away and says how many', () => {
    // Shaped like the Enron dev sample: 2000–2002, and one message "from" 2044.
    const rows = [row('2000-05', 1), row('2001-04', 300), row('2001-10', 200), row('2002-02', 339), row('2044-01', 1)];
    const t = trimOutliers(rows, (r) => r.messages);
    expect(t.rows.map((r) => r.month)).toEqual(['2001-04', '2001-10', '2002-02']);
    expect([t.before, t.after]).toEqual([1, 1]);
  });

  it('keeps everything when no end month is a sliver', () => {
    const rows = [row('2001-01', 50), row('2001-02', 0), row('2001-03', 50)];
    expect(trimOutliers(rows, (r) => r.messages)).toEqual({ rows, before: 0, after: 0 });
  });

  it('never trims a single month away', () => {
    expect(trimOutliers([row('2001-01', 1)], (r) => r.messages).rows).toHaveLength(1);
  });
});

describe('trimOutliers across years of silence', () => {
  it('sets aside a handful of messages decades after the rest, even when they are a few', () => {
    // A person with 500 messages in 2001–2002 and 6 "from" 2044 (a forged or broken Date header).
    const rows = [row('2001-06', 200), row('2002-01', 294), row('2044-01', 6)];
    const t = trimOutliers(rows, (r) => r.messages);
    expect(t.rows.map((r) => r.month)).toEqual(['2001-06', '2002-01']);
    expect([t.before, t.after]).toEqual([0, 6]);
  });

  it('keeps a long silence when both sides are substantial', () => {
    const rows = [row('1998-01', 100), row('2003-01', 100)];
    expect(trimOutliers(rows, (r) => r.messages).rows).toHaveLength(2);
  });
});
