// Live data of the month-close screen, through the DataApi (renderer/src/data/live.ts).
import type { MonthView } from '../../../../shared/data/api';
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
