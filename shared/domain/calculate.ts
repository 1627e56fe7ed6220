// One citizen, one month (docs/rules.md §7): a pure function from checked input to result.
import { fromOre, mulDivRound, toHundredths, toOre, type Ore } from '../money';
import { ValidationError, type FieldPath, type Parsed } from './errors';
import {
  decisionIndexOn,
  parseCalcInput,
  type CheckedCalcInput,
  type Offer,
  type Payer,
  type TransportMode,
} from './input';
import { estimateTax } from './tax';
import { computeTransport } from './transport';
import { wageCeilingOre, wageFromAssessment } from './wage';
import { orderedWarnings, type WarningCode } from './warnings';

export interface WageLine {
  effectiveFrom: string;
  hourlyWage: number;
  hours: number;
  amount: number;
}

export interface TransportResult {
  mode: TransportMode;
  days: number;
  total: number;
  withinThreshold: number;
  cap: number;
  citizenShare: number;
  municipalShare: number;
  paidBy: Payer;
  payrollAdjustment: number;
}

/** The result JSON of docs/rules.md §7. Amounts in kroner with at most two decimals. */
export interface CalcResult {
  month: string;
  offer: Offer;
  days: number;
  hours: number;
  wageLines: WageLine[];
  grossPay: number;
  amContribution: number;
  aTax: number;
  netPay: number;
  transport: TransportResult;
  estimatedPayout: number;
  warnings: WarningCode[];
}

interface Line {
  effectiveFrom: string;
  wageOre: Ore;
  centiHours: number;
}

/** Computes the month for an input already checked by `parseCalcInput`. */
export function calculateMonth(input: CheckedCalcInput): CalcResult {
  const { settings, citizen } = input;
  const warnings = new Set<WarningCode>();
  const worked = input.attendance.filter((a) => a.hours > 0);
  const days = worked.length;
  const totalCentiHours = input.attendance.reduce((sum, a) => sum + toHundredths(a.hours), 0);

  const lines: Line[] = [];
  if (citizen.offer === 'SEL103') {
    const decisions = [...input.wageDecisions].sort((a, b) =>
      a.effectiveFrom < b.effectiveFrom ? -1 : 1,
    );
    const from = decisions.map((d) => d.effectiveFrom);
    const byDecision = new Map<number, number>();
    for (const a of worked) {
      const index = decisionIndexOn(from, a.date);
      if (index < 0)
        throw new ValidationError([
          { path: ['attendance'], message: `ingen lønafgørelse gælder ${a.date}` },
        ]);
      byDecision.set(index, (byDecision.get(index) ?? 0) + toHundredths(a.hours));
    }
    const ceiling = wageCeilingOre(settings);
    for (const [index, centiHours] of [...byDecision].sort((a, b) => a[0] - b[0])) {
      const d = decisions[index]!;
      const wageOre =
        d.hourlyWage !== undefined
          ? toOre(d.hourlyWage)
          : wageFromAssessment(d.assessment!, settings);
      if (wageOre > ceiling) warnings.add('ABOVE_CEILING');
      lines.push({ effectiveFrom: d.effectiveFrom, wageOre, centiHours });
    }
  }

  const amounts = lines.map((l) => mulDivRound(l.centiHours, l.wageOre, 100));
  const grossOre = amounts.reduce((a, b) => a + b, 0);
  const tax =
    citizen.offer === 'SEL103'
      ? estimateTax(grossOre, citizen.taxCard, settings)
      : { amContributionOre: 0, aTaxOre: 0, netPayOre: 0, defaultTaxCard: false };
  if (tax.defaultTaxCard) warnings.add('DEFAULT_TAX_CARD');

  const t = computeTransport({
    transport: citizen.transport,
    days,
    netPayOre: tax.netPayOre,
    offer: citizen.offer,
    municipalTransport: citizen.municipalTransport ?? false,
    settings,
  });
  if (t.capped) warnings.add('TRANSPORT_CAPPED');

  return {
    month: input.month,
    offer: citizen.offer,
    days,
    hours: fromOre(totalCentiHours),
    wageLines: lines.map((l, i) => ({
      effectiveFrom: l.effectiveFrom,
      hourlyWage: fromOre(l.wageOre),
      hours: fromOre(l.centiHours),
      amount: fromOre(amounts[i]!),
    })),
    grossPay: fromOre(grossOre),
    amContribution: fromOre(tax.amContributionOre),
    aTax: fromOre(tax.aTaxOre),
    netPay: fromOre(tax.netPayOre),
    transport: {
      mode: t.mode,
      days: t.days,
      total: fromOre(t.totalOre),
      withinThreshold: fromOre(t.withinThresholdOre),
      cap: fromOre(t.capOre),
      citizenShare: fromOre(t.citizenShareOre),
      municipalShare: fromOre(t.municipalShareOre),
      paidBy: t.paidBy,
      payrollAdjustment: fromOre(t.payrollAdjustmentOre),
    },
    estimatedPayout: fromOre(tax.netPayOre + t.payrollAdjustmentOre),
    warnings: orderedWarnings(warnings),
  };
}

/**
 * `calculateMonth` that never throws on checked input: an arithmetic overflow (a `RangeError`
 * from the exact øre arithmetic, which the bounds of docs/rules.md §5 should make impossible) is
 * a validation issue naming the largest number of the input, like any other invalid value.
 */
export function tryCalculateMonth(input: CheckedCalcInput): Parsed<CalcResult> {
  try {
    return { ok: true, value: calculateMonth(input) };
  } catch (e) {
    if (e instanceof ValidationError) return { ok: false, issues: e.issues };
    if (e instanceof RangeError)
      return {
        ok: false,
        issues: [
          { path: largestNumberAt(input), message: 'er for stort til at regne præcist med' },
        ],
      };
    throw e;
  }
}

/** The path of the number of largest magnitude in `value` (the likeliest cause of an overflow). */
export function largestNumberAt(value: unknown): FieldPath {
  let best: { path: FieldPath; size: number } = { path: [], size: -1 };
  const stack: { v: unknown; path: FieldPath }[] = [{ v: value, path: [] }];
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    if (typeof v === 'number') {
      const size = Number.isNaN(v) ? Infinity : Math.abs(v);
      if (size > best.size) best = { path, size };
    } else if (Array.isArray(v)) v.forEach((x, i) => stack.push({ v: x, path: [...path, i] }));
    else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) stack.push({ v: x, path: [...path, k] });
  }
  return best.path;
}

/** Validates and computes: the function behind `npm run calc`. Throws `ValidationError` only. */
export function calculate(raw: unknown): CalcResult {
  const parsed = parseCalcInput(raw);
  if (!parsed.ok) throw new ValidationError(parsed.issues);
  const result = tryCalculateMonth(parsed.value);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.value;
}
