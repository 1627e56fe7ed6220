// FROZEN: the row schemas of schema version 6, as they are in the version-6 app. Do not edit.
// Version 6 (issue 11, Build items 1 and 3; docs/rules.md §§2, 5, 10) is version 5 with:
// - bounds on every stored computed figure (a month close's results and totals, an
//   efterregulering's amounts; a row's work-area reference wage like any amount), so that they
//   are always exact in øre;
// - a month close's optional `resultsHash` (SHA-256 of its frozen payroll's canonical JSON);
// - a wage decision with exactly one of an assessment and a hand-set wage (neither is refused).
// Every version-5 row within those bounds is a version-6 row unchanged.
// When the rows change again, bump SCHEMA_VERSION, add `v7.ts` and a v6 → v7 migration.
import { z } from 'zod';
import { decimal, enumOf, isoDate, isoMonth } from '../../domain/schema-helpers';
import { V2_ENUMS as E } from './v2';
import { WageDecisionV3Schema } from './v3';
import { BackupDataV5Schema as V5, MonthCloseV5Schema } from './v5';

const id = z.string().min(1, { error: 'må ikke være tomt' }).max(100, { error: 'er for langt' });
const money = decimal({ min: -10_000_000_000, max: 10_000_000_000 });
const total = decimal({ min: -10_000_000_000_000, max: 10_000_000_000_000 });
const count = z.number().int().min(0).max(1_000_000);
const days = z.number().int().min(0).max(31);
const hours = decimal({ min: 0, max: 744 });

const correctionV3 = WageDecisionV3Schema.shape.correction.unwrap();
export const WageDecisionV6Schema = WageDecisionV3Schema.extend({
  correction: correctionV3
    .extend({
      months: z.array(
        correctionV3.shape.months.element.extend({
          grossClosed: money,
          grossNew: money,
          deltaGross: money,
          adjustmentClosed: money,
          adjustmentNew: money,
          deltaAdjustment: money,
        }),
      ),
      deltaGross: money,
      deltaAdjustment: money,
    })
    .optional(),
}).superRefine((d, ctx) => {
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
});

const CalcResultV6Schema = z.strictObject({
  month: isoMonth,
  offer: enumOf(E.offers),
  days,
  hours,
  wageLines: z.array(
    z.strictObject({ effectiveFrom: isoDate, hourlyWage: money, hours, amount: money }),
  ),
  grossPay: money,
  amContribution: money,
  aTax: money,
  netPay: money,
  transport: z.strictObject({
    mode: enumOf(E.transportModes),
    days,
    total: money,
    withinThreshold: money,
    cap: money,
    citizenShare: money,
    municipalShare: money,
    paidBy: enumOf(E.payers),
    payrollAdjustment: money,
  }),
  estimatedPayout: money,
  warnings: z.array(enumOf(E.warnings)),
});

const payrollV5 = MonthCloseV5Schema.shape.payroll;
const rowV5 = payrollV5.shape.rows.element;
export const MonthCloseV6Schema = MonthCloseV5Schema.extend({
  payroll: payrollV5.extend({
    rows: z.array(
      rowV5.extend({
        result: CalcResultV6Schema,
        corrections: z
          .strictObject({ deltaGross: money, deltaAdjustment: money, months: z.array(isoMonth) })
          .optional(),
        workArea: z
          .strictObject({
            id,
            name: z.string(),
            minimumWageReference: decimal({ min: 0, max: 10_000_000 }).optional(),
          })
          .optional(),
      }),
    ),
    totals: z.strictObject({
      citizens: count,
      days: count,
      hours: decimal({ min: 0, max: 10_000_000 }),
      grossPay: total,
      transportTotal: total,
      citizenShare: total,
      municipalShare: total,
      payrollAdjustment: total,
      estimatedPayout: total,
    }),
  }),
  resultsHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { error: 'skal være en SHA-256 i hex' })
    .optional(),
});

/** The data of a version-6 backup: every table a version-6 database holds. */
export const BackupDataV6Schema = V5.extend({
  wageDecisions: z.array(WageDecisionV6Schema),
  monthCloses: z.array(MonthCloseV6Schema),
});
export type BackupDataV6 = z.output<typeof BackupDataV6Schema>;
