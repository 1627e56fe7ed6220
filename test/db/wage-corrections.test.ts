// Efterregulering saved (issue 10, Build item 3; docs/rules.md §10): recomputed in the write,
// frozen on the decision, audited with its reason; refused when it changes nothing; the closed
// month keeps its frozen results; a second correction of the same months pays only the rest.
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

describe('recordWageCorrection', () => {
  it('saves the per-month differences frozen on the decision and audits the reason', async () => {
    const { api, db } = await freshApi();
    const { bo, decisions } = await seedOctober(api);
    await api.closeMonth('2026-10', 'excel');
    const closedBefore = await db.monthCloses.get('2026-10');
    const wrong = decisions[2]!;
    const saved = await api.recordWageCorrection(
      wrong.id,
      hand('2026-03-01', 14),
      'Timelønnen var tastet forkert',
    );
    expect(saved).toMatchObject({
      citizenId: bo.id,
      effectiveFrom: '2026-03-01',
      hourlyWage: 14,
      supersedes: wrong.id,
      correction: {
        reason: 'Timelønnen var tastet forkert',
        payIn: '2026-11',
        months: [
          {
            month: '2026-10',
            grossClosed: 123,
            grossNew: 143.5,
            deltaGross: 20.5,
            // The 30 % transport cap follows the gross (docs/rules.md §4).
            adjustmentClosed: -21.05,
            adjustmentNew: -24.56,
            deltaAdjustment: -3.51,
          },
        ],
        deltaGross: 20.5,
        deltaAdjustment: -3.51,
      },
    });
    expect(await api.getWageDecision(saved.id)).toEqual(saved);
    // The closed month is not changed.
    expect(await db.monthCloses.get('2026-10')).toEqual(closedBefore);
    const log = await api.listAudit({ recordId: saved.id });
    expect(log[0]).toMatchObject({ action: 'create', reason: 'Timelønnen var tastet forkert' });
    // Frozen: it cannot be edited afterwards.
    await expect(
      api.updateWageDecision(saved.id, { hourlyWage: 15 }, undefined, 'Igen'),
    ).rejects.toMatchObject({ code: 'LOCKED' });
    // Reopened, October is computed with the decisions it was paid with: re-closing it needs no
    // "new figures" confirmation, and November still pays the correction — once.
    await api.reopenMonth('2026-10', 'Kontrol');
    await api.closeMonth('2026-10', 'excel');
    expect((await db.monthCloses.get('2026-10'))?.payroll.rows).toEqual(closedBefore?.payroll.rows);
    // The same correction again pays nothing more: earlier corrections are subtracted.
    const again = await api.previewWageCorrection(wrong.id, hand('2026-03-01', 14));
    expect(again.deltaGross).toBe(0);
  });

  it('refuses a correction that changes nothing, or without a reason, and saves nothing', async () => {
    const { api } = await freshApi();
    const { bo, decisions } = await seedOctober(api);
    await api.closeMonth('2026-10', 'excel');
    const wrong = decisions[2]!;
    const before = await api.listWageDecisions(bo.id);
    const same = (await api
      .recordWageCorrection(wrong.id, hand('2026-03-01', wrong.hourlyWage!), 'Ingen ændring')
      .catch((e: unknown) => e)) as DataError;
    expect(same.code).toBe('VALIDATION');
    expect(same.issues[0]!.message).toBe(
      'den rettede afgørelse ændrer intet i de lukkede måneder, så der er intet at efterregulere',
    );
    await expect(
      api.recordWageCorrection(wrong.id, hand('2026-03-01', 14), '  '),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await api.listWageDecisions(bo.id)).toEqual(before);
  });
});
