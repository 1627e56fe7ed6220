// The wage page's list of decisions (docs/rules.md §§2, 10): newest first, "Ret"/"Slet" only
// while no closed month used a decision, a locked one names its months; the form's first date.
import { describe, expect, it } from 'vitest';
import type { MonthClose, WageDecision } from '../../../shared/records';
import {
  decisionRows,
  defaultEffectiveFrom,
  lockedText,
} from '../../../renderer/src/features/wage/decisionListModel';
import {
  correctionFromForm,
  handSetValuesOf,
  latestAssessed,
} from '../../../renderer/src/features/wage/wageModel';

const at = '2026-11-02T09:00:00.000Z';
const assessment = {
  scores: {
    attendanceStability: 2,
    flexibility: 2,
    productivity: 3,
    quality: 2,
    collegialInteraction: 3,
  },
  helpNeed: 'moderate' as const,
};
const d = (id: string, effectiveFrom: string, extra: Partial<WageDecision>): WageDecision => ({
  id,
  citizenId: 'c1',
  effectiveFrom,
  assessorInitials: 'AB',
  createdAt: at,
  updatedAt: at,
  ...extra,
});
const decisions = [
  d('a', '2026-01-01', { assessment }),
  d('b', '2026-11-01', { hourlyWage: 35, justification: 'Fast sats' }),
];
const close = (month: string, status: MonthClose['status'], ids: string[]) =>
  ({ month, status, wageDecisionIds: ids }) as unknown as MonthClose;

describe('decisionRows', () => {
  it('lists newest first with the wage in Danish and locks what a closed month used', () => {
    const rows = decisionRows(decisions, [close('2026-10', 'closed', ['a'])], []);
    expect(rows.map((r) => [r.from, r.wage, r.locked === ''])).toEqual([
      ['01.11.2026', 'Håndsat 35,00 kr.', true],
      // 14 of 24 points: 7,50 + 22,50 · 14/24 = 20,625 → 20,50 kr. (step 0,50, docs/rules.md §2).
      ['01.01.2026', 'Vurdering 20,50 kr.', false],
    ]);
    expect(rows[1]!.locked).toBe(
      'Låst: brugt til løn i oktober 2026 (1 lukket måned). En ændring er en ny afgørelse fra den første åbne måned.',
    );
  });

  it('keeps a decision locked after its month is reopened, and counts the months', () => {
    expect(
      lockedText(['2026-09', '2026-10']).startsWith(
        'Låst: brugt til løn i september 2026, oktober 2026 (2 lukkede måneder)',
      ),
    ).toBe(true);
    const rows = decisionRows(decisions, [close('2026-10', 'reopened', ['a'])], []);
    expect(rows[1]!.locked).not.toBe('');
  });

  it('marks a decision replaced by a newer one from the same date', () => {
    const newer = d('c', '2026-01-01', { assessment, createdAt: '2026-11-03T09:00:00.000Z' });
    const rows = decisionRows([...decisions, newer], [], []);
    expect(rows.find((r) => r.id === 'a')!.replaced).toBe(true);
    expect(rows.find((r) => r.id === 'c')!.replaced).toBe(false);
  });
});

describe('the form', () => {
  it('starts on the first day of the first open month', () => {
    expect(defaultEffectiveFrom([], '2026-10')).toBe('2026-10-01');
    expect(defaultEffectiveFrom([close('2026-10', 'closed', [])], '2026-10')).toBe('2026-11-01');
  });

  it('starts a reassessment from the latest decision with an assessment, if any', () => {
    expect(latestAssessed(decisions)?.id).toBe('a');
    expect(latestAssessed([decisions[1]!])).toBeUndefined();
  });

  it('"Ret" of a hand-set decision starts from its wage and justification', () => {
    expect(handSetValuesOf(decisions[1])).toEqual({
      handSet: true,
      hourlyWage: '35',
      justification: 'Fast sats',
    });
    expect(handSetValuesOf(decisions[0]).handSet).toBe(false);
  });

  it('"Ret" needs a reason; the patch keeps the original assessor', () => {
    const input = {
      citizenId: 'c1',
      effectiveFrom: '2026-11-01',
      hourlyWage: 25,
      justification: 'Fast sats',
      assessorInitials: 'XY',
    };
    expect(correctionFromForm({ ok: true, input }, ' ')).toEqual({
      ok: false,
      errors: { reason: 'må ikke være tom' },
    });
    expect(correctionFromForm({ ok: false, errors: { hourlyWage: 'mangler' } }, '')).toEqual({
      ok: false,
      errors: { hourlyWage: 'mangler', reason: 'må ikke være tom' },
    });
    expect(correctionFromForm({ ok: true, input }, ' Tastefejl ')).toEqual({
      ok: true,
      patch: { effectiveFrom: '2026-11-01', hourlyWage: 25, justification: 'Fast sats' },
      reason: 'Tastefejl',
    });
  });
});
