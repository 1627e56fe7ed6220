// The month table in the "Arbejdsområde" filter (docs/rules.md §6 "On screen", issue 12 Build 1).
import { describe, expect, it } from 'vitest';
import { computeMonth } from '../../../shared/month';
import {
  monthTable,
  monthTotals,
  monthRows,
} from '../../../renderer/src/features/monthClose/monthCloseModel';
import { ALL_AREAS } from '../../../renderer/src/features/workAreas/workAreasModel';
import { october } from '../../fixtures/october';
import { workArea } from '../../fixtures/workAreas';

const areas = [workArea('park', 'Have og park'), workArea('montage', 'Montage', ['2026-01', 200])];
// Anna works in Montage, everyone else in Have og park.
const results = computeMonth({
  ...october,
  citizens: october.citizens.map((c) => ({
    ...c,
    workAreas: [{ from: '2026-01', areaId: c.id === 'c-anna' ? 'montage' : 'park' }],
  })),
  workAreas: areas,
});

describe('the month table in the area filter', () => {
  it('shows every row, the subtotals and "I alt" without a filter, and no notice', () => {
    const t = monthTable(results, ALL_AREAS, areas);
    expect(t.rows).toEqual(monthRows(results));
    expect(t.totals).toEqual(monthTotals(results));
    expect(t.subtotals.map((s) => s.areaId)).toEqual(['park', 'montage']);
    expect(t.notice).toBeNull();
  });

  it("shows only the area's rows, their sum as its own total, and says closing covers the whole month", () => {
    const all = results.rows.length;
    const t = monthTable(results, 'montage', areas);
    expect(t.rows.map((r) => r.citizenId)).toEqual(['c-anna']);
    expect(t.source.map((r) => r.citizenId)).toEqual(['c-anna']);
    const anna = results.rows.find((r) => r.citizenId === 'c-anna')!;
    expect(t.totals.label).toBe('I alt for Montage (1 borger)');
    expect(t.totals.days).toBe(String(anna.result.days));
    expect(t.totals.payout).toMatch(/^Beløb i kroner\. Anslået udbetaling for Montage /);
    expect(t.subtotals).toEqual([]);
    expect(t.notice).toBe(
      `Viser 1 af ${all} borgere (Montage). Lukningen og lønfilen gælder hele måneden.`,
    );

    const park = monthTable(results, 'park', areas);
    expect(park.rows).toHaveLength(all - 1);
    // The park's total is the park subtotal of the unfiltered table, figure by figure.
    const {
      areaId: _id,
      label: _l,
      payout: _p,
      ...sub
    } = monthTable(results, ALL_AREAS, areas).subtotals.find((s) => s.areaId === 'park')!;
    const { label: _l2, payout: _p2, ...total } = park.totals;
    expect(total).toEqual(sub);
  });

  it('filters by the area the month computation stored on the row, not the citizen today', () => {
    // A closed month keeps its rows: a row stored under Montage stays there.
    const moved = {
      ...results,
      rows: results.rows.map((r) =>
        r.citizenId === 'c-bo' ? { ...r, workArea: { ...r.workArea!, id: 'montage' } } : r,
      ),
    };
    expect(monthTable(moved, 'montage', areas).source.map((r) => r.citizenId)).toEqual([
      'c-anna',
      'c-bo',
    ]);
  });

  it('filters nothing for an area that no longer exists (or before the areas are read)', () => {
    expect(monthTable(results, 'gone', areas).notice).toBeNull();
    expect(monthTable(results, 'montage', undefined).rows).toHaveLength(results.rows.length);
  });

  it('leaves the month itself untouched (closing and exports read it, not the view)', () => {
    const before = JSON.stringify(results);
    monthTable(results, 'montage', areas);
    expect(JSON.stringify(results)).toBe(before);
  });
});
