// Dates as a Danish reader writes them: `24.11.2026`, `oktober 2026`, `24.11.2026 kl. 14.03`.
// Files keep ISO dates; only what a person reads or types is Danish (docs/rules.md §9).
import { isoOf, isRealDay } from '../calendar';

export const MONTH_NAMES = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
] as const;

export const WEEKDAY_SHORT = ['ma', 'ti', 'on', 'to', 'fr', 'lø', 'sø'] as const;

/** `2026-11-24` → `24.11.2026`. Anything else is returned as it is. */
export function formatDate(iso: string | undefined | null): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** An ISO timestamp → `24.11.2026 kl. 14.03` in the PC's local time. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}.${p(d.getMonth() + 1)}.${d.getFullYear()} kl. ${p(d.getHours())}.${p(d.getMinutes())}`;
}

/** `2026-10` → `oktober 2026`. */
export function formatMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const name = MONTH_NAMES[m - 1];
  return name ? `${name} ${y}` : month;
}

/** `2026-10` → `Oktober 2026` (start of a sentence or a heading). */
export function formatMonthTitle(month: string): string {
  const s = formatMonth(month);
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** `24.11.2026`, `1.2.2026` or `2026-11-24` → `2026-11-24`; null when it is not a real date. */
export function parseDanishDate(text: string): string | null {
  const t = text.trim();
  let y: number, m: number, d: number;
  const dk = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (dk) [d, m, y] = [Number(dk[1]), Number(dk[2]), Number(dk[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  return isRealDay(y, m, d) ? isoOf(y, m, d) : null;
}

/** Any ISO dates in a message → Danish dates (`fra 2026-01-01` → `fra 01.01.2026`). */
export function danishDatesIn(text: string): string {
  return text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, '$3.$2.$1');
}
