import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { DataError } from '../../shared/data/errors';
import { createDataApiOn, createLocalDataApi, isQuotaError, JobbasenDb } from '../../renderer/db';
import { fixedClock, freshApi, seedOctober } from './helpers';

const quota = () =>
  Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

describe('durability', () => {
  it('recognises a quota error also when Dexie wraps it', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quota()))).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [quota()] })).toBe(true);
    expect(isQuotaError({ name: 'X', inner: { name: 'Y', inner: quota() } })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });

  it('on a (wrapped) quota error stops writing, keeps what was there and says to export', async () => {
    const { api, db } = await freshApi();
    const { anna } = await seedOctober(api);
    const before = await api.exportBackup({ createdAt: '2026-11-30T12:00:00.000Z' });

    const spy = vi
      .spyOn(db.attendance, 'put')
      .mockImplementation(() => Promise.reject(new Dexie.AbortError('aborted', quota())) as never);
    const err = (await api
      .saveAttendanceDay({ citizenId: anna.id, date: '2026-10-02', hours: 3 })
      .catch((e: unknown) => e)) as DataError;
    spy.mockRestore();
    expect(err).toBeInstanceOf(DataError);
    expect(err.code).toBe('QUOTA');
    expect(err.message).toMatch(/Eksportér en sikkerhedskopi/);

    // Writing stays stopped, even though the disk would now accept it.
    await expect(
      api.saveAttendanceDay({ citizenId: anna.id, date: '2026-10-02', hours: 3 }),
    ).rejects.toMatchObject({ code: 'WRITES_STOPPED' });
    expect((await api.getStorageStatus()).writesStopped).toBe(true);
    // Nothing was lost or half-written, and export still works.
    expect(await api.exportBackup({ createdAt: '2026-11-30T12:00:00.000Z' })).toBe(before);

    api.resumeWrites();
    await api.saveAttendanceDay({ citizenId: anna.id, date: '2026-10-02', hours: 3 });
    expect(await api.listAttendance('2026-10', anna.id)).toHaveLength(4);
  });

  it('requests persistent storage and reports the answer', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    const { api } = await freshApi({
      storage: {
        persist,
        persisted: () => Promise.resolve(false),
        estimate: () => Promise.resolve({ usage: 1000, quota: 5000 }),
      },
    });
    const status = await api.requestPersistentStorage();
    expect(persist).toHaveBeenCalledOnce();
    expect(status).toMatchObject({
      supported: true,
      persisted: true,
      usageBytes: 1000,
      quotaBytes: 5000,
    });
    expect(status.message).toMatch(/varigt/);
    const { api: none } = await freshApi({ storage: undefined });
    expect((await none.requestPersistentStorage()).supported).toBe(false);
  });

  it('two windows on one database never lose an update', async () => {
    const { api: w1, name } = await freshApi();
    const { anna } = await seedOctober(w1);
    const db2 = new JobbasenDb(name);
    const w2 = createDataApiOn(db2, { now: () => new Date().toISOString() });
    await w2.setCurrentUser('XYZ');
    // Both windows write the same month at the same time: every day survives.
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? w1 : w2).saveAttendanceDay({
          citizenId: anna.id,
          date: `2026-10-${String(i + 2).padStart(2, '0')}`,
          hours: 1 + i,
        }),
      ),
    );
    expect(await w1.listAttendance('2026-10', anna.id)).toHaveLength(13);
    // An edit based on a stale copy is refused instead of overwriting the other window's edit.
    const stale = await w1.getCitizen(anna.id);
    await w2.updateCitizen(anna.id, { name: 'Anna fra vindue 2' });
    await expect(
      w1.updateCitizen(anna.id, { name: 'Anna fra vindue 1' }, stale!.updatedAt),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await w1.getCitizen(anna.id))!.name).toBe('Anna fra vindue 2');
    db2.close();
  });

  it('closes on versionchange so a newer window can upgrade, and tells the user', async () => {
    const name = `vc-${Math.random()}`;
    const old = new JobbasenDb(name);
    const api = createDataApiOn(old);
    await old.open();
    const events: string[] = [];
    const off = api.onDatabaseEvent((e) => events.push(e.kind));
    const newer = new Dexie(name);
    newer.version(30).stores({ citizens: 'id' });
    await newer.open(); // would hang (blocked) if the old connection did not close
    expect(events).toContain('versionchange');
    expect(old.isOpen()).toBe(false);
    off();
    newer.close();
  });

  it('createLocalDataApi opens the named database; after a newer window upgrades, writing says so', async () => {
    const name = `local-${Math.random()}`;
    const api = createLocalDataApi({ name, now: fixedClock() });
    await api.setCurrentUser('ABC');
    const events: string[] = [];
    api.onDatabaseEvent((e) => events.push(e.kind));
    const newer = new Dexie(name);
    newer.version(30).stores({ citizens: 'id' });
    await newer.open();
    expect(events).toEqual(['versionchange']);
    await expect(api.setCurrentUser('DEF')).rejects.toMatchObject({ code: 'DATABASE_CLOSED' });
    newer.close();
  });
});
