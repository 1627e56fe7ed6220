// A citizen's year (docs/rules.md §12): per month the gross pay and the transport shares, and the
// year's sums — each month's figures are its row of the one month computation (closed months
// from their frozen results), so they match the month's CSV.
import { formatMonthTitle } from '../danish/dates';
import type { MonthStatus } from '../data/api';
import type { PayrollRow } from '../records/month-close';
import { ZERO, sumFigures, tableCsv, type Figures } from './table';

export interface YearMonthInput {
  month: string;
  status: MonthStatus;
  /** The citizen's row that month; absent when not in the month. */
  row: PayrollRow | undefined;
}

export interface YearSummaryRow extends Figures {
  month: string;
  label: string;
  status: MonthStatus;
  /** True when the citizen had a row that month. */
  present: boolean;
  estimatedPayout: number;
}

export interface YearSummaryDoc {
  title: string;
  name: string;
  payrollNumber: string;
  rows: YearSummaryRow[];
  total: Figures;
}

export function rowFigures(row: PayrollRow): Figures {
  const r = row.result;
  return {
    citizens: 1,
    days: r.days,
    hours: r.hours,
    grossPay: r.grossPay,
    transportTotal: r.transport.total,
    citizenShare: r.transport.citizenShare,
    municipalShare: r.transport.municipalShare,
  };
}

export function yearSummaryDoc(
  year: number,
  citizen: { name: string; payrollNumber: string },
  months: readonly YearMonthInput[],
): YearSummaryDoc {
  const rows = months.map((m): YearSummaryRow => ({
    month: m.month,
    label: formatMonthTitle(m.month),
    status: m.status,
    present: m.row !== undefined,
    ...(m.row ? rowFigures(m.row) : ZERO),
    estimatedPayout: m.row?.result.estimatedPayout ?? 0,
  }));
  return {
    title: `Årsoversigt ${year}`,
    name: citizen.name,
    payrollNumber: citizen.payrollNumber,
    rows,
    total: sumFigures(rows),
  };
}

export const YEAR_SUMMARY_HEADER = [
  'Måned',
  'Dage',
  'Timer',
  'Bruttoløn',
  'Kørsel i alt',
  'Borgerens andel',
  'Kommunens andel',
] as const;

export function yearSummaryCsv(doc: YearSummaryDoc): string {
  const line = (label: string, f: Figures) => [
    label,
    { count: f.days },
    { amount: f.hours },
    { amount: f.grossPay },
    { amount: f.transportTotal },
    { amount: f.citizenShare },
    { amount: f.municipalShare },
  ];
  return tableCsv(YEAR_SUMMARY_HEADER, [
    ...doc.rows.map((r) => line(r.month, r)),
    line('I alt', doc.total),
  ]);
}
