// A month as the app and `npm run payroll` show it (docs/rules.md §10): a closed month is frozen,
// its results read back from the month close and never recomputed; an open or reopened month is
// computed now from the records. Pure.
import type { MonthView } from '../data/api';
import { shiftMonth } from '../calendar';
import type { MonthClose } from '../records/month-close';
import { computeMonth, type MonthResults, type MonthSource } from './compute';

/** True when the month is closed now (a reopened month is computed again). */
export function isClosed(close: MonthClose | null | undefined): close is MonthClose {
  return close?.status === 'closed';
}

/** The stored results of a closed month, as month results with nothing left to report. */
export function frozenResults(close: MonthClose): MonthResults {
  return { ...close.payroll, problems: [], wageDecisionIdsByCitizen: {} };
}

/**
 * A closed month's view without reading any records: for a data layer that checks `isClosed`
 * before loading the month's citizens, decisions and attendance.
 */
export function frozenView(close: MonthClose): MonthView {
  return { month: close.month, status: 'closed', results: frozenResults(close), close };
}

/** Closed → the frozen results; reopened or never closed → computed from `source` now. */
export function monthView(source: MonthSource, close: MonthClose | null): MonthView {
  if (isClosed(close)) return frozenView(close);
  return {
    month: source.month,
    status: close ? 'reopened' : 'open',
    results: computeMonth(source),
    close,
  };
}

/**
 * The closed months a settings version from `validFrom` would apply to: those from `validFrom` up
 * to the next stored version (docs/rules.md §10: nothing takes effect in a closed month).
 */
export function closedMonthsCovered(
  validFrom: string,
  versions: readonly { validFrom: string }[],
  closes: readonly Pick<MonthClose, 'month' | 'status'>[],
): string[] {
  const next = versions
    .map((v) => v.validFrom)
    .filter((m) => m > validFrom)
    .sort()[0];
  return closes
    .filter((c) => c.status === 'closed' && c.month >= validFrom && (!next || c.month < next))
    .map((c) => c.month)
    .sort();
}

/** The first month from `month` on where a new settings version covers no closed month (§10). */
export function firstOpenVersionMonth(
  month: string,
  versions: readonly { validFrom: string }[],
  closes: readonly Pick<MonthClose, 'month' | 'status'>[],
): string {
  let from = month;
  for (;;) {
    const covered = closedMonthsCovered(from, versions, closes);
    if (covered.length === 0) return from;
    from = shiftMonth(covered.at(-1)!, 1);
  }
}
