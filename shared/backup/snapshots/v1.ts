// FROZEN: the rows of schema version 1 (the first, pre-release schema), as a version-1 database
// or backup holds them. Do not edit. Citizens had `active: boolean` and an optional `endDate`
// but no end reason; wage decisions had `assessor`; attendance had `absent: boolean` instead of
// a reason; settings were one undated row `{ id: 'current', … }`; no grants, no month closes.
// The nested shapes that did not change in version 2 are the version-2 snapshot's.
import { z } from 'zod';
import { isoDate } from '../../domain/schema-helpers';
import {
  AssessmentV2Schema,
  AuditEntryV2Schema,
  TaxCardV2Schema,
  TransportV2Schema,
  V2_ENUMS,
  timestampV2 as timestamp,
} from './v2';

export const CitizenV1Schema = z.strictObject({
  id: z.string(),
  name: z.string(),
  payrollNumber: z.string(),
  cpr: z.string(),
  offer: z.enum(V2_ENUMS.offers),
  startDate: isoDate,
  active: z.boolean(),
  endDate: isoDate.optional(),
  taxCard: TaxCardV2Schema.optional(),
  transport: TransportV2Schema.optional(),
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
  assessment: AssessmentV2Schema.optional(),
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
  auditLog: z.array(AuditEntryV2Schema),
});
export type BackupDataV1 = z.input<typeof BackupDataV1Schema>;
