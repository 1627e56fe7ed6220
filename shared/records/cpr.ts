// CPR numbers (docs/rules.md §1, issue 3): 10 digits whose first six are a real date DDMMYY.
// The modulus-11 check is not applied: CPR numbers issued since 2007 need not satisfy it.
import { isRealDay } from '../calendar';

/** "010190-1234" or "010190 1234" → "0101901234" (other text is left for validation to refuse). */
export function normalizeCpr(text: string): string {
  return text.trim().replace(/^(\d{6})[-\s](\d{4})$/, '$1$2');
}

/**
 * The full birth year from the two-digit year and the 7th digit (CPR-kontoret's century table):
 * 0–3 → 1900s; 4 and 9 → 2000s for 00–36, else 1900s; 5–8 → 2000s for 00–57, else 1800s.
 */
export function cprBirthYear(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900 + yy;
  if (seventh === 4 || seventh === 9) return (yy <= 36 ? 2000 : 1900) + yy;
  return (yy <= 57 ? 2000 : 1800) + yy;
}

/** The birth date `YYYY-MM-DD` of a valid 10-digit CPR number, or null. */
export function cprBirthDate(cpr: string): string | null {
  if (!/^\d{10}$/.test(cpr)) return null;
  const dd = Number(cpr.slice(0, 2));
  const mm = Number(cpr.slice(2, 4));
  const year = cprBirthYear(Number(cpr.slice(4, 6)), Number(cpr[6]));
  if (!isRealDay(year, mm, dd)) return null;
  return `${year}-${cpr.slice(2, 4)}-${cpr.slice(0, 2)}`;
}

export function isValidCpr(text: string): boolean {
  return cprBirthDate(normalizeCpr(text)) !== null;
}

/** Shown by default (issue 3): the date part only, "010190-****". */
export function maskCpr(cpr: string): string {
  const n = normalizeCpr(cpr);
  return /^\d{10}$/.test(n) ? `${n.slice(0, 6)}-****` : '******-****';
}

/** Full form for when the user chooses to reveal it: "010190-1234". */
export function formatCpr(cpr: string): string {
  const n = normalizeCpr(cpr);
  return /^\d{10}$/.test(n) ? `${n.slice(0, 6)}-${n.slice(6)}` : n;
}
