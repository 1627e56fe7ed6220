// Checks several aggregates make: a closed month cannot be changed, and a wage decision used for
// a closed month's pay is locked for good (docs/rules.md §2, §10).
import { DataError } from '../../shared/data/errors';
import type { MonthClose } from '../../shared/records';
import type { DbContext } from './context';
import { formatMonth } from '../../shared/danish/dates';

export const CITIZEN_GONE = 'Borgeren findes ikke (mere).';

async function closedMonth(ctx: DbContext, month: string): Promise<MonthClose | undefined> {
  const close = await ctx.db.monthCloses.get(month);
  return close?.status === 'closed' ? close : undefined;
}

/** CLOSED_MONTH when `month` is closed; `what` names the thing refused (`fremmødet`). */
export async function assertMonthOpen(ctx: DbContext, month: string, what: string): Promise<void> {
  if (await closedMonth(ctx, month))
    throw new DataError(
      'CLOSED_MONTH',
      `Måneden ${formatMonth(month)} er lukket, så ${what} kan ikke ændres. Genåbn måneden med en begrundelse for at rette.`,
    );
}

/** The months whose closed pay used the decision; they lock it even after a reopen. */
export async function lockedDecisionMonths(ctx: DbContext, decisionId: string): Promise<string[]> {
  const closes = await ctx.db.monthCloses.toArray();
  return closes.filter((c) => c.wageDecisionIds.includes(decisionId)).map((c) => c.month);
}
