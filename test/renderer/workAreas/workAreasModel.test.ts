// Work areas, the month's money and follow-ups on screen (issue 12, Build items 1, 7, 8): the pure
// models behind the settings card, the citizen page, the overview and the month table.
import { describe, expect, it } from 'vitest';
import { computeMonth } from '../../../shared/month';
import {
  ALL_AREAS,
  areaFilterOptions,
  areaNameOf,
  areaRows,
  checkAmount,
  checkMoveForm,
  checkRenameForm,
  checkWageForm,
  inArea,
  membershipLines,
} from '../../../renderer/src/features/workAreas/workAreasModel';
import { payLines } from '../../../renderer/src/features/citizens/citizenPayModel';
import { areaSubtotals } from '../../../renderer/src/features/monthClose/monthCloseModel';
import { overviewFigures } from '../../../renderer/src/features/overview/overviewModel';
import { october } from '../../fixtures/october';
import { workArea } from '../../fixtures/workAreas';

const at = '2026-01-01T08:00:00.000Z';
const areas = [
  workArea('park', 'Have og park'),
  workArea('montage', 'Montage', ['2026-01', 200], ['2026-11', 300]),
];
const anna = {
  workAreas: [
    { from: '2026-01', areaId: 'park' },
    { from: '2026-11', areaId: 'montage' },
  ],
};

describe('work areas on screen', () => {
  it('filters by the area a citizen belongs to in the month', () => {
    expect(areaFilterOptions(areas).map((o) => o.label)).toEqual([
      'Alle arbejdsområder',
      'Have og park',
      'Montage',
    ]);
    expect(inArea(anna, 'park', '2026-10')).toBe(true);
    expect(inArea(anna, 'park', '2026-11')).toBe(false);
    expect(inArea(anna, ALL_AREAS, '2026-11')).toBe(true);
    expect(inArea({}, 'park', '2026-11')).toBe(false);
    expect(areaNameOf(anna, areas, '2026-11')).toBe('Montage');
    expect(areaNameOf({}, areas, '2026-11')).toBe('Intet arbejdsområde');
    expect(membershipLines(anna.workAreas, areas)).toEqual([
      'Have og park fra januar 2026',
      'Montage fra november 2026',
    ]);
  });

  it('lists each area with its figure now and every dated one, in Danish', () => {
    expect(areaRows(areas, '2026-12')[1]).toEqual({
      id: 'montage',
      name: 'Montage',
      version: at,
      current: '300,00 kr.',
      figures: [
        { validFrom: '2026-01', text: 'fra januar 2026: 200,00 kr.', amount: '200' },
        { validFrom: '2026-11', text: 'fra november 2026: 300,00 kr.', amount: '300' },
      ],
    });
    expect(areaRows(areas, '2025-12')[0]!.current).toBe('—');
  });

  it('checks a new name and a corrected amount, naming the field', () => {
    expect(checkRenameForm('  Park og have ')).toEqual({ ok: true, name: 'Park og have' });
    expect(checkRenameForm('  ')).toEqual({ ok: false, errors: { name: 'skal udfyldes' } });
    expect(checkRenameForm('x'.repeat(101))).toMatchObject({ ok: false, errors: { name: /100/ } });
    expect(checkAmount('1.152,50')).toEqual({ ok: true, minimumWageReference: 1152.5 });
    expect(checkAmount('-1')).toMatchObject({
      ok: false,
      errors: { minimumWageReference: /negativ/ },
    });
    expect(checkAmount('1.5')).toMatchObject({
      ok: false,
      errors: { minimumWageReference: /komma/ },
    });
  });

  it('checks the forms, naming each field, and reads Danish amounts', () => {
    expect(checkWageForm({ areaId: 'park', validFrom: '2027-01', amount: '1.152,50' })).toEqual({
      ok: true,
      areaId: 'park',
      validFrom: '2027-01',
      minimumWageReference: 1152.5,
    });
    const bad = checkWageForm({ areaId: '', validFrom: '01.2027', amount: '1.5' });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(Object.keys(bad.errors).sort()).toEqual([
        'areaId',
        'minimumWageReference',
        'validFrom',
      ]);
    expect(checkMoveForm({ areaId: 'park', from: ' 2026-12 ' })).toEqual({
      ok: true,
      areaId: 'park',
      from: '2026-12',
    });
    expect(checkMoveForm({ areaId: '', from: '2026-13' })).toMatchObject({
      ok: false,
      errors: { areaId: 'vælg et arbejdsområde', from: expect.stringContaining('ÅÅÅÅ-MM') },
    });
  });
});

/** October's records with Anna in montage, everyone else in the park. */
function source() {
  return {
    ...october,
    citizens: october.citizens.map((c) => ({
      ...c,
      workAreas: [{ from: '2026-01', areaId: c.id === 'c-anna' ? 'montage' : 'park' }],
    })),
    workAreas: areas,
  };
}

describe('the month in money', () => {
  it("shows a citizen's row of the month computation: rate, gross, tax, shares and payout", () => {
    const results = computeMonth(october);
    const row = results.rows.find((r) => r.citizenId === 'c-anna')!;
    const lines = payLines(row)!;
    expect(lines.map((l) => l.label)).toEqual([
      'Dage',
      'Timer',
      'Timeløn',
      'Bruttoløn',
      'Anslået skat (AM-bidrag og A-skat)',
      'Borgerens andel af kørsel',
      'Kommunens andel af kørsel',
      'Anslået udbetaling',
    ]);
    const value = (label: string) => lines.find((l) => l.label === label)!.value;
    expect(value('Bruttoløn')).toBe(`${row.result.grossPay.toFixed(2).replace('.', ',')} kr.`);
    // Two wage lines: each with its date.
    expect(value('Timeløn')).toMatch(/ fra 01\.10\.2026; .* fra 16\.10\.2026$/);
    expect(payLines(undefined)).toBeNull();
  });

  it('gives the month table one subtotal row per area when there are several', () => {
    const results = computeMonth(source());
    const parts = areaSubtotals(results);
    expect(parts.map((p) => p.label)).toEqual(['Have og park (3 borgere)', 'Montage (1 borger)']);
    expect(areaSubtotals(computeMonth(october))).toEqual([]);
  });

  it('overview: the money of the month in the filter, per area, and follow-ups under their area', () => {
    const s = source();
    const view = {
      month: '2026-10',
      status: 'open' as const,
      results: computeMonth(s),
      close: null,
    };
    const grants = [
      {
        id: 'g-a',
        citizenId: 'c-anna',
        size: 'full' as const,
        startDate: '2026-01-01',
        followUpDue: '2026-10-01',
        screeningNotes: '',
        createdAt: at,
        updatedAt: at,
      },
      {
        id: 'g-b',
        citizenId: 'c-bo',
        size: 'full' as const,
        startDate: '2026-01-01',
        followUpDue: '2026-10-20',
        screeningNotes: '',
        createdAt: at,
        updatedAt: at,
      },
    ];
    const src = {
      citizens: s.citizens,
      grants,
      attendance: s.attendance,
      view,
      decisions: s.wageDecisions,
      workAreas: areas,
    };
    const all = overviewFigures(src, '2026-10', '2026-10-15');
    expect(all.money[0]).toEqual({ label: 'Bruttoløn', value: expect.stringMatching(/ kr\.$/) });
    expect(all.areaMoney.map((a) => a.area)).toEqual(['Have og park', 'Montage']);
    expect(all.followUpGroups.map((g) => [g.area, g.lines.map((l) => l.citizen.id)])).toEqual([
      ['Have og park', ['c-bo']],
      ['Montage', ['c-anna']],
    ]);
    const montage = overviewFigures(src, '2026-10', '2026-10-15', 'montage');
    const annaGross = view.results.rows.find((r) => r.citizenId === 'c-anna')!.result.grossPay;
    expect(montage.money[0]!.value).toBe(`${annaGross.toFixed(2).replace('.', ',')} kr.`);
    expect(montage.followUps.map((l) => l.citizen.id)).toEqual(['c-anna']);
    expect(montage.areaMoney).toEqual([]);
  });
});
