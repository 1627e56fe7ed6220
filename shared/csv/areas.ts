// Subtotals per work area in the two built-in payroll files (docs/rules.md §§6, 9; issue 12):
// the rows grouped by area and, after each group, its sums. Only when the month's rows belong
// to more than one area; with one or none the files are as before, byte for byte. Pure; sums in
// exact øre and hundredths (§5). Shared by shared/csv and the template engine's "excel" and
// "wage-types" presets, so both give the same bytes.
import { fromHundredths, fromOre, toHundredths, toOre } from '../money';
import type { PayrollRow } from '../records/month-close';
import { areaGroups, type AreaGroup } from '../month/area-groups';

export { areaGroups, type AreaGroup };
import { neutralise } from './cells';

/** A subtotal row's name starts with this, and its payroll number is empty (§9). */
export const SUBTOTAL_PREFIX = 'I alt ';

/** The groups when the month has subtotals (more than one group, §9); null when it has none. */
export function subtotalGroups(rows: readonly PayrollRow[]): AreaGroup[] | null {
  const groups = areaGroups(rows);
  return groups.length > 1 ? groups : null;
}

/**
 * A spreadsheet must never run an area name as a formula, also inside "I alt …" (§9, OWASP):
 * the name gets the leading `'` a text cell would.
 */
const safeName = neutralise;

/** `I alt Have og park`: the Navn cell of a subtotal row. */
export function subtotalName(group: AreaGroup): string {
  return `${SUBTOTAL_PREFIX}${safeName(group.name)}`;
}

/** True for a subtotal row read back from a file: empty payroll number, "I alt …" name. */
export function isSubtotalRow(payrollNumber: string, name: string): boolean {
  return payrollNumber === '' && name.startsWith(SUBTOTAL_PREFIX);
}

/** The sums of the Excel profile's subtotal row (kr.; `correction` absent: the cell is empty). */
export interface CitizenSubtotal {
  name: string;
  days: number;
  hours: number;
  grossPay: number;
  transportTotal: number;
  citizenShare: number;
  municipalShare: number;
  payrollAdjustment: number;
  correction?: number;
  remarks: string;
}

const sumOre = (rows: readonly PayrollRow[], pick: (r: PayrollRow) => number) =>
  fromOre(rows.reduce((s, r) => s + toOre(pick(r)), 0));

/** The Excel subtotal of one area: the same sums as `totalsByArea` (shared/month). */
export function citizenSubtotal(group: AreaGroup): CitizenSubtotal {
  const rows = group.rows;
  const n = rows.length;
  const who = group.areaId === '' ? 'borgere uden arbejdsområde' : 'arbejdsområdet';
  const named = group.areaId === '' ? '' : ` ${safeName(group.name)}`;
  const corrected = rows.some((r) => r.corrections !== undefined);
  return {
    name: subtotalName(group),
    days: rows.reduce((s, r) => s + r.result.days, 0),
    hours: fromHundredths(rows.reduce((s, r) => s + toHundredths(r.result.hours), 0)),
    grossPay: sumOre(rows, (r) => r.result.grossPay),
    transportTotal: sumOre(rows, (r) => r.result.transport.total),
    citizenShare: sumOre(rows, (r) => r.result.transport.citizenShare),
    municipalShare: sumOre(rows, (r) => r.result.transport.municipalShare),
    payrollAdjustment: sumOre(rows, (r) => r.result.transport.payrollAdjustment),
    ...(corrected ? { correction: sumOre(rows, (r) => r.corrections?.deltaGross ?? 0) } : {}),
    remarks: `Subtotal for ${who}${named} (${n} ${n === 1 ? 'borger' : 'borgere'}) – ikke en lønlinje`,
  };
}

/** The kinds of wage-type line (docs/rules.md §§9, 10). */
export type WageTypeKind =
  | 'wage'
  | 'transportReimbursement'
  | 'transportDeduction'
  | 'correctionWage'
  | 'correctionTransport';

/** One wage-type line as both builders read it, for the subtotals. */
export interface KindAmount {
  kind: WageTypeKind;
  /** Hours (wage), transport days, or none (efterregulering). */
  units: number | null;
  amount: number;
}

/** The line text of a kind without its months: "Løn efter indsats", "Efterregulering løn" … */
export const KIND_TEXT: Record<WageTypeKind, string> = {
  wage: 'Løn efter indsats',
  transportReimbursement: 'Befordringsgodtgørelse',
  transportDeduction: 'Egenbetaling befordring',
  correctionWage: 'Efterregulering løn',
  correctionTransport: 'Efterregulering kørsel',
};

/** A lønarter subtotal line: no payroll number, no code, no rate (§9). */
export interface LineSubtotal {
  name: string;
  kind: WageTypeKind;
  text: string;
  /** Summed hours (wage) or days (transport); null for efterregulering lines (no count). */
  units: number | null;
  amount: number;
}

/**
 * The lønarter subtotals of one area: one per kind of line present, in the order the kinds
 * first appear in the group's lines; units and amounts summed exactly.
 */
export function lineSubtotals(group: AreaGroup, lines: readonly KindAmount[]): LineSubtotal[] {
  const sums = new Map<WageTypeKind, { units: number | null; amount: number }>();
  for (const l of lines) {
    const s = sums.get(l.kind) ?? { units: l.units === null ? null : 0, amount: 0 };
    // Hours are hundredths and days whole numbers: toHundredths is exact for both.
    if (s.units !== null && l.units !== null) s.units += toHundredths(l.units);
    s.amount += toOre(l.amount);
    sums.set(l.kind, s);
  }
  return [...sums].map(([kind, s]) => ({
    name: subtotalName(group),
    kind,
    text: `${SUBTOTAL_PREFIX}${KIND_TEXT[kind]}`,
    units: s.units === null ? null : fromHundredths(s.units),
    amount: fromOre(s.amount),
  }));
}
