// Month report, year summary and attendance sheet (docs/rules.md §12): every figure a sum of the
// one month computation's rows, equal to the month's totals and to the payroll CSV.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildExcelCsv, isSubtotalRow } from '../../../shared/csv';
import { computeMonth, toPayrollMonth } from '../../../shared/month';
import {
  MONTH_REPORT_HEADER,
  monthReportCsv,
  monthReportDoc,
  trend,
} from '../../../shared/documents/monthReport';
import { yearSummaryCsv, yearSummaryDoc } from '../../../shared/documents/yearSummary';
import {
  attendanceSheetDoc,
  attendanceSheetsByArea,
} from '../../../shared/documents/attendanceSheet';
import { october, attendance, citizens } from '../../fixtures/october';

const month = toPayrollMonth(computeMonth(october));
const parse = (text: string) =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;
const n = (s: string) => Number(s.replace(',', '.'));
const STAMP = '2026-01-01T08:00:00.000Z';

describe('monthReportDoc', () => {
  const doc = monthReportDoc(month);

  it('groups by area and transport mode and adds up to the month totals', () => {
    expect(doc.title).toBe('Månedsrapport for oktober 2026');
    expect(doc.areas.map((a) => a.area.name)).toEqual(['Uden arbejdsområde']);
    const t = month.totals;
    expect(doc.total).toEqual({
      citizens: t.citizens,
      days: t.days,
      hours: t.hours,
      grossPay: t.grossPay,
      transportTotal: t.transportTotal,
      citizenShare: t.citizenShare,
      municipalShare: t.municipalShare,
    });
    const modes = doc.areas[0]!.groups.map((g) => g.mode);
    expect(new Set(modes).size).toBe(modes.length);
    expect(doc.areas[0]!.groups.reduce((s, g) => s + g.citizens, 0)).toBe(month.rows.length);
  });

  it("uses each row's work area from the month computation (docs/rules.md §6)", () => {
    const [first, ...rest] = october.citizens;
    const areas = [
      { id: 'a-have', name: 'Have og park', wages: [], createdAt: STAMP, updatedAt: STAMP },
      { id: 'a-gen', name: 'Genbrugsbutik', wages: [], createdAt: STAMP, updatedAt: STAMP },
    ];
    const placed = computeMonth({
      ...october,
      workAreas: areas,
      citizens: [
        { ...first!, workAreas: [{ from: '2026-01', areaId: 'a-have' }] },
        ...rest.map((c) => ({ ...c, workAreas: [{ from: '2026-01', areaId: 'a-gen' }] })),
      ],
    });
    const byArea = monthReportDoc(placed);
    expect(byArea.areas.map((a) => [a.area.name, a.subtotal.citizens])).toEqual([
      ['Genbrugsbutik', placed.rows.length - 1],
      ['Have og park', 1],
    ]);
    expect(byArea.total.grossPay).toBe(placed.totals.grossPay);
    const csv = parse(monthReportCsv(byArea));
    expect(csv.filter((r) => r[2] === 'I alt').map((r) => r[1])).toEqual([
      'Genbrugsbutik',
      'Have og park',
    ]);
  });

  it('gives per-area subtotals when rows carry areas', () => {
    const two = monthReportDoc(month, (row) =>
      row.payrollNumber === month.rows[0]!.payrollNumber
        ? { id: 'a', name: 'Have og park' }
        : { id: 'b', name: 'Genbrugsbutik' },
    );
    expect(two.areas.map((a) => a.area.name)).toEqual(['Genbrugsbutik', 'Have og park']);
    expect(two.areas[1]!.subtotal.grossPay).toBe(month.rows[0]!.result.grossPay);
    expect(two.total).toEqual(doc.total);
  });

  it('exports a CSV whose total line matches the payroll CSV column sums', () => {
    const [first, ...rest] = october.citizens;
    const areas = [
      { id: 'a-have', name: 'Have og park', wages: [], createdAt: STAMP, updatedAt: STAMP },
      { id: 'a-gen', name: 'Genbrugsbutik', wages: [], createdAt: STAMP, updatedAt: STAMP },
    ];
    // Two areas: the payroll CSV then has a subtotal row per area (docs/rules.md §9), which a
    // column sum leaves out.
    const twoAreas = toPayrollMonth(
      computeMonth({
        ...october,
        workAreas: areas,
        citizens: [
          { ...first!, workAreas: [{ from: '2026-01', areaId: 'a-have' }] },
          ...rest.map((c) => ({ ...c, workAreas: [{ from: '2026-01', areaId: 'a-gen' }] })),
        ],
      }),
    );
    for (const m of [month, twoAreas]) {
      const rows = parse(monthReportCsv(monthReportDoc(m)));
      expect(rows[0]).toEqual([...MONTH_REPORT_HEADER]);
      const total = rows.at(-1)!;
      expect(total.slice(0, 2)).toEqual(['2026-10', 'I alt']);
      const excel = parse(buildExcelCsv(m));
      const lines = excel.slice(1).filter((r) => !isSubtotalRow(r[2]!, r[3]!));
      expect(lines).toHaveLength(m.rows.length);
      const col = (name: string) =>
        lines.reduce((s, r) => s + Math.round(n(r[excel[0]!.indexOf(name)]!) * 100), 0) / 100;
      expect(n(total[5]!)).toBe(col('Bruttoløn'));
      expect(n(total[6]!)).toBe(col('Kørsel i alt'));
      expect(n(total[7]!)).toBe(col('Borgerens andel'));
      expect(n(total[8]!)).toBe(col('Kommunens andel'));
    }
  });

  it('gives the 12-month series in month order', () => {
    const series = trend([
      { month: '2026-10', totals: month.totals },
      { month: '2026-09', totals: { ...month.totals, grossPay: 1, municipalShare: 2 } },
    ]);
    expect(series.map((p) => [p.label, p.grossPay, p.municipalShare])).toEqual([
      ['September 2026', 1, 2],
      ['Oktober 2026', month.totals.grossPay, month.totals.municipalShare],
    ]);
  });
});

describe('yearSummaryDoc', () => {
  it('sums a citizen’s months exactly, months without a row as zero', () => {
    const row = month.rows[0]!;
    const months = Array.from({ length: 12 }, (_, i) => {
      const m = `2026-${String(i + 1).padStart(2, '0')}`;
      return { month: m, status: 'open' as const, row: m >= '2026-09' ? row : undefined };
    });
    const doc = yearSummaryDoc(2026, row, months);
    expect(doc.title).toBe('Årsoversigt 2026');
    expect(doc.rows).toHaveLength(12);
    expect(doc.rows[0]).toMatchObject({ label: 'Januar 2026', present: false, grossPay: 0 });
    const x4 = (v: number) => Math.round(v * 100 * 4) / 100;
    expect(doc.total.grossPay).toBe(x4(row.result.grossPay));
    expect(doc.total.municipalShare).toBe(x4(row.result.transport.municipalShare));
    expect(doc.total.citizenShare).toBe(x4(row.result.transport.citizenShare));
    const csv = parse(yearSummaryCsv(doc));
    expect(csv).toHaveLength(14);
    expect(csv.at(-1)![0]).toBe('I alt');
    expect(n(csv.at(-1)![3]!)).toBe(doc.total.grossPay);
  });
});

describe('attendanceSheetDoc', () => {
  it('marks planned days and writes in what is recorded', () => {
    const anna = citizens[0]!;
    const grants = [
      {
        id: 'g',
        citizenId: anna.id,
        size: 'half' as const,
        startDate: '2026-01-01',
        followUpDue: '2026-07-01',
        screeningNotes: '',
        createdAt: '2026-01-01T08:00:00.000Z',
        updatedAt: '2026-01-01T08:00:00.000Z',
      },
    ];
    const doc = attendanceSheetDoc('2026-10', 'Jobbasen', [anna], grants, attendance);
    expect(doc.title).toBe('Fremmødeliste oktober 2026');
    expect(doc.days).toHaveLength(31);
    expect(doc.days[2]).toEqual({ date: '2026-10-03', day: '3', weekend: true });
    const row = doc.rows[0]!;
    // ½ plads: the first 2 weekdays of each week in the month (docs/rules.md §1); October 2026
    // starts on a Thursday, so its first week gets Thursday and Friday.
    expect(row.cells.filter((c) => c.planned).map((c) => c.date.slice(8))).toEqual([
      '01',
      '02',
      '05',
      '06',
      '12',
      '13',
      '19',
      '20',
      '26',
      '27',
    ]);
    const recorded = attendance.filter((a) => a.citizenId === anna.id);
    for (const a of recorded) expect(row.cells.find((c) => c.date === a.date)!.text).not.toBe('');
  });

  it('gives one sheet per work area of the month, or the one asked for', () => {
    const [a, b] = citizens;
    const placed = [
      { ...a!, workAreas: [{ from: '2026-01', areaId: 'x' }] },
      {
        ...b!,
        workAreas: [
          { from: '2026-01', areaId: 'y' },
          { from: '2026-10', areaId: 'x' },
        ],
      },
    ];
    const areas = [
      { id: 'y', name: 'Montage' },
      { id: 'x', name: 'Have og park' },
    ];
    const all = attendanceSheetsByArea('2026-10', areas, placed, [], attendance);
    expect(all.map((d) => [d.area, d.rows.map((r) => r.name)])).toEqual([
      ['Have og park', [a!.name, b!.name]],
    ]);
    const september = attendanceSheetsByArea('2026-09', areas, placed, [], attendance);
    expect(september.map((d) => d.area)).toEqual(['Have og park', 'Montage']);
    expect(attendanceSheetsByArea('2026-10', areas, placed, [], attendance, 'y')).toEqual([
      expect.objectContaining({ area: 'Montage', rows: [] }),
    ]);
    const unplaced = attendanceSheetsByArea('2026-10', [], [a!], [], attendance);
    expect(unplaced.map((d) => d.area)).toEqual(['Uden arbejdsområde']);
  });
});
