// Efterreguleringer paid in the first open month (docs/rules.md §§7, 9, 10): their own lines on
// the citizen's row, not part of the month's calculation; a row even without activity; both
// payroll profiles show them.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EXCEL_HEADER, buildExcelCsv, buildWageTypesCsv } from '../../../shared/csv';
import { computeMonth, correctionsPaidIn, toPayrollMonth } from '../../../shared/month';
import type { WageDecision } from '../../../shared/records';
import { october, wageDecisions } from '../../fixtures/october';

const correction = (citizenId: string, payIn: string): WageDecision => ({
  ...wageDecisions.find((d) => d.citizenId === citizenId)!,
  id: `korr-${citizenId}`,
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
  correction: {
    reason: 'Forkert timeløn',
    payIn,
    months: [
      {
        month: '2026-09',
        grossClosed: 100,
        grossNew: 110,
        deltaGross: 10,
        adjustmentClosed: -20,
        adjustmentNew: -21.5,
        deltaAdjustment: -1.5,
      },
      {
        month: '2026-10',
        grossClosed: 123,
        grossNew: 143.5,
        deltaGross: 20.5,
        adjustmentClosed: -21.05,
        adjustmentNew: -24.56,
        deltaAdjustment: -3.51,
      },
    ],
    deltaGross: 30.5,
    deltaAdjustment: -5.01,
  },
});

const parse = (csv: string) =>
  Papa.parse<string[]>(csv.slice(1), { delimiter: ';', newline: '\r\n' }).data.slice(0, -1);

describe('corrections paid in a month', () => {
  const bo = october.citizens[1]!;
  const source = {
    ...october,
    month: '2026-11',
    wageDecisions: [...october.wageDecisions, correction(bo.id, '2026-11')],
    // No attendance in November at all: the correction alone gives Bo a row.
    attendance: [],
  };

  it('sums them per citizen, exact in øre, naming the months they correct', () => {
    expect(correctionsPaidIn('2026-11', source.wageDecisions).get(bo.id)).toEqual({
      deltaGross: 30.5,
      deltaAdjustment: -5.01,
      months: ['2026-09', '2026-10'],
    });
    expect(correctionsPaidIn('2026-12', source.wageDecisions).size).toBe(0);
  });

  it('gives the row its own lines, outside the month calculation and totals (§7)', () => {
    const month = computeMonth(source);
    const row = month.rows.find((r) => r.citizenId === bo.id)!;
    expect(row.corrections).toEqual({
      deltaGross: 30.5,
      deltaAdjustment: -5.01,
      months: ['2026-09', '2026-10'],
    });
    expect(row.result.grossPay).toBe(0);
    expect(month.totals.grossPay).toBe(0);
    expect(month.rows.filter((r) => r.corrections)).toHaveLength(1);
  });

  it('is a row for an ended citizen with nothing else that month', () => {
    const ended = { ...bo, endDate: '2026-10-31', endReason: 'Fraflyttet' };
    const month = computeMonth({
      ...source,
      citizens: source.citizens.map((c) => (c.id === bo.id ? ended : c)),
    });
    expect(month.rows.find((r) => r.citizenId === bo.id)?.corrections?.deltaGross).toBe(30.5);
  });

  it('exports an Efterregulering cell and remark (Excel) and two lines of their own (lønarter)', () => {
    const payroll = toPayrollMonth(computeMonth(source));
    const excel = parse(buildExcelCsv(payroll));
    const boRow = excel.find((r) => r[2] === bo.payrollNumber)!;
    expect(boRow[EXCEL_HEADER.indexOf('Efterregulering')]).toBe('30,50');
    expect(boRow[EXCEL_HEADER.indexOf('Bemærkninger')]).toContain(
      'Efterregulering for september 2026 og oktober 2026 (løn 30,50 kr., kørsel −5,01 kr.)',
    );
    const others = excel.slice(1).filter((r) => r[2] !== bo.payrollNumber);
    for (const r of others) expect(r[EXCEL_HEADER.indexOf('Efterregulering')]).toBe('');

    const lines = parse(buildWageTypesCsv(payroll)).filter((r) => r[0] === bo.payrollNumber);
    expect(lines).toEqual([
      [
        bo.payrollNumber,
        expect.any(String),
        '1190',
        'Efterregulering løn for september 2026, oktober 2026',
        '',
        '',
        '30,50',
        '2026-11-01',
        '2026-11-30',
      ],
      [
        bo.payrollNumber,
        expect.any(String),
        '6190',
        'Efterregulering kørsel for september 2026, oktober 2026',
        '',
        '',
        '-5,01',
        '2026-11-01',
        '2026-11-30',
      ],
    ]);
  });

  it('uses the codes of the settings version when it has them', () => {
    const payroll = toPayrollMonth(computeMonth(source));
    const codes = { ...payroll.wageTypeCodes, correctionWage: 'EW', correctionTransport: 'EK' };
    const lines = parse(buildWageTypesCsv({ ...payroll, wageTypeCodes: codes })).filter(
      (r) => r[0] === bo.payrollNumber,
    );
    expect(lines.map((l) => l[2])).toEqual(['EW', 'EK']);
  });
});

describe('a month an efterregulering corrected', () => {
  it('is computed with the decisions it was paid with, also when reopened: never paid twice', () => {
    const bo = october.citizens[1]!;
    const withCorrection = {
      ...october,
      wageDecisions: [
        ...october.wageDecisions,
        { ...correction(bo.id, '2026-11'), hourlyWage: 14, assessment: undefined },
      ],
    };
    const before = computeMonth(october).rows.find((r) => r.citizenId === bo.id)!;
    const after = computeMonth(withCorrection).rows.find((r) => r.citizenId === bo.id)!;
    expect(after.result).toEqual(before.result);
    // A month the correction did not cover is computed with the corrected decision.
    const septemberOnly = correction(bo.id, '2026-11');
    septemberOnly.correction!.months = septemberOnly.correction!.months.slice(0, 1);
    const other = computeMonth({
      ...october,
      wageDecisions: [
        ...october.wageDecisions,
        { ...septemberOnly, hourlyWage: 14, assessment: undefined },
      ],
    }).rows.find((r) => r.citizenId === bo.id)!;
    expect(other.result.wageLines.at(-1)?.hourlyWage).toBe(14);
    expect(other.result.grossPay).not.toBe(before.result.grossPay);
  });
});
