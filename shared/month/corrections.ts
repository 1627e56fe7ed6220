// Efterregulering (docs/rules.md §10): a wage decision found wrong after its months were closed is
// corrected without reopening them. Each closed month from the corrected date is computed again
// with the settings stored in its close and the corrected decisions; the differences against the
// closed results (less what earlier corrections already paid for that month) are paid in the
// first open month as two lines of their own. The closed months stay as they were. Pure.
import { shiftMonth, monthOf } from '../calendar';
import { formatDate, formatMonth } from '../danish/dates';
import { calculateMonth } from '../domain/calculate';
import type { FieldIssue } from '../domain/errors';
import { parseCalcInput } from '../domain/input';
import { fromOre, toOre } from '../money';
import type { Attendance } from '../records/attendance';
import type { Citizen } from '../records/citizen';
import type { MonthClose } from '../records/month-close';
import type { WageDecision } from '../records/wage-decision';
import { buildCalcInput } from './compute';
import { isClosed } from './view';

/** One closed month of a correction, kr. with two decimals. */
export interface CorrectionMonth {
  month: string;
  closedGross: number;
  newGross: number;
  deltaGross: number;
  closedAdjustment: number;
  newAdjustment: number;
  deltaAdjustment: number;
}

export interface CorrectionProblem {
  month: string;
  issues: FieldIssue[];
}

/** What a correction pays: per closed month, and the sums paid in `payIn`. */
export interface CorrectionResult {
  /** The first open month: the month after the latest closed one. */
  payIn: string;
  months: CorrectionMonth[];
  /** Σ Δgross, kr. */
  deltaGross: number;
  /** Σ Δadjustment (the transport adjustment of the payroll file), kr. */
  deltaAdjustment: number;
  /** Closed months that cannot be computed with the corrected decisions; nothing may be saved. */
  problems: CorrectionProblem[];
}

export interface CorrectionSource {
  citizen: Citizen;
  /** The corrected decision's date: every closed month from its month is computed again. */
  from: string;
  /** The citizen's decisions as they will be once the correction is saved. */
  decisions: readonly WageDecision[];
  /** The citizen's attendance (closed months' attendance cannot change). */
  attendance: readonly Attendance[];
  /** Every month close (only those closed now count). */
  closes: readonly MonthClose[];
  /** What earlier corrections already paid for these months; subtracted so nothing is paid twice. */
  earlier?: readonly Pick<CorrectionMonth, 'month' | 'deltaGross' | 'deltaAdjustment'>[];
}

/** The month after the latest closed month (the month itself when none is closed). */
export function firstOpenMonth(closes: readonly MonthClose[], fallback: string): string {
  const closed = closes.filter(isClosed).map((c) => c.month);
  if (closed.length === 0) return fallback;
  return shiftMonth(closed.sort().at(-1)!, 1);
}

/** What earlier corrections already paid for `month` (øre). */
function alreadyPaid(earlier: CorrectionSource['earlier'], month: string) {
  let gross = 0;
  let adjustment = 0;
  for (const m of earlier ?? [])
    if (m.month === month) {
      gross += toOre(m.deltaGross);
      adjustment += toOre(m.deltaAdjustment);
    }
  return { gross, adjustment };
}

/** docs/rules.md §10: Δgross and Δadjustment per closed month, exact in øre, and their sums. */
export function computeCorrection(source: CorrectionSource): CorrectionResult {
  const fromMonth = monthOf(source.from);
  const closes = source.closes
    .filter((c) => isClosed(c) && c.month >= fromMonth)
    .sort((a, b) => (a.month < b.month ? -1 : 1));
  const months: CorrectionMonth[] = [];
  const problems: CorrectionProblem[] = [];
  let sumGross = 0;
  let sumAdjustment = 0;
  for (const close of closes) {
    const row = close.payroll.rows.find((r) => r.citizenId === source.citizen.id);
    // Nothing was paid to the citizen that month, so there is nothing to correct.
    if (!row) continue;
    const input = buildCalcInput(
      close.month,
      source.citizen,
      source.decisions,
      source.attendance,
      // docs/rules.md §6: the month is recomputed with the area's figure it was closed with.
      row.workArea?.minimumWageReference === undefined
        ? close.payroll.settings
        : { ...close.payroll.settings, minimumWageReference: row.workArea.minimumWageReference },
    );
    const parsed = parseCalcInput(input);
    if (!parsed.ok) {
      problems.push({ month: close.month, issues: parsed.issues });
      continue;
    }
    const now = calculateMonth(parsed.value);
    const paid = alreadyPaid(source.earlier, close.month);
    const closedGross = toOre(row.result.grossPay);
    const closedAdjustment = toOre(row.result.transport.payrollAdjustment);
    const deltaGross = toOre(now.grossPay) - closedGross - paid.gross;
    const deltaAdjustment =
      toOre(now.transport.payrollAdjustment) - closedAdjustment - paid.adjustment;
    sumGross += deltaGross;
    sumAdjustment += deltaAdjustment;
    months.push({
      month: close.month,
      closedGross: fromOre(closedGross),
      newGross: now.grossPay,
      deltaGross: fromOre(deltaGross),
      closedAdjustment: fromOre(closedAdjustment),
      newAdjustment: now.transport.payrollAdjustment,
      deltaAdjustment: fromOre(deltaAdjustment),
    });
  }
  return {
    payIn: firstOpenMonth(source.closes, fromMonth),
    months,
    deltaGross: fromOre(sumGross),
    deltaAdjustment: fromOre(sumAdjustment),
    problems,
  };
}

/**
 * docs/rules.md §10: the first closed month a decision from `effectiveFrom` would take effect in
 * (it applies until the next decision's date, `otherFroms` being the citizen's other decisions),
 * or undefined when it takes effect on no day of a closed month.
 */
export function closedMonthTouched(
  effectiveFrom: string,
  otherFroms: readonly string[],
  closedMonths: readonly string[],
): string | undefined {
  const next = otherFroms.filter((f) => f > effectiveFrom).sort()[0];
  const fromMonth = monthOf(effectiveFrom);
  return [...closedMonths]
    .sort()
    .find((m) => m >= fromMonth && (next === undefined || `${m}-01` < next));
}

/** The refusal beside "Gælder fra", naming the closed month and the first day that can be used. */
export function closedMonthMessage(
  effectiveFrom: string,
  closedMonth: string,
  firstOpen: string,
): string {
  const where =
    monthOf(effectiveFrom) === closedMonth
      ? `${formatMonth(closedMonth)} er lukket, så en lønafgørelse kan ikke gælde fra en dag i den`
      : `${formatMonth(closedMonth)} er lukket, og en lønafgørelse fra ${formatDate(effectiveFrom)} ville gælde i den`;
  return `${where}. Vælg ${formatDate(`${firstOpen}-01`)} eller senere; de lukkede måneder ændres ikke.`;
}
