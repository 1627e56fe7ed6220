import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import type { Assessment } from '../../../shared/domain/wage';
import {
  missingText,
  wageExplanationView,
} from '../../../renderer/src/features/wage/wageExplanationModel';

const scores = (s: number): Assessment['scores'] => ({
  attendanceStability: s,
  flexibility: s,
  productivity: s,
  quality: s,
  collegialInteraction: s,
});

describe('wageExplanationView', () => {
  it('explains the wage step by step', () => {
    const v = wageExplanationView({ scores: scores(2), helpNeed: 'moderate' }, DEFAULT_SETTINGS);
    expect(v.wage).toBe('19,00 kr.');
    expect(v.rows.map((r) => [r.label, r.value])).toEqual([
      ['Mødestabilitet', '2 af 4'],
      ['Fleksibilitet', '2 af 4'],
      ['Produktivitet', '2 af 4'],
      ['Kvaliteten af det udførte arbejde', '2 af 4'],
      ['Kollegialt samspil', '2 af 4'],
      ['Hjælpebehov', '2 af 4'],
      ['Score', '12 af 24 point = 50,0 %'],
      ['Bund (5 % af mindstelønnen 150,00 kr.)', '7,50 kr.'],
      ['Loft', '30,00 kr.'],
      ['Bund + (loft − bund) × score', '18,75 kr.'],
    ]);
    expect(v.result).toEqual({ label: 'Afrundet til trin på 0,50 kr.', value: '19,00 kr.' });
    expect(v.clampedNote).toBeNull();
  });

  it('shows the weights only when they differ from 1', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      criteriaWeights: { ...DEFAULT_SETTINGS.criteriaWeights, quality: 2 },
    };
    const v = wageExplanationView({ scores: scores(2), helpNeed: 'moderate' }, settings);
    expect(v.rows[3]?.value).toBe('2 af 4 × vægt 2');
    expect(v.rows[0]?.value).toBe('2 af 4 × vægt 1');
  });

  it('says when the wage was lifted to the floor or capped at the ceiling', () => {
    // Floor 7,40 kr. with 5 kr. steps: 0 points round down to 5 kr., below the floor.
    const low = { ...DEFAULT_SETTINGS, minimumWageReference: 148, wageRoundingStep: 5 };
    const v = wageExplanationView({ scores: scores(0), helpNeed: 'extensive' }, low);
    expect(v.wage).toBe('7,40 kr.');
    expect(v.clampedNote).toBe('Lønnen er løftet til bunden (mindstelønnen).');
    // Ceiling 28 kr. with 5 kr. steps: full points round to 30 kr., above the ceiling.
    const high = { ...DEFAULT_SETTINGS, wageCeiling: 28, wageRoundingStep: 5 };
    const w = wageExplanationView({ scores: scores(4), helpNeed: 'independent' }, high);
    expect(w.wage).toBe('28,00 kr.');
    expect(w.clampedNote).toBe('Lønnen er begrænset til loftet.');
  });

  it('names what is missing before there is a wage', () => {
    expect(missingText(['Fleksibilitet', 'Hjælpebehov'])).toBe(
      'Lønnen vises, når alle seks punkter er udfyldt. Mangler: Fleksibilitet, Hjælpebehov.',
    );
  });
});
