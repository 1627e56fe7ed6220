// The month report for management (docs/rules.md §12): per work area and transport mode the
// citizens, hours, gross pay, transport total and the citizen's and the municipality's shares,
// with subtotals per area and the month's total; and the last 12 months of gross pay and the
// municipality's transport cost. Every figure is a sum of rows of the one month computation.
import { formatMonth, formatMonthTitle } from '../danish/dates';
import { TRANSPORT_MODE_LABELS } from '../danish/values';
import { TRANSPORT_MODES, type TransportMode } from '../domain/input';
import type { MonthTotals, PayrollMonth, PayrollRow } from '../records/month-close';
import { rowFigures } from './yearSummary';
import { sumFigures, tableCsv, type Figures } from './table';
import { NO_AREA_NAME, areaGroups, rowArea, type RowArea } from '../month/area-groups';

export type ReportArea = RowArea;

/** A row without a work area (a month closed before work areas, or a citizen not placed). */
export const NO_AREA: ReportArea = { id: '', name: NO_AREA_NAME };

export { rowArea };

export interface ReportGroup extends Figures {
  mode: TransportMode;
  modeLabel: string;
}

export interface ReportAreaBlock {
  area: ReportArea;
  groups: ReportGroup[];
  subtotal: Figures;
}

export interface MonthReportDoc {
  month: string;
  title: string;
  areas: ReportAreaBlock[];
  total: Figures;
}

export function monthReportDoc(
  payroll: Pick<PayrollMonth, 'month' | 'rows'>,
  areaOf: (row: PayrollRow) => ReportArea = rowArea,
): MonthReportDoc {
  const areas = areaGroups(payroll.rows, areaOf).map(({ areaId, name, rows }): ReportAreaBlock => {
    const area = { id: areaId, name };
    const groups = TRANSPORT_MODES.map((mode) => {
      const of = rows.filter((r) => r.result.transport.mode === mode);
      return { mode, modeLabel: TRANSPORT_MODE_LABELS[mode], ...sumFigures(of.map(rowFigures)) };
    }).filter((g) => g.citizens > 0);
    return { area, groups, subtotal: sumFigures(groups) };
  });
  return {
    month: payroll.month,
    title: `Månedsrapport for ${formatMonth(payroll.month)}`,
    areas,
    total: sumFigures(areas.map((a) => a.subtotal)),
  };
}

export const MONTH_REPORT_HEADER = [
  'Måned',
  'Arbejdsområde',
  'Transportform',
  'Borgere',
  'Timer',
  'Bruttoløn',
  'Kørsel i alt',
  'Borgerens andel',
  'Kommunens andel',
] as const;

/** The report as CSV (Excel da-DK): one line per area and mode, each area's subtotal, the total. */
export function monthReportCsv(doc: MonthReportDoc): string {
  const line = (area: string, mode: string, f: Figures) => [
    doc.month,
    area,
    mode,
    { count: f.citizens },
    { amount: f.hours },
    { amount: f.grossPay },
    { amount: f.transportTotal },
    { amount: f.citizenShare },
    { amount: f.municipalShare },
  ];
  return tableCsv(MONTH_REPORT_HEADER, [
    ...doc.areas.flatMap((a) => [
      ...a.groups.map((g) => line(a.area.name, g.modeLabel, g)),
      line(a.area.name, 'I alt', a.subtotal),
    ]),
    line('I alt', '', doc.total),
  ]);
}

export interface TrendPoint {
  month: string;
  label: string;
  grossPay: number;
  municipalShare: number;
}

/** The 12-month series for the chart and its table: gross pay and municipal transport cost. */
export function trend(months: readonly { month: string; totals: MonthTotals }[]): TrendPoint[] {
  return [...months]
    .sort((a, b) => (a.month < b.month ? -1 : 1))
    .map((m) => ({
      month: m.month,
      label: formatMonthTitle(m.month),
      grossPay: m.totals.grossPay,
      municipalShare: m.totals.municipalShare,
    }));
}
