// The cells of the payroll CSV profiles (docs/rules.md §9): `;` separated, CRLF line ends,
// UTF-8 with BOM, decimal comma with exactly two decimals, ISO dates; a text cell starting with
// = + - @ TAB or CR gets a leading `'` (OWASP); cells with ; " CR or LF are quoted. Pure.
import { firstDayOf, lastDayOf } from '../calendar';
import { formatFixed2 } from '../danish/number';

export const BOM = '\uFEFF';
export const SEPARATOR = ';';
export const EOL = '\r\n';

/** A cell the app formatted itself (number, date, code): never neutralised. */
export interface RawCell {
  raw: string;
}
export type Cell = string | RawCell;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises a text value that a spreadsheet would run as a formula (OWASP). */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export const num = (value: number): RawCell => ({ raw: formatFixed2(value) });
export const int = (value: number): RawCell => ({ raw: String(value) });
export const raw = (value: string): RawCell => ({ raw: value });

function line(cells: readonly Cell[]): string {
  return cells
    .map((c) => (typeof c === 'string' ? quote(neutralise(c)) : quote(c.raw)))
    .join(SEPARATOR);
}

export function file(header: readonly string[], rows: readonly Cell[][]): string {
  return (
    BOM +
    [header.map((h) => quote(neutralise(h))).join(SEPARATOR), ...rows.map(line)]
      .map((l) => l + EOL)
      .join('')
  );
}

export function monthBounds(month: string): [string, string] {
  return [firstDayOf(month), lastDayOf(month)];
}
