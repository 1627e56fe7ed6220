// The bulk paths (seeding, import): validated first, chunked transactions, one audit entry per
// chunk, same row rules as saveMonthAttendance.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../shared/data/errors';
import { freshApi } from './helpers';

const citizen = (i: number) => ({
  name: `Borger ${i}`,
  payrollNumber: String(2000 + i),
  cpr: '010190-1234',
  offer: 'SEL103' as const,
  startDate: '2026-01-01',
});

describe('bulk import', () => {
  it('imports citizens in one transaction with one audit entry', async () => {
    const { api } = await freshApi();
    const rows = await api.importCitizens([citizen(1), citizen(2), citizen(3)]);
    expect(rows.map((r) => r.payrollNumber)).toEqual(['2001', '2002', '2003']);
    expect(await api.listCitizens()).toHaveLength(3);
    const log = await api.listAudit({ table: 'citizens' });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ recordId: 'import', action: 'create', by: 'ABC' });
    expect((log[0]!.after as { imported: number }).imported).toBe(3);
  });

  it('refuses the whole citizen import on one bad row or a taken payroll number', async () => {
    const { api } = await freshApi();
    await api.createCitizen(citizen(1));
    const bad = await api
      .importCitizens([citizen(5), { ...citizen(6), cpr: '310290-1234' }])
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(DataError);
    expect((bad as DataError).issues[0]).toMatchObject({ path: [1, 'cpr'] });
    await expect(api.importCitizens([citizen(7), citizen(7)])).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    await expect(api.importCitizens([citizen(8), citizen(1)])).rejects.toThrow(/2001/);
    expect(await api.listCitizens()).toHaveLength(1);
  });

  it('imports attendance in chunks: rows saved, cleared days removed, one audit entry per chunk', async () => {
    const { api } = await freshApi();
    const [a, b] = await api.importCitizens([
      { ...citizen(1), offer: 'SEL104' },
      { ...citizen(2), offer: 'SEL104' },
    ]);
    await api.saveMonthAttendance('2026-10', [{ citizenId: a!.id, date: '2026-10-02', hours: 3 }]);
    const rows = [];
    for (let d = 1; d <= 9; d++)
      for (const c of [a!, b!])
        rows.push(
          d === 2
            ? { citizenId: c.id, date: `2026-10-0${d}`, clear: true as const }
            : { citizenId: c.id, date: `2026-10-0${d}`, hours: 5.5 },
        );
    rows.push({ citizenId: b!.id, date: '2026-11-03', hours: 0, absence: 'syg' as const });
    const progress: number[] = [];
    const out = await api.importAttendance(rows, {
      chunkSize: 5,
      onProgress: (done) => progress.push(done),
    });
    expect(out).toEqual({ saved: 17, removed: 2, chunks: 4 });
    expect(progress).toEqual([5, 10, 15, 19]);
    const october = await api.listAttendance('2026-10');
    expect(october).toHaveLength(16);
    expect(october.some((r) => r.date === '2026-10-02')).toBe(false);
    expect(await api.listAttendance('2026-11')).toMatchObject([
      { citizenId: b!.id, hours: 0, absence: 'syg' },
    ]);
    const log = await api.listAudit({ recordId: 'import' });
    expect(log.filter((l) => l.table === 'attendance')).toHaveLength(4);
    expect(log[0]).toMatchObject({ after: { saved: 4, removed: 0, from: '2026-10-08' } });
    // The month computed from imported rows matches the per-row path.
    const month = await api.getMonth('2026-10');
    expect(month.results.rows.find((r) => r.citizenId === a!.id)?.result.hours).toBe(44);
  });

  it('refuses attendance for unknown citizens, bad rows or closed months before writing', async () => {
    const { api } = await freshApi();
    const [a] = await api.importCitizens([{ ...citizen(1), offer: 'SEL104' }]);
    await expect(
      api.importAttendance([{ citizenId: 'nobody', date: '2026-10-01', hours: 1 }]),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const bad = await api
      .importAttendance([
        { citizenId: a!.id, date: '2026-10-01', hours: 1 },
        { citizenId: a!.id, date: '2026-10-02', hours: 3, absence: 'syg' },
      ])
      .catch((e: unknown) => e);
    expect((bad as DataError).issues[0]).toMatchObject({ path: [1, 'absence'] });
    await api.closeMonth('2026-09', 'excel');
    await expect(
      api.importAttendance([
        { citizenId: a!.id, date: '2026-10-01', hours: 1 },
        { citizenId: a!.id, date: '2026-09-01', hours: 1 },
      ]),
    ).rejects.toMatchObject({ code: 'CLOSED_MONTH' });
    expect(await api.listAttendance('2026-10')).toHaveLength(0);
  });
});
