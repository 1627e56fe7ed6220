// Closed figures beside those computed now, and the difference file after a re-close
// (docs/rules.md §10, issue 10 Build item 4).
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { WAGE_TYPES_HEADER, buildDifferenceCsv } from '../../../shared/csv';
import {
  changedRows,
  compareMonths,
  computeMonth,
  differenceFileName,
  differenceLines,
  toPayrollMonth,
} from '../../../shared/month';
import type { PayrollMonth } from '../../../shared/records';
import { october } from '../../fixtures/october';

const sent = toPayrollMonth(computeMonth(october));

/** October with Anna's hours changed, Bo gone and a transport change for Dorte. */
function changed(): PayrollMonth {
  return toPayrollMonth(
    computeMonth({
      ...october,
      attendance: october.attendance
        .filter((a) => a.citizenId !== 'c-bo')
        .map((a) => (a.citizenId === 'c-anna' && a.hours > 0 ? { ...a, hours: a.hours + 1 } : a)),
    }),
  );
}

describe('compareMonths', () => {
  it('marks no row when nothing changed', () => {
    const rows = compareMonths(sent, sent);
    expect(rows).toHaveLength(sent.rows.length);
    expect(rows.every((r) => !r.changed)).toBe(true);
    expect(changedRows(sent, sent)).toEqual([]);
  });

  it('marks the citizens whose figures differ, with both figures', () => {
    const now = changed();
    const rows = changedRows(sent, now);
    expect(rows.map((r) => r.citizenId).sort()).toEqual(['c-anna', 'c-bo']);
    const anna = rows.find((r) => r.citizenId === 'c-anna')!;
    expect(anna.closed!.hours).toBe(11.5);
    expect(anna.now!.hours).toBe(13.5);
  });

  it('lists a citizen only in the new month as changed, with no closed figures', () => {
    const rows = compareMonths({ rows: sent.rows.slice(1) }, sent);
    const added = rows.find((r) => r.citizenId === sent.rows[0]!.citizenId)!;
    expect(added).toMatchObject({ closed: null, changed: true });
  });
});

describe('differenceLines', () => {
  it('gives no lines when nothing changed', () => {
    expect(differenceLines(sent, sent)).toEqual([]);
  });

  it('gives per citizen and wage type only new − sent, in exact øre', () => {
    const now = changed();
    const lines = differenceLines(sent, now);
    const byKey = Object.fromEntries(lines.map((l) => [`${l.payrollNumber}/${l.kind}`, l]));
    const gross = (m: PayrollMonth, id: string) =>
      m.rows.find((r) => r.citizenId === id)!.result.grossPay;
    // Anna: 2 more hours.
    expect(byKey['1001/wage']).toMatchObject({ count: 2 });
    expect(Math.round(byKey['1001/wage']!.amount * 100)).toBe(
      Math.round((gross(now, 'c-anna') - gross(sent, 'c-anna')) * 100),
    );
    // Bo is no longer in the month: everything sent to him is taken back.
    expect(byKey['1002/wage']).toMatchObject({ count: -10.25, amount: -123 });
    expect(byKey['1002/transportDeduction']).toMatchObject({ count: -2, amount: 21.05 });
    // Carl and Dorte did not change: no lines.
    expect(lines.some((l) => l.payrollNumber === '1003' || l.payrollNumber.includes('1004'))).toBe(
      false,
    );
  });

  it('builds the file in the lønarter columns, marked as a correction', () => {
    const csv = buildDifferenceCsv('2026-10', sent.wageTypeCodes, differenceLines(sent, changed()));
    const rows = Papa.parse<string[]>(csv.slice(1).trimEnd(), { delimiter: ';' }).data;
    expect(rows[0]).toEqual([...WAGE_TYPES_HEADER]);
    expect(rows.slice(1).every((r) => r[3]!.startsWith('Rettelse: '))).toBe(true);
    expect(rows.find((r) => r[0] === '1002' && r[2] === sent.wageTypeCodes.wage)).toEqual([
      '1002',
      expect.any(String),
      sent.wageTypeCodes.wage,
      'Rettelse: Løn efter indsats',
      '-10,25',
      '',
      '-123,00',
      '2026-10-01',
      '2026-10-31',
    ]);
    expect(differenceFileName('2026-10', 1)).toBe('loen-2026-10-wage-types-rettelse-1.csv');
  });
});
