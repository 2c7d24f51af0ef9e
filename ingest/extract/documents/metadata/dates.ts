/**
 * ③ extract (documents): the date formats documents use, read into ISO 8601 UTC instants. A date
 * that carries no zone (ODF, RTF, the Word DOP, some PDFs) is read as UTC and flagged, since the
 * writer's clock zone is then unknown; FILETIMEs (OLE) are UTC by definition.
 */

export interface ReadDate {
  iso: string;
  /** True when the source gave no time zone and UTC was assumed. */
  zoneless: boolean;
}

// Documents before 1980 are scans dated by hand; years beyond 2100 are damaged fields. Both are
// still reported raw; only the normalised value is left out.
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

function fromParts(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  offsetMinutes: number | undefined,
  ms = 0,
): ReadDate | undefined {
  if (!(y >= MIN_YEAR && y <= MAX_YEAR) || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60)
    return undefined;
  const utc = Date.UTC(y, mo - 1, d, h, mi, s, ms) - (offsetMinutes ?? 0) * 60_000;
  if (!Number.isFinite(utc)) return undefined;
  return { iso: new Date(utc).toISOString(), zoneless: offsetMinutes === undefined };
}

/** W3C/ISO 8601: "2011-07-29T16:52:00Z", "2009-10-05T19:04:01.23", "2016-11-29T00:58:00+01:00". */
export function readIsoDate(raw: string | undefined): ReadDate | undefined {
  const m = raw
    ?.trim()
    .match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i);
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac, zone] = m;
  const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
  return fromParts(+y!, +mo!, +d!, +h, +mi, +s, zone ? zoneMinutes(zone) : undefined, ms);
}

function zoneMinutes(zone: string): number {
  if (/^z$/i.test(zone)) return 0;
  const m = zone.match(/^([+-])(\d{2}):?(\d{2})$/)!;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** PDF date strings: "D:20220403180542+02'00'", "D:20090101", "20220403180542Z", "D:20100312172547-05'00". */
export function readPdfDate(raw: string | undefined): ReadDate | undefined {
  const m = raw
    ?.trim()
    .match(/^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(?:(Z)|([+-])(\d{2})'?(\d{2})?'?)?/);
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', z, sign, oh, om = '00'] = m;
  const offset = z ? 0 : sign ? (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) : undefined;
  return fromParts(+y!, +mo, +d, +h, +mi, +s, offset);
}

// 100-ns intervals between 1601-01-01 and 1970-01-01.
const FILETIME_EPOCH_OFFSET = 116_444_736_000_000_000n;

/** A Windows FILETIME (UTC), or undefined for zero (never set). */
export function readFiletime(low: number, high: number): ReadDate | undefined {
  const ticks = (BigInt(high >>> 0) << 32n) | BigInt(low >>> 0);
  if (ticks === 0n) return undefined;
  const ms = Number((ticks - FILETIME_EPOCH_OFFSET) / 10_000n);
  const date = new Date(ms);
  const y = date.getUTCFullYear();
  if (!(y >= MIN_YEAR && y <= MAX_YEAR)) return undefined;
  return { iso: date.toISOString(), zoneless: false };
}

/** RTF \creatim-style parts (local time of the author's machine, no zone). */
export function readLocalParts(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): ReadDate | undefined {
  return fromParts(y, mo, d, h, mi, s, undefined);
}

/** ISO 8601 duration ("PT1M44S", "P0D", "PT02H03M24S", "P1DT2H") in seconds. */
export function readIsoDuration(raw: string | undefined): number | undefined {
  const m = raw?.trim().match(/^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/);
  if (!m) return undefined;
  const [, d = '0', h = '0', mi = '0', s = '0'] = m;
  return Number(d) * 86400 + Number(h) * 3600 + Number(mi) * 60 + Number(s);
}
