// Danish display formats (design.md: `1.234,50 kr.`, `24.11.2026`) and lenient parsing of what a
// person types. Amounts are formatted from exact øre, never from float arithmetic.
import { toOre } from '../../shared/money';

const MONTH_NAMES = [
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

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** 1234.5 → `1.234,50` (always two decimals; negative with a real minus sign). */
export function formatAmount(kroner: number): string {
  const ore = toOre(kroner);
  const abs = Math.abs(ore);
  const whole = Math.floor(abs / 100);
  const frac = String(abs % 100).padStart(2, '0');
  return `${ore < 0 ? '−' : ''}${groupThousands(String(whole))},${frac}`;
}

/** 1234.5 → `1.234,50 kr.` */
export function formatKr(kroner: number): string {
  return `${formatAmount(kroner)} kr.`;
}

/** A decimal with as few decimals as needed (at most two): 7.5 → `7,5`, 1234 → `1.234`. */
export function formatDecimal(value: number): string {
  const h = toOre(value);
  const abs = Math.abs(h);
  const whole = groupThousands(String(Math.floor(abs / 100)));
  const frac = String(abs % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${h < 0 ? '−' : ''}${whole}${frac ? `,${frac}` : ''}`;
}

/** Hours as a person reads them: 7.5 → `7,5`. */
export const formatHours = formatDecimal;

/** 0.70833 → `70,8 %` (display only). */
export function formatPercent(fraction: number, decimals = 1): string {
  return `${(fraction * 100).toFixed(decimals).replace('.', ',')} %`;
}

/** `2026-11-24` → `24.11.2026`. Anything else is returned as it is. */
export function formatDate(iso: string | undefined | null): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** An ISO timestamp → `24.11.2026 kl. 14.03` in local time. */
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

/**
 * What a person typed as a number → a JS number, or null when it is not one.
 * Accepts `7,5`, `7.5`, `1.234,50`, `1234,5`, ` 12 `, `-3`. With a comma present, dots are
 * thousands separators; without one, a single dot is the decimal point.
 */
export function parseDanishNumber(text: string): number | null {
  let s = text.trim().replace(/\s/g, '').replace(/^−/, '-');
  if (s === '') return null;
  if (s.includes(',')) {
    if (!/^-?\d{1,3}(\.\d{3})*(,\d*)?$/.test(s) && !/^-?\d*(,\d*)?$/.test(s)) return null;
    s = s.replace(/\./g, '').replace(',', '.');
  } else if (!/^-?\d*(\.\d*)?$/.test(s)) return null;
  if (s === '' || s === '-' || s === '.' || s === '-.') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** A number for an input field: 7.5 → `7,5`; undefined → ''. No thousands separator. */
export function toInputNumber(value: number | undefined | null): string {
  if (value === undefined || value === null || !Number.isFinite(value)) return '';
  return String(value).replace('.', ',');
}

/** Today as `YYYY-MM-DD` in local time. */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Whole days from `a` to `b` (ISO dates; positive when b is later). */
export function daysBetween(a: string, b: string): number {
  const t = (s: string) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((t(b) - t(a)) / 86_400_000);
}

/** CPR shown masked by default: `0101901234` → `010190-****`. */
export function maskCpr(cpr: string | undefined | null): string {
  if (!cpr) return '';
  const digits = cpr.replace(/\D/g, '');
  return digits.length === 10 ? `${digits.slice(0, 6)}-****` : '******-****';
}

/** `0101901234` → `010190-1234`. */
export function formatCpr(cpr: string | undefined | null): string {
  if (!cpr) return '';
  const digits = cpr.replace(/\D/g, '');
  return digits.length === 10 ? `${digits.slice(0, 6)}-${digits.slice(6)}` : cpr;
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
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
