// The documents' data, live through the DataApi (docs/rules.md §12): a month as the month screen
// shows it (closed months frozen), a citizen's twelve months, the last twelve months' totals.
import type { MonthView } from '../../../../shared/data/api';
import type { Citizen, Grant } from '../../../../shared/records';
import { shiftMonth } from '../../../../shared/calendar';
import { useLive } from '../../data/live';

/** The month's view; undefined while it is read (or still the previous month's). */
export function useMonthView(month: string): MonthView | undefined {
  const view = useLive((api) => api.getMonth(month), [month]);
  return view?.month === month ? view : undefined;
}

/** `count` months ending with `last`, oldest first. */
export function monthsUpTo(last: string, count = 12): string[] {
  return Array.from({ length: count }, (_, i) => shiftMonth(last, i - count + 1));
}

/** January–December of `year`. */
export function monthsOfYear(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** Several months' views, in the order asked; undefined until all are read. */
export function useMonthViews(months: readonly string[]): MonthView[] | undefined {
  const key = months.join(',');
  const views = useLive((api) => Promise.all(months.map((m) => api.getMonth(m))), [key]);
  return views && views.map((v) => v.month).join(',') === key ? views : undefined;
}

/** Every citizen (ended ones too: a past month's sheet or summary may need them) and grants. */
export function useCitizensAndGrants(): { citizens: Citizen[]; grants: Grant[] } | undefined {
  return useLive(async (api) => {
    const [citizens, grants] = await Promise.all([
      api.listCitizens({ includeEnded: true }),
      api.listGrants(),
    ]);
    return { citizens, grants };
  }, []);
}
