// "Lønbeskeder til alle borgere" in the "Arbejdsområde" filter (docs/rules.md §6 "On screen",
// §12), without React: which rows get a statement, and what the screen and its file are called.
import { formatMonth } from '../../../../shared/danish/dates';
import { rowArea } from '../../../../shared/month/area-groups';
import type { PayrollRow, WorkArea } from '../../../../shared/records';
import { ALL_AREAS } from '../workAreas/workAreasModel';

export interface StatementsSelection {
  /** The month's rows that get a statement, in the month's order. */
  rows: PayrollRow[];
  /** The chosen area, or undefined for every citizen. */
  areaName: string | undefined;
  subtitle: string;
  printLabel: string;
  /** `loenbesked-2026-10.pdf`, `loenbesked-2026-10-have-og-park.pdf`. */
  fileName: string;
  /** What the screen says when no row is left. */
  empty: string;
}

/** `Have og park` → `have-og-park` (Danish letters spelled out) for a file name. */
export function fileSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Every citizen's statement of the month, or those of one area. A row is in an area by its work
 * area THAT month as the month computation stored it (`rowArea`, as the month report and the
 * payroll files' subtotals group), so a past month prints the people who worked there then.
 * An area deleted meanwhile (or not read yet) filters nothing.
 */
export function statementsSelection(
  month: string,
  rows: readonly PayrollRow[],
  areaId: string,
  areas: readonly WorkArea[] | undefined,
): StatementsSelection {
  const area = areaId === ALL_AREAS ? undefined : areas?.find((a) => a.id === areaId);
  const when = formatMonth(month);
  if (!area)
    return {
      rows: [...rows],
      areaName: undefined,
      subtitle: `Alle borgere i ${when}, én side til hver`,
      printLabel: 'Udskriv alle lønbeskeder',
      fileName: `loenbesked-${month}.pdf`,
      empty: `Ingen borgere i ${when}.`,
    };
  return {
    rows: rows.filter((r) => rowArea(r).id === area.id),
    areaName: area.name,
    subtitle: `Borgerne i ${area.name} i ${when}, én side til hver`,
    printLabel: `Udskriv lønbeskeder for ${area.name}`,
    fileName: `loenbesked-${month}-${fileSlug(area.name) || 'omraade'}.pdf`,
    empty: `Ingen borgere i ${area.name} i ${when}.`,
  };
}
