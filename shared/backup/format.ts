// The versioned backup file (issue 3 § 3): the whole database as one JSON text with a SHA-256
// checksum over the canonical JSON of its data. Older versions are migrated (./migrations.ts),
// never refused. Every failure is a Danish message with its issues as data; nothing throws.
import { z } from 'zod';
import { formatIssue, fromZodIssues, type FieldIssue } from '../domain/errors';
import {
  AttendanceSchema,
  AuditEntrySchema,
  CitizenSchema,
  GrantSchema,
  MonthCloseSchema,
  SettingsVersionSchema,
  WageDecisionSchema,
  WorkAreaSchema,
} from '../records';
import { sha256Hex } from './sha256';
import {
  BackupDataV1Schema,
  migrateV1ToV2,
  migrateV2ToV3,
  migrateV3ToV4,
  migrateV4ToV5,
} from './migrations';
import { BackupDataV4Schema, type BackupDataV4 } from './snapshots/v4';
import { BackupDataV2Schema } from './snapshots/v2';
import { BackupDataV3Schema, type BackupDataV3 } from './snapshots/v3';

export const BACKUP_FORMAT = 'jobbasen-lon-backup';
/**
 * The one schema version: the database's (renderer/db's last Dexie `version(n)`) and the backup
 * format's, whose rows are that version's rows. A new version comes with a frozen snapshot of
 * its rows (./snapshots/) and a migration from the one before.
 */
export const SCHEMA_VERSION = 5;
/** The backup format written now: the schema version (a file's `version` and `schemaVersion`). */
export const BACKUP_VERSION = SCHEMA_VERSION;

export const BackupDataSchema = z.strictObject({
  citizens: z.array(CitizenSchema),
  grants: z.array(GrantSchema),
  wageDecisions: z.array(WageDecisionSchema),
  attendance: z.array(AttendanceSchema),
  settingsVersions: z.array(SettingsVersionSchema),
  monthCloses: z.array(MonthCloseSchema),
  auditLog: z.array(AuditEntrySchema),
  /** Work areas (docs/rules.md §6), from schema version 4. */
  workAreas: z.array(WorkAreaSchema),
});
export type BackupData = z.output<typeof BackupDataSchema>;
export const BACKUP_TABLES = Object.keys(BackupDataSchema.shape) as (keyof BackupData)[];

export const BackupFileSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  schemaVersion: z.literal(SCHEMA_VERSION),
  createdAt: z.string(),
  appVersion: z.string(),
  checksum: z.strictObject({ algorithm: z.literal('SHA-256'), value: z.string() }),
  data: BackupDataSchema,
});
export type BackupFile = z.output<typeof BackupFileSchema>;

/** JSON with object keys sorted at every level: the same data always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function dataChecksum(data: unknown): string {
  return sha256Hex(canonicalJson(data));
}

/** Rows sorted by key so that the same database always gives the same file. */
export function sortBackupData(data: BackupData): BackupData {
  const by =
    <T>(key: (row: T) => string | number) =>
    (a: T, b: T) => {
      const x = key(a);
      const y = key(b);
      return x < y ? -1 : x > y ? 1 : 0;
    };
  return {
    citizens: [...data.citizens].sort(by((r) => r.id)),
    grants: [...data.grants].sort(by((r) => r.id)),
    wageDecisions: [...data.wageDecisions].sort(by((r) => r.id)),
    attendance: [...data.attendance].sort(by((r) => `${r.citizenId}|${r.date}`)),
    settingsVersions: [...data.settingsVersions].sort(by((r) => r.validFrom)),
    monthCloses: [...data.monthCloses].sort(by((r) => r.month)),
    auditLog: [...data.auditLog].sort(by((r) => r.id ?? 0)),
    workAreas: [...data.workAreas].sort(by((r) => r.id)),
  };
}

/** A copy with object keys sorted at every level (undefined members dropped, as JSON does). */
export function sortKeysDeep(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort())
    if ((value as Record<string, unknown>)[key] !== undefined)
      out[key] = sortKeysDeep((value as Record<string, unknown>)[key]);
  return out;
}

/**
 * The backup file's text (2-space JSON, LF, final newline). Rows are sorted by key and their
 * fields by name, so the same data always gives the same bytes (backup → restore → backup).
 */
export function serializeBackup(
  data: BackupData,
  meta: { createdAt: string; appVersion: string },
): string {
  const sorted = sortBackupData(data);
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schemaVersion: SCHEMA_VERSION,
    createdAt: meta.createdAt,
    appVersion: meta.appVersion,
    checksum: { algorithm: 'SHA-256', value: dataChecksum(sorted) },
    data: sortKeysDeep(sorted) as BackupData,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type BackupParse =
  | { ok: true; data: BackupData; fromVersion: number; createdAt: string }
  /** `issues`: what is wrong, with paths into the file (`['data', 'citizens', 0, 'cpr']`). */
  | { ok: false; message: string; issues?: FieldIssue[] };

const refuse = (message: string): BackupParse => ({ ok: false, message });
const MAX_LISTED_ISSUES = 5;

function refuseIssues(intro: string, found: readonly FieldIssue[], prefix: string[] = []) {
  const issues = found.map((i) => ({ ...i, path: [...prefix, ...i.path] }));
  const list = issues.map(formatIssue);
  const more =
    list.length > MAX_LISTED_ISSUES ? ` (og ${list.length - MAX_LISTED_ISSUES} mere)` : '';
  const message = `${intro}: ${list.slice(0, MAX_LISTED_ISSUES).join('; ')}${more}`;
  return { ok: false as const, message, issues };
}

/**
 * Reads and checks a whole backup file: JSON, format, version, checksum, every row, and the
 * links between rows. Old versions are migrated to the current one. Pure; never throws.
 */
export function parseBackup(text: string): BackupParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse(
      'Filen kan ikke læses som en sikkerhedskopi: den er ikke gyldig JSON (måske afkortet eller beskadiget).',
    );
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return refuse('Filen er ikke en sikkerhedskopi fra Jobbasen Løn (forkert opbygning).');
  const head = raw as Record<string, unknown>;
  if (head.format !== BACKUP_FORMAT)
    return refuse(
      'Filen er ikke en sikkerhedskopi fra Jobbasen Løn (feltet "format" mangler eller er forkert).',
    );
  const version = head.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return refuse('Sikkerhedskopien har et ugyldigt versionsnummer (feltet "version").');
  if (version > BACKUP_VERSION)
    return refuse(
      `Sikkerhedskopien er lavet med en nyere version af Jobbasen Løn (format ${version}). Opdater programmet, før du gendanner den.`,
    );

  if (version === 1) {
    const v1 = z
      .strictObject({
        format: z.literal(BACKUP_FORMAT),
        version: z.literal(1),
        exportedAt: z.string(),
        sha256: z.string(),
        data: z.record(z.string(), z.unknown()),
      })
      .safeParse(raw);
    const invalid = 'Sikkerhedskopien (format 1) er ugyldig';
    if (!v1.success) return refuseIssues(invalid, fromZodIssues(v1.error.issues));
    if (dataChecksum(v1.data.data) !== v1.data.sha256) return refuse(CHECKSUM_MESSAGE);
    const data = BackupDataV1Schema.safeParse(v1.data.data);
    if (!data.success) return refuseIssues(invalid, fromZodIssues(data.error.issues), ['data']);
    const migrated = migrateV1ToV2(data.data);
    if (!migrated.ok)
      return refuseIssues(
        'Sikkerhedskopien (format 1) kan ikke flyttes til version 2',
        migrated.issues,
        ['data'],
      );
    const v3 = migrateV2ToV3(migrated.value);
    if (!v3.ok)
      return refuseIssues('Sikkerhedskopien (format 1) kan ikke flyttes til version 3', v3.issues, [
        'data',
      ]);
    return fromV3(v3.value, 1, v1.data.exportedAt);
  }

  const file = z
    .looseObject({
      schemaVersion: z.literal(version, { error: `skal være ${version}` }),
      createdAt: z.string({ error: 'mangler' }),
      appVersion: z.string({ error: 'mangler' }),
      checksum: z.strictObject({
        algorithm: z.literal('SHA-256', { error: 'skal være SHA-256' }),
        value: z.string({ error: 'mangler' }),
      }),
      data: z.unknown(),
    })
    .safeParse(raw);
  if (!file.success)
    return refuseIssues('Sikkerhedskopien er ugyldig', fromZodIssues(file.error.issues));
  if (dataChecksum(file.data.data) !== file.data.checksum.value) return refuse(CHECKSUM_MESSAGE);
  if (version === 2) {
    // Version 2 → 3 (issue 10): read with the frozen version-2 rows, then migrated.
    const invalid = 'Sikkerhedskopien (format 2) er ugyldig';
    const v2 = z.looseObject({ createdAt: z.string(), data: BackupDataV2Schema }).safeParse(raw);
    if (!v2.success) return refuseIssues(invalid, fromZodIssues(v2.error.issues));
    const migrated = migrateV2ToV3(v2.data.data);
    if (!migrated.ok)
      return refuseIssues(
        'Sikkerhedskopien (format 2) kan ikke flyttes til version 3',
        migrated.issues,
        ['data'],
      );
    return fromV3(migrated.value, 2, v2.data.createdAt);
  }
  if (version === 3) {
    // Version 3 → 4 (issue 11): read with the frozen version-3 rows; the audit log is chained.
    const v3 = z.looseObject({ createdAt: z.string(), data: BackupDataV3Schema }).safeParse(raw);
    if (!v3.success)
      return refuseIssues('Sikkerhedskopien (format 3) er ugyldig', fromZodIssues(v3.error.issues));
    return fromV3(v3.data.data, 3, v3.data.createdAt);
  }
  if (version === 4) {
    // Version 4 → 5 (issue 12): read with the frozen version-4 rows; work areas are added.
    const v4 = z.looseObject({ createdAt: z.string(), data: BackupDataV4Schema }).safeParse(raw);
    if (!v4.success)
      return refuseIssues('Sikkerhedskopien (format 4) er ugyldig', fromZodIssues(v4.error.issues));
    return fromV4(v4.data.data, 4, v4.data.createdAt);
  }
  const strict = BackupFileSchema.safeParse(raw);
  if (!strict.success)
    return refuseIssues('Sikkerhedskopien er ugyldig', fromZodIssues(strict.error.issues));
  return finish(strict.data.data, SCHEMA_VERSION, strict.data.createdAt);
}

const CHECKSUM_MESSAGE =
  'Sikkerhedskopien er beskadiget: kontrolsummen (SHA-256) passer ikke med indholdet. Intet er ændret.';

/** Version-3 data (read or migrated) → version 4 (docs/rules.md §13), then the link checks. */
function fromV3(data: BackupDataV3, fromVersion: number, createdAt: string): BackupParse {
  const v4 = migrateV3ToV4(data);
  if (!v4.ok)
    return refuseIssues(
      `Sikkerhedskopien (format ${fromVersion}) kan ikke flyttes til version 4`,
      v4.issues,
      ['data'],
    );
  return fromV4(v4.value, fromVersion, createdAt);
}

/** Version-4 data (read or migrated) → version 5 (docs/rules.md §6: work areas), then checked. */
function fromV4(data: BackupDataV4, fromVersion: number, createdAt: string): BackupParse {
  const v5 = migrateV4ToV5(data);
  if (!v5.ok)
    return refuseIssues(
      `Sikkerhedskopien (format ${fromVersion}) kan ikke flyttes til version 5`,
      v5.issues,
      ['data'],
    );
  return finish(v5.value, fromVersion, createdAt);
}

function finish(data: BackupData, fromVersion: number, createdAt: string): BackupParse {
  const problems = linkProblems(data);
  if (problems.length > 0)
    return refuse(
      `Sikkerhedskopien hænger ikke sammen: ${problems.slice(0, MAX_LISTED_ISSUES).join('; ')}`,
    );
  return { ok: true, data, fromVersion, createdAt };
}

/** Rows that point at a citizen who is not there, and duplicate keys. */
export function linkProblems(data: BackupData): string[] {
  const out: string[] = [];
  const ids = new Set<string>();
  data.citizens.forEach((c, i) => {
    if (ids.has(c.id)) out.push(`data.citizens[${i}].id: id'et ${c.id} findes to gange`);
    ids.add(c.id);
  });
  const check = (table: string, rows: readonly { citizenId: string }[]) =>
    rows.forEach((r, i) => {
      if (!ids.has(r.citizenId))
        out.push(`data.${table}[${i}].citizenId: borgeren ${r.citizenId} findes ikke`);
    });
  check('grants', data.grants);
  check('wageDecisions', data.wageDecisions);
  check('attendance', data.attendance);
  const areaIds = new Set(data.workAreas.map((a) => a.id));
  data.citizens.forEach((c, i) =>
    (c.workAreas ?? []).forEach((m, j) => {
      if (!areaIds.has(m.areaId))
        out.push(
          `data.citizens[${i}].workAreas[${j}].areaId: arbejdsområdet ${m.areaId} findes ikke`,
        );
    }),
  );
  const unique = <T>(table: string, rows: readonly T[], key: (r: T) => string) => {
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      const k = key(r);
      if (seen.has(k)) out.push(`data.${table}[${i}]: nøglen ${k} findes to gange`);
      seen.add(k);
    });
  };
  unique('grants', data.grants, (r) => r.id);
  unique('wageDecisions', data.wageDecisions, (r) => r.id);
  unique('attendance', data.attendance, (r) => `${r.citizenId}|${r.date}`);
  unique('settingsVersions', data.settingsVersions, (r) => r.id);
  unique('settingsVersions', data.settingsVersions, (r) => r.validFrom);
  unique('monthCloses', data.monthCloses, (r) => r.month);
  unique('workAreas', data.workAreas, (r) => r.id);
  unique(
    'auditLog',
    data.auditLog.filter((r) => r.id !== undefined),
    (r) => String(r.id),
  );
  return out;
}
