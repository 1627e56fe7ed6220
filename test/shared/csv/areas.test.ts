// Subtotals per work area in the two built-in payroll files (issue 12, Build item 1;
// docs/rules.md §§6, 9): grouped by area with a subtotal after each group when the month has
// more than one area, byte for byte as before with one or none, the same bytes through the
// template engine's presets, and a month closed in the earlier layout still verifies (§10).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/backup/sha256';
import {
  EXCEL_HEADER,
  WAGE_TYPES_HEADER,
  buildExcelCsv,
  buildWageTypesCsv,
} from '../../../shared/csv';
import { formatFixed2 } from '../../../shared/danish/number';
import { buildTemplateFile, presetByName, type ExportTemplate } from '../../../shared/export';
import {
  closedMonthIssues,
  computeMonth,
  frozenFile,
  frozenView,
  monthCsv,
  payrollHash,
  toPayrollMonth,
  totalsByArea,
} from '../../../shared/month';
import type { MonthClose, PayrollMonth, WorkArea } from '../../../shared/records';
import { octoberBackupData } from '../../fixtures/backups';
import { october } from '../../fixtures/october';
import { workArea } from '../../fixtures/workAreas';

const golden = (name: string) => resolve(import.meta.dirname, '../../fixtures/golden', name);
// The common reference wage (150,00 kr.), so every figure is October's as in the single-area
// golden files.
const area = (id: string, name: string) => workArea(id, name);

/** October with its citizens placed in areas (by payroll number; absent: no area). */
function placed(areas: WorkArea[], of: Record<string, string>): PayrollMonth {
  return toPayrollMonth(
    computeMonth({
      ...october,
      workAreas: areas,
      citizens: october.citizens.map((c) =>
        of[c.payrollNumber]
          ? { ...c, workAreas: [{ from: '2026-01', areaId: of[c.payrollNumber]! }] }
          : c,
      ),
    }),
  );
}

const plain = toPayrollMonth(computeMonth(october));
const PARK = area('park', 'Have og park');
const MONTAGE = area('montage', 'Montage');
/** Anna and Dorte in the park, Bo and Carl in montage. */
const two = placed([MONTAGE, PARK], {
  '1001': 'park',
  '1002': 'montage',
  '1003': 'montage',
  '1004': 'park',
});

function expectGolden(name: string, csv: string) {
  const bytes = Buffer.from(csv, 'utf8');
  const file = golden(name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, bytes);
  expect(existsSync(file), `${name} mangler: kør med UPDATE_GOLDEN=1 og gennemse filen`).toBe(true);
  expect(bytes.equals(readFileSync(file)), name).toBe(true);
}

function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const out = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', newline: '\r\n' });
  expect(out.errors).toEqual([]);
  expect(out.data.at(-1)).toEqual(['']);
  return out.data.slice(0, -1);
}

/** A subtotal row read back (docs/rules.md §9): empty Lønnummer, Navn "I alt …". */
const isSubtotal = (cells: string[], numberAt: number, nameAt: number) =>
  cells[numberAt] === '' && cells[nameAt]!.startsWith('I alt ');
const ore = (s: string) => Math.round(Number(s.replace(',', '.')) * 100);
const sumOf = (rows: string[][], col: number) => rows.reduce((s, r) => s + ore(r[col]!), 0);

describe('the fixture', () => {
  it('has October’s figures with the rows in two areas', () => {
    expect(two.rows.map((r) => r.result)).toEqual(plain.rows.map((r) => r.result));
    expect(two.totals).toEqual(plain.totals);
    expect(totalsByArea(two.rows).map((a) => a.name)).toEqual(['Have og park', 'Montage']);
  });
});

describe('Excel (da-DK) with two work areas', () => {
  const csv = buildExcelCsv(two);
  const rows = parse(csv);
  const col = (name: string) => EXCEL_HEADER.indexOf(name as (typeof EXCEL_HEADER)[number]);

  it('matches its golden file byte for byte', () => expectGolden('excel-2026-10-areas.csv', csv));

  it('groups the citizens by area, each group followed by its subtotal row', () => {
    expect(rows[0]).toEqual([...EXCEL_HEADER]);
    expect(rows.slice(1).map((r) => [r[2], r[3]!.slice(0, 18)])).toEqual([
      ['1001', 'Anna Ærø'],
      ['1004', `'@SUM(1+1)\tDorte`],
      ['', 'I alt Have og park'],
      ['1002', `'=HYPERLINK("http:`],
      ['1003', `'-2+3 Carl; "Kalle`],
      ['', 'I alt Montage'],
    ]);
    // The citizens' rows are today's rows, cell for cell.
    const today = parse(buildExcelCsv(plain));
    for (const r of rows.slice(1).filter((r) => r[2] !== ''))
      expect(r).toEqual(today.find((t) => t[2] === r[2]));
  });

  it('gives each area the figures of totalsByArea, formatted as the rows', () => {
    const subs = rows.filter((r) => isSubtotal(r, 2, 3));
    const areas = totalsByArea(two.rows);
    expect(subs).toHaveLength(2);
    subs.forEach((s, i) => {
      const { name, totals: t } = areas[i]!;
      expect(s).toEqual([
        '2026-10-01',
        '2026-10-31',
        '',
        `I alt ${name}`,
        '',
        String(t.days),
        formatFixed2(t.hours),
        '',
        formatFixed2(t.grossPay),
        formatFixed2(t.transportTotal),
        formatFixed2(t.citizenShare),
        formatFixed2(t.municipalShare),
        formatFixed2(t.payrollAdjustment),
        '',
        `Subtotal for arbejdsområdet ${name} (2 borgere) – ikke en lønlinje`,
      ]);
    });
  });

  it('adds up to the month totals with the subtotal rows left out, and with only them', () => {
    const citizens = rows.slice(1).filter((r) => !isSubtotal(r, 2, 3));
    const subs = rows.slice(1).filter((r) => isSubtotal(r, 2, 3));
    expect(citizens).toHaveLength(two.rows.length);
    for (const [c, total] of [
      ['Bruttoløn', two.totals.grossPay],
      ['Kørsel i alt', two.totals.transportTotal],
      ['Borgerens andel', two.totals.citizenShare],
      ['Kommunens andel', two.totals.municipalShare],
      ['Lønregulering', two.totals.payrollAdjustment],
    ] as const) {
      expect(sumOf(citizens, col(c)), c).toBe(Math.round(total * 100));
      expect(sumOf(subs, col(c)), c).toBe(Math.round(total * 100));
    }
  });

  it('sums the efterregulering column when a row of the area has one', () => {
    const corrected: PayrollMonth = {
      ...two,
      rows: two.rows.map((r) =>
        r.payrollNumber === '1001' || r.payrollNumber === '1004'
          ? { ...r, corrections: { deltaGross: 12.1, deltaAdjustment: 0, months: ['2026-08'] } }
          : r,
      ),
    };
    const subs = parse(buildExcelCsv(corrected)).filter((r) => isSubtotal(r, 2, 3));
    expect(subs.map((s) => s[col('Efterregulering')])).toEqual(['24,20', '']);
  });
});

describe('lønarter with two work areas', () => {
  const csv = buildWageTypesCsv(two);
  const rows = parse(csv);

  it('matches its golden file byte for byte', () =>
    expectGolden('wage-types-2026-10-areas.csv', csv));

  it('ends each area with one line per wage type: no payroll number, no code, no rate', () => {
    expect(rows[0]).toEqual([...WAGE_TYPES_HEADER]);
    const subs = rows.filter((r) => isSubtotal(r, 0, 1));
    const park = totalsByArea(two.rows)[0]!.totals;
    const hours = (nr: string) =>
      two.rows
        .find((r) => r.payrollNumber === nr)!
        .result.wageLines.reduce((s, l) => s + l.hours, 0);
    expect(subs.slice(0, 3)).toEqual([
      [
        '',
        'I alt Have og park',
        '',
        'I alt Løn efter indsats',
        formatFixed2(hours('1001') + hours('1004')),
        '',
        formatFixed2(park.grossPay),
        '2026-10-01',
        '2026-10-31',
      ],
      [
        '',
        'I alt Have og park',
        '',
        'I alt Befordringsgodtgørelse',
        '2',
        '',
        rows.find((r) => r[0] === '1001' && r[2] === '6100')![6],
        '2026-10-01',
        '2026-10-31',
      ],
      [
        '',
        'I alt Have og park',
        '',
        'I alt Egenbetaling befordring',
        rows.find((r) => r[0] === '1004' && r[2] === '6110')![4],
        '',
        rows.find((r) => r[0] === '1004' && r[2] === '6110')![6],
        '2026-10-01',
        '2026-10-31',
      ],
    ]);
    expect(subs.slice(3).map((s) => s[3])).toEqual([
      'I alt Løn efter indsats',
      'I alt Egenbetaling befordring',
    ]);
    // Each area's lines: its citizens' lines, then its subtotals.
    expect(rows.slice(1).map((r) => r[0] || r[1])).toEqual([
      '1001',
      '1001',
      '1001',
      '1004',
      '1004',
      'I alt Have og park',
      'I alt Have og park',
      'I alt Have og park',
      '1002',
      '1002',
      'I alt Montage',
      'I alt Montage',
    ]);
  });

  it('gives each area its gross pay and payroll adjustment; the lines alone the month’s', () => {
    const lines = rows.slice(1).filter((r) => !isSubtotal(r, 0, 1));
    const subs = rows.slice(1).filter((r) => isSubtotal(r, 0, 1));
    const month =
      Math.round(two.totals.grossPay * 100) + Math.round(two.totals.payrollAdjustment * 100);
    expect(sumOf(lines, 6)).toBe(month);
    expect(sumOf(subs, 6)).toBe(month);
    for (const a of totalsByArea(two.rows))
      expect(
        sumOf(
          subs.filter((s) => s[1] === `I alt ${a.name}`),
          6,
        ),
      ).toBe(Math.round(a.totals.grossPay * 100) + Math.round(a.totals.payrollAdjustment * 100));
    // The lines are today's lines, in the areas' order.
    expect([...lines].sort()).toEqual(parse(buildWageTypesCsv(plain)).slice(1).sort());
  });
});

describe('one work area or none', () => {
  it('gives both files byte for byte as before (the golden files)', () => {
    const one = placed([PARK], { '1001': 'park', '1002': 'park', '1003': 'park', '1004': 'park' });
    expect(one.rows.every((r) => r.workArea?.id === 'park')).toBe(true);
    for (const month of [one, plain]) {
      expect(
        Buffer.from(buildExcelCsv(month)).equals(readFileSync(golden('excel-2026-10.csv'))),
      ).toBe(true);
      expect(
        Buffer.from(buildWageTypesCsv(month)).equals(
          readFileSync(golden('wage-types-2026-10.csv')),
        ),
      ).toBe(true);
    }
  });
});

describe('area order and names', () => {
  // Danish order: "Zone" before "Åben" (Å is the last letter); no area last.
  const month = placed([area('z', 'Zone'), area('aa', 'Åben værksted'), area('f', '=x')], {
    '1001': 'f',
    '1002': 'z',
    '1003': 'aa',
  });

  it('orders areas by Danish name, "Uden arbejdsområde" last, and neutralises area names', () => {
    const rows = parse(buildExcelCsv(month));
    const subs = rows.filter((r) => isSubtotal(r, 2, 3));
    expect(subs.map((s) => s[3])).toEqual([
      "I alt '=x",
      'I alt Zone',
      'I alt Åben værksted',
      'I alt Uden arbejdsområde',
    ]);
    expect(subs.map((s) => s[14])).toEqual([
      "Subtotal for arbejdsområdet '=x (1 borger) – ikke en lønlinje",
      'Subtotal for arbejdsområdet Zone (1 borger) – ikke en lønlinje',
      'Subtotal for arbejdsområdet Åben værksted (1 borger) – ikke en lønlinje',
      'Subtotal for borgere uden arbejdsområde (1 borger) – ikke en lønlinje',
    ]);
    expect(rows.slice(1).map((r) => r[2])).toEqual([
      '1001',
      '',
      '1002',
      '',
      '1003',
      '',
      '1004',
      '',
    ]);
    const types = parse(buildWageTypesCsv(month)).filter((r) => isSubtotal(r, 0, 1));
    expect(types.map((r) => r[1])).toContain("I alt '=x");
  });
});

describe('the Excel and lønarter presets with work areas', () => {
  const identities = {};
  const corrected: PayrollMonth = {
    ...two,
    rows: two.rows.map((r) =>
      r.payrollNumber === '1002'
        ? { ...r, corrections: { deltaGross: 12, deltaAdjustment: -3.51, months: ['2026-08'] } }
        : r,
    ),
  };

  it('give the profiles’ bytes, subtotals included', () => {
    for (const month of [two, corrected]) {
      expect(buildTemplateFile(presetByName('excel')!, month, identities).text).toBe(
        buildExcelCsv(month),
      );
      expect(buildTemplateFile(presetByName('wage-types')!, month, identities).text).toBe(
        buildWageTypesCsv(month),
      );
    }
    expect(buildWageTypesCsv(corrected)).toContain(
      ';I alt Montage;;I alt Efterregulering løn;;;12,00;2026-10-01;2026-10-31\r\n',
    );
  });

  it('leave Danløn, Visma, CPR + TF-kode and a person’s own template without subtotals', () => {
    const ids = { 'c-anna': { cpr: '0101901234', employmentNumber: '01' } };
    const own: ExportTemplate = { ...presetByName('excel')!, name: 'min-excel' };
    for (const t of [
      presetByName('visma')!,
      presetByName('cpr-tf')!,
      presetByName('danloen')!,
      own,
    ]) {
      const withAreas = buildTemplateFile(t, two, ids);
      expect(withAreas.text, t.name).toBe(buildTemplateFile(t, plain, ids).text);
      expect(withAreas.text).not.toContain('I alt');
    }
  });
});

describe('a month closed before the subtotals (docs/rules.md §10)', () => {
  /** Closed in the earlier layout: the bytes of today's golden files (one row per citizen). */
  function closedBefore(profile: 'excel' | 'wage-types'): MonthClose {
    const close = octoberBackupData().monthCloses[0]!;
    const sent = readFileSync(golden(`${profile}-2026-10.csv`));
    return {
      ...close,
      payroll: two,
      resultsHash: payrollHash(two),
      exportProfile: profile,
      fileHash: sha256Hex(sent.toString('utf8')),
    };
  }

  it.each(['excel', 'wage-types'] as const)(
    'closed with %s: still verifies and re-exports the bytes that were sent',
    (profile) => {
      const close = closedBefore(profile);
      expect(closedMonthIssues(close)).toEqual([]);
      for (const p of ['excel', 'wage-types'] as const) {
        const sent = readFileSync(golden(`${p}-2026-10.csv`), 'utf8');
        expect(frozenFile(close, p), p).toBe(sent);
        const csv = monthCsv(frozenView(close), p);
        expect(csv.ok && csv.content, p).toBe(sent);
      }
    },
  );

  it('a month closed with the subtotals re-exports them', () => {
    const close = { ...closedBefore('excel'), fileHash: sha256Hex(buildExcelCsv(two)) };
    expect(closedMonthIssues(close)).toEqual([]);
    expect(frozenFile(close, 'excel')).toContain('I alt Have og park');
    expect(frozenFile(close, 'wage-types')).toContain('I alt Have og park');
  });

  it('a changed figure in such a month is still refused', () => {
    const close = closedBefore('excel');
    const rows = two.rows.map((r, i) =>
      i === 0 ? { ...r, result: { ...r.result, grossPay: r.result.grossPay + 1 } } : r,
    );
    expect(closedMonthIssues({ ...close, payroll: { ...two, rows } })).not.toEqual([]);
  });
});
