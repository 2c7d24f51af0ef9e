/**
 * The explorer's one time filter (view.filters.from/to) as the panels use it: a label for the chip
 * and headings, and whether it is set. Whole months read as months ("Aug 2001 – Feb 2002").
 */
import type { DateRange } from '../../api/client.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const day = (iso: string) => iso.slice(0, 10);

function isMonthStart(d: string): boolean {
  return d.endsWith('-01');
}

function isMonthEnd(d: string): boolean {
  const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate() === dd;
}

const monthName = (d: string) => `${MONTHS[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`;

export const isWindowed = (w: DateRange): boolean => !!(w.from || w.to);

/** "Aug 2001 – Feb 2002", "2001-08-15 – 2001-09-02", "from 2001-08-01", "until Feb 2002"; null when unset. */
export function windowLabel(w: DateRange): string | null {
  const from = w.from ? day(w.from) : null;
  const to = w.to ? day(w.to) : null;
  if (!from && !to) return null;
  const months = (!from || isMonthStart(from)) && (!to || isMonthEnd(to));
  const show = (d: string) => (months ? monthName(d) : d);
  if (from && to)
    return from.slice(0, 7) === to.slice(0, 7) && months ? monthName(from) : `${show(from)} – ${show(to)}`;
  return from ? `from ${show(from)}` : `until ${show(to!)}`;
}
