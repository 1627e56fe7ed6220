import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import type { WageDecision } from '../../../shared/records';
import { decisionLetter } from '../../../renderer/src/features/wage/decisionLetterModel';
import { MIDDLE_ASSESSMENT } from '../../fixtures/assessment';

const base = {
  id: 'd1',
  citizenId: 'c1',
  effectiveFrom: '2026-01-01',
  assessorInitials: 'TST',
  createdAt: '2026-02-03T10:00:00.000Z',
  updatedAt: '2026-02-03T10:00:00.000Z',
};

describe('decisionLetter', () => {
  it('states the scored wage and how it was calculated (rules §2, example 1)', () => {
    const d: WageDecision = {
      ...base,
      assessment: MIDDLE_ASSESSMENT,
    };
    const letter = decisionLetter(d, DEFAULT_SETTINGS);
    expect(letter.wage).toBe('19,00 kr.');
    expect(letter.effectiveFrom).toBe('01.01.2026');
    expect(letter.dated).toBe('03.02.2026');
    expect(letter.basis.kind).toBe('assessment');
    if (letter.basis.kind !== 'assessment') return;
    expect(letter.basis.rows[0]).toEqual({ label: 'Mødestabilitet', value: '2 – i nogen grad' });
    expect(letter.basis.rows.at(-1)?.label).toBe('Hjælpebehov');
    expect(letter.basis.rows.at(-1)?.value).toMatch(/moderat støtte/);
    expect(letter.basis.calculation).toBe(
      'Samlet score 12 af 24 point (50,0 %). Lønnen ligger mellem bunden 7,50 kr. ' +
        '(5 % af mindstelønnen) og loftet 30,00 kr.: 7,50 kr. + (30,00 kr. − 7,50 kr.) × 50,0 % ' +
        '= 18,75 kr., afrundet til nærmeste 0,50 kr.: 19,00 kr.',
    );
  });

  it('states a hand-set wage with its justification', () => {
    const d: WageDecision = { ...base, hourlyWage: 31, justification: 'Konkret vurdering' };
    const letter = decisionLetter(d, DEFAULT_SETTINGS);
    expect(letter.wage).toBe('31,00 kr.');
    expect(letter.basis).toEqual({ kind: 'handSet', justification: 'Konkret vurdering' });
  });
});
