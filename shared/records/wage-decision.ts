// A dated wage decision (domain.md § 2) with who assessed it. Never edited once a closed month
// used it for pay: a change is a new decision (the repository enforces that).
import { z } from 'zod';
import { AssessmentSchema } from '../domain/input';
import { amount } from '../domain/schema-helpers';
import { id, initials, isoDate, text, timestamp } from './common';

const justification = text('en begrundelse').pipe(
  z.string().max(2000, { error: 'må højst være 2000 tegn' }),
);

export const WageDecisionInputSchema = z
  .strictObject({
    citizenId: id,
    effectiveFrom: isoDate,
    assessment: AssessmentSchema.optional(),
    hourlyWage: amount({ min: 0, max: 10_000 }).optional(),
    justification: justification.optional(),
    assessorInitials: initials,
  })
  .superRefine((d, ctx) => {
    if (d.assessment === undefined && d.hourlyWage === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['assessment'],
        message: 'angiv enten en vurdering eller en håndsat timeløn',
      });
    if (d.assessment !== undefined && d.hourlyWage !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['hourlyWage'],
        message: 'angiv enten en vurdering eller en håndsat timeløn, ikke begge',
      });
    if (d.hourlyWage !== undefined && d.justification === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['justification'],
        message: 'en håndsat timeløn kræver en konkret, individuel begrundelse',
      });
  });
export type WageDecisionInput = z.input<typeof WageDecisionInputSchema>;

export const WageDecisionSchema = z.strictObject({
  id,
  citizenId: id,
  effectiveFrom: isoDate,
  assessment: AssessmentSchema.optional(),
  hourlyWage: amount({ min: 0, max: 10_000 }).optional(),
  justification: z.string().optional(),
  assessorInitials: initials,
  /** The decision this one replaces, when it was made as a change of a locked one. */
  supersedes: id.optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type WageDecision = z.output<typeof WageDecisionSchema>;
