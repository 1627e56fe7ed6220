// A dated wage decision (docs/rules.md §2) with who assessed it: the calc input's decision plus
// the citizen and the assessor. Never edited once a closed month used it for pay: a change is
// a new decision (the data layer enforces that).
import { z } from 'zod';
import { oneGivenIssues, CalcWageDecisionSchema, decisionIssues } from '../domain/input';
import { computedAmount } from '../domain/schema-helpers';
import { id, initials, isoMonth, refineWith, text, timestamp } from './common';

const justification = text('en begrundelse').pipe(
  z.string().max(2000, { error: 'må højst være 2000 tegn' }),
);

/** What a person enters: exactly one of assessment and hand-set wage (`decisionIssues`). */
export const WageDecisionInputSchema = CalcWageDecisionSchema.extend({
  citizenId: id,
  justification: justification.optional(),
  assessorInitials: initials,
}).superRefine(refineWith(decisionIssues));
export type WageDecisionInput = z.input<typeof WageDecisionInputSchema>;

// Bounded like every stored figure (docs/rules.md §5).
const money = computedAmount();

/** One closed month of an efterregulering, kr. with two decimals, frozen at save time. */
export const CorrectionMonthSchema = z.strictObject({
  month: isoMonth,
  grossClosed: money,
  grossNew: money,
  deltaGross: money,
  adjustmentClosed: money,
  adjustmentNew: money,
  deltaAdjustment: money,
});

/**
 * An efterregulering (docs/rules.md §10): what the corrected decision pays for closed months,
 * paid in `payIn` (the first open month then) as two lines of their own.
 */
export const WageCorrectionSchema = z.strictObject({
  reason: z.string().min(1, { error: 'mangler' }),
  payIn: isoMonth,
  months: z.array(CorrectionMonthSchema),
  deltaGross: money,
  deltaAdjustment: money,
});
export type WageCorrection = z.output<typeof WageCorrectionSchema>;

/**
 * As stored: read back as written (older rows keep their justification as it was), but always
 * exactly one of an assessment and a hand-set wage (docs/rules.md §2).
 */
export const WageDecisionSchema = CalcWageDecisionSchema.extend({
  id,
  citizenId: id,
  justification: z.string().optional(),
  assessorInitials: initials,
  /** The decision this one replaces, when it was made as a change of a locked one. */
  supersedes: id.optional(),
  /** Set when this decision was saved as an efterregulering of `supersedes` (docs/rules.md §10). */
  correction: WageCorrectionSchema.optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
}).superRefine(refineWith(oneGivenIssues));
export type WageDecision = z.output<typeof WageDecisionSchema>;
