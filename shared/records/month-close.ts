// A month close (issue 3 § 1): the month's per-citizen results, totals, the settings and
// wage-type codes they were computed and exported with, and the export's hash. A closed
// month is frozen: it is re-exported from these stored values, never recomputed.
import { z } from 'zod';
import { OFFERS, PAYERS, TRANSPORT_MODES } from '../domain/input';
import {
  amount,
  computedAmount,
  decimal,
  enumOf,
  MAX_MONTH_HOURS,
  MAX_TOTAL_AMOUNT,
} from '../domain/schema-helpers';
import { SettingsSchema } from '../domain/settings';
import { WARNING_CODES } from '../domain/warnings';
import { id, initials, isoDate, isoMonth, text, timestamp } from './common';
import { WageTypeCodesSchema } from './settings-version';
import { ExportTemplateSchema, templateName } from '../export/template';

// Bounded (docs/rules.md §5; issue 11, finding 1): a restored month with a 16-digit figure is
// refused naming the field instead of blanking every screen that sums it.
const money = computedAmount();
const total = computedAmount(MAX_TOTAL_AMOUNT);
const count = z.number().int().min(0).max(1_000_000);
const days = z.number().int().min(0).max(31);
const hours = decimal({ min: 0, max: MAX_MONTH_HOURS });

/** The result JSON of docs/rules.md §7, as stored. */
export const CalcResultSchema = z.strictObject({
  month: isoMonth,
  offer: enumOf(OFFERS),
  days,
  hours,
  wageLines: z.array(
    z.strictObject({
      effectiveFrom: isoDate,
      hourlyWage: money,
      hours,
      amount: money,
    }),
  ),
  grossPay: money,
  amContribution: money,
  aTax: money,
  netPay: money,
  transport: z.strictObject({
    mode: enumOf(TRANSPORT_MODES),
    days,
    total: money,
    withinThreshold: money,
    cap: money,
    citizenShare: money,
    municipalShare: money,
    paidBy: enumOf(PAYERS),
    payrollAdjustment: money,
  }),
  estimatedPayout: money,
  warnings: z.array(enumOf(WARNING_CODES)),
});

/** One citizen's line in a month: who (as they were named then) and the result. */
export const PayrollRowSchema = z.strictObject({
  citizenId: id,
  name: z.string(),
  payrollNumber: z.string(),
  offer: enumOf(OFFERS),
  result: CalcResultSchema,
  /**
   * Efterreguleringer paid this month (docs/rules.md §10), kr.: lines of their own, not part of
   * `result` (§7); `months` are the closed months they correct.
   */
  corrections: z
    .strictObject({ deltaGross: money, deltaAdjustment: money, months: z.array(isoMonth) })
    .optional(),
  /**
   * The citizen's work area that month (docs/rules.md §6) and the reference wage its floor was
   * computed with (absent: the common one in `settings`). Absent on months before work areas.
   */
  workArea: z
    .strictObject({ id, name: z.string(), minimumWageReference: amount({ min: 0 }).optional() })
    .optional(),
});
export type PayrollRow = z.output<typeof PayrollRowSchema>;

export const MonthTotalsSchema = z.strictObject({
  citizens: count,
  days: count,
  hours: decimal({ min: 0, max: 10_000_000 }),
  grossPay: total,
  transportTotal: total,
  citizenShare: total,
  municipalShare: total,
  payrollAdjustment: total,
  estimatedPayout: total,
});
export type MonthTotals = z.output<typeof MonthTotalsSchema>;

/** Everything the CSV builders need: the input of both profiles of docs/rules.md §9. */
export const PayrollMonthSchema = z.strictObject({
  month: isoMonth,
  settingsVersionId: id,
  settings: SettingsSchema,
  wageTypeCodes: WageTypeCodesSchema,
  rows: z.array(PayrollRowSchema),
  totals: MonthTotalsSchema,
});
export type PayrollMonth = z.output<typeof PayrollMonthSchema>;

export const EXPORT_PROFILES = ['excel', 'wage-types'] as const;
export type ExportProfile = (typeof EXPORT_PROFILES)[number];

export { EXPORT_PROFILE_LABELS } from '../danish/values';

export const MonthCloseEventSchema = z.strictObject({
  action: z.enum(['closed', 'reopened']),
  at: timestamp,
  by: initials,
  reason: z.string().optional(),
  fileHash: z.string().optional(),
});

const IdentitySchema = z.strictObject({
  cpr: z.string().optional(),
  employmentNumber: z.string().optional(),
});

export const MonthCloseSchema = z.strictObject({
  month: isoMonth,
  status: z.enum(['closed', 'reopened']),
  closedAt: timestamp,
  closedBy: initials,
  payroll: PayrollMonthSchema,
  /**
   * The export template the month was closed with (docs/rules.md §9): `excel` / `wage-types`
   * (the profiles) or another template's name, whose content is then `exportTemplate`.
   */
  exportProfile: templateName,
  /** The template as it was at closing: a closed month re-exports with it, byte for byte. */
  exportTemplate: ExportTemplateSchema.optional(),
  /** The CPR and employment numbers the closing's file used, by citizen id. */
  identities: z.record(id, IdentitySchema).optional(),
  /** SHA-256 (hex) of the bytes of the export in `exportProfile`. */
  fileHash: z.string().regex(/^[0-9a-f]{64}$/, { error: 'skal være en SHA-256 i hex' }),
  /**
   * SHA-256 (hex) of the canonical JSON of `payroll`: every figure of every profile (issue 11,
   * docs/rules.md §10). Optional: months closed before it have none (shared/month/integrity.ts).
   */
  resultsHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { error: 'skal være en SHA-256 i hex' })
    .optional(),
  /** Every wage decision that paid a line in this month, ever: these are immutable. */
  wageDecisionIds: z.array(id),
  history: z.array(MonthCloseEventSchema),
});
export type MonthClose = z.output<typeof MonthCloseSchema>;

export const ReopenReasonSchema = text('en begrundelse').pipe(
  z.string().max(1000, { error: 'må højst være 1000 tegn' }),
);
