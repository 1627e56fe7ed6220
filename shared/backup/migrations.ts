// Migrations of older data (issue 3 § 3; design.md: dexie-export-import does not run upgrade()
// on old rows, so we migrate ourselves). One set of pure row functions serves both the Dexie
// `version(2).upgrade` and the import of a format-1 backup: one implementation of each step.
//
// Schema/backup version 1 (the first, pre-release schema): citizens had `active: boolean` and
// an optional `endDate` but no end reason; wage decisions had `assessor`; attendance had
// `absent: boolean` instead of a reason; settings were one undated row `{ id: 'current', … }`;
// there were no grants and no month closes.
import { z } from 'zod';
import { AssessmentSchema, OFFERS, TaxCardSchema, TransportSchema } from '../domain/input';
import { SettingsSchema } from '../domain/settings';
import {
  AuditEntrySchema,
  DEFAULT_WAGE_TYPE_CODES,
  type Attendance,
  type AuditEntry,
  type Citizen,
  type SettingsVersion,
  type WageDecision,
} from '../records';
import { isoDate, timestamp } from '../records/common';
import type { BackupData } from './format';

export const CitizenV1Schema = z.strictObject({
  id: z.string(),
  name: z.string(),
  payrollNumber: z.string(),
  cpr: z.string(),
  offer: z.enum(OFFERS),
  startDate: isoDate,
  active: z.boolean(),
  endDate: isoDate.optional(),
  taxCard: TaxCardSchema.optional(),
  transport: TransportSchema.optional(),
  municipalTransport: z.boolean().optional(),
  note: z.string().optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type CitizenV1 = z.input<typeof CitizenV1Schema>;

export const WageDecisionV1Schema = z.strictObject({
  id: z.string(),
  citizenId: z.string(),
  effectiveFrom: isoDate,
  assessment: AssessmentSchema.optional(),
  hourlyWage: z.number().optional(),
  justification: z.string().optional(),
  assessor: z.string(),
  createdAt: timestamp,
});
export type WageDecisionV1 = z.input<typeof WageDecisionV1Schema>;

export const AttendanceV1Schema = z.strictObject({
  citizenId: z.string(),
  date: isoDate,
  hours: z.number(),
  absent: z.boolean().optional(),
  note: z.string().optional(),
  updatedAt: timestamp,
});
export type AttendanceV1 = z.input<typeof AttendanceV1Schema>;

export const SettingsV1Schema = z.looseObject({ id: z.string(), updatedAt: timestamp });
export type SettingsV1 = z.input<typeof SettingsV1Schema>;

export const BackupDataV1Schema = z.strictObject({
  citizens: z.array(CitizenV1Schema),
  wageDecisions: z.array(WageDecisionV1Schema),
  attendance: z.array(AttendanceV1Schema),
  settings: z.array(SettingsV1Schema),
  auditLog: z.array(AuditEntrySchema),
});
export type BackupDataV1 = z.input<typeof BackupDataV1Schema>;

export const V1_END_REASON = 'Afsluttet før version 2 (årsag ikke registreret)';
export const V1_SETTINGS_VERSION_ID = 'v1-indstillinger';

export function migrateCitizenV1(c: CitizenV1): Citizen {
  const { active, endDate, municipalTransport, ...rest } = c;
  const ended = !active || endDate !== undefined;
  const end =
    endDate ?? (c.updatedAt.slice(0, 10) < c.startDate ? c.startDate : c.updatedAt.slice(0, 10));
  return {
    ...rest,
    taxCard: rest.taxCard ? { monthlyAllowance: 0, ...rest.taxCard } : undefined,
    municipalTransport: municipalTransport ?? false,
    ...(ended ? { endDate: end, endReason: V1_END_REASON } : {}),
  } as Citizen;
}

export function migrateWageDecisionV1(d: WageDecisionV1): WageDecision {
  const { assessor, ...rest } = d;
  return { ...rest, assessorInitials: assessor.toUpperCase(), updatedAt: d.createdAt };
}

export function migrateAttendanceV1(a: AttendanceV1): Attendance {
  const { absent, ...rest } = a;
  return { ...rest, ...(absent && a.hours === 0 ? { absence: 'andet' as const } : {}) };
}

/** The one undated settings row becomes the first dated version, in force from the start. */
export function migrateSettingsV1(s: SettingsV1): SettingsVersion {
  const { id: _id, updatedAt, ...fields } = s;
  return {
    id: V1_SETTINGS_VERSION_ID,
    validFrom: '2000-01',
    settings: SettingsSchema.parse(fields),
    wageTypeCodes: { ...DEFAULT_WAGE_TYPE_CODES },
    createdAt: updatedAt,
    createdBy: 'APP',
  };
}

export function migrateV1ToV2(v1: z.output<typeof BackupDataV1Schema>): BackupData {
  return {
    citizens: v1.citizens.map(migrateCitizenV1),
    grants: [],
    wageDecisions: v1.wageDecisions.map(migrateWageDecisionV1),
    attendance: v1.attendance.map(migrateAttendanceV1),
    settingsVersions: v1.settings.map(migrateSettingsV1),
    monthCloses: [],
    auditLog: v1.auditLog as AuditEntry[],
  };
}
