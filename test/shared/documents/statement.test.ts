// The monthly statement (docs/rules.md §12): easy-read sentences whose every figure is the
// month's computation, the same as the Excel CSV's row for the citizen.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildExcelCsv } from '../../../shared/csv';
import { computeMonth, toPayrollMonth } from '../../../shared/month';
import {
  STATEMENT_BINDING,
  statementDoc,
  statementDocs,
} from '../../../shared/documents/statement';
import { formatKr } from '../../../shared/danish/number';
import { october } from '../../fixtures/october';

const month = toPayrollMonth(computeMonth(october));
const csv = Papa.parse<string[]>(buildExcelCsv(month).replace(/^\uFEFF/, ''), {
  delimiter: ';',
  skipEmptyLines: true,
}).data;
const header = csv[0]!;
const cell = (payrollNumber: string, column: string) => {
  const row = csv.find((r) => r[2] === payrollNumber)!;
  return Number(row[header.indexOf(column)]!.replace(',', '.'));
};
const value = (doc: ReturnType<typeof statementDoc>, key: string) =>
  doc.lines.find((l) => l.key === key)?.value;

describe('statementDoc', () => {
  it('says each figure of the month in a short sentence, the same figures as the CSV', () => {
    for (const row of month.rows) {
      const doc = statementDoc('2026-10', row);
      expect(doc.title).toBe('Din løn for oktober 2026');
      expect(doc.binding).toBe(STATEMENT_BINDING);
      const p = row.payrollNumber;
      expect(value(doc, 'days')).toBe(String(cell(p, 'Dage')));
      if (row.offer === 'SEL103') {
        expect(value(doc, 'gross')).toBe(formatKr(cell(p, 'Bruttoløn')));
        expect(value(doc, 'payout')).toBe(formatKr(row.result.estimatedPayout));
      }
      if (row.result.transport.total > 0) {
        expect(value(doc, 'transport')).toBe(formatKr(cell(p, 'Kørsel i alt')));
        expect(value(doc, 'citizenShare')).toBe(formatKr(cell(p, 'Borgerens andel')));
        expect(value(doc, 'municipalShare')).toBe(formatKr(cell(p, 'Kommunens andel')));
      }
      for (const l of doc.lines) {
        expect(l.sentence.split(' ').length).toBeLessThanOrEqual(30);
        expect(l.sentence, 'one full stop after "kr."').not.toMatch(/\.\.$/);
      }
    }
  });

  it('reads as easy Danish for a § 103 citizen', () => {
    const anna = month.rows.find((r) => r.offer === 'SEL103' && r.result.wageLines.length === 1)!;
    const doc = statementDoc('2026-10', anna);
    const r = anna.result;
    expect(doc.lines.map((l) => l.sentence)).toEqual(
      expect.arrayContaining([
        `Din timeløn er ${formatKr(r.wageLines[0]!.hourlyWage)}`,
        `Din løn før skat er ${formatKr(r.grossPay)}`,
        `Vi regner med, at du får ${formatKr(r.estimatedPayout)} udbetalt.`,
      ]),
    );
    expect(doc.lines.find((l) => l.key === 'tax')!.sentence).toMatch(
      /^Vi regner med, at du betaler .* kr\. i skat og AM-bidrag\.$/,
    );
  });

  it('tells a § 104 citizen that there is no wage, and gives all of a month or one citizen', () => {
    const carl = month.rows.find((r) => r.offer === 'SEL104')!;
    const doc = statementDoc('2026-10', carl);
    expect(doc.notes[0]).toBe('Du får ikke løn i aktivitets- og samværstilbud (§ 104).');
    expect(doc.lines.map((l) => l.key)).not.toContain('gross');
    expect(statementDocs('2026-10', month.rows)).toHaveLength(month.rows.length);
    expect(statementDocs('2026-10', month.rows, carl.citizenId).map((d) => d.name)).toEqual([
      carl.name,
    ]);
  });

  it('names each wage of a month with two wage lines', () => {
    const two = month.rows.find((r) => r.result.wageLines.length === 2);
    if (!two) return expect.fail('the October fixture has a citizen with two wage lines');
    const doc = statementDoc('2026-10', two);
    expect(doc.lines.find((l) => l.key === 'wage')!.sentence).toMatch(
      /^Din timeløn har ændret sig i måneden: .* fra 01\.10\.2026 .*, .* fra \d\d\.10\.2026/,
    );
  });
});
