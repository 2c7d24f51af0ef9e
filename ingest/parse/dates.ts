/**
 * ② parse: the Date header. mailparser turns an unreadable date into "now", which would put
 * undated leaked mail at the time of ingest; we read the header ourselves, keep the instant in
 * UTC and the sender's own offset, and leave the date unset when it cannot be read.
 */
import type { MessageDate } from '../model.js';

// RFC 5322 obsolete zone names, plus the ones seen in real exports.
const ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  CET: 60,
  CEST: 120,
  MET: 60,
  MEST: 120,
  WET: 0,
  WEST: 60,
  BST: 60,
  EET: 120,
  EEST: 180,
  JST: 540,
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// UTC-12 to UTC+14 are the extremes in use; anything beyond is a damaged header.
const MAX_OFFSET_MINUTES = 14 * 60;

// Dates outside this window are misparses (two-digit years, epoch zero), not mail.
const MIN_YEAR = 1970;
const MAX_YEAR = 2100;

/**
 * Reads "Fri, 10 Nov 2000 02:46:00 -0800 (PST)" and its common misspellings.
 * Returns undefined when no instant can be read.
 */
export function parseMailDate(raw: string | undefined): MessageDate | undefined {
  if (!raw) return undefined;
  const text = raw
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const m =
    /(\d{1,2})[ -]([A-Za-z]{3})[a-z]*\.?[ -](\d{2,4}),? (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AP]M))?(?: ?([+-]\d{2}:?\d{2}|[A-Za-z]{1,5}))?/i.exec(
      text,
    );
  if (m) {
    const [, d, mon, y, hh, mm, ss, ampm, zone] = m;
    const month = MONTHS.indexOf(mon!.toLowerCase());
    let year = Number(y);
    if (y!.length === 2) year += year < 50 ? 2000 : 1900;
    else if (y!.length === 3) year += 1900;
    let hour = Number(hh);
    if (ampm) hour = (hour % 12) + (ampm.toUpperCase() === 'PM' ? 12 : 0);
    const offset = zoneOffset(zone);
    if (month >= 0 && offset !== null) return build(year, month, Number(d), hour, Number(mm), Number(ss ?? 0), offset);
  }
  // ISO 8601 and whatever else Date understands, as a last resort (offset taken from the text if present).
  const fallback = Date.parse(text);
  if (Number.isNaN(fallback)) return undefined;
  const offsetMatch = /([+-])(\d{2}):?(\d{2})$/.exec(text);
  const offset = offsetMatch
    ? (offsetMatch[1] === '-' ? -1 : 1) * (Number(offsetMatch[2]) * 60 + Number(offsetMatch[3]))
    : 0;
  // No zone on Earth is more than 14 hours from UTC: such a header is damaged, not a date.
  if (Math.abs(offset) > MAX_OFFSET_MINUTES) return undefined;
  const date = new Date(fallback);
  if (date.getUTCFullYear() < MIN_YEAR || date.getUTCFullYear() > MAX_YEAR) return undefined;
  return { utc: date.toISOString(), offsetMinutes: offset };
}

function zoneOffset(zone: string | undefined): number | null {
  if (!zone) return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
    if (minutes > MAX_OFFSET_MINUTES) return null;
    return numeric[1] === '-' ? -minutes : minutes;
  }
  const named = ZONES[zone.toUpperCase()];
  // Unknown military/odd zones: RFC 5322 says treat as -0000 (unknown), i.e. UTC.
  return named ?? 0;
}

function build(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  offset: number,
): MessageDate | undefined {
  if (year < MIN_YEAR || year > MAX_YEAR || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60)
    return undefined;
  const local = Date.UTC(year, month, day, hour, minute, Math.min(second, 59));
  const utc = new Date(local - offset * 60_000);
  if (Number.isNaN(utc.getTime())) return undefined;
  return { utc: utc.toISOString(), offsetMinutes: offset };
}
