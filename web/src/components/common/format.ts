/**
 * Display formats. Dates are shown in the sender's own clock with its offset, as the mail says:
 * converting to the analyst's time zone would hide when, locally, a message was written.
 */
const numberFormat = new Intl.NumberFormat('en');

export const formatCount = (n: number): string => numberFormat.format(n);

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** "2001-05-14 16:39 −07:00" from "2001-05-14T16:39:00-07:00"; dates without time stay as they are. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::[\d.]+)?(Z|[+-]\d{2}:\d{2})?)?/.exec(iso);
  if (!m) return iso;
  const [, day, time, offset] = m;
  if (!time) return day!;
  const zone = !offset ? '' : offset === 'Z' ? ' UTC' : ` ${offset.replace('-', '\u2212')}`;
  return `${day} ${time}${zone}`;
}

export const formatDay = (iso: string | null | undefined): string => (iso ? iso.slice(0, 10) : '—');

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
