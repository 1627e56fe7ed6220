// The sample files a workshop fills in (docs/indlaesning) read cleanly through the import, and
// — where LibreOffice is installed — open right through LibreOffice's Danish CSV import too
// (Windows-1252, semicolon, decimal comma), so the same file works in the spreadsheet and the app.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../shared/import/fields';
import { planCitizenImport } from '../../../shared/import/citizens';
import { planAttendanceImport } from '../../../shared/import/attendance';
import { readDate, readNumber } from '../../../shared/import/cells';
import type { Citizen } from '../../../shared/records';

const DIR = 'docs/indlaesning';
const read = (name: string) =>
  new TextDecoder('windows-1252').decode(readFileSync(join(DIR, name)));
const rows = (text: string) =>
  Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: 'greedy' }).data;

/** A cell as the import reads it: a date (ISO), a Danish number, or the text. */
function appValue(cell: string): string | number {
  const date = readDate(cell);
  if (date.ok) return date.value;
  const n = readNumber(cell);
  return n.ok && /^[\d.,-]+$/.test(cell) ? n.value : cell;
}

/** A cell of LibreOffice's en-US export: MM/DD/YY dates, point decimals, or the text. */
function libreOfficeValue(cell: string): string | number {
  const us = /^(\d{2})\/(\d{2})\/(\d{2})$/.exec(cell);
  if (us) return `20${us[3]}-${us[1]}-${us[2]}`;
  return /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;
}

describe('sample files in docs/indlaesning', () => {
  it('are Windows-1252 and plan without a refused line', () => {
    const bytes = readFileSync(join(DIR, 'borgere-eksempel.csv'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const citizens = rows(read('borgere-eksempel.csv'));
    const plan = planCitizenImport(citizens, guessMapping('citizens', citizens[0]!), {
      citizens: [],
      grants: [],
      today: '2026-11-24',
    });
    expect(plan.rows.map((r) => [r.label, r.action, r.problems])).toEqual([
      ['Søren Ærø (1001)', 'create', []],
      ['Åse Østergaard (1002)', 'create', []],
      ['Bjørn Dæhli (1003)', 'create', []],
    ]);
    const stored = plan.items.map((item, i) => ({
      ...(item.kind === 'createCitizen' ? item.input : {}),
      id: `c${i}`,
    })) as Citizen[];
    const sheet = rows(read('fremmoede-eksempel.csv'));
    const days = planAttendanceImport(sheet, guessMapping('attendance', sheet[0]!), {
      month: '2026-10',
      citizens: stored,
      attendance: [],
      monthClosed: false,
    });
    expect(days.rows.map((r) => [r.action, r.changes])).toEqual([
      ['create', ['22 dage: 136,5 timer, 1 med fravær']],
      ['create', ['17 dage: 85 timer']],
      ['create', ['22 dage: 84 timer, 1 med fravær']],
    ]);
  });

  const soffice = ['soffice', 'libreoffice'].find((bin) => spawnSync('which', [bin]).status === 0);
  if (!soffice)
    console.log('LibreOffice-testen springes over: soffice er ikke installeret på denne maskine.');

  it.skipIf(!soffice)(
    'open right through LibreOffice’s Danish CSV import',
    () => {
      const out = mkdtempSync(join(tmpdir(), 'lo-'));
      for (const name of readdirSync(DIR).filter((f) => f.endsWith('.csv'))) {
        // Import as Windows-1252 (charset 1), ';' (59), '"' (34), Danish locale (1030); write
        // back as UTF-8 (76) so the test reads what LibreOffice understood.
        execFileSync(soffice!, [
          '--headless',
          `-env:UserInstallation=file://${out}/profile`,
          '--infilter=CSV:59,34,1,1,,1030',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):59,34,76,1',
          '--outdir',
          out,
          join(DIR, name),
        ]);
        const back = rows(readFileSync(join(out, name), 'utf8'));
        // Every cell as LibreOffice understood it (its export writes en-US: 01/31/26, 2.23)
        // equals the app's reading of the Danish original (31-01-2026, 2,23): same text with
        // æøå, same numbers, same dates.
        expect(back.map((r) => r.map(libreOfficeValue))).toEqual(
          rows(read(name)).map((r) => r.map(appValue)),
        );
      }
    },
    120_000,
  );
});
