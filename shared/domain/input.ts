// The calculation input of docs/rules.md §7: zod schema (unknown keys refused) plus the checks
// that need the whole input (dates within the month, floor from the merged settings, …).
// The stored records (shared/records) extend the decision and attendance schemas here.
import { z } from 'zod';
import { CRITERIA, HELP_NEEDS, type Criterion } from './criteria';
import { fromZodIssues, type FieldIssue, type Parsed } from './errors';
import { valueText } from '../danish/values';
import { amount, decimal, enumOf, isoDate, isoMonth, text } from './schema-helpers';
import { mergeSettings, PartialSettingsSchema, SettingsSchema, type Settings } from './settings';
import { belowFloorMessage, checkHandSetWage } from './wage';

export const OFFERS = ['SEL103', 'SEL104'] as const;
export type Offer = (typeof OFFERS)[number];
export const TRANSPORT_MODES = ['car', 'public', 'special', 'none'] as const;
export type TransportMode = (typeof TRANSPORT_MODES)[number];
export const PAYERS = ['citizen', 'municipality'] as const;
export type Payer = (typeof PAYERS)[number];

const score = z
  .number({ error: (i) => (i.input === undefined ? 'mangler' : 'skal være et tal fra 0 til 4') })
  .int({ error: 'skal være et helt tal fra 0 til 4' })
  .min(0, { error: 'skal være et helt tal fra 0 til 4' })
  .max(4, { error: 'skal være et helt tal fra 0 til 4' });

export const AssessmentSchema = z.strictObject({
  scores: z.strictObject(
    Object.fromEntries(CRITERIA.map((c) => [c, score])) as Record<Criterion, typeof score>,
  ),
  helpNeed: enumOf(HELP_NEEDS),
});

/** A wage decision in the calc input (docs/rules.md §2); `decisionIssues` checks its shape. */
export const CalcWageDecisionSchema = z.strictObject({
  effectiveFrom: isoDate,
  assessment: AssessmentSchema.optional(),
  hourlyWage: amount({ min: 0, max: 10_000 }).optional(),
  justification: text('en begrundelse').optional(),
});

/**
 * docs/rules.md §2: exactly one of an assessment and a hand-set wage, and a hand-set wage only
 * with a justification. Paths are relative to the decision; the calc input and the stored
 * decision (shared/records/wage-decision.ts) both report these.
 */
export function decisionIssues(d: {
  assessment?: unknown;
  hourlyWage?: number | undefined;
  justification?: string | undefined;
}): FieldIssue[] {
  const issues: FieldIssue[] = [...oneGivenIssues(d)];
  if (d.hourlyWage !== undefined && d.justification === undefined)
    issues.push({
      path: ['justification'],
      message: 'en håndsat timeløn kræver en konkret, individuel begrundelse',
    });
  return issues;
}

/**
 * Neither or both of an assessment and a hand-set wage: refused in the calc input and in stored
 * records alike (§2; issue 11, finding 5: a stored decision with neither was accepted).
 */
export function oneGivenIssues(d: {
  assessment?: unknown;
  hourlyWage?: number | undefined;
}): FieldIssue[] {
  if (d.assessment === undefined && d.hourlyWage === undefined)
    return [{ path: ['assessment'], message: 'angiv enten en vurdering eller en håndsat timeløn' }];
  return d.assessment !== undefined && d.hourlyWage !== undefined
    ? [
        {
          path: ['hourlyWage'],
          message: 'angiv enten en vurdering eller en håndsat timeløn, ikke begge',
        } satisfies FieldIssue,
      ]
    : [];
}

export const TaxCardSchema = z.strictObject({
  withholdingRatePercent: decimal({ min: 0, max: 100 }),
  monthlyAllowance: amount({ min: 0 }).default(0),
});
export type TaxCard = z.infer<typeof TaxCardSchema>;

const km = decimal({ min: 0, max: 1_000 });
const payer = enumOf(PAYERS).optional();

export const TransportSchema = z.discriminatedUnion(
  'mode',
  [
    z.strictObject({
      mode: z.literal('car'),
      oneWayKm: km,
      ratePerKm: amount({ min: 0, max: 100 }).optional(),
      paidBy: payer,
    }),
    z.strictObject({
      mode: z.literal('public'),
      oneWayKm: km,
      dailyCost: amount({ min: 0 }),
      monthlyPass: amount({ min: 0 }).optional(),
      paidBy: payer,
    }),
    z.strictObject({
      mode: z.literal('special'),
      oneWayKm: km,
      dailyCost: amount({ min: 0 }),
      paidBy: payer,
    }),
    z.strictObject({ mode: z.literal('none'), oneWayKm: km.optional(), paidBy: payer }),
  ],
  { error: `skal være en af: ${TRANSPORT_MODES.map(valueText).join(', ')}` },
);
export type TransportInput = z.infer<typeof TransportSchema>;

/** One day in the calc input (docs/rules.md §3): 0–24 hours with at most two decimals. */
export const CalcAttendanceSchema = z.strictObject({
  date: isoDate,
  hours: decimal({ min: 0, max: 24 }),
});

export const CalcInputSchema = z.strictObject({
  month: isoMonth,
  settings: PartialSettingsSchema.optional(),
  citizen: z.strictObject({
    offer: enumOf(OFFERS),
    taxCard: TaxCardSchema.optional(),
    transport: TransportSchema.optional(),
    municipalTransport: z.boolean({ error: 'skal være true eller false' }).optional(),
  }),
  wageDecisions: z.array(CalcWageDecisionSchema, { error: 'skal være en liste' }).default([]),
  attendance: z.array(CalcAttendanceSchema, { error: 'skal være en liste' }).default([]),
});
export type CalcInput = z.input<typeof CalcInputSchema>;
export type ValidCalcInput = z.output<typeof CalcInputSchema>;

/** A validated input with its settings merged over the defaults: ready for `calculateMonth`. */
export interface CheckedCalcInput extends Omit<ValidCalcInput, 'settings'> {
  settings: Settings;
}

/** The latest decision in effect on `date` (decisions sorted by effectiveFrom ascending). */
export function decisionIndexOn(sortedFrom: readonly string[], date: string): number {
  let lo = 0;
  let hi = sortedFrom.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sortedFrom[mid] as string) <= date) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The indexes of the decisions in effect on at least one worked day (hours > 0) of the month. */
export function paidDecisions(
  input: Pick<ValidCalcInput, 'wageDecisions' | 'attendance'>,
): Set<number> {
  const order = input.wageDecisions
    .map((d, i) => ({ from: d.effectiveFrom, i }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.i - b.i));
  const from = order.map((o) => o.from);
  const paid = new Set<number>();
  for (const a of input.attendance) {
    if (!(a.hours > 0)) continue;
    const at = decisionIndexOn(from, a.date);
    if (at >= 0) paid.add(order[at]!.i);
  }
  return paid;
}

/** The checks of docs/rules.md §§2–4 that look across fields. */
function crossFieldIssues(input: ValidCalcInput, settings: Settings): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seenDates = new Map<string, number>();
  input.attendance.forEach((a, i) => {
    if (!a.date.startsWith(`${input.month}-`)) {
      issues.push({
        path: ['attendance', i, 'date'],
        message: `ligger uden for måneden ${input.month}`,
      });
    }
    const first = seenDates.get(a.date);
    if (first !== undefined) {
      issues.push({
        path: ['attendance', i, 'date'],
        message: `datoen ${a.date} er registreret to gange (også række ${first + 1} af fremmødet)`,
      });
    } else seenDates.set(a.date, i);
  });

  const paid = paidDecisions(input);
  const seenFrom = new Map<string, number>();
  input.wageDecisions.forEach((d, i) => {
    const first = seenFrom.get(d.effectiveFrom);
    if (first !== undefined) {
      issues.push({
        path: ['wageDecisions', i, 'effectiveFrom'],
        message: `to lønafgørelser gælder fra samme dato (også lønafgørelse nr. ${first + 1})`,
      });
    } else seenFrom.set(d.effectiveFrom, i);
    for (const issue of decisionIssues(d))
      issues.push({ ...issue, path: ['wageDecisions', i, ...issue.path] });
    // docs/rules.md §2: only a decision that pays a day of the month meets its floor; an old
    // hand-set wage superseded before the month (or later in it) blocks nothing.
    if (d.hourlyWage !== undefined && paid.has(i)) {
      const check = checkHandSetWage(d.hourlyWage, settings);
      if (check.kind === 'belowFloor')
        issues.push({
          path: ['wageDecisions', i, 'hourlyWage'],
          message: belowFloorMessage(check.floorOre),
        });
    }
  });

  if (input.citizen.offer === 'SEL103') {
    const from = [...input.wageDecisions.map((d) => d.effectiveFrom)].sort();
    input.attendance.forEach((a, i) => {
      if (a.hours > 0 && decisionIndexOn(from, a.date) < 0) {
        issues.push({
          path: ['attendance', i, 'date'],
          message: `ingen lønafgørelse gælder på den arbejdede dag ${a.date}`,
        });
      }
    });
  }
  return issues;
}

/** Validates raw (parsed JSON) input completely. Never throws. */
export function parseCalcInput(raw: unknown): Parsed<CheckedCalcInput> {
  const parsed = CalcInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  const merged = SettingsSchema.safeParse(mergeSettings(parsed.data.settings));
  if (!merged.success) {
    return {
      ok: false,
      issues: fromZodIssues(merged.error.issues).map((i) => ({
        ...i,
        path: ['settings', ...i.path],
      })),
    };
  }
  const settings = merged.data;
  const issues = crossFieldIssues(parsed.data, settings);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { ...parsed.data, settings } };
}
