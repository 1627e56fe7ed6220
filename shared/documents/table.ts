// Sums and a CSV for the documents' tables (docs/rules.md §12): exact in øre and hundredths
// (docs/rules.md §5), the CSV in the Excel (da-DK) conventions of the payroll file (§9).
import { BOM, EOL, SEPARATOR, neutralise } from '../csv';
import { formatFixed2 } from '../danish/number';
import { fromOre, toHundredths } from '../money';

/** The money and hours figures every document table carries, kr. and hours with 2 decimals. */
export interface Figures {
  citizens: number;
  days: number;
  hours: number;
  grossPay: number;
  transportTotal: number;
  citizenShare: number;
  municipalShare: number;
}

export const ZERO: Figures = Object.freeze({
  citizens: 0,
  days: 0,
  hours: 0,
  grossPay: 0,
  transportTotal: 0,
  citizenShare: 0,
  municipalShare: 0,
});

/** a + b, exact: amounts and hours added as whole hundredths. */
export function addFigures(a: Figures, b: Figures): Figures {
  const add = (x: number, y: number) => fromOre(toHundredths(x) + toHundredths(y));
  return {
    citizens: a.citizens + b.citizens,
    days: a.days + b.days,
    hours: add(a.hours, b.hours),
    grossPay: add(a.grossPay, b.grossPay),
    transportTotal: add(a.transportTotal, b.transportTotal),
    citizenShare: add(a.citizenShare, b.citizenShare),
    municipalShare: add(a.municipalShare, b.municipalShare),
  };
}

export const sumFigures = (rows: readonly Figures[]): Figures => rows.reduce(addFigures, ZERO);

/** A CSV cell: text (neutralised) or a number written with a decimal comma and two decimals. */
export type CsvCell = string | { amount: number } | { count: number };

function quote(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** UTF-8 with BOM, `;`, CRLF, decimal comma: opens in a Danish Excel as the payroll file does. */
export function tableCsv(header: readonly string[], rows: readonly CsvCell[][]): string {
  const cell = (c: CsvCell) =>
    typeof c === 'string'
      ? quote(neutralise(c))
      : 'amount' in c
        ? formatFixed2(c.amount)
        : String(c.count);
  return (
    BOM +
    [header.map(cell), ...rows.map((r) => r.map(cell))].map((r) => r.join(SEPARATOR) + EOL).join('')
  );
}
