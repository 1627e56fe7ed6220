// The two payroll CSV profiles of docs/rules.md §9, built from a month's stored results. Pure:
// returns the file as a string (BOM included); the UI or the shell saves it as UTF-8.
//
// Cells: `;` separated, CRLF line ends, UTF-8 with BOM (Excel needs it for æ/ø/å), decimal
// comma with exactly two decimals, no thousands separator, ISO dates. A text cell starting
// with = + - @ TAB or CR gets a leading `'` (OWASP CSV injection); numbers the app formats
// itself are never prefixed, so `-12,50` stays a number. Cells with ; " CR or LF are quoted.
import { formatAmount, formatKr } from '../danish/number';
import { formatDate, formatMonth } from '../danish/dates';
import { daysInMonth } from '../calendar';
import { warningText } from '../domain/warnings';
import type { ExportProfile, PayrollMonth, PayrollRow } from '../records/month-close';
import { withCorrectionCodes } from '../records/settings-version';
import {
  KIND_TEXT,
  citizenSubtotal,
  lineSubtotals,
  subtotalGroups,
  type KindAmount,
} from './areas';

import {
  BOM,
  EOL,
  SEPARATOR,
  file,
  int,
  monthBounds,
  neutralise,
  num,
  raw,
  type Cell,
} from './cells';

export { BOM, EOL, SEPARATOR, neutralise };

/** The Excel header before the efterregulering column (months closed before it, §10). */
export const EXCEL_HEADER_BEFORE_CORRECTIONS = [
  'Periode fra',
  'Periode til',
  'Lønnummer',
  'Navn',
  'Tilbud',
  'Dage',
  'Timer',
  'Timeløn',
  'Bruttoløn',
  'Kørsel i alt',
  'Borgerens andel',
  'Kommunens andel',
  'Lønregulering',
  'Bemærkninger',
] as const;

/** The Excel header: the earlier one with the efterregulering column before the remarks. */
export const EXCEL_HEADER = [
  ...EXCEL_HEADER_BEFORE_CORRECTIONS.slice(0, -1),
  'Efterregulering',
  'Bemærkninger',
] as const;

export const OFFER_TEXT = { SEL103: 'SEL § 103', SEL104: 'SEL § 104' } as const;

/**
 * A month with several wage lines, one per line (docs/rules.md §9):
 * `25,50 kr. × 60,00 t fra 01.10.2026; 26,00 kr. × 39,00 t fra 15.10.2026`; empty with one or none.
 */
export function wageLinesText(row: PayrollRow): string {
  const lines = row.result.wageLines;
  if (lines.length < 2) return '';
  const first = `${row.result.month}-01`;
  return lines
    .map(
      (l) =>
        `${formatKr(l.hourlyWage)} × ${formatAmount(l.hours)} t fra ${formatDate(l.effectiveFrom > first ? l.effectiveFrom : first)}`,
    )
    .join('; ');
}

/**
 * The remarks cell: the wage lines when there are several, then the warnings in Danish in the
 * contract's order (docs/rules.md §§7, 9).
 */
export function remarks(row: PayrollRow, capPercent: number): string {
  const lines = wageLinesText(row);
  const correction = correctionText(row);
  return [
    ...(lines ? [lines] : []),
    ...row.result.warnings.map((w) => warningText(w, capPercent)),
    ...(correction ? [correction] : []),
  ].join('. ');
}

/**
 * An efterregulering paid in the month (docs/rules.md §10), naming the months it corrects:
 * `Efterregulering for oktober 2026 (løn 12,00 kr., kørsel -3,51 kr.)`; empty without one.
 */
export function correctionText(row: PayrollRow): string {
  const c = row.corrections;
  if (!c) return '';
  const months = c.months.map(formatMonth);
  const named =
    months.length < 2 ? months.join('') : `${months.slice(0, -1).join(', ')} og ${months.at(-1)}`;
  return `Efterregulering for ${named} (løn ${formatKr(c.deltaGross)}, kørsel ${formatKr(c.deltaAdjustment)})`;
}

/** The hourly wage cell's rate: only with exactly one wage line, so hours × rate = gross (§9). */
export function singleRate(row: PayrollRow): number | undefined {
  const lines = row.result.wageLines;
  return lines.length === 1 ? lines[0]!.hourlyWage : undefined;
}

/**
 * `before-corrections`: the file of months closed before the efterregulering column (§10): the
 * same without that column (no month then had corrections).
 * `before-issue-10`: the Excel file of months closed before the rate rule of docs/rules.md §9
 * (the month's last rate, no wage lines in the remarks), so they re-export the bytes they were
 * closed with (§10).
 */
export type ExcelFormat =
  'current' | 'before-area-subtotals' | 'before-corrections' | 'before-issue-10';

/**
 * `before-area-subtotals`: the file of months closed before the subtotals per work area (§§9,
 * 10): the current one without them (the same bytes for a month with one area or none).
 */
export type WageTypesFormat = 'current' | 'before-area-subtotals';

/**
 * Excel (da-DK) profile: one row per citizen. The hourly wage only when the month has one wage
 * line; with several it is empty and the remarks list each line (docs/rules.md §9). With rows in
 * more than one work area: grouped by area, each group followed by its subtotal row (§9).
 */
export function buildExcelCsv(month: PayrollMonth, format: ExcelFormat = 'current'): string {
  const [from, to] = monthBounds(month.month);
  const capPercent = month.settings.transportCapPercent;
  const withCorrections = format === 'current' || format === 'before-area-subtotals';
  const citizenRow = (row: PayrollRow): Cell[] => {
    const r = row.result;
    const rate = format === 'before-issue-10' ? r.wageLines.at(-1)?.hourlyWage : singleRate(row);
    return [
      raw(from),
      raw(to),
      row.payrollNumber,
      row.name,
      OFFER_TEXT[row.offer],
      int(r.days),
      num(r.hours),
      rate === undefined ? '' : num(rate),
      num(r.grossPay),
      num(r.transport.total),
      num(r.transport.citizenShare),
      num(r.transport.municipalShare),
      num(r.transport.payrollAdjustment),
      // docs/rules.md §9: the efterregulering's Δ gross; its months and Δ transport in the remarks.
      ...(withCorrections ? [row.corrections ? num(row.corrections.deltaGross) : ''] : []),
      format === 'before-issue-10'
        ? r.warnings.map((w) => warningText(w, capPercent)).join('. ')
        : remarks(row, capPercent),
    ];
  };
  const groups = format === 'current' ? subtotalGroups(month.rows) : null;
  const rows = groups
    ? groups.flatMap((g) => {
        // docs/rules.md §9: a subtotal row has no payroll number, so no import books it.
        const s = citizenSubtotal(g);
        const sub: Cell[] = [
          raw(from),
          raw(to),
          '',
          s.name,
          '',
          int(s.days),
          num(s.hours),
          '',
          num(s.grossPay),
          num(s.transportTotal),
          num(s.citizenShare),
          num(s.municipalShare),
          num(s.payrollAdjustment),
          s.correction === undefined ? '' : num(s.correction),
          s.remarks,
        ];
        return [...g.rows.map(citizenRow), sub];
      })
    : month.rows.map(citizenRow);
  return file(withCorrections ? EXCEL_HEADER : EXCEL_HEADER_BEFORE_CORRECTIONS, rows);
}

/**
 * Payroll-system profile (lønarter): one row per citizen per wage type, columns
 *   Lønnummer;Navn;Lønart;Tekst;Antal;Sats;Beløb;Fra dato;Til dato
 * - wage (code `wage`): one row per wage line; Antal = hours, Sats = hourly wage,
 *   Beløb = the line amount; Fra = the later of the decision date and the month's first day.
 * - transport reimbursement (`transportReimbursement`): when payrollAdjustment > 0;
 *   Antal = transport days, Sats empty, Beløb = +municipal share.
 * - transport deduction (`transportDeduction`): when payrollAdjustment < 0;
 *   Antal = transport days, Sats empty, Beløb = −citizen share (negative).
 * Citizens with nothing to pay have no rows. Same cell rules as the Excel profile.
 */
export const WAGE_TYPES_HEADER = [
  'Lønnummer',
  'Navn',
  'Lønart',
  'Tekst',
  'Antal',
  'Sats',
  'Beløb',
  'Fra dato',
  'Til dato',
] as const;

/** One citizen's lønarter lines (docs/rules.md §§9, 10): the cells and what they sum to. */
function wageTypeLines(
  month: PayrollMonth,
  row: PayrollRow,
): { cells: Cell[]; line: KindAmount }[] {
  const [from, to] = monthBounds(month.month);
  const codes = withCorrectionCodes(month.wageTypeCodes);
  const out: { cells: Cell[]; line: KindAmount }[] = [];
  const push = (
    kind: KindAmount['kind'],
    text: string,
    units: number | null,
    rate: Cell,
    amount: number,
    lineFrom = from,
    lineTo = to,
  ) =>
    out.push({
      cells: [
        row.payrollNumber,
        row.name,
        raw(codes[kind]),
        text,
        units === null ? '' : kind === 'wage' ? num(units) : int(units),
        rate,
        num(amount),
        raw(lineFrom),
        raw(lineTo),
      ],
      line: { kind, units, amount },
    });
  const r = row.result;
  r.wageLines.forEach((l, i) => {
    const next = r.wageLines[i + 1];
    const lineFrom = l.effectiveFrom > from ? l.effectiveFrom : from;
    const lineTo = next ? previousDay(next.effectiveFrom, month.month) : to;
    push('wage', KIND_TEXT.wage, l.hours, num(l.hourlyWage), l.amount, lineFrom, lineTo);
  });
  const adj = r.transport.payrollAdjustment;
  if (adj !== 0) {
    const kind = adj > 0 ? 'transportReimbursement' : 'transportDeduction';
    push(kind, KIND_TEXT[kind], r.transport.days, '', adj);
  }
  // docs/rules.md §10: an efterregulering is paid as two lines of its own, not part of the
  // month's calculation; the text names the months it corrects.
  const c = row.corrections;
  if (c) {
    const months = c.months.map(formatMonth).join(', ');
    if (c.deltaGross !== 0)
      push('correctionWage', `${KIND_TEXT.correctionWage} for ${months}`, null, '', c.deltaGross);
    if (c.deltaAdjustment !== 0)
      push(
        'correctionTransport',
        `${KIND_TEXT.correctionTransport} for ${months}`,
        null,
        '',
        c.deltaAdjustment,
      );
  }
  return out;
}

export function buildWageTypesCsv(
  month: PayrollMonth,
  format: WageTypesFormat = 'current',
): string {
  const [from, to] = monthBounds(month.month);
  const groups = format === 'current' ? subtotalGroups(month.rows) : null;
  if (!groups)
    return file(
      WAGE_TYPES_HEADER,
      month.rows.flatMap((row) => wageTypeLines(month, row).map((l) => l.cells)),
    );
  const rows = groups.flatMap((g) => {
    const lines = g.rows.flatMap((row) => wageTypeLines(month, row));
    // docs/rules.md §9: no payroll number and no wage-type code, so no import can book it.
    const subs = lineSubtotals(
      g,
      lines.map((l) => l.line),
    ).map((s): Cell[] => [
      '',
      s.name,
      '',
      s.text,
      s.units === null ? '' : s.kind === 'wage' ? num(s.units) : int(s.units),
      '',
      num(s.amount),
      raw(from),
      raw(to),
    ]);
    return [...lines.map((l) => l.cells), ...subs];
  });
  return file(WAGE_TYPES_HEADER, rows);
}

/** The day before `date`, not before the month's first day (a line ends where the next starts). */
export function previousDay(date: string, month: string): string {
  const days = daysInMonth(month);
  const i = days.indexOf(date);
  return i > 0 ? days[i - 1]! : days[0]!;
}

export function buildCsv(month: PayrollMonth, profile: ExportProfile): string {
  return profile === 'excel' ? buildExcelCsv(month) : buildWageTypesCsv(month);
}

/** `loen-2026-10-excel.csv` */
export function csvFileName(month: string, profile: ExportProfile): string {
  return `loen-${month}-${profile}.csv`;
}

/** One line of a difference file (shared/month/difference.ts): a wage type's change. */
export interface CorrectionLine {
  payrollNumber: string;
  name: string;
  kind: 'wage' | 'transportReimbursement' | 'transportDeduction';
  /** Δ hours (wage) or Δ transport days. */
  count: number;
  amount: number;
}

const CORRECTION_TEXT: Record<CorrectionLine['kind'], string> = {
  wage: 'Rettelse: Løn efter indsats',
  transportReimbursement: 'Rettelse: Befordringsgodtgørelse',
  transportDeduction: 'Rettelse: Egenbetaling befordring',
};

/**
 * The difference file after a re-close (docs/rules.md §10), in the lønarter profile's columns:
 * per citizen and wage type only new − sent, over the whole month, no rate (it may mix rates).
 */
export function buildDifferenceCsv(
  month: string,
  codes: PayrollMonth['wageTypeCodes'],
  lines: readonly CorrectionLine[],
): string {
  const [from, to] = monthBounds(month);
  return file(
    WAGE_TYPES_HEADER,
    lines.map((l) => [
      l.payrollNumber,
      l.name,
      raw(codes[l.kind]),
      CORRECTION_TEXT[l.kind],
      l.kind === 'wage' ? num(l.count) : int(l.count),
      '',
      num(l.amount),
      raw(from),
      raw(to),
    ]),
  );
}

export {
  SUBTOTAL_PREFIX,
  areaGroups,
  isSubtotalRow,
  subtotalGroups,
  type AreaGroup,
} from './areas';
