// Wage decisions that can be fixed (issue 10, findings 4 and 6; docs/rules.md §§2, 10): an edit or
// a deletion carries its reason into the audit log; no decision takes effect on a day of a closed
// month, whether dated inside it or before it.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { DataError } from '../../shared/data/errors';
import { freshApi, seedOctober } from './helpers';

const hand = (effectiveFrom: string, hourlyWage: number) => ({
  effectiveFrom,
  hourlyWage,
  justification: 'Konkret vurdering',
  assessorInitials: 'ABC',
});

describe('wage decisions', () => {
  it('edits and deletes an unused decision with the reason in the audit entry', async () => {
    const { api } = await freshApi();
    const { anna } = await seedOctober(api);
    const d = await api.createWageDecision({ citizenId: anna.id, ...hand('2026-11-01', 35) });
    const edited = await api.updateWageDecision(
      d.id,
      { hourlyWage: 25 },
      d.updatedAt,
      'Tastefejl: 35 skulle være 25',
    );
    expect(edited.hourlyWage).toBe(25);
    await api.deleteWageDecision(d.id, 'Forkert borger');
    expect(await api.getWageDecision(d.id)).toBeNull();
    const log = await api.listAudit({ recordId: d.id });
    expect(log.map((l) => [l.action, l.reason])).toEqual([
      ['delete', 'Forkert borger'],
      ['update', 'Tastefejl: 35 skulle være 25'],
      ['create', undefined],
    ]);
    expect(log[1]).toMatchObject({ before: { hourlyWage: 35 }, after: { hourlyWage: 25 } });
  });

  it('refuses an empty reason and saves nothing', async () => {
    const { api } = await freshApi();
    const { anna } = await seedOctober(api);
    const d = await api.createWageDecision({ citizenId: anna.id, ...hand('2026-11-01', 35) });
    await expect(api.deleteWageDecision(d.id, '  ')).rejects.toThrow(/Begrundelsen/);
    await expect(api.updateWageDecision(d.id, { hourlyWage: 25 }, undefined, '')).rejects.toThrow(
      /Begrundelsen/,
    );
    expect((await api.getWageDecision(d.id))?.hourlyWage).toBe(35);
  });

  it('refuses a decision dated inside a closed month, naming the month and the first open day', async () => {
    const { api } = await freshApi();
    const { anna, bo } = await seedOctober(api);
    await api.closeMonth('2026-10', 'excel');
    const err = (await api
      .createWageDecision({ citizenId: anna.id, ...hand('2026-10-15', 25) })
      .catch((e: unknown) => e)) as DataError;
    expect(err.code).toBe('VALIDATION');
    expect(err.issues).toEqual([
      {
        path: ['effectiveFrom'],
        message:
          'oktober 2026 er lukket, så en lønafgørelse kan ikke gælde fra en dag i den. Vælg 01.11.2026 eller senere; de lukkede måneder ændres ikke.',
      },
    ]);
    // Dated before the closed month, it would apply in it too (Bo's next decision is none).
    const before = (await api
      .createWageDecision({ citizenId: bo.id, ...hand('2026-09-01', 25) })
      .catch((e: unknown) => e)) as DataError;
    expect(before.issues[0]?.message).toMatch(
      /^oktober 2026 er lukket, og en lønafgørelse fra 01\.09\.2026 ville gælde i den\./,
    );
    // Anna's decision from 16.10 bounds one from 01.02, but 01.10–15.10 is closed too.
    await expect(
      api.createWageDecision({ citizenId: anna.id, ...hand('2026-02-01', 25) }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    // From the first open month it is saved.
    const ok = await api.createWageDecision({ citizenId: anna.id, ...hand('2026-11-01', 25) });
    // Moving it into the closed month is refused as well.
    await expect(
      api.updateWageDecision(ok.id, { effectiveFrom: '2026-10-20' }, undefined, 'Flyt'),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    // A reopened month is open again.
    await api.reopenMonth('2026-10', 'Rettelse');
    await api.updateWageDecision(ok.id, { effectiveFrom: '2026-10-20' }, undefined, 'Flyt');
  });

  it('previews an efterregulering of a locked decision without saving anything', async () => {
    const { api } = await freshApi();
    const { bo, decisions } = await seedOctober(api);
    await api.closeMonth('2026-10', 'excel');
    const wrong = decisions[2]!;
    const before = await api.listWageDecisions(bo.id);
    const preview = await api.previewWageCorrection(wrong.id, hand('2026-03-01', 14));
    expect(preview.payIn).toBe('2026-11');
    expect(preview.months.map((m) => [m.month, m.closedGross, m.newGross, m.deltaGross])).toEqual([
      ['2026-10', 123, 143.5, 20.5],
    ]);
    expect(preview.deltaGross).toBe(20.5);
    expect(await api.listWageDecisions(bo.id)).toEqual(before);
    // From another date than the wrong decision's it is refused at the field.
    const err = (await api
      .previewWageCorrection(wrong.id, hand('2026-04-01', 14))
      .catch((e: unknown) => e)) as DataError;
    expect(err.issues).toEqual([
      {
        path: ['effectiveFrom'],
        message: 'en efterregulering gælder fra den forkerte afgørelses dato, 01.03.2026',
      },
    ]);
  });
});
