// FROZEN: the row schemas of schema version 5, as they are in the version-5 app. Do not edit.
// Version 5 (issue 12, docs/rules.md §6) is version 4 plus work areas:
// - a new table `workAreas`: each area's name and its dated reference wage
//   ("laveste overenskomstmæssige timeløn", `wages`);
// - a citizen's `workAreas`: the area per month (optional);
// - a month close row's `workArea`: the area and reference wage the row was computed with
//   (optional);
// - the audit table name `workAreas`.
// When the rows change again, bump SCHEMA_VERSION, add `v6.ts` and a v5 → v6 migration.
import { z } from 'zod';
import { decimal, isoMonth, text } from '../../domain/schema-helpers';
import { timestampV2, AttendanceV2Schema, CitizenV2Schema, GrantV2Schema } from './v2';
import { MonthCloseV3Schema, SettingsVersionV3Schema, WageDecisionV3Schema } from './v3';
import { AuditEntryV4Schema } from './v4';

const id = z.string().min(1, { error: 'må ikke være tomt' }).max(100, { error: 'er for langt' });
const money = decimal();

export const WorkAreaV5Schema = z.strictObject({
  id,
  name: text('et navn').pipe(z.string().max(100, { error: 'må højst være 100 tegn' })),
  wages: z.array(
    z.strictObject({
      validFrom: isoMonth,
      minimumWageReference: decimal({ min: 0, max: 10_000_000 }),
    }),
  ),
  createdAt: timestampV2,
  updatedAt: timestampV2,
});

export const CitizenV5Schema = CitizenV2Schema.safeExtend({
  workAreas: z.array(z.strictObject({ from: isoMonth, areaId: id })).optional(),
});

const payrollV3 = MonthCloseV3Schema.shape.payroll;
const rowV3 = payrollV3.shape.rows.element;
export const MonthCloseV5Schema = MonthCloseV3Schema.extend({
  payroll: payrollV3.extend({
    rows: z.array(
      rowV3.extend({
        workArea: z
          .strictObject({ id, name: z.string(), minimumWageReference: money.optional() })
          .optional(),
      }),
    ),
  }),
});

export const AuditEntryV5Schema = AuditEntryV4Schema.extend({
  table: z.enum([...AuditEntryV4Schema.shape.table.options, 'workAreas']),
});

/** The data of a version-5 backup: every table a version-5 database holds. */
export const BackupDataV5Schema = z.strictObject({
  citizens: z.array(CitizenV5Schema),
  grants: z.array(GrantV2Schema),
  wageDecisions: z.array(WageDecisionV3Schema),
  attendance: z.array(AttendanceV2Schema),
  settingsVersions: z.array(SettingsVersionV3Schema),
  monthCloses: z.array(MonthCloseV5Schema),
  auditLog: z.array(AuditEntryV5Schema),
  workAreas: z.array(WorkAreaV5Schema),
});
export type BackupDataV5 = z.output<typeof BackupDataV5Schema>;
export type WorkAreaV5 = z.output<typeof WorkAreaV5Schema>;
export type CitizenV5 = z.output<typeof CitizenV5Schema>;
