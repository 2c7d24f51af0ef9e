/**
 * Demo mailbox: wall-clock times of the scenario → instants, Date headers and the date lines that
 * mail clients write above quoted text ("Sent: Monday, September 2, 2024 9:14 AM", "Le 02/09/2024 à 09:14").
 * Summer time follows the EU rule (last Sunday of March to last Sunday of October, 01:00 UTC),
 * computed here so the output does not depend on the machine's time-zone database.
 */
import type { Zone } from '../scenario/types.js';

const BASE_OFFSET: Record<Zone, number> = { 'Europe/Paris': 60, 'Europe/London': 0 };

const DAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS_FR = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const MONTHS_FR_SHORT = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
];
const DAYS_FR_SHORT = ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'];
// English short month names as Gmail writes them in attribution lines ("2 Sept 2024").
const MONTHS_GMAIL = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const MONTHS_RFC = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS_RFC = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** A moment as one sender saw it: the instant and that sender's clock. */
export interface Moment {
  utcMs: number;
  offsetMinutes: number;
  /** Fields of the sender's local clock. */
  local: { year: number; month: number; day: number; weekday: number; hour: number; minute: number; second: number };
}

export class ScenarioDateError extends Error {
  override name = 'ScenarioDateError';
}

function lastSundayUtc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0, 1, 0, 0));
  return last.getTime() - last.getUTCDay() * 86_400_000;
}

export function offsetAt(zone: Zone, utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  const summer = utcMs >= lastSundayUtc(year, 2) && utcMs < lastSundayUtc(year, 9);
  return BASE_OFFSET[zone] + (summer ? 60 : 0);
}

function localFields(utcMs: number, offsetMinutes: number): Moment['local'] {
  const d = new Date(utcMs + offsetMinutes * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth(),
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** "2024-09-02 09:14" in `zone`, plus `second`, → Moment. */
export function momentOf(at: string, zone: Zone, second: number): Moment {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(at);
  if (!m) throw new ScenarioDateError(`scenario time "${at}": expected "YYYY-MM-DD HH:MM"`);
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi, second);
  // The offset depends on the instant; one correction step is exact away from the switch hour itself.
  let offset = offsetAt(zone, wall - BASE_OFFSET[zone] * 60_000);
  offset = offsetAt(zone, wall - offset * 60_000);
  const utcMs = wall - offset * 60_000;
  return { utcMs, offsetMinutes: offset, local: localFields(utcMs, offset) };
}

/** The same instant on another clock (a UTC server, or the reader's zone). */
export function shiftTo(moment: Moment, offsetMinutes: number): Moment {
  return { utcMs: moment.utcMs, offsetMinutes, local: localFields(moment.utcMs, offsetMinutes) };
}

const pad = (n: number) => String(n).padStart(2, '0');

function zone(offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** RFC 5322 date-time: "Mon, 2 Sep 2024 09:14:03 +0200". */
export function rfc5322(m: Moment): string {
  const l = m.local;
  return `${DAYS_RFC[l.weekday]}, ${l.day} ${MONTHS_RFC[l.month]} ${l.year} ${pad(l.hour)}:${pad(l.minute)}:${pad(l.second)} ${zone(m.offsetMinutes)}`;
}

export type DateStyle =
  'outlook-en' | 'outlook-fr' | 'gmail-en' | 'thunderbird-fr' | 'webmail-fr' | 'iphone-fr' | 'lotus-fr';

/** The date as a client writes it in attribution lines and forwarded-header blocks. */
export function formatFor(style: DateStyle, m: Moment): string {
  const l = m.local;
  const hm = `${pad(l.hour)}:${pad(l.minute)}`;
  switch (style) {
    case 'outlook-en': {
      const h12 = l.hour % 12 === 0 ? 12 : l.hour % 12;
      return `${DAYS_EN[l.weekday]}, ${MONTHS_EN[l.month]} ${l.day}, ${l.year} ${h12}:${pad(l.minute)} ${l.hour < 12 ? 'AM' : 'PM'}`;
    }
    case 'outlook-fr':
      return `${DAYS_FR[l.weekday]} ${l.day === 1 ? '1er' : l.day} ${MONTHS_FR[l.month]} ${l.year} ${hm}`;
    case 'gmail-en':
      return `${DAYS_RFC[l.weekday]}, ${l.day} ${MONTHS_GMAIL[l.month]} ${l.year} at ${hm}`;
    case 'thunderbird-fr':
      return `${pad(l.day)}/${pad(l.month + 1)}/${l.year} à ${hm}`;
    case 'webmail-fr':
      return `${DAYS_FR_SHORT[l.weekday]} ${l.day} ${MONTHS_FR_SHORT[l.month]} ${l.year} à ${hm}`;
    case 'iphone-fr':
      return `${l.day} ${MONTHS_FR_SHORT[l.month]} ${l.year} à ${hm}`;
    case 'lotus-fr':
      return `${pad(l.day)}/${pad(l.month + 1)}/${l.year} ${hm}`;
  }
}
