// Planned days from the grant size (domain.md § 1: ½ = 2, ¾ = 3, 1/1 = 4 days a week).
import { daysInMonth, weekday } from '../../../../shared/domain';

/** ISO week key of a date (Monday-based), enough to group the days of one month. */
function weekKey(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  t.setUTCDate(t.getUTCDate() - weekday(date));
  return t.toISOString().slice(0, 10);
}

export interface PlannedDaysOptions {
  /** 2, 3 or 4 days a week. */
  daysPerWeek: number;
  /** The grant's period; days outside it are never planned. */
  from?: string | undefined;
  to?: string | undefined;
  /** Weekdays to prefer, 0 = Monday … 4 = Friday (default Monday first). */
  preferredWeekdays?: readonly number[];
}

/**
 * The planned working days of `month`: in each week, the first `daysPerWeek` of the preferred
 * weekdays that fall in the month and the grant period. A week cut by the month's start or end
 * gets the days it has, never more than `daysPerWeek`.
 */
export function plannedDays(month: string, opts: PlannedDaysOptions): string[] {
  const order = opts.preferredWeekdays ?? [0, 1, 2, 3, 4];
  const weeks = new Map<string, string[]>();
  for (const date of daysInMonth(month)) {
    if (weekday(date) > 4) continue;
    if (opts.from && date < opts.from) continue;
    if (opts.to && date > opts.to) continue;
    const key = weekKey(date);
    weeks.set(key, [...(weeks.get(key) ?? []), date]);
  }
  const out: string[] = [];
  for (const dates of weeks.values()) {
    const byPreference = [...dates].sort(
      (a, b) => order.indexOf(weekday(a)) - order.indexOf(weekday(b)),
    );
    out.push(...byPreference.slice(0, opts.daysPerWeek));
  }
  return out.sort();
}
