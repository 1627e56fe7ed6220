// The one calendar module: ISO dates (`YYYY-MM-DD`) and months (`YYYY-MM`) as plain text, free
// of time zones — a date is a day, not an instant. Every date rule of the app is built on these.

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of a year, month (1–12) and day, without checking that it exists. */
export function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

function parts(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

/** True when year-month-day is a day of the calendar (no 31 April, no 29 February 2026). */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  const t = new Date(Date.UTC(year, month - 1, day));
  t.setUTCFullYear(year); // years 0–99 would otherwise be read as 1900–1999
  return t.getUTCFullYear() === year && t.getUTCMonth() === month - 1 && t.getUTCDate() === day;
}

/** Dates checked so far: a month of attendance repeats ~31 dates tens of thousands of times. */
const checked = new Map<string, boolean>();

/** True for `YYYY-MM-DD` text naming a real day. */
export function isIsoDate(text: string): boolean {
  const known = checked.get(text);
  if (known !== undefined) return known;
  const real = /^\d{4}-\d{2}-\d{2}$/.test(text) && isRealDay(...parts(text));
  if (checked.size >= 10_000) checked.clear(); // bounded: arbitrary input cannot grow it
  checked.set(text, real);
  return real;
}

/** True for `YYYY-MM` with a month 01–12. */
export function isIsoMonth(text: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(text);
}

/** The ISO dates of every day in month `YYYY-MM`. */
export function daysInMonth(month: string): string[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const count = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Array.from({ length: count }, (_, i) => `${month}-${pad2(i + 1)}`);
}

export function firstDayOf(month: string): string {
  return `${month}-01`;
}

export function lastDayOf(month: string): string {
  return daysInMonth(month).at(-1)!;
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(date: string): number {
  const [y, m, d] = parts(date);
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/** The Monday of the date's week (`YYYY-MM-DD`): groups the days of a month into weeks. */
export function mondayOf(date: string): string {
  const [y, m, d] = parts(date);
  const t = new Date(Date.UTC(y, m - 1, d - weekday(date)));
  return isoOf(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** The same day `months` later (clamped to the month's last day: 31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return isoOf(first.getUTCFullYear(), first.getUTCMonth() + 1, Math.min(d, last));
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The month before / after `YYYY-MM`. */
export function shiftMonth(month: string, by: number): string {
  return monthOf(addMonths(`${month}-01`, by));
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  const t = (s: string) => {
    const [y, m, d] = parts(s);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((t(b) - t(a)) / 86_400_000);
}

/** Today as `YYYY-MM-DD` in the PC's local time (the workshop's day). */
export function todayIso(now: Date = new Date()): string {
  return isoOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The later / earlier of two ISO dates (undefined counts as "no bound"). */
export function laterOf(a: string, b: string | undefined): string {
  return b !== undefined && b > a ? b : a;
}
export function earlierOf(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a < b ? a : b;
}
