// Live data of the month-close screen, through the DataApi (renderer/src/data/live.ts).
import type { MonthView } from '../../../../shared/data/api';
import type { CloseCheck, ComparedRow } from '../../../../shared/month';
import { useLive } from '../../data/live';
import { monthQuery } from './monthCloseModel';

/**
 * The month as the screen shows it: undefined while it is read (also right after the month
 * changed, so the previous month's figures are never shown under the new heading). A failed read
 * is thrown to the screen's error boundary ("Prøv igen"), never swallowed.
 */
export function useMonth(month: string): MonthView | undefined {
  const view = useLive(monthQuery(month), [month]);
  return view?.month === month ? view : undefined;
}

/** The check before closing `month` (docs/rules.md §10), kept up to date while it is shown. */
export function useCloseCheck(month: string): CloseCheck | undefined {
  const check = useLive((api) => api.checkMonthClose(month), [month]);
  return check?.month === month ? check : undefined;
}

/** A closed month's figures beside those computed now, per citizen (before reopening). */
export function useClosedComparison(month: string): ComparedRow[] | undefined {
  return useLive((api) => api.compareClosedMonth(month), [month]);
}

/** The difference file after a changed re-close, or null (docs/rules.md §10). */
export function useDifferenceFile(month: string) {
  return useLive((api) => api.exportMonthDifference(month), [month]);
}
