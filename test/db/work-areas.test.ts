// Work areas through the data layer (issue 12, Build item 1; docs/rules.md §§6, 10): two areas
// with different reference wages, a citizen moving from one to the other from the first of a
// month, the closed month before the move unchanged, and nothing dated inside a closed month.
import { describe, expect, it } from 'vitest';
import { fixedClock, freshApi } from './helpers';
import { twoAreas } from './workAreaFixture';

describe('work areas', () => {
  it('computes each month with the area the citizen belongs to then; a move leaves the closed month as it was', async () => {
    const { api } = await freshApi({ now: fixedClock('2026-12-02T09:00:00.000Z') });
    const { park, montage, anna } = await twoAreas(api);
    expect((await api.listWorkAreas()).map((a) => a.name)).toEqual(['Have og park', 'Montage']);

    // Worked example 1 on a floor of 7,50: 19,00 kr.
    const october = await api.getMonth('2026-10');
    expect(october.results.rows[0]!.result.wageLines[0]!.hourlyWage).toBe(19);
    expect(october.results.rows[0]!.workArea).toEqual({
      id: park.id,
      name: 'Have og park',
      minimumWageReference: 150,
    });
    await api.closeMonth('2026-10', 'excel');

    // A move inside the closed month is refused, naming the first month that can be used.
    await expect(api.moveCitizenToArea(anna.id, montage.id, '2026-10')).rejects.toMatchObject({
      code: 'CLOSED_MONTH',
      issues: [
        { path: ['from'], message: expect.stringContaining('Vælg november 2026 eller senere') },
      ],
    });
    const moved = await api.moveCitizenToArea(anna.id, montage.id, '2026-11');
    expect(moved.workAreas).toEqual([
      { from: '2026-01', areaId: park.id },
      { from: '2026-11', areaId: montage.id },
    ]);

    // November on the montage floor of 15,00: 15 + (30 − 15) · 0,5 = 22,50 kr.
    const november = await api.getMonth('2026-11');
    expect(november.results.rows[0]!.result.wageLines[0]!.hourlyWage).toBe(22.5);
    expect(november.results.rows[0]!.workArea?.name).toBe('Montage');
    // October is frozen as it was closed.
    const again = await api.getMonth('2026-10');
    expect(again.status).toBe('closed');
    expect(again.results.rows).toEqual(october.results.rows);
    expect(again.results.totals).toEqual(october.results.totals);
    expect((await api.getSettingsForMonth('2026-11', anna.id)).settings.minimumWageReference).toBe(
      300,
    );
    expect((await api.getSettingsForMonth('2026-10', anna.id)).settings.minimumWageReference).toBe(
      150,
    );

    const log = await api.listAudit({ citizenId: anna.id });
    expect(log[0]).toMatchObject({ table: 'citizens', action: 'update', recordId: anna.id });
  });

  it('refuses a dated figure that would change a closed month, and takes one from the next month', async () => {
    const { api } = await freshApi({ now: fixedClock('2026-12-02T09:00:00.000Z') });
    const { park } = await twoAreas(api);
    await api.closeMonth('2026-10', 'excel');
    await expect(
      api.saveWorkAreaWage(park.id, { validFrom: '2026-10', minimumWageReference: 160 }),
    ).rejects.toMatchObject({ code: 'CLOSED_MONTH', issues: [{ path: ['validFrom'] }] });
    // Deleting the figure October used is refused the same way.
    await expect(api.deleteWorkAreaWage(park.id, '2026-01')).rejects.toMatchObject({
      code: 'CLOSED_MONTH',
    });
    const saved = await api.saveWorkAreaWage(park.id, {
      validFrom: '2026-11',
      minimumWageReference: 160,
    });
    expect(saved.wages.map((w) => w.validFrom)).toEqual(['2026-01', '2026-11']);
    expect((await api.getMonth('2026-11')).results.rows[0]!.workArea?.minimumWageReference).toBe(
      160,
    );
  });

  it("checks a hand-set wage against the floor of the citizen's own area", async () => {
    const { api } = await freshApi({ now: fixedClock('2026-12-02T09:00:00.000Z') });
    const { montage, anna } = await twoAreas(api);
    await api.moveCitizenToArea(anna.id, montage.id, '2026-12');
    // 12,00 kr. is above the park floor (7,50) but below the montage floor (15,00).
    await expect(
      api.createWageDecision({
        citizenId: anna.id,
        effectiveFrom: '2026-12-01',
        hourlyWage: 12,
        justification: 'Ny opgave',
        assessorInitials: 'ABC',
      }),
    ).rejects.toMatchObject({ issues: [{ path: ['hourlyWage'] }] });
    await api.createWageDecision({
      citizenId: anna.id,
      effectiveFrom: '2026-11-01',
      hourlyWage: 12,
      justification: 'Ny opgave',
      assessorInitials: 'ABC',
    });
  });

  it('refuses names twice and names the field; a new citizen joins the only area there is', async () => {
    const { api } = await freshApi();
    const park = await api.saveWorkArea({ name: 'Have og park' });
    await expect(api.saveWorkArea({ name: ' have og PARK ' })).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: ['name'] }],
    });
    await expect(api.saveWorkArea({ name: '' })).rejects.toMatchObject({
      issues: [{ path: ['name'] }],
    });
    await expect(
      api.saveWorkAreaWage(park.id, { validFrom: '2026-13', minimumWageReference: -1 }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    const bo = await api.createCitizen({
      name: 'Bo',
      payrollNumber: '2',
      cpr: '010190-1234',
      offer: 'SEL104',
      startDate: '2026-03-15',
    });
    expect(bo.workAreas).toEqual([{ from: '2026-03', areaId: park.id }]);
    // An edit in the form keeps the area (it changes only by a move).
    const edited = await api.updateCitizen(bo.id, { name: 'Bo B' });
    expect(edited.workAreas).toEqual(bo.workAreas);
    const renamed = await api.saveWorkArea({ id: park.id, name: 'Have & park' });
    expect(renamed.name).toBe('Have & park');
  });

  it('backs up and restores the areas and memberships', async () => {
    const { api } = await freshApi({ now: fixedClock('2026-12-02T09:00:00.000Z') });
    const { anna, montage } = await twoAreas(api);
    await api.moveCitizenToArea(anna.id, montage.id, '2026-11');
    const text = await api.exportBackup();
    const other = await freshApi();
    const r = await other.api.restoreBackup(text);
    expect(r).toMatchObject({ ok: true, counts: { workAreas: 2 } });
    expect(await other.api.listWorkAreas()).toEqual(await api.listWorkAreas());
    expect((await other.api.getCitizen(anna.id))?.workAreas).toHaveLength(2);
  });
});
