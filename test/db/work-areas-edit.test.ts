// Renaming and deleting work areas, correcting and deleting their dated figures through the data
// layer (issue 12, task "areasui"; docs/rules.md §6 "On screen", §10): a rename is audited and
// checked against the version the person loaded, and a closed month keeps the name it was paid
// with; an area in use — by a citizen, ever, or by a row of a closed month — is never deleted.
import { describe, expect, it } from 'vitest';
import { fixedClock, freshApi } from './helpers';
import { parkWithAnna } from './workAreaFixture';

describe('renaming a work area', () => {
  it('is audited, refused on a stale version, and leaves a closed month with the name it was paid with', async () => {
    const { api } = await freshApi({ now: fixedClock('2026-12-02T09:00:00.000Z') });
    const { park } = await parkWithAnna(api);
    await api.closeMonth('2026-10', 'excel');

    const renamed = await api.saveWorkArea({ id: park.id, name: 'Park og have' }, park.updatedAt);
    expect(renamed.name).toBe('Park og have');
    expect(renamed.updatedAt > park.updatedAt).toBe(true);
    const log = await api.listAudit({ table: 'workAreas', recordId: park.id });
    expect(log[0]).toMatchObject({ action: 'update' });

    // A second window still holding the old version is refused with the stored area.
    const stale = api.saveWorkArea({ id: park.id, name: 'Grønt' }, park.updatedAt);
    await expect(stale).rejects.toMatchObject({
      code: 'CONFLICT',
      conflict: { stored: { name: 'Park og have' } },
    });
    expect((await api.listWorkAreas())[0]!.name).toBe('Park og have');

    // October was closed under the old name and keeps it; November uses the new one.
    const october = await api.getMonth('2026-10');
    expect(october.results.rows[0]!.workArea?.name).toBe('Have og park');
    const november = await api.getMonth('2026-11');
    expect(november.results.rows[0]!.workArea?.name).toBe('Park og have');
  });
});

describe('deleting a work area', () => {
  it('is refused while a citizen belongs or belonged to it, naming how many', async () => {
    const { api } = await freshApi({ now: fixedClock('2026-12-02T09:00:00.000Z') });
    const { park, anna } = await parkWithAnna(api);
    const montage = await api.saveWorkArea({ name: 'Montage' });
    await expect(api.deleteWorkArea(park.id)).rejects.toMatchObject({
      code: 'LOCKED',
      message: 'Have og park bruges af 1 borger og kan ikke slettes.',
    });
    // Moved away from the next month: she still belonged to it.
    await api.moveCitizenToArea(anna.id, montage.id, '2026-12');
    await expect(api.deleteWorkArea(park.id)).rejects.toMatchObject({ code: 'LOCKED' });
    expect(await api.listWorkAreas()).toHaveLength(2);
  });

  it('is refused when a closed month has a row in it, naming the month', async () => {
    const { api, db } = await freshApi({ now: fixedClock('2026-12-02T09:00:00.000Z') });
    const { park, anna } = await parkWithAnna(api);
    await api.closeMonth('2026-10', 'excel');
    // No citizen record names the area any more (as after a restore of data edited elsewhere, or
    // a second backend): the closed month's row alone keeps it.
    const stored = (await db.citizens.get(anna.id))!;
    await db.citizens.put({ ...stored, workAreas: [] });
    await expect(api.deleteWorkArea(park.id)).rejects.toMatchObject({
      code: 'LOCKED',
      message: 'Have og park er brugt i oktober 2026 og kan ikke slettes.',
    });
  });

  it('deletes an unused area, audited; a stale version is refused', async () => {
    const { api } = await freshApi({ now: fixedClock('2026-12-02T09:00:00.000Z') });
    const spare = await api.saveWorkArea({ name: 'Genbrugsbutik' });
    const moved = await api.saveWorkArea({ id: spare.id, name: 'Genbrug' }, spare.updatedAt);
    await expect(api.deleteWorkArea(spare.id, spare.updatedAt)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await api.deleteWorkArea(spare.id, moved.updatedAt);
    expect(await api.listWorkAreas()).toEqual([]);
    const log = await api.listAudit({ table: 'workAreas', recordId: spare.id });
    expect(log[0]).toMatchObject({ action: 'delete' });
    await expect(api.deleteWorkArea(spare.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe("correcting and deleting an area's figure", () => {
  it('corrects the amount of an open month, refuses one a closed month used, deletes an unused one', async () => {
    const { api } = await freshApi({ now: fixedClock('2026-12-02T09:00:00.000Z') });
    const { park } = await parkWithAnna(api);
    await api.saveWorkAreaWage(park.id, { validFrom: '2026-12', minimumWageReference: 160 });
    await api.closeMonth('2026-10', 'excel');
    // December is open: its amount is corrected in place.
    const fixed = await api.saveWorkAreaWage(park.id, {
      validFrom: '2026-12',
      minimumWageReference: 165,
    });
    expect(fixed.wages).toEqual([
      { validFrom: '2026-01', minimumWageReference: 150 },
      { validFrom: '2026-12', minimumWageReference: 165 },
    ]);
    // January's figure paid the closed October: neither corrected nor deleted.
    await expect(
      api.saveWorkAreaWage(park.id, { validFrom: '2026-01', minimumWageReference: 155 }),
    ).rejects.toMatchObject({
      code: 'CLOSED_MONTH',
      message: expect.stringContaining('oktober 2026 er lukket'),
    });
    await expect(api.deleteWorkAreaWage(park.id, '2026-01')).rejects.toMatchObject({
      code: 'CLOSED_MONTH',
      message: expect.stringMatching(
        /^Satsen fra januar 2026 er ikke slettet: oktober 2026 er lukket og blev regnet med den\./,
      ),
      issues: [{ path: ['validFrom'] }],
    });
    // A stale version is refused; the current one deletes December's figure.
    await expect(api.deleteWorkAreaWage(park.id, '2026-12', park.updatedAt)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const after = await api.deleteWorkAreaWage(park.id, '2026-12', fixed.updatedAt);
    expect(after.wages).toEqual([{ validFrom: '2026-01', minimumWageReference: 150 }]);
  });

  it("names the area's figure, not the common setting, when an amount is refused", async () => {
    const { api } = await freshApi();
    const park = await api.saveWorkArea({ name: 'Have og park' });
    await expect(
      api.saveWorkAreaWage(park.id, { validFrom: '2026-12', minimumWageReference: 20_000_000 }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: ['minimumWageReference'] }],
      message: expect.stringContaining('Laveste overenskomstmæssige timeløn:'),
    });
  });
});
