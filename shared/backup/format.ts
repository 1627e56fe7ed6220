// The versioned backup file (issue 3 § 3): the whole database as one JSON text with a SHA-256
// checksum over the canonical JSON of its data. Older versions are migrated (./migrations.ts),
// never refused. Every failure is a Danish message with its issues as data; nothing throws.
import { z } from 'zod';
import { formatIssue, fromZodIssues, type FieldIssue, type Parsed } from '../domain/errors';
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
import { canonicalJson, MAX_NESTING, tooDeepAt } from './canonical';
import { closedMonthIssues } from '../month/integrity';
import { formatMonth } from '../danish/dates';
import { formatDecimal } from '../danish/number';
import {
  BackupDataV1Schema,
  migrateV1ToV2,
  migrateV2ToV3,
  migrateV3ToV4,
  migrateV4ToV5,
  migrateV5ToV6,
  migrateV6ToV7,
} from './migrations';
import { BackupDataV2Schema } from './snapshots/v2';
import { BackupDataV3Schema } from './snapshots/v3';
import { BackupDataV4Schema } from './snapshots/v4';
import { BackupDataV5Schema } from './snapshots/v5';
import { BackupDataV6Schema } from './snapshots/v6';
import { ExportTemplateVersionSchema } from '../export/template';

export { canonicalJson } from './canonical';

export const BACKUP_FORMAT = 'jobbasen-lon-backup';
/**
 * The one schema version: the database's (renderer/db's last Dexie `version(n)`) and the backup
 * format's, whose rows are that version's rows. A new version comes with a frozen snapshot of
 * its rows (./snapshots/) and a migration from the one before.
 */
export const SCHEMA_VERSION = 7;
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
  /** Export template versions (docs/rules.md §9), from schema version 6. */
  exportTemplates: z.array(ExportTemplateVersionSchema),
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
    exportTemplates: [...data.exportTemplates].sort(by((r) => r.id)),
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
  /**
   * `issues`: what is wrong, with paths into the file (`['data', 'citizens', 0, 'cpr']`);
   * `reason` 'closedMonthChanged': a closed month's frozen results fail their hashes.
   */
  | { ok: false; message: string; issues?: FieldIssue[]; reason?: 'closedMonthChanged' };

const refuse = (message: string): BackupParse => ({ ok: false, message });
/** A file with 100,000 bad rows gives a few lines, not 100,000 (issue 11, Build item 3). */
const MAX_LISTED_ISSUES = 10;

/** `intro: a; b; … (10) … og 99.990 fejl mere`: the first few issues and how many more. */
export function issuesMessage(intro: string, issues: readonly FieldIssue[]): string {
  const list = issues.slice(0, MAX_LISTED_ISSUES).map(formatIssue).join('; ');
  const rest = issues.length - MAX_LISTED_ISSUES;
  const more = rest > 0 ? ` … og ${formatDecimal(rest)} fejl mere` : '';
  return `${intro}: ${list}${more}`;
}

function refuseIssues(intro: string, found: readonly FieldIssue[], prefix: string[] = []) {
  const issues = found.map((i) => ({ ...i, path: [...prefix, ...i.path] }));
  return { ok: false as const, message: issuesMessage(intro, issues), issues };
}

/**
 * Reads and checks a whole backup file: JSON, format, version, nesting, checksum, every row (an
 * older version's rows migrated, then checked against today's schema), the links between rows
 * and every closed month's frozen results against its hashes. Pure; never throws.
 */
export function parseBackup(text: string): BackupParse {
  try {
    return parseBackupText(text);
  } catch {
    // Every check above returns its refusal; this is the net under them (issue 11, finding 5).
    return refuse(
      'Sikkerhedskopien kan ikke læses: den indeholder værdier, som programmet ikke kan regne med. Intet er ændret.',
    );
  }
}

function parseBackupText(text: string): BackupParse {
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
  // issue 11, finding 8: a value nested thousands deep is no backup of ours; refused by path.
  const deep = tooDeepAt(raw);
  if (deep)
    return refuseIssues('Sikkerhedskopien er ugyldig', [
      { path: deep, message: `værdien er indlejret for dybt (over ${MAX_NESTING} niveauer)` },
    ]);
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
    return upToCurrent(migrated.value, 2, 1, v1.data.exportedAt);
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
  if (version < SCHEMA_VERSION) {
    // An older version's rows are read with that version's frozen rows, then migrated.
    const invalid = `Sikkerhedskopien (format ${version}) er ugyldig`;
    const old = z
      .looseObject({ createdAt: z.string(), data: FROZEN_ROWS[version]! })
      .safeParse(raw);
    if (!old.success) return refuseIssues(invalid, fromZodIssues(old.error.issues));
    return upToCurrent(old.data.data, version, version, old.data.createdAt);
  }
  const strict = BackupFileSchema.safeParse(raw);
  if (!strict.success)
    return refuseIssues('Sikkerhedskopien er ugyldig', fromZodIssues(strict.error.issues));
  return finish(strict.data.data, SCHEMA_VERSION, strict.data.createdAt);
}

/** The frozen rows of each older version a backup file may have (version 1 has its own path). */
const FROZEN_ROWS: Record<number, z.ZodType> = {
  2: BackupDataV2Schema,
  3: BackupDataV3Schema,
  4: BackupDataV4Schema,
  5: BackupDataV5Schema,
  6: BackupDataV6Schema,
};

/** One migration step per version: from n to n + 1, checked against the frozen rows of n + 1. */
const STEPS: Record<number, (data: never) => Parsed<unknown>> = {
  2: migrateV2ToV3,
  3: migrateV3ToV4,
  4: migrateV4ToV5,
  5: migrateV5ToV6,
  6: migrateV6ToV7,
};

/** `data` of version `at` migrated step by step to SCHEMA_VERSION, then finished. */
function upToCurrent(data: unknown, at: number, fileVersion: number, createdAt: string) {
  let current = data;
  for (let v = at; v < SCHEMA_VERSION; v++) {
    const next = STEPS[v]!(current as never);
    if (!next.ok)
      return refuseIssues(
        `Sikkerhedskopien (format ${fileVersion}) kan ikke flyttes til version ${v + 1}`,
        next.issues,
        ['data'],
      );
    current = next.value;
  }
  return finish(current as BackupData, fileVersion, createdAt);
}

const CHECKSUM_MESSAGE =
  'Sikkerhedskopien er beskadiget: kontrolsummen (SHA-256) passer ikke med indholdet. Intet er ændret.';

function finish(migrated: BackupData, fromVersion: number, createdAt: string): BackupParse {
  let data = migrated;
  if (fromVersion < SCHEMA_VERSION) {
    // issue 11, finding 5: migrated rows are checked against today's schema, not only the
    // frozen one of the version they were migrated to.
    const today = BackupDataSchema.safeParse(migrated);
    if (!today.success)
      return refuseIssues(
        `Sikkerhedskopien (format ${fromVersion}) er ugyldig`,
        fromZodIssues(today.error.issues),
        ['data'],
      );
    data = today.data;
  }
  const problems = linkProblems(data);
  if (problems.length > 0)
    return refuse(
      `Sikkerhedskopien hænger ikke sammen: ${problems.slice(0, MAX_LISTED_ISSUES).join('; ')}`,
    );
  // issue 11, finding 6: every closed month's frozen results against the hashes taken at closing.
  const tampered = data.monthCloses.flatMap((c, i) =>
    c.status === 'closed'
      ? closedMonthIssues(c).map((issue) => ({
          path: ['data', 'monthCloses', i, ...issue.path],
          message: `${formatMonth(c.month)}: ${issue.message}`,
        }))
      : [],
  );
  if (tampered.length > 0)
    return {
      ...refuseIssues('En lukket måned i sikkerhedskopien er ændret efter lukningen', tampered),
      reason: 'closedMonthChanged',
    };
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
  unique('exportTemplates', data.exportTemplates, (r) => r.id);
  unique(
    'auditLog',
    data.auditLog.filter((r) => r.id !== undefined),
    (r) => String(r.id),
  );
  return out;
}
