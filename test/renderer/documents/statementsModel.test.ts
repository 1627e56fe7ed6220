// "Lønbeskeder til alle borgere" in the "Arbejdsområde" filter (docs/rules.md §6, §12).
import { describe, expect, it } from 'vitest';
import { computeMonth } from '../../../shared/month';
import {
  fileSlug,
  statementsSelection,
} from '../../../renderer/src/features/documents/statementsModel';
import { ALL_AREAS } from '../../../renderer/src/features/workAreas/workAreasModel';
import { october } from '../../fixtures/october';
import { workArea } from '../../fixtures/workAreas';

const areas = [workArea('park', 'Have og park'), workArea('butik', 'Genbrugsbutik')];
// Anna worked in the shop in October; she has moved to the park since (from November).
const rows = computeMonth({
  ...october,
  citizens: october.citizens.map((c) => ({
    ...c,
    workAreas:
      c.id === 'c-anna'
        ? [
            { from: '2026-01', areaId: 'butik' },
            { from: '2026-11', areaId: 'park' },
          ]
        : [{ from: '2026-01', areaId: 'park' }],
  })),
  workAreas: areas,
}).rows;

describe('statements of one work area', () => {
  it('prints every citizen without a filter', () => {
    const s = statementsSelection('2026-10', rows, ALL_AREAS, areas);
    expect(s.rows).toEqual(rows);
    expect(s.subtitle).toBe('Alle borgere i oktober 2026, én side til hver');
    expect(s.printLabel).toBe('Udskriv alle lønbeskeder');
    expect(s.fileName).toBe('loenbesked-2026-10.pdf');
  });

  it("prints only the area's citizens by their area in THAT month (the row's work area)", () => {
    const shop = statementsSelection('2026-10', rows, 'butik', areas);
    expect(shop.rows.map((r) => r.citizenId)).toEqual(['c-anna']);
    expect(shop.subtitle).toBe('Borgerne i Genbrugsbutik i oktober 2026, én side til hver');
    expect(shop.printLabel).toBe('Udskriv lønbeskeder for Genbrugsbutik');
    expect(shop.fileName).toBe('loenbesked-2026-10-genbrugsbutik.pdf');
    const park = statementsSelection('2026-10', rows, 'park', areas);
    expect(park.rows.map((r) => r.citizenId)).not.toContain('c-anna');
    expect(park.rows).toHaveLength(rows.length - 1);
    expect(park.fileName).toBe('loenbesked-2026-10-have-og-park.pdf');
  });

  it('says so when the area has nobody that month', () => {
    const s = statementsSelection('2026-10', rows, 'tom', [...areas, workArea('tom', 'Montage')]);
    expect(s.rows).toEqual([]);
    expect(s.empty).toBe('Ingen borgere i Montage i oktober 2026.');
  });

  it('filters nothing for an area that no longer exists (or before the areas are read)', () => {
    expect(statementsSelection('2026-10', rows, 'gone', areas).rows).toHaveLength(rows.length);
    expect(statementsSelection('2026-10', rows, 'park', undefined).areaName).toBeUndefined();
  });

  it('turns an area name into a file-name part', () => {
    expect(fileSlug('Have og park')).toBe('have-og-park');
    expect(fileSlug('Værksted / Ødis & Åen')).toBe('vaerksted-oedis-aaen');
    expect(fileSlug('Crème brûlée')).toBe('creme-brulee');
    expect(fileSlug('!!!')).toBe('');
  });
});
