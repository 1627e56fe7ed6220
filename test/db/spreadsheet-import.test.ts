// A confirmed import is one transaction through the screens' own operations, audited as one
// import, and undone in one transaction while nothing it wrote has changed (docs/rules.md §14).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../shared/data/errors';
import { guessMapping } from '../../shared/import/fields';
import { planCitizenImport } from '../../shared/import/citizens';
import { planAttendanceImport } from '../../shared/import/attendance';
import type { DataApi } from '../../shared/data/api';
import { freshApi } from './helpers';

const HEADER = ['Navn', 'Lønnummer', 'CPR', 'Tilbud', 'Startdato', 'Bevilling'];

async function citizenPlan(api: DataApi, rows: string[][]) {
  const all = [HEADER, ...rows];
  return planCitizenImport(all, guessMapping('citizens', HEADER), {
    citizens: await api.listCitizens({ includeEnded: true }),
    grants: await api.listGrants(),
    today: '2026-11-02',
  });
}

describe('applyImport / undoImport', () => {
  it('writes citizens with grants and a month of days, and undoes both imports', async () => {
    const { api } = await freshApi();
    const existing = await api.createCitizen({
      name: 'Anna',
      payrollNumber: '1001',
      cpr: '010190-1234',
      offer: 'SEL103',
      startDate: '2026-01-01',
    });
    const plan = await citizenPlan(api, [
      ['Anna Ærø', '1001', '010190-1234', '103', '01-01-2026', ''],
      ['Bo Berg', '1002', '020290-1234', '103', '01-10-2026', '¾'],
    ]);
    const progress: number[] = [];
    const receipt = await api.applyImport(
      { kind: 'citizens', fileName: 'borgere.csv', items: plan.items },
      { onProgress: (d) => progress.push(d) },
    );
    expect(progress).toEqual([1, 2]);
    expect(receipt).toMatchObject({
      kind: 'citizens',
      fileName: 'borgere.csv',
      created: 1,
      updated: 1,
      undone: false,
      by: 'ABC',
    });
    const bo = (await api.listCitizens()).find((c) => c.payrollNumber === '1002')!;
    expect((await api.listGrants(bo.id))[0]).toMatchObject({
      size: 'threeQuarters',
      startDate: '2026-10-01',
    });
    expect((await api.getCitizen(existing.id))!.name).toBe('Anna Ærø');

    const header = ['Lønnummer', '1', '2'];
    const days = planAttendanceImport(
      [header, ['1001', '6', 'S'], ['1002', '7,5', '']],
      guessMapping('attendance', header),
      {
        month: '2026-10',
        citizens: await api.listCitizens(),
        attendance: [],
        monthClosed: false,
      },
    );
    const second = await api.applyImport({
      kind: 'attendance',
      fileName: 'fremmøde.csv',
      items: days.items,
    });
    expect(second.days).toBe(3);
    expect(await api.listAttendance('2026-10')).toHaveLength(3);
    expect((await api.listImports()).map((i) => i.fileName)).toEqual([
      'fremmøde.csv',
      'borgere.csv',
    ]);

    // The citizens' import cannot be undone while the days imported for Bo hang on it.
    await expect(api.undoImport(receipt.id)).rejects.toThrow(/kan ikke fortrydes/);
    await api.undoImport(second.id);
    expect(await api.listAttendance('2026-10')).toHaveLength(0);
    await api.undoImport(receipt.id);
    expect((await api.listCitizens()).map((c) => c.name)).toEqual(['Anna']);
    expect(await api.listGrants()).toHaveLength(0);
    expect((await api.listImports()).every((i) => i.undone)).toBe(true);
    await expect(api.undoImport(receipt.id)).rejects.toThrow(/allerede fortrudt/);
  });

  it('writes nothing when one item is refused by the data layer, and names its line', async () => {
    const { api } = await freshApi();
    const plan = await citizenPlan(api, [
      ['Bo Berg', '1002', '020290-1234', '103', '01-10-2026', ''],
      ['Cy Cé', '1003', '030390-1234', '103', '01-10-2026', ''],
    ]);
    // Another window takes payroll number 1003 after the preview was made.
    await api.createCitizen({
      name: 'X',
      payrollNumber: '1003',
      cpr: '040490-1234',
      offer: 'SEL103',
      startDate: '2026-01-01',
    });
    const error = await api
      .applyImport({ kind: 'citizens', fileName: 'b.csv', items: plan.items })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toMatch(/^Linje 3: /);
    expect((await api.listCitizens()).map((c) => c.name)).toEqual(['X']);
    expect(await api.listImports()).toEqual([]);
  });

  it('refuses to undo when a person has changed an imported citizen since', async () => {
    const { api } = await freshApi();
    const plan = await citizenPlan(api, [
      ['Bo Berg', '1002', '020290-1234', '103', '01-10-2026', ''],
    ]);
    const receipt = await api.applyImport({
      kind: 'citizens',
      fileName: 'b.csv',
      items: plan.items,
    });
    const bo = (await api.listCitizens())[0]!;
    await api.updateCitizen(bo.id, { name: 'Bo Bergh' });
    await expect(api.undoImport(receipt.id)).rejects.toThrow(
      'Bo Bergh er ændret efter indlæsningen',
    );
    expect(await api.listCitizens()).toHaveLength(1);
  });
});
