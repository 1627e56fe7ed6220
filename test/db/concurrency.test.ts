// Optimistic concurrency (issue 11, findings 2–3, Build item 2; docs/rules.md, "Samtidige
// ændringer"): every write of a record given the version the caller loaded is refused with
// CONFLICT when the record changed since — nothing written, the stored record in the error — and
// every write gives the record a new, larger version, even with a clock that stands still.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDataApiOn, JobbasenDb } from '../../renderer/db';
import type { DataApi } from '../../shared/data/api';
import { isConflict } from '../../shared/data/errors';
import { freshApi, seedOctober } from './helpers';

/** The refusal `write` ends with (it must end with one). */
async function refusal(write: Promise<unknown>) {
  const error = await write.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the stale write was saved').not.toBeNull();
  return error;
}

/** Refused as a conflict carrying the stored record. */
async function expectConflict(write: Promise<unknown>) {
  const error = await refusal(write);
  expect(error).toMatchObject({ code: 'CONFLICT' });
  expect(isConflict(error)).toBe(true);
  return (error as { conflict: { stored: unknown } }).conflict.stored;
}

/** A second window on the same database (its own connection and acting user). */
async function secondWindow(name: string, now?: () => string): Promise<DataApi> {
  const api = createDataApiOn(new JobbasenDb(name), now ? { now } : {});
  await api.setCurrentUser('XYZ');
  return api;
}

const CODES = { wage: '1', transportReimbursement: '2', transportDeduction: '3' };

describe('a stale write is refused per aggregate', () => {
  it('citizens: a form saved with the version it loaded never reverts a newer rename', async () => {
    const { api, name } = await freshApi();
    const { anna } = await seedOctober(api);
    const other = await secondWindow(name);
    await other.updateCitizen(anna.id, { name: 'Anna Omdøbt' }, anna.updatedAt);
    const stored = await expectConflict(
      api.updateCitizen(anna.id, { name: anna.name, note: 'Ny note' }, anna.updatedAt),
    );
    expect(stored).toMatchObject({ name: 'Anna Omdøbt' });
    await expectConflict(
      api.endCitizen(anna.id, { endDate: '2026-12-31', endReason: 'x' }, anna.updatedAt),
    );
    expect((await api.getCitizen(anna.id))!).toMatchObject({ name: 'Anna Omdøbt' });
    expect((await api.getCitizen(anna.id))!.note).toBeUndefined();
    expect((await api.getCitizen(anna.id))!.endDate).toBeUndefined();
  });

  it('citizens: ending and reactivating check the version too', async () => {
    const { api } = await freshApi();
    const { anna } = await seedOctober(api);
    const ended = await api.endCitizen(
      anna.id,
      { endDate: '2026-12-31', endReason: 'Flyttet' },
      anna.updatedAt,
    );
    await expectConflict(api.reactivateCitizen(anna.id, anna.updatedAt));
    expect((await api.reactivateCitizen(anna.id, ended.updatedAt)).endDate).toBeUndefined();
  });

  it('grants: update, follow-up, delete and the citizen-with-grant save', async () => {
    const { api, name } = await freshApi();
    const { anna } = await seedOctober(api);
    const grant = await api.createGrant({
      citizenId: anna.id,
      size: 'full',
      startDate: '2026-01-01',
      screeningNotes: '',
    });
    const other = await secondWindow(name);
    await other.updateGrant(grant.id, { size: 'half' }, grant.updatedAt);
    expect(
      await expectConflict(api.updateGrant(grant.id, { screeningNotes: 'x' }, grant.updatedAt)),
    ).toMatchObject({ size: 'half' });
    await expectConflict(api.recordFollowUp(grant.id, '2026-11-01', grant.updatedAt));
    await expectConflict(api.deleteGrant(grant.id, grant.updatedAt));
    const citizen = (await api.getCitizen(anna.id))!;
    await expectConflict(
      api.saveCitizenWithGrant({
        citizen: {
          id: anna.id,
          input: { name: 'Anna X' },
          expectedUpdatedAt: citizen.updatedAt,
        },
        grant: {
          id: grant.id,
          input: { size: 'full', startDate: '2026-01-01', screeningNotes: '' },
          expectedUpdatedAt: grant.updatedAt,
        },
      } as Parameters<DataApi['saveCitizenWithGrant']>[0]),
    );
    // Both or neither: the citizen part that passed is not kept.
    expect((await api.getCitizen(anna.id))!.name).toBe(anna.name);
    expect((await api.listGrants(anna.id))[0]).toMatchObject({ size: 'half' });
  });

  it('wage decisions: update and delete', async () => {
    const { api, name } = await freshApi();
    const { decisions } = await seedOctober(api);
    const d = decisions[1]!;
    const other = await secondWindow(name);
    await other.updateWageDecision(d.id, { hourlyWage: 23 }, d.updatedAt);
    expect(
      await expectConflict(api.updateWageDecision(d.id, { hourlyWage: 22 }, d.updatedAt)),
    ).toMatchObject({ hourlyWage: 23 });
    await expectConflict(api.deleteWageDecision(d.id, undefined, d.updatedAt));
    expect((await api.getWageDecision(d.id))!.hourlyWage).toBe(23);
  });

  it('attendance: a cell written with its loaded version, an empty cell with null', async () => {
    const { api, name } = await freshApi();
    const { anna } = await seedOctober(api);
    const [day] = await api.listAttendance('2026-10', anna.id);
    const other = await secondWindow(name);
    await other.saveAttendanceDay(
      { citizenId: anna.id, date: day!.date, hours: 7 },
      day!.updatedAt,
    );
    // This window still shows 6 hours: its 5 is refused, the stored 7 comes back with the error.
    const stored = await expectConflict(
      api.saveAttendanceDay({ citizenId: anna.id, date: day!.date, hours: 5 }, day!.updatedAt),
    );
    expect(stored).toEqual([
      expect.objectContaining({ date: day!.date, stored: expect.objectContaining({ hours: 7 }) }),
    ]);
    await expectConflict(
      api.clearAttendanceDay({ citizenId: anna.id, date: day!.date }, day!.updatedAt),
    );
    // An empty cell filled elsewhere: a write that expects it empty is refused.
    await other.saveAttendanceDay({ citizenId: anna.id, date: '2026-10-02', hours: 4 }, null);
    await expectConflict(
      api.saveAttendanceDay({ citizenId: anna.id, date: '2026-10-02', hours: 6 }, null),
    );
    const now = await api.listAttendance('2026-10', anna.id);
    expect(now.find((a) => a.date === day!.date)!.hours).toBe(7);
    expect(now.find((a) => a.date === '2026-10-02')!.hours).toBe(4);
  });

  it('attendance: a bulk save with one stale day saves none and names every stale day', async () => {
    const { api, name } = await freshApi();
    const { anna, bo } = await seedOctober(api);
    const loaded = await api.listAttendance('2026-10');
    const version = (citizenId: string, date: string) =>
      loaded.find((a) => a.citizenId === citizenId && a.date === date)?.updatedAt ?? null;
    const other = await secondWindow(name);
    await other.saveMonthAttendance('2026-10', [
      {
        citizenId: bo.id,
        date: '2026-10-05',
        hours: 1,
        expectedUpdatedAt: version(bo.id, '2026-10-05'),
      },
      { citizenId: anna.id, date: '2026-10-09', hours: 2, expectedUpdatedAt: null },
    ]);
    const rows = [
      { citizenId: anna.id, date: '2026-10-08', hours: 6, expectedUpdatedAt: null },
      { citizenId: anna.id, date: '2026-10-09', hours: 6, expectedUpdatedAt: null },
      {
        citizenId: bo.id,
        date: '2026-10-05',
        clear: true as const,
        expectedUpdatedAt: version(bo.id, '2026-10-05'),
      },
    ];
    const error = await refusal(api.saveMonthAttendance('2026-10', rows));
    expect(error).toMatchObject({
      code: 'CONFLICT',
      issues: [{ path: [1, 'hours'] }, { path: [2, 'hours'] }],
    });
    expect((error as { conflict: { stored: unknown } }).conflict.stored).toEqual([
      expect.objectContaining({
        date: '2026-10-09',
        stored: expect.objectContaining({ hours: 2 }),
      }),
      expect.objectContaining({
        date: '2026-10-05',
        stored: expect.objectContaining({ hours: 1 }),
      }),
    ]);
    const after = await api.listAttendance('2026-10');
    expect(after.find((a) => a.date === '2026-10-08')).toBeUndefined();
    expect(after.find((a) => a.citizenId === bo.id && a.date === '2026-10-05')!.hours).toBe(1);
  });

  it("settings versions: the month's version as loaded, null when there was none", async () => {
    const { api, name } = await freshApi();
    const settings = (await api.getSettingsForMonth('2026-11')).settings;
    const other = await secondWindow(name);
    const theirs = await other.saveSettingsVersion(
      { validFrom: '2026-12', settings: { ...settings, kmRate: 3 }, wageTypeCodes: CODES },
      null,
    );
    // This window saw no version from December: its new one would overwrite theirs.
    const stored = await expectConflict(
      api.saveSettingsVersion(
        { validFrom: '2026-12', settings: { ...settings, kmRate: 4 }, wageTypeCodes: CODES },
        null,
      ),
    );
    expect(stored).toMatchObject({ settings: { kmRate: 3 } });
    const edited = await other.saveSettingsVersion(
      { validFrom: '2026-12', settings: { ...settings, kmRate: 3.1 }, wageTypeCodes: CODES },
      theirs.createdAt,
    );
    await expectConflict(
      api.saveSettingsVersion(
        { validFrom: '2026-12', settings, wageTypeCodes: CODES },
        theirs.createdAt,
      ),
    );
    await expectConflict(api.deleteSettingsVersion(theirs.id, theirs.createdAt));
    expect((await api.getSettingsForMonth('2026-12')).settings.kmRate).toBe(3.1);
    await api.deleteSettingsVersion(theirs.id, edited.createdAt);
  });
});

describe('versions', () => {
  it('every write gives the record a larger version, even when the clock stands still', async () => {
    const still = () => '2026-11-02T09:00:00.000Z';
    const { api, name } = await freshApi({ now: still });
    const { anna } = await seedOctober(api);
    const other = await secondWindow(name, still);
    // Two writes in one millisecond: the second window's copy is stale and must be told apart.
    const first = await api.updateCitizen(anna.id, { name: 'Anna 1' }, anna.updatedAt);
    expect(first.updatedAt > anna.updatedAt).toBe(true);
    await expectConflict(other.updateCitizen(anna.id, { note: 'fra vindue 2' }, anna.updatedAt));
    const [day] = await api.listAttendance('2026-10', anna.id);
    const saved = await api.saveAttendanceDay(
      { citizenId: anna.id, date: day!.date, hours: 2 },
      day!.updatedAt,
    );
    expect(saved!.updatedAt > day!.updatedAt).toBe(true);
    await expectConflict(
      other.saveAttendanceDay({ citizenId: anna.id, date: day!.date, hours: 3 }, day!.updatedAt),
    );
    // A clock set back does not give an older version either.
    const back = await freshApi({ now: () => '2020-01-01T00:00:00.000Z' });
    const c = await back.api.createCitizen({
      name: 'B',
      payrollNumber: '9',
      cpr: '0101901234',
      offer: 'SEL104',
      startDate: '2026-01-01',
    });
    const back2 = createDataApiOn(new JobbasenDb(back.name), {
      now: () => '2019-01-01T00:00:00.000Z',
    });
    await back2.setCurrentUser('XYZ');
    expect(
      (await back2.updateCitizen(c.id, { name: 'C' }, c.updatedAt)).updatedAt > c.updatedAt,
    ).toBe(true);
  });

  it('a write without a version (an import, a script) is not checked', async () => {
    const { api, name } = await freshApi();
    const { anna } = await seedOctober(api);
    const other = await secondWindow(name);
    await other.updateCitizen(anna.id, { note: 'x' });
    expect((await api.updateCitizen(anna.id, { name: 'Anna Y' })).note).toBe('x');
  });
});

describe('months', () => {
  it('a closing with figures the check showed is refused when a day changed since', async () => {
    const { api, name } = await freshApi();
    const { anna } = await seedOctober(api);
    const check = await api.checkMonthClose('2026-10');
    expect(check.figures).toMatch(/^[0-9a-f]{64}$/);
    const other = await secondWindow(name);
    await other.saveAttendanceDay({ citizenId: anna.id, date: '2026-10-02', hours: 7 }, null);
    await expectConflict(api.closeMonth('2026-10', 'excel', { figures: check.figures! }));
    expect(await api.getMonthClose('2026-10')).toBeNull();
    const again = await api.checkMonthClose('2026-10');
    expect(again.figures).not.toBe(check.figures);
    const closed = await api.closeMonth('2026-10', 'excel', { figures: again.figures! });
    expect(closed.status).toBe('closed');
  });

  it('a reopen of a closing that was replaced meanwhile is refused', async () => {
    const { api, name } = await freshApi();
    await seedOctober(api);
    const seen = await api.closeMonth('2026-10', 'excel');
    const other = await secondWindow(name);
    await other.reopenMonth('2026-10', 'Rettelse', seen.closedAt);
    await other.closeMonth('2026-10', 'excel');
    await expectConflict(api.reopenMonth('2026-10', 'Forkert', seen.closedAt));
    expect((await api.getMonthClose('2026-10'))!.status).toBe('closed');
  });
});
