// Closed figures beside figures computed now, and the difference file after a re-close
// (docs/rules.md §10): per citizen and wage type only the change (new − sent), so the payroll
// office never pays a month twice. Pure; amounts summed in exact øre (§5).
import { fromOre, toHundredths, toOre } from '../money';
import type { PayrollMonth, PayrollRow } from '../records/month-close';

/** The figures compared per citizen. */
export const COMPARED = [
  'hours',
  'grossPay',
  'payrollAdjustment',
  'municipalShare',
  'estimatedPayout',
] as const;
export type ComparedFigure = (typeof COMPARED)[number];
export type Figures = Record<ComparedFigure, number>;

export interface ComparedRow {
  citizenId: string;
  name: string;
  payrollNumber: string;
  /** null when the citizen was not in that month. */
  closed: Figures | null;
  now: Figures | null;
  changed: boolean;
}

function figures(row: PayrollRow): Figures {
  const r = row.result;
  return {
    hours: r.hours,
    grossPay: r.grossPay,
    payrollAdjustment: r.transport.payrollAdjustment,
    municipalShare: r.transport.municipalShare,
    estimatedPayout: r.estimatedPayout,
  };
}

const same = (a: Figures | null, b: Figures | null) =>
  a !== null && b !== null && COMPARED.every((k) => a[k] === b[k]);

/** Per citizen of either month, in the closed month's order then the new ones': both figures. */
export function compareMonths(
  closed: Pick<PayrollMonth, 'rows'>,
  now: Pick<PayrollMonth, 'rows'>,
): ComparedRow[] {
  const nowBy = new Map(now.rows.map((r) => [r.citizenId, r]));
  const closedIds = new Set(closed.rows.map((r) => r.citizenId));
  const out: ComparedRow[] = closed.rows.map((r) => {
    const n = nowBy.get(r.citizenId);
    const a = figures(r);
    const b = n ? figures(n) : null;
    return {
      citizenId: r.citizenId,
      name: r.name,
      payrollNumber: r.payrollNumber,
      closed: a,
      now: b,
      changed: !same(a, b),
    };
  });
  for (const r of now.rows)
    if (!closedIds.has(r.citizenId))
      out.push({
        citizenId: r.citizenId,
        name: r.name,
        payrollNumber: r.payrollNumber,
        closed: null,
        now: figures(r),
        changed: true,
      });
  return out;
}

/** The citizens whose figures differ between the two. */
export function changedRows(
  closed: Pick<PayrollMonth, 'rows'>,
  now: Pick<PayrollMonth, 'rows'>,
): ComparedRow[] {
  return compareMonths(closed, now).filter((r) => r.changed);
}

export type WageTypeKind = 'wage' | 'transportReimbursement' | 'transportDeduction';

/** One line of the difference file: the change of one wage type for one citizen. */
export interface DifferenceLine {
  payrollNumber: string;
  name: string;
  kind: WageTypeKind;
  /** Δ hours (wage) or Δ transport days (transport). */
  count: number;
  amount: number;
}

/** What a month paid per wage type, as the lønarter profile sends it (docs/rules.md §9). */
function paid(row: PayrollRow): Record<WageTypeKind, { count: number; ore: number }> {
  const r = row.result;
  const adj = toOre(r.transport.payrollAdjustment);
  const days = r.transport.days;
  return {
    wage: { count: toHundredths(r.hours), ore: toOre(r.grossPay) },
    transportReimbursement: { count: adj > 0 ? days * 100 : 0, ore: Math.max(adj, 0) },
    transportDeduction: { count: adj < 0 ? days * 100 : 0, ore: Math.min(adj, 0) },
  };
}

const KINDS: readonly WageTypeKind[] = ['wage', 'transportReimbursement', 'transportDeduction'];

/**
 * The difference file's lines: per citizen (the new month's order, then those only sent) and
 * wage type, new − sent, only where the amount changed. No change → no lines.
 */
export function differenceLines(sent: PayrollMonth, now: PayrollMonth): DifferenceLine[] {
  const sentBy = new Map(sent.rows.map((r) => [r.citizenId, r]));
  const nowIds = new Set(now.rows.map((r) => r.citizenId));
  const pairs: [PayrollRow | undefined, PayrollRow | undefined][] = [
    ...now.rows.map((r): [PayrollRow | undefined, PayrollRow] => [sentBy.get(r.citizenId), r]),
    ...sent.rows
      .filter((r) => !nowIds.has(r.citizenId))
      .map((r): [PayrollRow, undefined] => [r, undefined]),
  ];
  const lines: DifferenceLine[] = [];
  for (const [a, b] of pairs) {
    const who = (b ?? a)!;
    const before = a ? paid(a) : null;
    const after = b ? paid(b) : null;
    for (const kind of KINDS) {
      const ore = (after?.[kind].ore ?? 0) - (before?.[kind].ore ?? 0);
      if (ore === 0) continue;
      lines.push({
        payrollNumber: who.payrollNumber,
        name: who.name,
        kind,
        count: fromOre((after?.[kind].count ?? 0) - (before?.[kind].count ?? 0)),
        amount: fromOre(ore),
      });
    }
  }
  return lines;
}

/** `loen-2026-10-wage-types-rettelse-1.csv`: the n-th correction of the month. */
export function differenceFileName(month: string, n: number): string {
  return `loen-${month}-wage-types-rettelse-${n}.csv`;
}
