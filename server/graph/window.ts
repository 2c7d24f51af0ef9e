/**
 * Date filters → the half-open window [from, to) the graph queries compare Message.date with.
 * A date without a time means the whole day (UTC): `to=2001-05-31` includes messages of May 31st.
 */
export interface DateWindow {
  from: string;
  to: string;
}

// The bounds used when only one side is given; Neo4j DateTime covers them.
const EARLIEST = '0001-01-01T00:00:00Z';
const LATEST = '9999-12-31T00:00:00Z';
const DAY_MS = 86_400_000;

function isDateOnly(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/** ISO instant of the inclusive lower bound. */
export function lowerBound(value: string): string {
  return isDateOnly(value) ? `${value}T00:00:00Z` : new Date(value).toISOString();
}

/** ISO instant of the exclusive upper bound: the next day for a date, the next millisecond for a time. */
export function upperBound(value: string): string {
  const ms = isDateOnly(value) ? Date.parse(`${value}T00:00:00Z`) + DAY_MS : Date.parse(value) + 1;
  return new Date(ms).toISOString();
}

/** Null when neither bound is set (the stored, all-time counts apply). */
export function dateWindow(filter: { from?: string | undefined; to?: string | undefined }): DateWindow | null {
  if (!filter.from && !filter.to) return null;
  return { from: filter.from ? lowerBound(filter.from) : EARLIEST, to: filter.to ? upperBound(filter.to) : LATEST };
}
