// What keeps a work area from being deleted (docs/rules.md §6 "On screen"): citizens who belong or
// belonged to it, and closed months with a row in it; the refusal names them in Danish.
import { describe, expect, it } from 'vitest';
import { areaInUseMessage, areaUse } from '../../../shared/records/work-area';

const close = (month: string, ...areaIds: (string | undefined)[]) => ({
  month,
  payroll: { rows: areaIds.map((id) => (id ? { workArea: { id } } : {})) },
});

describe('areaUse', () => {
  it('counts every citizen with a membership in the area, also one moved away, and the months', () => {
    const use = areaUse(
      'park',
      [
        { workAreas: [{ from: '2026-01', areaId: 'park' }] },
        {
          workAreas: [
            { from: '2026-01', areaId: 'park' },
            { from: '2026-06', areaId: 'montage' },
          ],
        },
        { workAreas: [{ from: '2026-01', areaId: 'montage' }] },
        {},
      ],
      [close('2026-10', 'park', 'montage'), close('2026-09', 'park'), close('2026-08', undefined)],
    );
    expect(use).toEqual({ citizens: 2, months: ['2026-09', '2026-10'] });
  });
});

describe('areaInUseMessage', () => {
  it('says why in one sentence, or nothing for an unused area', () => {
    expect(areaInUseMessage('Montage', { citizens: 0, months: [] })).toBeNull();
    expect(areaInUseMessage('Have og park', { citizens: 3, months: [] })).toBe(
      'Have og park bruges af 3 borgere og kan ikke slettes.',
    );
    expect(areaInUseMessage('Have og park', { citizens: 0, months: ['2026-10'] })).toBe(
      'Have og park er brugt i oktober 2026 og kan ikke slettes.',
    );
    expect(areaInUseMessage('Have og park', { citizens: 1, months: ['2026-09', '2026-10'] })).toBe(
      'Have og park bruges af 1 borger og er brugt i september 2026 og oktober 2026, så det kan ikke slettes.',
    );
    expect(
      areaInUseMessage('Montage', {
        citizens: 0,
        months: ['2026-01', '2026-02', '2026-03', '2026-04'],
      }),
    ).toBe('Montage er brugt i 4 lukkede måneder (januar 2026 – april 2026) og kan ikke slettes.');
  });
});
