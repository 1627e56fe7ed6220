// The one Danish number module (docs/rules.md §5): what a person types (`7,5`, `4.000`,
// `4.000,50`) → an exact number, and numbers → Danish text (`1.234,50 kr.`). The point is a
// thousands separator only in whole groups of three; the comma is the decimal sign.
import { toOre } from '../money';

export type NumberParse = { ok: true; value: number } | { ok: false; message: string };

const VALID = /^-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
const LEADING_COMMA = /^-?,\d+$/;

/**
 * Parses Danish number input. Accepted: `7,5`, `4.000`, `4.000,50`, `4000,5`, `,5`, `-3`,
 * spaces anywhere. Refused with a message showing how to write it: `4.00`, `1.5`, `1,2,3`, `abc`.
 */
export function parseDanishNumberInput(text: string): NumberParse {
  const s = text.replace(/[\s\u00a0]/g, '').replace(/^[−–]/, '-');
  if (s === '' || s === '-') return { ok: false, message: 'mangler et tal' };
  if (VALID.test(s) || LEADING_COMMA.test(s)) {
    const value = Number(s.replace(/\./g, '').replace(',', '.'));
    if (Number.isFinite(value)) return { ok: true, value: value === 0 ? 0 : value };
  }
  if ((s.match(/,/g) ?? []).length > 1)
    return { ok: false, message: 'må kun have ét komma (decimaltegnet), fx 1.234,50' };
  const dotted = /^-?(\d+)\.(\d+)$/.exec(s);
  if (dotted)
    return {
      ok: false,
      message: `brug komma som decimaltegn: skriv ${dotted[1]},${dotted[2]} (punktum skiller kun tusinder, fx 4.000)`,
    };
  if (/^-?[\d.]+(,\d*)?$/.test(s))
    return {
      ok: false,
      message: 'punktum skiller kun hele tusinder (fx 4.000 eller 4.000,50)',
    };
  return { ok: false, message: 'skal være et tal, fx 7,5 eller 4.000' };
}

/** The parsed value, or null when the text is not a Danish number. */
export function parseDanishNumber(text: string): number | null {
  const r = parseDanishNumberInput(text);
  return r.ok ? r.value : null;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function split(value: number): { sign: string; whole: string; frac: string } {
  if (!Number.isFinite(value)) return { sign: '', whole: '?', frac: '00' };
  let h: number;
  try {
    h = toOre(value);
  } catch {
    // Shown, never thrown: a stored value beyond every bound of docs/rules.md §5 (issue 11,
    // finding 1) must not blank the screen that would let a person correct it.
    const whole = BigInt(Math.trunc(Math.abs(value))).toString();
    return { sign: value < 0 ? '−' : '', whole, frac: '00' };
  }
  const abs = Math.abs(h);
  return {
    sign: h < 0 ? '−' : '',
    whole: String(Math.floor(abs / 100)),
    frac: String(abs % 100).padStart(2, '0'),
  };
}

/** 1234.5 → `1.234,50` (always two decimals; negative with a real minus sign). */
export function formatAmount(kroner: number): string {
  const { sign, whole, frac } = split(kroner);
  return `${sign}${groupThousands(whole)},${frac}`;
}

/** 1234.5 → `1.234,50 kr.` */
export function formatKr(kroner: number): string {
  return `${formatAmount(kroner)} kr.`;
}

/** Øre → `1.234,50 kr.` */
export function formatOreKr(ore: number): string {
  return formatKr(ore / 100);
}

/** A decimal with as few decimals as needed (at most two): 7.5 → `7,5`, 1234 → `1.234`. */
export function formatDecimal(value: number): string {
  const { sign, whole, frac } = split(value);
  const short = frac.replace(/0+$/, '');
  return `${sign}${groupThousands(whole)}${short ? `,${short}` : ''}`;
}

/** Hours as a person reads them: 7.5 → `7,5`. */
export const formatHours = formatDecimal;

/** For files (CSV): exactly two decimals, decimal comma, no thousands separator, `-` minus. */
export function formatFixed2(value: number): string {
  const { sign, whole, frac } = split(value);
  return `${sign === '' ? '' : '-'}${whole},${frac}`;
}

/** A number for an input field: 7.5 → `7,5`, 4000 → `4.000`; undefined → ''. Parses back. */
export function toInputNumber(value: number | undefined | null): string {
  if (value === undefined || value === null || !Number.isFinite(value)) return '';
  return formatDecimal(value).replace('−', '-');
}

/** 0.70833 → `70,8 %` (display only). */
export function formatPercent(fraction: number, decimals = 1): string {
  return `${(fraction * 100).toFixed(decimals).replace('.', ',')} %`;
}

/** "1 borger", "2 borgere": a count with the right form of the noun. */
export function plural(count: number, one: string, many: string): string {
  return `${formatDecimal(count)} ${count === 1 ? one : many}`;
}
