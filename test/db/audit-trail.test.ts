// Who did what (issue 11, finding 12; docs/rules.md §13): the data layer's audit trail — every
// entry chained, what was seen or taken out audited, the desktop app's acting user the account,
// and a restore that appends to the trail instead of replacing it.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDataApiOn, JobbasenDb, SCHEMA_V2 } from '../../renderer/db';
import { parseAnyBackup, serializeBackup } from '../../shared/backup';
import { DataError } from '../../shared/data/errors';
import { octoberBackupData } from '../fixtures/backups';
import { fixedClock, freshApi, seedOctober } from './helpers';

const at = '2026-11-30T12:00:00.000Z';

/** The desktop app's data layer: the shell names the account (no initials typed). */
function desktopApi(account: string) {
  const db = new JobbasenDb(`desktop-${Math.random()}`);
  return { db, api: createDataApiOn(db, { now: fixedClock(), osAccount: async () => account }) };
}

describe('the audit trail', () => {
  it('chains every change; an entry edited in IndexedDB breaks the chain there', async () => {
    const { api, db } = await freshApi();
    const { anna } = await seedOctober(api);
    const status = await api.verifyAudit();
    expect(status).toMatchObject({ intact: true });
    expect(status.count).toBe(await db.auditLog.count());
    const log = await db.auditLog.orderBy(':id').toArray();
    expect(log.every((e) => /^[0-9a-f]{64}$/.test(e.hash ?? ''))).toBe(true);

    const target = log.find((e) => e.recordId === anna.id && e.action === 'create')!;
    await db.auditLog.put({ ...target, by: 'ZZZ' });
    expect(await api.verifyAudit()).toMatchObject({ intact: false, firstBad: { id: target.id } });
  });

  it('shows the newest entries removed', async () => {
    const { api, db } = await freshApi();
    await seedOctober(api);
    const last = await db.auditLog.orderBy(':id').last();
    await db.auditLog.delete(last!.id!);
    expect(await api.verifyAudit()).toMatchObject({ intact: false, why: 'tail' });
  });

  it('audits a CPR number shown, a payroll file exported and a backup taken', async () => {
    const { api, db } = await freshApi();
    const { anna } = await seedOctober(api);
    await api.recordAccess({ kind: 'cprReveal', citizenId: anna.id });
    const csv = await api.exportMonthCsv('2026-10', 'excel');
    await api.recordAccess({
      kind: 'export',
      month: '2026-10',
      profile: 'excel',
      fileName: csv.fileName,
      sha256: csv.sha256,
    });
    await api.recordAccess({
      kind: 'backup',
      reason: 'download',
      createdAt: at,
      fileName: 'b.json',
    });
    const log = await db.auditLog.orderBy(':id').toArray();
    const [reveal, exported, backup] = log.slice(-3);
    expect(reveal).toMatchObject({ action: 'reveal', recordId: anna.id, by: 'ABC' });
    // What was shown, never the number itself.
    expect(JSON.stringify(reveal)).not.toContain('1234');
    expect(exported).toMatchObject({
      action: 'export',
      table: 'monthCloses',
      recordId: '2026-10',
      after: { kind: 'csv', profile: 'excel', fileName: csv.fileName, sha256: csv.sha256 },
    });
    expect(backup).toMatchObject({ action: 'backup', after: { kind: 'download', createdAt: at } });
    expect(await api.verifyAudit()).toMatchObject({ intact: true });
    await expect(
      api.recordAccess({
        kind: 'export',
        month: 'okt',
        profile: 'excel',
        fileName: 'x',
        sha256: '1',
      }),
    ).rejects.toBeInstanceOf(DataError);
  });

  it('in the desktop app the account acts: initials derived from it, not switchable', async () => {
    const { api, db } = desktopApi('jens.hansen');
    await db.meta.put({ key: 'currentUser', value: 'ABC' }); // typed once in browser mode
    expect(await api.getActingUser()).toEqual({
      initials: 'JH',
      account: 'jens.hansen',
      fixed: true,
    });
    await expect(api.setCurrentUser('XYZ')).rejects.toThrow(/kan ikke skiftes/);
    await seedOctober(api);
    const log = await db.auditLog.toArray();
    expect(log.every((e) => e.by === 'JH' && e.account === 'jens.hansen')).toBe(true);
    // The initials once typed in browser mode on this PC count for nothing.
    expect((await db.meta.get('currentUser'))?.value).toBe('ABC');
  });

  it('an account without letters gives its initials once, then they are fixed', async () => {
    const { api } = desktopApi('u1');
    expect(await api.getActingUser()).toBeNull();
    await expect(api.recordAccess({ kind: 'backup', reason: 'quit' })).rejects.toMatchObject({
      code: 'NO_USER',
    });
    expect(await api.setCurrentUser('kb')).toBe('KB');
    expect(await api.getActingUser()).toEqual({ initials: 'KB', account: 'u1', fixed: true });
    await expect(api.setCurrentUser('XY')).rejects.toThrow(/kan ikke skiftes/);
  });

  it('in browser mode keeps the typed initials, switchable, without an account', async () => {
    const { api } = await freshApi();
    expect(await api.getActingUser()).toEqual({ initials: 'ABC', fixed: false });
    expect(await api.setCurrentUser('de')).toBe('DE');
  });
});

describe('a restore appends to the trail', () => {
  it('keeps the replaced trail, records its head and the file digest, and adds the file log', async () => {
    const { api, db } = await freshApi();
    await seedOctober(api);
    const before = await db.auditLog.orderBy(':id').toArray();
    const head = before.at(-1)!;
    const other = await freshApi();
    await other.api.createCitizen({
      name: 'Dorte Dahl',
      payrollNumber: '2001',
      cpr: '0101801234',
      offer: 'SEL104',
      startDate: '2026-01-01',
      transport: { mode: 'none' },
    });
    const file = await other.api.exportBackup({ createdAt: at });
    const fileLog = (await other.db.auditLog.orderBy(':id').toArray()).map((e) => e.hash);

    const result = await api.restoreBackup(file);
    expect(result).toMatchObject({ ok: true, importedAudit: fileLog.length });
    const after = await db.auditLog.orderBy(':id').toArray();
    // Nothing of the old trail is lost or changed.
    expect(after.slice(0, before.length)).toEqual(before);
    const imported = after.slice(before.length, -1);
    expect(imported.map((e) => e.imported?.hash)).toEqual(fileLog);
    const restore = after.at(-1)!;
    expect(restore).toMatchObject({
      action: 'restore',
      before: { trail: { head: { id: head.id, hash: head.hash }, count: before.length } },
      after: {
        sha256: createHash('sha256').update(file, 'utf8').digest('hex'),
        fileTrail: { count: fileLog.length, lastHash: fileLog.at(-1), intact: true },
      },
    });
    expect(await api.verifyAudit()).toMatchObject({ intact: true, count: after.length });
    expect((await api.listCitizens()).map((c) => c.name)).toEqual(['Dorte Dahl']);

    // The same file again, or a backup taken here, adds the restore entry only.
    await api.restoreBackup(file);
    expect(await db.auditLog.count()).toBe(after.length + 1);
    const own = await api.exportBackup({ createdAt: at });
    await api.restoreBackup(own);
    expect(await db.auditLog.count()).toBe(after.length + 2);
    expect(await api.verifyAudit()).toMatchObject({ intact: true });
  });
});

describe('a restored file whose own log is broken', () => {
  it('is restored all the same, the restore entry saying its log did not verify', async () => {
    const { api, db } = await freshApi();
    const other = await freshApi();
    await seedOctober(other.api);
    const parsed = parseAnyBackup(await other.api.exportBackup({ createdAt: at }));
    if (!parsed.ok) throw new Error(parsed.message);
    parsed.data.auditLog[0]!.by = 'ZZ'; // changed after it was chained, then re-sealed
    const file = serializeBackup(parsed.data, { createdAt: at, appVersion: 'x' });
    expect(await api.restoreBackup(file)).toMatchObject({ ok: true });
    const last = await db.auditLog.orderBy(':id').last();
    expect(last).toMatchObject({ action: 'restore', after: { fileTrail: { intact: false } } });
    // Here the entries are chained anew: this log is intact, and says where they came from.
    expect(await api.verifyAudit()).toMatchObject({ intact: true });
  });
});

describe('the v3 → v4 upgrade', () => {
  it('chains a log written before the chain, then goes on chaining', async () => {
    const name = `upgrade-v3-${Math.random()}`;
    const v3 = new Dexie(name);
    v3.version(3).stores(SCHEMA_V2);
    const legacy = octoberBackupData().auditLog.map(({ hash: _h, ...e }) => e);
    await v3.table('auditLog').bulkAdd(legacy);
    await v3.table('meta').put({ key: 'currentUser', value: 'ABC' });
    v3.close();

    const db = new JobbasenDb(name);
    const api = createDataApiOn(db);
    expect(await api.verifyAudit()).toMatchObject({ intact: true, count: legacy.length + 1 });
    const log = await db.auditLog.orderBy(':id').toArray();
    expect(log.slice(0, legacy.length)).toEqual(octoberBackupData().auditLog);
    expect(log.at(-1)).toMatchObject({ by: 'APP', action: 'upgrade', after: { version: 4 } });
    await api.recordAccess({ kind: 'backup', reason: 'daily' });
    expect(await api.verifyAudit()).toMatchObject({ intact: true, count: legacy.length + 2 });
    db.close();
  });
});
