// A restore writes over what is stored as a merge (renderer/db/restoreMerge.ts: unchanged rows
// stay, changed and new ones are put, the rest deleted); the end state must still be exactly
// the file's rows, as when every table was emptied first (docs/rules.md §11).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DATA_TABLES } from '../../renderer/db';
import { parseAnyBackup } from '../../shared/backup';
import { freshApi, seedOctober } from './helpers';

type Fresh = Awaited<ReturnType<typeof freshApi>>;

async function seeded() {
  const fresh = await freshApi();
  const seed = await seedOctober(fresh.api);
  const settings = (await fresh.api.getSettingsForMonth('2026-10')).settings;
  const codes = { wage: '1', transportReimbursement: '2', transportDeduction: '3' };
  await fresh.api.saveSettingsVersion({ validFrom: '2026-11', settings, wageTypeCodes: codes });
  await fresh.api.saveSettingsVersion({
    validFrom: '2026-12',
    settings: { ...settings, kmRate: 3.5 },
    wageTypeCodes: codes,
  });
  await fresh.api.saveWorkArea({ name: 'Værksted' });
  return { ...fresh, ...seed };
}

/** Every table but the audit log, as stored (the restore appends to the log instead). */
async function stored(db: Fresh['db']) {
  const out: Record<string, unknown[]> = {};
  for (const t of DATA_TABLES) if (t !== 'auditLog') out[t] = await db.table(t).toArray();
  return out;
}

function fileRows(text: string) {
  const read = parseAnyBackup(text);
  if (!read.ok) throw new Error(read.message);
  const out: Record<string, unknown[]> = {};
  for (const t of DATA_TABLES) if (t !== 'auditLog') out[t] = read.data[t] as unknown[];
  return out;
}

describe('restore over stored data (merge)', () => {
  it('leaves exactly the file: changed, extra, missing and junk-carrying rows all put right', async () => {
    const { api, db, anna, bo, carl } = await seeded();
    const file = await api.exportBackup({ createdAt: '2026-11-30T12:00:00.000Z' });
    const want = fileRows(file);

    // Then the stored data drift from the file, past the app (every case of the merge):
    // a changed day, a day the file lacks (between two it has, and after the last), a day the
    // file has but the store lacks, members the file does not have (one holding undefined),
    // a settings version under a new id with the same `validFrom` (a unique index), and a
    // table the file has no row of.
    const at = '2026-11-01T08:00:00.000Z';
    await db.attendance.put({ citizenId: anna.id, date: '2026-10-01', hours: 7.5, updatedAt: at });
    await db.attendance.put({ citizenId: anna.id, date: '2026-10-02', hours: 2, updatedAt: at });
    await db.attendance.put({ citizenId: carl.id, date: '2026-10-31', hours: 1, updatedAt: at });
    await db.attendance.delete([bo.id, '2026-10-05']);
    await db.citizens.update(anna.id, { junk: 1 } as never);
    const bos = (await db.citizens.get(bo.id))!;
    await db.citizens.put({ ...bos, note: undefined } as never);
    const versions = await db.settingsVersions.toArray();
    const last = versions.find((v) => v.validFrom === '2026-12')!;
    await db.settingsVersions.delete(last.id);
    await db.settingsVersions.put({ ...last, id: 'zzzz-new-id', settings: { ...last.settings } });
    await db.settingsVersions.put({ ...last, id: '0000-first-id', validFrom: '2027-01' });
    await db.table('exportTemplates').clear();
    expect(want.workAreas!.length).toBeGreaterThan(0);
    await db.workAreas.clear();
    const strayArea = { ...(want.workAreas![0] as object), id: 'zz-stray-area', name: 'Væk' };
    await db.workAreas.put(strayArea as never);

    const result = await api.restoreBackup(file);
    expect(result.ok).toBe(true);
    // toStrictEqual: a member holding undefined, absent from the file, counts as a difference.
    expect(await stored(db)).toStrictEqual(want);
  });

  it('empties every table the file has no rows of, however many rows are stored', async () => {
    const { api, db, anna } = await seeded();
    const empty = await freshApi();
    const file = await empty.api.exportBackup({ createdAt: '2026-11-30T12:00:00.000Z' });
    // More attendance than one page of the merge's read-ahead (5 000 rows).
    const many = Array.from({ length: 6_100 }, (_, i) => ({
      citizenId: `${anna.id}-${String(i).padStart(5, '0')}`,
      date: '2026-10-01',
      hours: 1,
      updatedAt: '2026-11-01T08:00:00.000Z',
    }));
    await db.attendance.bulkPut(many);
    const result = await api.restoreBackup(file);
    expect(result.ok).toBe(true);
    expect(await stored(db)).toStrictEqual(fileRows(file));
    expect(await db.attendance.count()).toBe(0);
  });

  it('replaces a store far larger than one page with a file that shares some of its rows', async () => {
    const { api, db, anna, bo } = await seeded();
    const rows = (id: string, from: number, n: number, hours: number) =>
      Array.from({ length: n }, (_, i) => {
        const day = from + i;
        const date = `20${String(10 + Math.floor(day / 336)).padStart(2, '0')}-${String(1 + (Math.floor(day / 28) % 12)).padStart(2, '0')}-${String(1 + (day % 28)).padStart(2, '0')}`;
        return { citizenId: id, date, hours, updatedAt: '2026-11-01T08:00:00.000Z' };
      });
    // The file: 3 000 days of Anna and 3 000 of Bo.
    await db.attendance.clear();
    await db.attendance.bulkPut([...rows(anna.id, 0, 3_000, 4), ...rows(bo.id, 0, 3_000, 5)]);
    const file = await api.exportBackup({ createdAt: '2026-11-30T12:00:00.000Z' });
    const want = fileRows(file);
    // Stored instead: Anna's later half changed, 4 000 more of hers, Bo's first 1 000 gone.
    await db.attendance.bulkPut([...rows(anna.id, 1_500, 5_500, 6)]);
    await db.attendance.bulkDelete(rows(bo.id, 0, 1_000, 5).map((r) => [r.citizenId, r.date]));
    const result = await api.restoreBackup(file);
    expect(result.ok).toBe(true);
    expect(await stored(db)).toStrictEqual(want);
  });
});
