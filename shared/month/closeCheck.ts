// The check before a month is closed (docs/rules.md §10): whether the month may be closed yet,
// the citizens to look at first, and the totals the closing will freeze. Pure; the data layer
// gathers the records and the screen shows the items with links to the citizens.
import { daysInMonth } from '../calendar';
import { formatDate, formatMonth } from '../danish/dates';
import { describeIssue } from '../danish/labels';
import { formatKr, plural } from '../danish/number';
import type { MonthTotals, PayrollMonth } from '../records/month-close';
import type { MonthResults } from './compute';
import { changedRows } from './difference';

/** When the check runs, against the month: before its first day, during it, or after its last. */
export type MonthTiming = 'notBegun' | 'notOver' | 'over';

export type CheckKind = 'problem' | 'noTaxCard' | 'grantNoAttendance' | 'bigChange';

export interface CheckItem {
  kind: CheckKind;
  citizenId: string;
  name: string;
  payrollNumber: string;
  /** In Danish, without the name: `kan ikke beregnes: Trækprocent: mangler`. */
  text: string;
}

export interface CloseCheck {
  month: string;
  timing: MonthTiming;
  /** The month's last day (`YYYY-MM-DD`). */
  lastDay: string;
  items: CheckItem[];
  totals: MonthTotals;
  /** A reopened month whose figures now differ from its last closing: when, and how many. */
  changedSinceClosing: { closedAt: string; citizens: number } | null;
  /**
   * The version of the figures checked (a SHA-256 of the month's payroll, set by the data
   * layer): the closing sends it back and is refused if the figures changed meanwhile.
   */
  figures?: string;
}

export interface CloseCheckSource {
  results: MonthResults;
  /** Today, `YYYY-MM-DD` in the workshop's time. */
  today: string;
  /** Citizens with a grant in force on a day of the month. */
  grantCitizenIds: readonly string[];
  /** Citizens with at least one attendance day (hours, 0 or absence) in the month. */
  attendanceCitizenIds: readonly string[];
  /** The previous month's figures (closed, or computed now), if any. */
  previous: PayrollMonth | null;
  /** The last closing of this month, when it was closed before and reopened. */
  lastClosing: { closedAt: string; payroll: PayrollMonth } | null;
}

/** A change of gross pay against last month at or beyond this share is shown (±50 %). */
export const BIG_CHANGE = 0.5;

export function monthTiming(
  month: string,
  today: string,
): { timing: MonthTiming; lastDay: string } {
  const days = daysInMonth(month);
  const lastDay = days[days.length - 1]!;
  const timing = today < days[0]! ? 'notBegun' : today <= lastDay ? 'notOver' : 'over';
  return { timing, lastDay };
}

export function closeCheck(source: CloseCheckSource): CloseCheck {
  const { results } = source;
  const items: CheckItem[] = [];
  for (const p of results.problems)
    items.push({
      kind: 'problem',
      citizenId: p.citizenId,
      name: p.name,
      payrollNumber: p.payrollNumber,
      text: `kan ikke beregnes: ${p.issues.map(describeIssue).join('; ')}`,
    });
  const attended = new Set(source.attendanceCitizenIds);
  const previous = new Map((source.previous?.rows ?? []).map((r) => [r.citizenId, r]));
  for (const row of results.rows) {
    const who = { citizenId: row.citizenId, name: row.name, payrollNumber: row.payrollNumber };
    if (row.offer === 'SEL103' && row.result.warnings.includes('DEFAULT_TAX_CARD'))
      items.push({
        ...who,
        kind: 'noTaxCard',
        text: 'har intet skattekort: skatten er anslået med standardtræk',
      });
    if (source.grantCitizenIds.includes(row.citizenId) && !attended.has(row.citizenId))
      items.push({
        ...who,
        kind: 'grantNoAttendance',
        text: `har en bevilling, men intet fremmøde i ${formatMonth(results.month)}`,
      });
    const before = previous.get(row.citizenId)?.result.grossPay;
    if (before !== undefined && before > 0 && source.previous) {
      const change = (row.result.grossPay - before) / before;
      if (Math.abs(change) >= BIG_CHANGE)
        items.push({
          ...who,
          kind: 'bigChange',
          text: `har bruttoløn ${formatKr(row.result.grossPay)} mod ${formatKr(before)} i ${formatMonth(source.previous.month)} (${change > 0 ? '+' : '−'}${Math.round(Math.abs(change) * 100)} %)`,
        });
    }
  }
  const { timing, lastDay } = monthTiming(results.month, source.today);
  const last = source.lastClosing;
  const changed = last ? changedRows(last.payroll, results).length : 0;
  return {
    month: results.month,
    timing,
    lastDay,
    items,
    totals: results.totals,
    changedSinceClosing:
      last && changed > 0 ? { closedAt: last.closedAt, citizens: changed } : null,
  };
}

/** Why the month cannot be closed now, or null: not begun, or citizens that cannot be computed. */
export function closeBlocker(check: Pick<CloseCheck, 'month' | 'timing' | 'items'>): string | null {
  const name = formatMonth(check.month);
  const capital = name.charAt(0).toUpperCase() + name.slice(1);
  if (check.timing === 'notBegun') return `${capital} er ikke begyndt endnu og kan ikke lukkes.`;
  const problems = check.items.filter((i) => i.kind === 'problem').length;
  if (problems > 0)
    return `${plural(problems, 'borger', 'borgere')} kan ikke beregnes. Ret det, før måneden lukkes.`;
  return null;
}

/** `November 2026 er ikke slut endnu (sidste dag 30.11.2026).` when it is not over, else null. */
export function notOverText(
  check: Pick<CloseCheck, 'month' | 'timing' | 'lastDay'>,
): string | null {
  if (check.timing !== 'notOver') return null;
  const name = formatMonth(check.month);
  return `${name.charAt(0).toUpperCase() + name.slice(1)} er ikke slut endnu (sidste dag ${formatDate(check.lastDay)}).`;
}
