// Planned working days (docs/rules.md §1): a grant of ½ / ¾ / 1/1 place is 2 / 3 / 4 days a
// week. The attendance grid's "Udfyld planlagte dage" and the mødestabilitet suggestion both use
// these days, so they always count the same days.
import { daysInMonth, earlierOf, laterOf, mondayOf, weekday } from '../calendar';
import { GRANT_DAYS_PER_WEEK, type Grant } from '../records/grant';
import { grantInMonth } from './grants';

export interface PlannedDaysOptions {
  /** 2, 3 or 4 days a week. */
  daysPerWeek: number;
  /** The period; days outside it are never planned. */
  from?: string | undefined;
  to?: string | undefined;
  /** Weekdays to prefer, 0 = Monday … 4 = Friday (default Monday first). */
  preferredWeekdays?: readonly number[];
}

/**
 * The planned working days of `month`: in each week, the first `daysPerWeek` of the preferred
 * weekdays that fall in the month and the period. A week cut by the month's start or end gets
 * the days it has, never more than `daysPerWeek`.
 */
export function plannedDays(month: string, opts: PlannedDaysOptions): string[] {
  const order = opts.preferredWeekdays ?? [0, 1, 2, 3, 4];
  const weeks = new Map<string, string[]>();
  for (const date of daysInMonth(month)) {
    if (weekday(date) > 4) continue;
    if (opts.from && date < opts.from) continue;
    if (opts.to && date > opts.to) continue;
    const key = mondayOf(date);
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

interface Enrolment {
  startDate: string;
  endDate?: string | undefined;
}

/**
 * A citizen's planned days in `month`: from the grant in force in the month, within both the
 * grant's period and the citizen's enrolment (the later start, the earlier end). None without a grant.
 */
export function plannedDaysOf(
  month: string,
  citizen: Enrolment,
  grants: readonly Pick<Grant, 'size' | 'startDate' | 'endDate'>[],
): string[] {
  const grant = grantInMonth(grants, month);
  if (!grant) return [];
  return plannedDays(month, {
    daysPerWeek: GRANT_DAYS_PER_WEEK[grant.size],
    from: laterOf(grant.startDate, citizen.startDate),
    to: earlierOf(grant.endDate, citizen.endDate),
  });
}
