// FROZEN: the row schemas of schema version 3, as they are in the version-3 app. Do not edit.
// Version 3 (issue 10, docs/rules.md §10) is version 2 plus three optional fields, so it is
// built on the frozen version-2 rows and adds only what changed:
// - a wage decision's `correction` (an efterregulering, frozen at save time);
// - a month close row's `corrections` (the efterreguleringer paid that month);
// - the wage-type codes `correctionWage` and `correctionTransport`.
// When the rows change again, bump SCHEMA_VERSION, add `v4.ts` and a v3 → v4 migration.
import { z } from 'zod';
import { decimal, isoMonth } from '../../domain/schema-helpers';
import {
  AuditEntryV2Schema,
  AttendanceV2Schema,
  CitizenV2Schema,
  GrantV2Schema,
  MonthCloseV2Schema,
  SettingsVersionV2Schema,
  WageDecisionV2Schema,
} from './v2';

const money = decimal();
const code = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z]{1,10}$/, { error: 'skal være 1–10 cifre eller bogstaver' });

export const WageDecisionV3Schema = WageDecisionV2Schema.extend({
  correction: z
    .strictObject({
      reason: z.string().min(1, { error: 'mangler' }),
      payIn: isoMonth,
      months: z.array(
        z.strictObject({
          month: isoMonth,
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
});

const WageTypeCodesV3Schema = SettingsVersionV2Schema.shape.wageTypeCodes.extend({
  correctionWage: code.optional(),
  correctionTransport: code.optional(),
});

export const SettingsVersionV3Schema = SettingsVersionV2Schema.extend({
  wageTypeCodes: WageTypeCodesV3Schema,
});

const payrollV2 = MonthCloseV2Schema.shape.payroll;
const rowV2 = payrollV2.shape.rows.element;
export const MonthCloseV3Schema = MonthCloseV2Schema.extend({
  payroll: payrollV2.extend({
    wageTypeCodes: WageTypeCodesV3Schema,
    rows: z.array(
      rowV2.extend({
        corrections: z
          .strictObject({ deltaGross: money, deltaAdjustment: money, months: z.array(isoMonth) })
          .optional(),
      }),
    ),
  }),
});

/** The data of a version-3 backup: every table a version-3 database holds. */
export const BackupDataV3Schema = z.strictObject({
  citizens: z.array(CitizenV2Schema),
  grants: z.array(GrantV2Schema),
  wageDecisions: z.array(WageDecisionV3Schema),
  attendance: z.array(AttendanceV2Schema),
  settingsVersions: z.array(SettingsVersionV3Schema),
  monthCloses: z.array(MonthCloseV3Schema),
  auditLog: z.array(AuditEntryV2Schema),
});
export type BackupDataV3 = z.output<typeof BackupDataV3Schema>;
