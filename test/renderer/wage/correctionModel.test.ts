// The efterregulering card's text (docs/rules.md §10): per month, the sums and where they are paid.
import { describe, expect, it } from 'vitest';
import { correctionText, signedKr } from '../../../renderer/src/features/wage/correctionModel';

const month = {
  month: '2026-10',
  closedGross: 150,
  newGross: 162,
  deltaGross: 12,
  closedAdjustment: -21.05,
  newAdjustment: -24.56,
  deltaAdjustment: -3.51,
};

describe('correctionText', () => {
  it('words each closed month, the sums and the month it is paid in', () => {
    const t = correctionText({
      payIn: '2026-11',
      months: [month],
      deltaGross: 12,
      deltaAdjustment: -3.51,
      problems: [],
    });
    expect(t).toEqual({
      rows: [
        {
          month: 'Oktober 2026',
          grossClosed: '150,00 kr.',
          grossNew: '162,00 kr.',
          deltaGross: '+12,00 kr.',
          deltaAdjustment: '−3,51 kr.',
        },
      ],
      deltaGross: '+12,00 kr.',
      deltaAdjustment: '−3,51 kr.',
      payIn: 'udbetales i november 2026',
      problem: '',
    });
  });

  it('says when there is nothing to correct, or a month cannot be computed', () => {
    const none = {
      ...month,
      newGross: 150,
      deltaGross: 0,
      newAdjustment: -21.05,
      deltaAdjustment: 0,
    };
    expect(
      correctionText({
        payIn: '2026-11',
        months: [none],
        deltaGross: 0,
        deltaAdjustment: 0,
        problems: [],
      }).problem,
    ).toMatch(/intet at efterregulere/);
    expect(
      correctionText({
        payIn: '2026-11',
        months: [],
        deltaGross: 0,
        deltaAdjustment: 0,
        problems: [{ month: '2026-09', issues: [] }],
      }).problem,
    ).toBe('september 2026 kan ikke beregnes med den rettede afgørelse.');
    expect(signedKr(0)).toBe('0,00 kr.');
  });
});
