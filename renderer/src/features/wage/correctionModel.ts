// The efterregulering card's text (docs/rules.md §10), without React: per closed month the closed
// and the new gross, the difference and the transport difference, then the sums and where they
// are paid. Shown before anything is saved.
import { formatMonth, formatMonthTitle } from '../../../../shared/danish/dates';
import { formatKr } from '../../../../shared/danish/number';
import type { CorrectionResult } from '../../../../shared/month/corrections';

export interface CorrectionRowText {
  month: string;
  grossClosed: string;
  grossNew: string;
  deltaGross: string;
  deltaAdjustment: string;
}

export interface CorrectionText {
  rows: CorrectionRowText[];
  deltaGross: string;
  deltaAdjustment: string;
  /** "udbetales i november 2026". */
  payIn: string;
  /** Why it cannot be saved, when it cannot (else empty). */
  problem: string;
}

/** A signed amount: a correction can pay back (+) or take back (−). */
export function signedKr(kroner: number): string {
  return kroner > 0 ? `+${formatKr(kroner)}` : formatKr(kroner);
}

export function correctionText(result: CorrectionResult): CorrectionText {
  const problem =
    result.problems.length > 0
      ? `${result.problems.map((p) => formatMonth(p.month)).join(', ')} kan ikke beregnes med den rettede afgørelse.`
      : result.months.every((m) => m.deltaGross === 0 && m.deltaAdjustment === 0)
        ? 'Den rettede afgørelse ændrer intet i de lukkede måneder; der er intet at efterregulere.'
        : '';
  return {
    rows: result.months.map((m) => ({
      month: formatMonthTitle(m.month),
      grossClosed: formatKr(m.closedGross),
      grossNew: formatKr(m.newGross),
      deltaGross: signedKr(m.deltaGross),
      deltaAdjustment: signedKr(m.deltaAdjustment),
    })),
    deltaGross: signedKr(result.deltaGross),
    deltaAdjustment: signedKr(result.deltaAdjustment),
    payIn: `udbetales i ${formatMonth(result.payIn)}`,
    problem,
  };
}
