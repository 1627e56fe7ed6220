// The month builder with work areas (issue 12, Build item 1; docs/rules.md §6): each citizen's
// month is computed with the reference wage of the area it belongs to that month, a move takes
// effect from the first of a month, and the month has subtotals per area. Pure.
import { describe, expect, it } from 'vitest';
import { computeMonth, totalsByArea, totalsOf } from '../../../shared/month';
import { areaGroups } from '../../../shared/csv';
import { monthReportDoc } from '../../../shared/documents/monthReport';
import { computeCorrection } from '../../../shared/month/corrections';
import {
  areaIdFor,
  areaWageFor,
  closedMonthsMoved,
  monthAreaOf,
  withMembership,
} from '../../../shared/records';
import type { MonthClose } from '../../../shared/records';
import { october } from '../../fixtures/october';
import { workArea } from '../../fixtures/workAreas';

const park = workArea('park', 'Have og park');
const montage = workArea('montage', 'Montage', ['2026-01', 200], ['2026-11', 300]);

/**
 * October's records with Anna in the park until October and in montage from November, paid by
 * her assessment only (her hand-set decision from 16.10.2026 left out).
 */
function source(month: string) {
  const citizens = october.citizens.map((c) =>
    c.id === 'c-anna'
      ? {
          ...c,
          workAreas: [
            { from: '2026-01', areaId: 'park' },
            { from: '2026-11', areaId: 'montage' },
          ],
        }
      : { ...c, workAreas: [{ from: '2026-01', areaId: 'park' }] },
  );
  const attendance = [
    ...october.attendance,
    ...october.attendance
      .filter((a) => a.citizenId === 'c-anna')
      .map((a) => ({ ...a, date: a.date.replace('2026-10', '2026-11') })),
  ];
  const wageDecisions = october.wageDecisions.filter((d) => d.id !== 'w-anna-2');
  return { ...october, month, citizens, attendance, wageDecisions, workAreas: [park, montage] };
}

describe('work areas in the month builder', () => {
  it('finds the area and figure in force per month', () => {
    const m = [
      { from: '2026-03', areaId: 'park' },
      { from: '2026-11', areaId: 'montage' },
    ];
    expect(areaIdFor('2026-10', m)).toBe('park');
    expect(areaIdFor('2026-11', m)).toBe('montage');
    // Before the first membership the first one holds.
    expect(areaIdFor('2026-01', m)).toBe('park');
    expect(areaIdFor('2026-01', undefined)).toBeUndefined();
    expect(areaWageFor('2026-10', montage)).toBe(200);
    expect(areaWageFor('2026-12', montage)).toBe(300);
    expect(areaWageFor('2025-12', montage)).toBeUndefined();
    expect(monthAreaOf({ workAreas: m }, '2026-11', [park, montage])).toEqual({
      id: 'montage',
      name: 'Montage',
      minimumWageReference: 300,
    });
    expect(withMembership(m, 'park', '2026-11')).toEqual([
      { from: '2026-03', areaId: 'park' },
      { from: '2026-11', areaId: 'park' },
    ]);
    expect(
      closedMonthsMoved(m, withMembership(m, 'montage', '2026-10'), ['2026-09', '2026-10']),
    ).toEqual(['2026-10']);
    expect(closedMonthsMoved(m, withMembership(m, 'park', '2026-12'), ['2026-10'])).toEqual([]);
  });

  it('puts the area figure into the calc input: the same assessment pays by the area floor', () => {
    // Worked example 1 (fraction 0,5): floor 7,50 → 19,00 kr.; floor 15,00 → 22,50 kr.
    const oct = computeMonth(source('2026-10'));
    const annaOct = oct.rows.find((r) => r.citizenId === 'c-anna')!;
    expect(annaOct.workArea).toEqual({
      id: 'park',
      name: 'Have og park',
      minimumWageReference: 150,
    });
    expect(annaOct.result.wageLines[0]!.hourlyWage).toBe(19);
    const nov = computeMonth(source('2026-11'));
    const annaNov = nov.rows.find((r) => r.citizenId === 'c-anna')!;
    expect(annaNov.workArea?.name).toBe('Montage');
    expect(annaNov.result.wageLines[0]!.hourlyWage).toBe(22.5);
    // The month's common settings stay as they are (docs/rules.md §6: only the figure is per area).
    expect(nov.settings.minimumWageReference).toBe(150);
  });

  it('computes as before without areas (a workshop that has none)', () => {
    const plain = computeMonth(october);
    const withNone = computeMonth({ ...october, workAreas: [] });
    expect(withNone.rows).toEqual(plain.rows);
    expect(plain.rows.every((r) => r.workArea === undefined)).toBe(true);
  });

  it('subtotals per area add up to the month', () => {
    const nov = computeMonth(source('2026-11'));
    const parts = totalsByArea(nov.rows);
    expect(parts.map((p) => p.name)).toEqual(['Have og park', 'Montage']);
    expect(parts[1]!.totals.citizens).toBe(1);
    const sum = parts.reduce((acc, p) => acc + Math.round(p.totals.grossPay * 100), 0);
    expect(sum).toBe(Math.round(totalsOf(nov.rows).grossPay * 100));
    expect(totalsByArea(computeMonth(october).rows).map((p) => p.name)).toEqual([
      'Uden arbejdsområde',
    ]);
  });

  it('names the rows without an area as the files and the month report do, and puts them last', () => {
    // One grouping for the screen, both payroll files and the month report (docs/rules.md §6).
    const nov = computeMonth(source('2026-11'));
    const unplaced = nov.rows.map((r, i) => (i === 0 ? { ...r, workArea: undefined } : r));
    const names = totalsByArea(unplaced).map((p) => p.name);
    expect(names.at(-1)).toBe('Uden arbejdsområde');
    expect(areaGroups(unplaced).map((g) => g.name)).toEqual(names);
    expect(
      monthReportDoc({ month: nov.month, rows: unplaced }).areas.map((a) => a.area.name),
    ).toEqual(names);
  });

  it('an efterregulering recomputes a closed month with the area figure it was closed with', () => {
    // Anna in montage all year: October closed on its floor of 10,00 (200,00 kr.), 20,00 kr./t.
    const src = source('2026-10');
    const inMontage = src.citizens.map((c) =>
      c.id === 'c-anna' ? { ...c, workAreas: [{ from: '2026-01', areaId: 'montage' }] } : c,
    );
    const oct = computeMonth({ ...src, citizens: inMontage });
    const annaRow = oct.rows.find((r) => r.citizenId === 'c-anna')!;
    expect(annaRow.result.wageLines[0]!.hourlyWage).toBe(20);
    const close = { month: '2026-10', status: 'closed', payroll: oct } as unknown as MonthClose;
    const result = computeCorrection({
      citizen: inMontage.find((c) => c.id === 'c-anna')!,
      from: '2026-01-01',
      decisions: src.wageDecisions.filter((d) => d.citizenId === 'c-anna'),
      attendance: src.attendance.filter((a) => a.citizenId === 'c-anna'),
      closes: [close],
    });
    // Nothing changed, so nothing to pay (the common 150,00 would have made it 19,00 kr./t).
    expect(result.months[0]).toMatchObject({ deltaGross: 0, deltaAdjustment: 0 });
  });
});
