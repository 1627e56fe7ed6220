// Every preset export template (docs/rules.md §9): a byte-exact golden file, and the file parses
// back with the template's own settings (papaparse) giving every value. The Excel (da-DK) and
// lønarter presets give the profiles' bytes (the existing golden files, unchanged).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildExcelCsv, buildWageTypesCsv } from '../../../shared/csv';
import {
  PRESETS,
  buildTemplateFile,
  decodeCp1252,
  presetByName,
  type ExportTemplate,
} from '../../../shared/export';
import { computeMonth, toPayrollMonth } from '../../../shared/month';
import type { PayrollMonth } from '../../../shared/records';
import { citizens, october } from '../../fixtures/october';

const golden = (name: string) => resolve(import.meta.dirname, '../../fixtures/golden', name);
const plain = toPayrollMonth(computeMonth(october));
/** October with an efterregulering paid to Anna (docs/rules.md §10): its two lines too. */
const withCorrection: PayrollMonth = {
  ...plain,
  rows: plain.rows.map((r) =>
    r.citizenId === 'c-anna'
      ? {
          ...r,
          corrections: { deltaGross: 12, deltaAdjustment: -3.51, months: ['2026-08', '2026-09'] },
        }
      : r,
  ),
};
/** CPR from the records; employment numbers as a municipal payroll system gives them. */
const identities = Object.fromEntries(
  citizens.map((c, i) => [c.id, { cpr: c.cpr, employmentNumber: `0${i + 1}` }]),
);
const preset = (name: string) => presetByName(name)!;

function expectGolden(name: string, bytes: Uint8Array) {
  const file = golden(name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, bytes);
  expect(existsSync(file), `${name} mangler: kør med UPDATE_GOLDEN=1 og gennemse filen`).toBe(true);
  expect(Buffer.from(bytes).equals(readFileSync(file)), name).toBe(true);
}

/** The file read back as its template says: decoded, then split by its separator and EOL. */
function parseBack(t: ExportTemplate, bytes: Uint8Array): string[][] {
  const text =
    t.encoding === 'windows-1252'
      ? decodeCp1252(bytes)
      : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const out = Papa.parse<string[]>(text, {
    delimiter: t.separator,
    newline: t.lineEnding === 'crlf' ? '\r\n' : '\n',
    quoteChar: t.quoting ? '"' : '\u0000',
  });
  expect(out.errors).toEqual([]);
  expect(out.data.at(-1)).toEqual(['']);
  return out.data.slice(0, -1);
}

describe('the Excel (da-DK) and lønarter presets', () => {
  it('give the golden files of the profiles byte for byte', () => {
    const excel = buildTemplateFile(preset('excel'), plain, identities);
    expect(Buffer.from(excel.bytes).equals(readFileSync(golden('excel-2026-10.csv')))).toBe(true);
    const types = buildTemplateFile(preset('wage-types'), plain, identities);
    expect(Buffer.from(types.bytes).equals(readFileSync(golden('wage-types-2026-10.csv')))).toBe(
      true,
    );
    expect([excel.fileName, types.fileName]).toEqual([
      'loen-2026-10-excel.csv',
      'loen-2026-10-wage-types.csv',
    ]);
  });

  it('give the profiles’ text with an efterregulering too', () => {
    expect(buildTemplateFile(preset('excel'), withCorrection, identities).text).toBe(
      buildExcelCsv(withCorrection),
    );
    expect(buildTemplateFile(preset('wage-types'), withCorrection, identities).text).toBe(
      buildWageTypesCsv(withCorrection),
    );
  });
});

const danloen: ExportTemplate = { ...preset('danloen'), employerNumber: '12345678' };
const NEW_PRESETS: [string, ExportTemplate][] = [
  ['danloen', danloen],
  ['visma', preset('visma')],
  ['cpr-tf', preset('cpr-tf')],
];

describe.each(NEW_PRESETS)('preset %s', (name, template) => {
  const file = buildTemplateFile(template, withCorrection, identities, 2);

  it('matches its golden file byte for byte', () =>
    expectGolden(`${name}-2026-10.csv`, file.bytes));

  it('parses back with its own settings, giving every cell of its table', () => {
    expect(parseBack(template, file.bytes)).toEqual(file.table);
    expect(file.problems).toEqual([]);
  });
});

describe('preset bytes', () => {
  it('Danløn: CVR;medarbejdernummer;lønart;enheder;sats;beløb × 100, no header', () => {
    const file = buildTemplateFile(danloen, withCorrection, identities);
    expect(file.text.split('\r\n')[0]).toBe('12345678;1001;1100;600;1900;11400');
    expect(file.text).toContain('12345678;1001;1190;;;1200\r\n');
    expect(file.text).toContain('12345678;1001;6190;;;-351\r\n');
    expect(file.fileName).toBe('danloen-2026-10-1.csv');
  });

  it('Visma Løn: Windows-1252, "." decimal, a new name per closing', () => {
    const file = buildTemplateFile(preset('visma'), withCorrection, identities, 3);
    expect(file.text.split('\r\n')[0]).toBe(
      'Medarbejdernummer;Lønart;Antal;Sats;Beløb;Fra dato;Til dato',
    );
    // "ø" is one byte (0xF8) in Windows-1252.
    expect([...file.bytes.subarray(0, 24)]).toContain(0xf8);
    expect(file.text).toContain('1001;1100;6.00;19.00;114.00;2026-10-01;2026-10-15');
    expect(file.fileName).toBe('visma-loen-2026-10-3.csv');
  });

  it('CPR + TF-kode: CPR and employment number, 4-character codes', () => {
    const file = buildTemplateFile(preset('cpr-tf'), withCorrection, identities);
    expect(file.text.split('\r\n')[1]).toBe(
      '0101901234;01;1100;6,00;19,00;114,00;2026-10-01;2026-10-15',
    );
  });

  it('are all valid templates with distinct names', () => {
    expect(new Set(PRESETS.map((p) => p.name)).size).toBe(PRESETS.length);
  });
});
