// Migrations of older data (dexie-export-import does not run upgrade() on old rows,
// so we migrate ourselves). One set of pure row functions serves both the Dexie
// `version(2).upgrade` and the import of a format-1 backup: one implementation of each step.
// Each step reads its source version's frozen rows (./snapshots/v1.ts) and checks what it makes
// against the frozen rows of its target version (./snapshots/v2.ts), never the live schemas.
import type { z } from 'zod';
import { fromZodIssues, ValidationError, type Parsed } from '../domain/errors';
import { DEFAULT_WAGE_TYPE_CODES } from '../records/settings-version';
import type {
  AttendanceV1,
  BackupDataV1Schema,
  CitizenV1,
  SettingsV1,
  WageDecisionV1,
} from './snapshots/v1';
import {
  AttendanceV2Schema,
  BackupDataV2Schema,
  CitizenV2Schema,
  SettingsVersionV2Schema,
  WageDecisionV2Schema,
  type AttendanceV2,
  type BackupDataV2,
  type CitizenV2,
  type SettingsVersionV2,
  type WageDecisionV2,
} from './snapshots/v2';
import { BackupDataV3Schema, type BackupDataV3 } from './snapshots/v3';
import { BackupDataV4Schema, type BackupDataV4 } from './snapshots/v4';
import { BackupDataV6Schema, type BackupDataV6 } from './snapshots/v6';
import { BackupDataV7Schema, type BackupDataV7 } from './snapshots/v7';
import { chainEntries } from '../audit/chain';
import {
  BackupDataV5Schema,
  CitizenV5Schema,
  WorkAreaV5Schema,
  type BackupDataV5,
  type CitizenV5,
  type WorkAreaV5,
} from './snapshots/v5';

export {
  AttendanceV1Schema,
  BackupDataV1Schema,
  CitizenV1Schema,
  SettingsV1Schema,
  WageDecisionV1Schema,
  type AttendanceV1,
  type BackupDataV1,
  type CitizenV1,
  type SettingsV1,
  type WageDecisionV1,
} from './snapshots/v1';

export const V1_END_REASON = 'Afsluttet før version 2 (årsag ikke registreret)';
export const V1_SETTINGS_VERSION_ID = 'v1-indstillinger';

/** The migrated row as the target version's frozen schema reads it; throws when it refuses. */
function checked<S extends z.ZodType>(schema: S, row: unknown): z.output<S> {
  const r = schema.safeParse(row);
  if (!r.success) throw new ValidationError(fromZodIssues(r.error.issues));
  return r.data;
}

function citizenV1ToV2(c: CitizenV1) {
  const { active, endDate, municipalTransport, ...rest } = c;
  const ended = !active || endDate !== undefined;
  const end =
    endDate ?? (c.updatedAt.slice(0, 10) < c.startDate ? c.startDate : c.updatedAt.slice(0, 10));
  return {
    ...rest,
    taxCard: rest.taxCard ? { monthlyAllowance: 0, ...rest.taxCard } : undefined,
    municipalTransport: municipalTransport ?? false,
    ...(ended ? { endDate: end, endReason: V1_END_REASON } : {}),
  };
}

function wageDecisionV1ToV2(d: WageDecisionV1) {
  const { assessor, ...rest } = d;
  return { ...rest, assessorInitials: assessor.toUpperCase(), updatedAt: d.createdAt };
}

function attendanceV1ToV2(a: AttendanceV1) {
  const { absent, ...rest } = a;
  return { ...rest, ...(absent && a.hours === 0 ? { absence: 'andet' as const } : {}) };
}

/** The one undated settings row becomes the first dated version, in force from the start. */
function settingsV1ToV2(s: SettingsV1) {
  const { id: _id, updatedAt, ...settings } = s;
  return {
    id: V1_SETTINGS_VERSION_ID,
    validFrom: '2000-01',
    settings,
    wageTypeCodes: { ...DEFAULT_WAGE_TYPE_CODES },
    createdAt: updatedAt,
    createdBy: 'APP',
  };
}

export const migrateCitizenV1 = (c: CitizenV1): CitizenV2 =>
  checked(CitizenV2Schema, citizenV1ToV2(c));
export const migrateWageDecisionV1 = (d: WageDecisionV1): WageDecisionV2 =>
  checked(WageDecisionV2Schema, wageDecisionV1ToV2(d));
export const migrateAttendanceV1 = (a: AttendanceV1): AttendanceV2 =>
  checked(AttendanceV2Schema, attendanceV1ToV2(a));
export const migrateSettingsV1 = (s: SettingsV1): SettingsVersionV2 =>
  checked(SettingsVersionV2Schema, settingsV1ToV2(s));

/** A whole version-1 backup's data as version 2, or the issues (paths into the v2 data). */
export function migrateV1ToV2(v1: z.output<typeof BackupDataV1Schema>): Parsed<BackupDataV2> {
  const r = BackupDataV2Schema.safeParse({
    citizens: v1.citizens.map(citizenV1ToV2),
    grants: [],
    wageDecisions: v1.wageDecisions.map(wageDecisionV1ToV2),
    attendance: v1.attendance.map(attendanceV1ToV2),
    settingsVersions: v1.settings.map(settingsV1ToV2),
    monthCloses: [],
    auditLog: v1.auditLog,
  });
  return r.success
    ? { ok: true, value: r.data }
    : { ok: false, issues: fromZodIssues(r.error.issues) };
}

/**
 * A whole version-2 backup's data as version 3 (issue 10): version 3 only adds optional fields
 * (an efterregulering on a wage decision, the ones paid in a month, their wage-type codes), so
 * every version-2 row is a version-3 row; checked against the frozen version-3 rows all the same.
 */
export function migrateV2ToV3(v2: BackupDataV2): Parsed<BackupDataV3> {
  const r = BackupDataV3Schema.safeParse(v2);
  return r.success
    ? { ok: true, value: r.data }
    : { ok: false, issues: fromZodIssues(r.error.issues) };
}

/**
 * A whole version-3 backup's data as version 4 (issue 11): its audit log, written before the hash
 * chain, is chained in id order from the genesis (docs/rules.md §13, legacy entries), the same
 * way the Dexie `version(4)` upgrade chains a database's log. Every other row is unchanged.
 */
export function migrateV3ToV4(v3: BackupDataV3): Parsed<BackupDataV4> {
  const log = [...v3.auditLog].sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  const r = BackupDataV4Schema.safeParse({ ...v3, auditLog: chainEntries(log) });
  return r.success
    ? { ok: true, value: r.data }
    : { ok: false, issues: fromZodIssues(r.error.issues) };
}

/** The one area a version-4 workshop's citizens are moved into (docs/rules.md §6). */
export const V4_AREA_ID = 'jobbasen';
export const V4_AREA_NAME = 'Jobbasen';
/** Fixed, so that the Dexie upgrade and a backup's migration give the same row. */
export const V4_AREA_CREATED_AT = '2000-01-01T00:00:00.000Z';
/** The reference wage of the built-in defaults (used before the first settings version). */
const V4_DEFAULT_REFERENCE = 150;
const V4_DEFAULT_FROM = '2000-01';

/**
 * Version 4 → 5 (issue 12, docs/rules.md §6): the area "Jobbasen" holding the reference wage of
 * each settings version from that version's month (and the default before the first), so every
 * month computes as before. Null when there is no citizen to put in it.
 */
export function migrateAreaV4(
  citizens: readonly unknown[],
  versions: readonly { validFrom: string; settings: { minimumWageReference: number } }[],
): WorkAreaV5 | null {
  if (citizens.length === 0) return null;
  const sorted = [...versions].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  const wages = sorted.map((v) => ({
    validFrom: v.validFrom,
    minimumWageReference: v.settings.minimumWageReference,
  }));
  if (wages.length === 0 || wages[0]!.validFrom > V4_DEFAULT_FROM)
    wages.unshift({ validFrom: V4_DEFAULT_FROM, minimumWageReference: V4_DEFAULT_REFERENCE });
  return checked(WorkAreaV5Schema, {
    id: V4_AREA_ID,
    name: V4_AREA_NAME,
    wages,
    createdAt: V4_AREA_CREATED_AT,
    updatedAt: V4_AREA_CREATED_AT,
  });
}

/** A version-4 citizen in version 5: a member of "Jobbasen" from the start. Idempotent. */
export function migrateCitizenV4(c: CitizenV2 & { workAreas?: unknown }): CitizenV5 {
  if (c.workAreas !== undefined) return checked(CitizenV5Schema, c);
  return checked(CitizenV5Schema, {
    ...c,
    workAreas: [{ from: V4_DEFAULT_FROM, areaId: V4_AREA_ID }],
  });
}

/** A whole version-4 backup's data as version 5, or the issues (paths into the v5 data). */
export function migrateV4ToV5(v4: BackupDataV4): Parsed<BackupDataV5> {
  const area = migrateAreaV4(v4.citizens, v4.settingsVersions);
  const r = BackupDataV5Schema.safeParse({
    ...v4,
    citizens: v4.citizens.map((c) => ({
      ...c,
      workAreas: [{ from: V4_DEFAULT_FROM, areaId: V4_AREA_ID }],
    })),
    workAreas: area ? [area] : [],
  });
  return r.success
    ? { ok: true, value: r.data }
    : { ok: false, issues: fromZodIssues(r.error.issues) };
}

/**
 * A whole version-5 backup's data as version 6 (issue 11, Build items 1 and 3): version 6 bounds
 * every stored computed figure, adds an optional month-close field (`resultsHash`) and refuses a
 * wage decision with neither an assessment nor a wage, so a version-5 row is a version-6 row
 * unchanged, or refused naming the field.
 */
export function migrateV5ToV6(v5: BackupDataV5): Parsed<BackupDataV6> {
  const r = BackupDataV6Schema.safeParse(v5);
  return r.success
    ? { ok: true, value: r.data }
    : { ok: false, issues: fromZodIssues(r.error.issues) };
}

/**
 * A whole version-6 backup's data as version 7 (issue 13, docs/rules.md §9): no export templates
 * yet, and every version-6 row is a version-7 row (the new fields are optional); checked against
 * the frozen version-7 rows all the same.
 */
export function migrateV6ToV7(v6: BackupDataV6): Parsed<BackupDataV7> {
  const r = BackupDataV7Schema.safeParse({ ...v6, exportTemplates: [] });
  return r.success
    ? { ok: true, value: r.data }
    : { ok: false, issues: fromZodIssues(r.error.issues) };
}
