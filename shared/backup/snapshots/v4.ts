// FROZEN: the row schemas of schema version 4, as they are in the version-4 app. Do not edit.
// Version 4 (issue 11, docs/rules.md §13) is version 3 with a richer audit entry:
// - the actions `reveal` (a CPR number shown), `export` (a payroll file saved), `backup`;
// - the table `imports` with the actions `import` and `undo` (a spreadsheet import, §14);
// - optional `account` (the operating-system account), `imported` (copied from a restored
//   backup's log) and `hash` (the hash chain).
// When the rows change again, bump SCHEMA_VERSION, add `v5.ts` and a v4 → v5 migration.
import { z } from 'zod';
import { AttendanceV2Schema, AuditEntryV2Schema, CitizenV2Schema, GrantV2Schema } from './v2';
import { MonthCloseV3Schema, SettingsVersionV3Schema, WageDecisionV3Schema } from './v3';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'skal være en SHA-256 (64 hex-tegn)' });

export const AuditEntryV4Schema = AuditEntryV2Schema.extend({
  table: z.enum([...AuditEntryV2Schema.shape.table.options, 'imports']),
  action: z.enum([
    ...AuditEntryV2Schema.shape.action.options,
    'reveal',
    'export',
    'backup',
    'import',
    'undo',
  ]),
  account: z.string().min(1).max(256).optional(),
  imported: z
    .strictObject({ id: z.number().int().positive().optional(), hash: sha256.optional() })
    .optional(),
  hash: sha256.optional(),
});

/** The data of a version-4 backup: every table a version-4 database holds. */
export const BackupDataV4Schema = z.strictObject({
  citizens: z.array(CitizenV2Schema),
  grants: z.array(GrantV2Schema),
  wageDecisions: z.array(WageDecisionV3Schema),
  attendance: z.array(AttendanceV2Schema),
  settingsVersions: z.array(SettingsVersionV3Schema),
  monthCloses: z.array(MonthCloseV3Schema),
  auditLog: z.array(AuditEntryV4Schema),
});
export type BackupDataV4 = z.output<typeof BackupDataV4Schema>;
