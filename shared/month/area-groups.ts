// A month's rows by work area (docs/rules.md §6): one grouping and one order for every place
// that shows per-area figures — the month table and the overview (`totalsByArea`), both payroll
// files' subtotals (shared/csv/areas.ts) and the month report (shared/documents/monthReport.ts).
import type { PayrollRow } from '../records/month-close';

/** The group of rows without a work area (months before areas, a citizen never placed). */
export const NO_AREA_NAME = 'Uden arbejdsområde';

export interface RowArea {
  /** '' for the rows without an area. */
  id: string;
  name: string;
}

/** The row's work area that month, as the month computation stored it (§6). */
export const rowArea = (row: PayrollRow): RowArea =>
  row.workArea ? { id: row.workArea.id, name: row.workArea.name } : { id: '', name: NO_AREA_NAME };

export interface AreaGroup {
  /** '' for the rows without an area. */
  areaId: string;
  name: string;
  rows: PayrollRow[];
}

const danish = new Intl.Collator('da');

/**
 * The rows by work area: areas in Danish name order, the rows without an area last, each group
 * in the month's own row order.
 */
export function areaGroups(
  rows: readonly PayrollRow[],
  areaOf: (row: PayrollRow) => RowArea = rowArea,
): AreaGroup[] {
  const groups = new Map<string, AreaGroup>();
  for (const row of rows) {
    const area = areaOf(row);
    const g = groups.get(area.id) ?? { areaId: area.id, name: area.name, rows: [] };
    g.rows.push(row);
    groups.set(area.id, g);
  }
  return [...groups.values()].sort(
    (a, b) =>
      Number(a.areaId === '') - Number(b.areaId === '') ||
      danish.compare(a.name, b.name) ||
      (a.areaId < b.areaId ? -1 : a.areaId > b.areaId ? 1 : 0),
  );
}
