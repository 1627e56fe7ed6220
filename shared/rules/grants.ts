// Which grant (bevilling) applies (docs/rules.md §1). Every screen and the data layer ask here,
// so the attendance grid, the wage page and the citizen page always agree.
import { firstDayOf, lastDayOf } from '../calendar';

interface GrantPeriod {
  startDate: string;
  endDate?: string | undefined;
}

function latestStart<G extends GrantPeriod>(grants: readonly G[]): G | undefined {
  let best: G | undefined;
  for (const g of grants) if (best === undefined || g.startDate >= best.startDate) best = g;
  return best;
}

/** Grants in force on some day of `from`…`to` (latest start wins when several are). */
function inForce<G extends GrantPeriod>(
  grants: readonly G[],
  from: string,
  to: string,
): G | undefined {
  return latestStart(
    grants.filter((g) => g.startDate <= to && (g.endDate === undefined || g.endDate >= from)),
  );
}

/** The grant in force on `date`: started on or before it and not ended before it. */
export function grantOn<G extends GrantPeriod>(grants: readonly G[], date: string): G | undefined {
  return inForce(grants, date, date);
}

/** The grant in force in `month`: overlapping at least one of its days. */
export function grantInMonth<G extends GrantPeriod>(
  grants: readonly G[],
  month: string,
): G | undefined {
  return inForce(grants, firstDayOf(month), lastDayOf(month));
}

/** The grant a screen shows and edits for `month`: the one in force then, else the latest. */
export function grantToShow<G extends GrantPeriod>(
  grants: readonly G[],
  month: string,
): G | undefined {
  return grantInMonth(grants, month) ?? latestStart(grants);
}
