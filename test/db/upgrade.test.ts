import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SCHEMA_V1, SCHEMA_V2, JobbasenDb, SCHEMA_VERSION } from '../../renderer/db';
import {
  migrateAttendanceV1,
  migrateCitizenV1,
  migrateWageDecisionV1,
  V1_SETTINGS_VERSION_ID,
} from '../../shared/backup/migrations';
import { CitizenSchema, WageDecisionSchema, AttendanceSchema } from '../../shared/records';
import { octoberBackupData, v1Data } from '../fixtures/backups';

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
    expect(citizens).toEqual(d.citizens.map(migrateCitizenV1));
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
    const d = octoberBackupData();
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
      [...d.citizens].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    const decisions = await db.wageDecisions.orderBy('id').toArray();
    expect(decisions).toHaveLength(d.wageDecisions.length);
    for (const w of decisions) expect(WageDecisionSchema.safeParse(w).success).toBe(true);
    expect(await db.monthCloses.toArray()).toEqual(d.monthCloses);
    expect(await db.settingsVersions.count()).toBe(d.settingsVersions.length);
    db.close();
  });
});
