/**
 * Month series for the histograms: fill empty months (gaps show as gaps) and set aside the few
 * messages with absurd dates (Enron has mail "from" 2044), which would otherwise squash years of
 * real activity into a sliver.
 */
export interface MonthCount {
  month: string;
}

// A forged date in 1970 or 2099 must not produce a century of empty bars.
const MAX_MONTHS = 1200;

export function fillMonths<T extends MonthCount>(rows: T[], empty: (month: string) => T): T[] {
  if (rows.length === 0) return [];
  const sorted = [...rows].sort((a, b) => a.month.localeCompare(b.month));
  const byMonth = new Map(sorted.map((r) => [r.month, r]));
  const last = sorted.at(-1)!.month;
  const out: T[] = [];
  let [y, m] = sorted[0]!.month.split('-').map(Number) as [number, number];
  for (let i = 0; i < MAX_MONTHS; i++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(byMonth.get(key) ?? empty(key));
    if (key >= last) break;
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
  return out;
}

export interface Trimmed<T> {
  rows: T[];
  /** Messages dated before / after the months kept. */
  before: number;
  after: number;
}

const monthIndex = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return y * 12 + m - 1;
};

// A run of this many empty months cuts the series in two; the smaller side, if small, is set aside.
const MAX_GAP_MONTHS = 24;
const MAX_SET_ASIDE = 0.05;

/**
 * Sets aside stray dates at either end: first a small group cut off from the rest by years of
 * silence (a mail "from" 2044), then single end months that each hold no more than `share` of all
 * messages. Gaps inside the bulk are kept.
 */
export function trimOutliers<T extends MonthCount>(rows: T[], count: (r: T) => number, share = 0.005): Trimmed<T> {
  const sorted = [...rows].sort((a, b) => a.month.localeCompare(b.month));
  const total = sorted.reduce((s, r) => s + count(r), 0);
  let start = 0;
  let end = sorted.length - 1;
  let before = 0;
  let after = 0;
  for (let i = 0; i < sorted.length - 1; i++) {
    if (monthIndex(sorted[i + 1]!.month) - monthIndex(sorted[i]!.month) <= MAX_GAP_MONTHS) continue;
    const left = sorted.slice(0, i + 1).reduce((s, r) => s + count(r), 0);
    if (left <= total * MAX_SET_ASIDE && i + 1 > start) {
      start = i + 1;
      before = left;
    } else if (total - left <= total * MAX_SET_ASIDE) {
      end = i;
      after = total - left;
      break;
    }
  }
  const limit = total * share;
  while (start < end && before + count(sorted[start]!) <= limit) before += count(sorted[start++]!);
  while (end > start && after + count(sorted[end]!) <= limit) after += count(sorted[end--]!);
  return { rows: sorted.slice(start, end + 1), before, after };
}
