// The Dexie database (issue 3 § 1). Every `version(n)` is kept with its upgrade, append-only
// (the IndexedDB checklist of the design notes). Upgraders return their promise and are idempotent.
import Dexie, { type Table } from 'dexie';
import type {
  Attendance,
  AuditEntry,
  Citizen,
  Grant,
  MonthClose,
  SettingsVersion,
  WageDecision,
  WorkArea,
} from '../../shared/records';
import type { ExportTemplateVersion } from '../../shared/export/template';
import {
  migrateAttendanceV1,
  migrateCitizenV1,
  migrateSettingsV1,
  migrateWageDecisionV1,
  migrateAreaV4,
  migrateCitizenV4,
  type AttendanceV1,
  type CitizenV1,
  type SettingsV1,
  type WageDecisionV1,
} from '../../shared/backup/migrations';
import { BACKUP_TABLES, SCHEMA_VERSION, type BackupData } from '../../shared/backup/format';
import {
  AUDIT_GENESIS,
  auditEntryHash,
  chainEntry,
  type AuditHead,
} from '../../shared/audit/chain';

export const DB_NAME = 'jobbasen-lon';

/** Version 1: the first, pre-release schema (see shared/backup/migrations.ts). */
export const SCHEMA_V1 = {
  citizens: 'id, name, payrollNumber',
  wageDecisions: 'id, citizenId',
  attendance: '[citizenId+date], citizenId, date',
  settings: 'id',
  auditLog: '++id, at',
  meta: 'key',
} as const;

/**
 * Version 2: grants, dated settings versions, month closes, safety copies. The v1 `settings`
 * table stays declared (emptied by the upgrade) so its rows can be read while migrating.
 */
export const SCHEMA_V2 = {
  citizens: 'id, name, payrollNumber, offer',
  grants: 'id, citizenId, followUpDue',
  wageDecisions: 'id, citizenId, effectiveFrom',
  attendance: '[citizenId+date], citizenId, date',
  settings: 'id',
  settingsVersions: 'id, &validFrom',
  monthCloses: 'month, status',
  auditLog: '++id, at, table, recordId',
  meta: 'key',
  safetyCopies: '++id, takenAt',
} as const;

/**
 * Version 3 (issue 10): the same tables; rows gain optional fields only (a wage decision's
 * efterregulering, the ones paid in a month, their wage-type codes), so no upgrade is needed.
 */
export const SCHEMA_V3 = SCHEMA_V2;

/**
 * Version 4 (issue 11): the same tables; audit entries gain the hash chain, the account and the
 * new actions (docs/rules.md §13). The upgrade chains the log written before it.
 */
export const SCHEMA_V4 = SCHEMA_V2;

/** The `meta` key of the audit chain's head: the last entry's id and hash (shared/audit/chain). */
export const AUDIT_HEAD_KEY = 'auditHead';

/**
 * Version 5 (issue 12, docs/rules.md §6): work areas, each with its dated reference wage; a
 * citizen's area per month lives on the citizen (`workAreas`). The upgrade puts every citizen in
 * one area, "Jobbasen", holding each settings version's reference wage (upgradeV4ToV5).
 */
export const SCHEMA_V5 = { ...SCHEMA_V4, workAreas: 'id, name' } as const;

/**
 * Version 6 (issue 11, Build items 1 and 3): the same tables; stored computed figures are
 * bounded, a month close may carry `resultsHash`, and a wage decision needs an assessment or a
 * wage. The app never wrote a row outside these, so no upgrade is needed; a restore checks every
 * row against them.
 */
export const SCHEMA_V6 = SCHEMA_V5;

/**
 * Version 7 (issue 13): the table of export template versions; a citizen's employment number
 * and a closing's template are optional fields, so no upgrade is needed.
 */
export const SCHEMA_V7 = { ...SCHEMA_V6, exportTemplates: 'id, validFrom' } as const;

/**
 * The version the app opens: the last `version(n)` below. The backup format names the same one
 * (its rows are this version's rows), so there is one number, in shared/backup.
 */
export { SCHEMA_VERSION };

export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * The data as it was just before a restore, so a restore can be undone: a streamed backup file as
 * a Blob (the browser keeps large ones on disk, docs/rules.md §11); copies taken before streaming
 * hold the whole-JSON text.
 */
export interface SafetyCopy {
  id?: number;
  takenAt: string;
  reason: string;
  backup: string | Blob;
}

/** v1 → v2 on the rows of an open upgrade transaction. Idempotent: migrated rows are skipped. */
export async function upgradeV1ToV2(tx: import('dexie').Transaction): Promise<void> {
  await tx
    .table('citizens')
    .toCollection()
    .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
      if ('active' in row) ref.value = migrateCitizenV1(row as unknown as CitizenV1);
    });
  await tx
    .table('wageDecisions')
    .toCollection()
    .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
      if ('assessor' in row) ref.value = migrateWageDecisionV1(row as unknown as WageDecisionV1);
    });
  await tx
    .table('attendance')
    .toCollection()
    .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
      if ('absent' in row) ref.value = migrateAttendanceV1(row as unknown as AttendanceV1);
    });
  const old = (await tx.table('settings').toArray()) as SettingsV1[];
  for (const s of old) {
    const version = migrateSettingsV1(s);
    const clash = await tx
      .table('settingsVersions')
      .where('validFrom')
      .equals(version.validFrom)
      .count();
    if (clash === 0) await tx.table('settingsVersions').add(version);
  }
  await tx.table('settings').clear();
  await tx.table('auditLog').add({
    at: new Date().toISOString(),
    by: 'APP',
    table: 'database',
    recordId: 'schema',
    action: 'upgrade',
    before: { version: 1 },
    after: { version: 2 },
  } satisfies AuditEntry);
}

/**
 * v3 → v4: every audit entry written before the chain is chained in id order from the genesis
 * (docs/rules.md §13, legacy entries), then one entry says so. Idempotent: a log whose entries
 * all carry a hash is left as it is.
 */
export async function upgradeV3ToV4(tx: import('dexie').Transaction): Promise<void> {
  const log = tx.table('auditLog');
  const unchained = await log.filter((e: AuditEntry) => e.hash === undefined).count();
  const meta = tx.table('meta');
  if (unchained === 0 && (await meta.get(AUDIT_HEAD_KEY))) return;
  const count = await log.count();
  let prev = AUDIT_GENESIS;
  await log.toCollection().modify((row: AuditEntry) => {
    row.hash = auditEntryHash(prev, row);
    prev = row.hash;
  });
  const entry = chainEntry(prev, {
    at: new Date().toISOString(),
    by: 'APP',
    table: 'database',
    recordId: 'schema',
    action: 'upgrade',
    before: { version: 3 },
    after: { version: 4, chained: count },
  });
  const id = (await log.add(entry)) as number;
  await meta.put({ key: AUDIT_HEAD_KEY, value: { id, hash: entry.hash! } satisfies AuditHead });
}

/**
 * v4 → v5 on the rows of an open upgrade transaction, with the same pure steps as a version-4
 * backup's migration (shared/backup/migrations.ts); its audit entry is chained after the head.
 * Idempotent: an existing area is kept, a citizen with an area is left as it is.
 */
export async function upgradeV4ToV5(tx: import('dexie').Transaction): Promise<void> {
  const citizens = await tx.table('citizens').toArray();
  const area = migrateAreaV4(citizens, await tx.table('settingsVersions').toArray());
  if (!area) return;
  if ((await tx.table('workAreas').get(area.id)) === undefined)
    await tx.table('workAreas').add(area);
  await tx
    .table('citizens')
    .toCollection()
    .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
      if (!('workAreas' in row))
        ref.value = migrateCitizenV4(row as Parameters<typeof migrateCitizenV4>[0]);
    });
  const meta = tx.table('meta');
  const head = (await meta.get(AUDIT_HEAD_KEY))?.value as AuditHead | undefined;
  const entry = chainEntry(head?.hash ?? AUDIT_GENESIS, {
    at: new Date().toISOString(),
    by: 'APP',
    table: 'database',
    recordId: 'schema',
    action: 'upgrade',
    before: { version: 4 },
    after: { version: 5, workArea: area.name },
  });
  const id = (await tx.table('auditLog').add(entry)) as number;
  await meta.put({ key: AUDIT_HEAD_KEY, value: { id, hash: entry.hash! } satisfies AuditHead });
}

export class JobbasenDb extends Dexie {
  citizens!: Table<Citizen, string>;
  grants!: Table<Grant, string>;
  wageDecisions!: Table<WageDecision, string>;
  attendance!: Table<Attendance, [string, string]>;
  settingsVersions!: Table<SettingsVersion, string>;
  monthCloses!: Table<MonthClose, string>;
  exportTemplates!: Table<ExportTemplateVersion, string>;
  auditLog!: Table<AuditEntry, number>;
  meta!: Table<MetaRow, string>;
  safetyCopies!: Table<SafetyCopy, number>;
  workAreas!: Table<WorkArea, string>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeV1ToV2);
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4).upgrade(upgradeV3ToV4);
    this.version(5).stores(SCHEMA_V5).upgrade(upgradeV4ToV5);
    this.version(6).stores(SCHEMA_V6);
    this.version(7).stores(SCHEMA_V7);
    // A new version(n) must come with SCHEMA_VERSION = n (test/db/upgrade.test.ts checks).
  }
}

/** The tables that hold the user's data: what a backup holds and a restore replaces. */
export const DATA_TABLES: readonly (keyof BackupData)[] = BACKUP_TABLES;
