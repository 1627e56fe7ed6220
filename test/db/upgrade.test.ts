import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  JobbasenDb,
  SCHEMA_VERSION,
  DATA_TABLES,
} from '../../renderer/db';
import { BackupDataSchema, canonicalJson, parseBackup, sortBackupData } from '../../shared/backup';
import {
  migrateAttendanceV1,
  migrateCitizenV1,
  migrateCitizenV4,
  migrateWageDecisionV1,
  V1_SETTINGS_VERSION_ID,
} from '../../shared/backup/migrations';
import { CitizenSchema, WageDecisionSchema, AttendanceSchema } from '../../shared/records';
import { octoberBackupData, octoberBackupDataV4, v1Data } from '../fixtures/backups';

/** Writes the fixture exactly as schema version 1 stored it. */
async function createV1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  const d = v1Data();
  await v1.table('citizens').bulkAdd(d.citizens);
  await v1.table('wageDecisions').bulkAdd(d.wageDecisions);
  await v1.table('attendance').bulkAdd(d.attendance);
  await v1.table('settings').bulkAdd(d.settings);
  await v1.table('auditLog').bulkAdd(d.auditLog);
  await v1.table('meta').put({ key: 'currentUser', value: 'ABC' });
  v1.close();
}

describe('schema upgrades', () => {
  it('upgrades a version-1 database to the current version with nothing lost', async () => {
    const name = `upgrade-${Math.random()}`;
    await createV1(name);
    const db = new JobbasenDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const d = v1Data();

    const citizens = await db.citizens.orderBy('id').toArray();
    expect(citizens).toEqual(d.citizens.map((c) => migrateCitizenV4(migrateCitizenV1(c))));
    for (const c of citizens) expect(CitizenSchema.safeParse(c).success).toBe(true);

    const decisions = await db.wageDecisions.orderBy('id').toArray();
    expect(decisions).toEqual(d.wageDecisions.map(migrateWageDecisionV1));
    for (const w of decisions) expect(WageDecisionSchema.safeParse(w).success).toBe(true);

    const days = await db.attendance.toArray();
    expect(days).toEqual(d.attendance.map(migrateAttendanceV1));
    for (const a of days) expect(AttendanceSchema.safeParse(a).success).toBe(true);
    expect(days.find((a) => a.date === '2026-10-21')).toMatchObject({
      absence: 'andet',
      note: 'Ringede syg',
    });

    const versions = await db.settingsVersions.toArray();
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ id: V1_SETTINGS_VERSION_ID, settings: { kmRate: 2.19 } });
    expect(await db.table('settings').count()).toBe(0);

    const log = await db.auditLog.toArray();
    expect(log[0]).toMatchObject(d.auditLog[0]!);
    expect(log.at(-1)).toMatchObject({ action: 'upgrade', table: 'database' });
    expect((await db.meta.get('currentUser'))?.value).toBe('ABC');
    db.close();

    // Opening again changes nothing (the upgrade ran once; its steps are idempotent anyway).
    const again = new JobbasenDb(name);
    expect(await again.citizens.orderBy('id').toArray()).toEqual(citizens);
    expect(await again.auditLog.count()).toBe(log.length);
    again.close();
  });

  it('opens a version-2 database as the current version with every row as it was', async () => {
    const name = `upgrade-v2-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores(SCHEMA_V2);
    const d = octoberBackupDataV4();
    await v2.table('citizens').bulkAdd(d.citizens);
    await v2.table('wageDecisions').bulkAdd(d.wageDecisions);
    await v2.table('attendance').bulkAdd(d.attendance);
    await v2.table('settingsVersions').bulkAdd(d.settingsVersions);
    await v2.table('monthCloses').bulkAdd(d.monthCloses);
    v2.close();

    const db = new JobbasenDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.citizens.orderBy('id').toArray()).toEqual(
      [...d.citizens].sort((a, b) => (a.id < b.id ? -1 : 1)).map(migrateCitizenV4),
    );
    const decisions = await db.wageDecisions.orderBy('id').toArray();
    expect(decisions).toHaveLength(d.wageDecisions.length);
    for (const w of decisions) expect(WageDecisionSchema.safeParse(w).success).toBe(true);
    expect(await db.monthCloses.toArray()).toEqual(d.monthCloses);
    expect(await db.settingsVersions.count()).toBe(d.settingsVersions.length);
    db.close();
  });

  it('upgrades a version-4 database to version 5: one area "Jobbasen" with each version\'s reference wage, every citizen in it, closed months untouched — the same as the backup migration', async () => {
    const name = `upgrade-v4-${Math.random()}`;
    const v4 = new Dexie(name);
    v4.version(4).stores(SCHEMA_V4);
    const d = octoberBackupDataV4();
    await v4.table('citizens').bulkAdd(d.citizens);
    await v4.table('wageDecisions').bulkAdd(d.wageDecisions);
    await v4.table('attendance').bulkAdd(d.attendance);
    await v4.table('settingsVersions').bulkAdd(d.settingsVersions);
    await v4.table('monthCloses').bulkAdd(d.monthCloses);
    await v4.table('grants').bulkAdd(d.grants);
    v4.close();

    const db = new JobbasenDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const want = octoberBackupData();
    const citizens = await db.citizens.orderBy('id').toArray();
    expect(citizens).toEqual([...want.citizens].sort((a, b) => (a.id < b.id ? -1 : 1)));
    const areas = await db.workAreas.toArray();
    expect(areas).toEqual(want.workAreas);
    expect(areas[0]!.wages.map((w) => [w.validFrom, w.minimumWageReference])).toEqual([
      ['2000-01', 150],
      ['2026-01', 150],
      ['2027-01', 150],
    ]);
    expect(await db.monthCloses.toArray()).toEqual(d.monthCloses);
    const log = await db.auditLog.toArray();
    expect(log.at(-1)).toMatchObject({
      action: 'upgrade',
      table: 'database',
      after: { version: 5 },
    });
    db.close();

    // Both ways give the same rows: the version-4 backup file read by the current app.
    const file = readFileSync(
      resolve(import.meta.dirname, '../fixtures/backup/backup-v4.json'),
      'utf8',
    );
    const parsed = parseBackup(file);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.data.workAreas).toEqual(areas);
    expect([...parsed.data.citizens].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(citizens);

    // Opening again changes nothing.
    const again = new JobbasenDb(name);
    expect(await again.workAreas.toArray()).toEqual(areas);
    expect(await again.auditLog.count()).toBe(log.length);
    again.close();
  });

  it('opens an empty version-4 database as version 5 without inventing an area', async () => {
    const name = `upgrade-v4-empty-${Math.random()}`;
    const v4 = new Dexie(name);
    v4.version(4).stores(SCHEMA_V4);
    await v4.open();
    v4.close();
    const db = new JobbasenDb(name);
    await db.open();
    expect(await db.workAreas.count()).toBe(0);
    db.close();
  });

  it('opens a version-5 database as version 6 with every row as it was (issue 11)', async () => {
    const name = `upgrade-v5-${Math.random()}`;
    const v5 = new Dexie(name);
    v5.version(5).stores(SCHEMA_V5);
    const d = octoberBackupData();
    // Export templates came with version 7.
    const v5Tables = DATA_TABLES.filter((t) => t !== 'exportTemplates');
    for (const table of v5Tables) await v5.table(table).bulkAdd(d[table]);
    v5.close();

    const db = new JobbasenDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    for (const table of DATA_TABLES)
      expect(canonicalJson(await db.table(table).toArray())).toBe(
        canonicalJson(sortBackupData(d)[table]),
      );
    // Every row the version-5 app wrote is a version-6 row (the backup migration says the same).
    expect(BackupDataSchema.safeParse(d).success).toBe(true);
    db.close();
  });

  it('opens a version-6 database as version 7: an empty template table, every row as it was', async () => {
    const name = `upgrade-v6-${Math.random()}`;
    const v6 = new Dexie(name);
    v6.version(6).stores(SCHEMA_V6);
    const d = octoberBackupData();
    for (const table of DATA_TABLES.filter((t) => t !== 'exportTemplates'))
      await v6.table(table).bulkAdd(d[table]);
    v6.close();

    const db = new JobbasenDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(7);
    expect(await db.exportTemplates.count()).toBe(0);
    expect(await db.monthCloses.toArray()).toEqual(d.monthCloses);
    for (const c of await db.citizens.toArray())
      expect(CitizenSchema.safeParse(c).success).toBe(true);
    db.close();
  });
});
