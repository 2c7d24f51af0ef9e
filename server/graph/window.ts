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

/**
 * A window cut where the precomputed month buckets (EMAILED_IN, ACTIVE_IN; UTC calendar months,
 * month = yyyy*100+mm) can answer: the whole months inside it, and the pieces before and after them
 * (at most two, each shorter than a month) that are read from the messages. A window inside one
 * month is all piece.
 */
export interface MonthSplit {
  months: { from: number; to: number } | null;
  pieces: DateWindow[];
}

const monthKey = (year: number, month: number) => year * 100 + month;

/** ISO instant of the first moment of a UTC month (month 1–12; 13 rolls over). */
function monthStart(year: number, month: number): string {
  const y = month > 12 ? year + 1 : year;
  const m = month > 12 ? month - 12 : month;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01T00:00:00.000Z`;
}

export function splitByMonths(window: DateWindow): MonthSplit {
  // Parsed from the ISO text: Date.UTC reads years below 100 as 19xx.
  const [fy, fm] = [Number(window.from.slice(0, 4)), Number(window.from.slice(5, 7))];
  const [ty, tm] = [Number(window.to.slice(0, 4)), Number(window.to.slice(5, 7))];
  const fromMs = Date.parse(window.from);
  const toMs = Date.parse(window.to);
  // First whole month: the one `from` opens exactly, else the next; whole months end where `to`'s month starts.
  const first =
    Date.parse(monthStart(fy, fm)) === fromMs
      ? { y: fy, m: fm }
      : fm === 12
        ? { y: fy + 1, m: 1 }
        : { y: fy, m: fm + 1 };
  const firstMs = Date.parse(monthStart(first.y, first.m));
  const endMs = Date.parse(monthStart(ty, tm));
  if (firstMs >= endMs) return { months: null, pieces: toMs > fromMs ? [window] : [] };
  const last = tm === 1 ? { y: ty - 1, m: 12 } : { y: ty, m: tm - 1 };
  const pieces: DateWindow[] = [];
  if (fromMs < firstMs) pieces.push({ from: window.from, to: monthStart(first.y, first.m) });
  if (endMs < toMs) pieces.push({ from: monthStart(ty, tm), to: window.to });
  return { months: { from: monthKey(first.y, first.m), to: monthKey(last.y, last.m) }, pieces };
}
