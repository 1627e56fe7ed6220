// Attendance in the data layer (issue 10): a 0-hour day is a stored zero-hour day; only an
// explicit clear removes a day, in the single-day, month and import paths; every change audited.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../shared/data/errors';
import { freshApi } from './helpers';

async function withCitizen() {
  const { api } = await freshApi();
  const c = await api.createCitizen({
    name: 'Eva Eriksen',
    payrollNumber: '4001',
    cpr: '010190-1234',
    offer: 'SEL104',
    startDate: '2026-01-01',
  });
  return { api, id: c.id };
}

describe('zero-hour days and explicit clears', () => {
  it('stores 0 hours without an absence as a day, in every write path', async () => {
    const { api, id } = await withCitizen();
    expect(
      await api.saveAttendanceDay({ citizenId: id, date: '2026-10-01', hours: 0 }),
    ).toMatchObject({ citizenId: id, date: '2026-10-01', hours: 0 });
    expect(
      await api.saveMonthAttendance('2026-10', [{ citizenId: id, date: '2026-10-02', hours: 0 }]),
    ).toEqual({ saved: 1, removed: 0 });
    expect(await api.importAttendance([{ citizenId: id, date: '2026-10-05', hours: 0 }])).toEqual({
      saved: 1,
      removed: 0,
      chunks: 1,
    });
    expect((await api.listAttendance('2026-10')).map((a) => [a.date, a.hours])).toEqual([
      ['2026-10-01', 0],
      ['2026-10-02', 0],
      ['2026-10-05', 0],
    ]);
  });

  it('a 6 → 0 change is an audited update, not a deletion', async () => {
    const { api, id } = await withCitizen();
    await api.saveMonthAttendance('2026-10', [{ citizenId: id, date: '2026-10-01', hours: 6 }]);
    await api.saveMonthAttendance('2026-10', [{ citizenId: id, date: '2026-10-01', hours: 0 }]);
    const log = await api.listAudit({ table: 'attendance' });
    expect(log.map((l) => l.action).sort()).toEqual(['create', 'update']);
    expect(await api.listAttendance('2026-10')).toMatchObject([{ hours: 0 }]);
  });

  it('removes a day only on an explicit clear, audited, mixed with saves', async () => {
    const { api, id } = await withCitizen();
    await api.saveMonthAttendance('2026-10', [
      { citizenId: id, date: '2026-10-01', hours: 0 },
      { citizenId: id, date: '2026-10-02', hours: 6 },
    ]);
    expect(
      await api.saveMonthAttendance('2026-10', [
        { citizenId: id, date: '2026-10-01', clear: true },
        { citizenId: id, date: '2026-10-02', hours: 5 },
        { citizenId: id, date: '2026-10-03', clear: true },
      ]),
    ).toEqual({ saved: 1, removed: 2 });
    expect((await api.listAttendance('2026-10')).map((a) => [a.date, a.hours])).toEqual([
      ['2026-10-02', 5],
    ]);
    const deletes = (await api.listAudit({ table: 'attendance' })).filter(
      (l) => l.action === 'delete',
    );
    // A clear of a day that was never stored writes nothing and logs nothing.
    expect(deletes).toHaveLength(1);
    expect(deletes[0]).toMatchObject({ recordId: `${id}|2026-10-01`, before: { hours: 0 } });

    await api.clearAttendanceDay({ citizenId: id, date: '2026-10-02' });
    expect(await api.listAttendance('2026-10')).toEqual([]);
  });

  it('refuses a malformed clear and a clear in a closed month', async () => {
    const { api, id } = await withCitizen();
    await api.saveMonthAttendance('2026-09', [{ citizenId: id, date: '2026-09-01', hours: 4 }]);
    const bad = await api
      .saveMonthAttendance('2026-10', [{ citizenId: id, date: '2026-10-32', clear: true }] as never)
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(DataError);
    expect((bad as DataError).issues[0]).toMatchObject({ path: [0, 'date'] });
    await expect(
      api.saveMonthAttendance('2026-10', [{ citizenId: id, date: '2026-09-01', clear: true }]),
    ).rejects.toThrow(/uden for/);
    await api.closeMonth('2026-09', 'excel');
    await expect(
      api.saveMonthAttendance('2026-09', [{ citizenId: id, date: '2026-09-01', clear: true }]),
    ).rejects.toMatchObject({ code: 'CLOSED_MONTH' });
    await expect(
      api.clearAttendanceDay({ citizenId: id, date: '2026-09-01' }),
    ).rejects.toMatchObject({ code: 'CLOSED_MONTH' });
    expect(await api.listAttendance('2026-09')).toHaveLength(1);
  });
});
