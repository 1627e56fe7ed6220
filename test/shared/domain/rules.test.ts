// The rules of docs/rules.md §§2–5 beyond the worked examples: every transport mode, payer,
// § 104, the warnings, and the one rounding function.
import { describe, expect, it } from 'vitest';
import { SECTION_7_INPUT } from './section7';
import {
  CalcWageDecisionSchema,
  calculate,
  parseCalcInput,
  type CalcInput,
} from '../../../shared/domain';
import { WageDecisionInputSchema } from '../../../shared/records';
import {
  divRoundHalfUp,
  fromOre,
  hasAtMostTwoDecimals,
  mulDivRound,
  toOre,
} from '../../../shared/money';

const decision = { effectiveFrom: '2026-01-01', hourlyWage: 20, justification: 'Fast sats' };
const days = (n: number, hours = 5) =>
  Array.from({ length: n }, (_, i) => ({
    date: `2026-10-${String(i + 1).padStart(2, '0')}`,
    hours,
  }));
const taxCard = { withholdingRatePercent: 38, monthlyAllowance: 0 };

function month(citizen: CalcInput['citizen'], attendance = days(10)) {
  return calculate({ month: '2026-10', citizen, wageDecisions: [decision], attendance });
}

describe('rounding (docs/rules.md §5)', () => {
  it('rounds half away from zero, exactly', () => {
    expect(divRoundHalfUp(5, 2)).toBe(3);
    expect(divRoundHalfUp(-5, 2)).toBe(-3);
    expect(divRoundHalfUp(4, 3)).toBe(1);
    expect(divRoundHalfUp(-4, 3)).toBe(-1);
    expect(divRoundHalfUp(2n ** 60n + 2n ** 9n, 2n ** 10n)).toBe(2 ** 50 + 1);
    expect(mulDivRound(2 ** 40, 2 ** 20, 2 ** 10)).toBe(2 ** 50);
  });

  it('converts kroner to øre from the decimal text, never through float multiplication', () => {
    expect(toOre(1.15)).toBe(115); // 1.15 * 100 = 114.99999999999999 in floating point
    expect(toOre(0.29)).toBe(29);
    expect(toOre(-12.5)).toBe(-1250);
    expect(fromOre(11425)).toBe(114.25);
    expect(() => toOre(1.005)).toThrow();
    expect(hasAtMostTwoDecimals(1e21)).toBe(false);
  });
});

describe('transport (docs/rules.md §4)', () => {
  it('car: T and W from the km rate, the municipality reimburses through payroll', () => {
    const r = month({ offer: 'SEL103', taxCard, transport: { mode: 'car', oneWayKm: 12.5 } });
    // 10 days · 2 · 12.5 km · 2.23 = 557.50; within 10 km: 446.00.
    expect(r.transport).toMatchObject({ total: 557.5, withinThreshold: 446, paidBy: 'citizen' });
    // gross 1 000, AM 80, tax 349.60, net 570.40, cap 171.12.
    expect(r.netPay).toBe(570.4);
    expect(r.transport).toMatchObject({
      cap: 171.12,
      citizenShare: 171.12,
      municipalShare: 386.38,
      payrollAdjustment: 386.38,
    });
    expect(r.estimatedPayout).toBe(956.78);
  });

  it('car within the threshold: the citizen pays it all unless capped', () => {
    const r = month({
      offer: 'SEL103',
      taxCard,
      transport: { mode: 'car', oneWayKm: 2, ratePerKm: 1 },
    });
    expect(r.transport).toMatchObject({
      total: 40,
      withinThreshold: 40,
      citizenShare: 40,
      municipalShare: 0,
      payrollAdjustment: 0,
    });
    expect(r.warnings).toEqual([]);
  });

  it('public beyond the threshold: W is the threshold share of T, by trip when cheaper than the pass', () => {
    const r = month({
      offer: 'SEL103',
      taxCard,
      transport: { mode: 'public', oneWayKm: 30, dailyCost: 60, monthlyPass: 900 },
    });
    expect(r.transport).toMatchObject({
      total: 600,
      withinThreshold: 200,
      citizenShare: 171.12,
      municipalShare: 428.88,
    });
    expect(r.warnings).toEqual(['TRANSPORT_CAPPED']);
  });

  it('special transport is paid by the municipality, so the citizen share is deducted from pay', () => {
    const r = month({
      offer: 'SEL103',
      taxCard,
      transport: { mode: 'special', oneWayKm: 5, dailyCost: 10 },
    });
    expect(r.transport).toMatchObject({
      total: 100,
      withinThreshold: 100,
      citizenShare: 100,
      municipalShare: 0,
      paidBy: 'municipality',
    });
    expect(r.transport.payrollAdjustment).toBe(-100);
    expect(r.estimatedPayout).toBe(470.4);
  });

  it('a transport day is a day with hours > 0', () => {
    const attendance = [...days(3), { date: '2026-10-20', hours: 0 }];
    const r = month(
      { offer: 'SEL103', taxCard, transport: { mode: 'special', oneWayKm: 5, dailyCost: 10 } },
      attendance,
    );
    expect(r.days).toBe(3);
    expect(r.transport.days).toBe(3);
    expect(r.transport.total).toBe(30);
  });

  it('no transport: the block is there and all zero', () => {
    const r = month({ offer: 'SEL103', taxCard });
    expect(r.transport).toEqual({
      mode: 'none',
      days: 10,
      total: 0,
      withinThreshold: 0,
      cap: 171.12,
      citizenShare: 0,
      municipalShare: 0,
      paidBy: 'citizen',
      payrollAdjustment: 0,
    });
  });
});

describe('SEL § 104', () => {
  it('no wage and no decision needed; granted transport is paid in full by the municipality', () => {
    const r = calculate({
      month: '2026-10',
      citizen: {
        offer: 'SEL104',
        transport: { mode: 'special', oneWayKm: 22, dailyCost: 180 },
        municipalTransport: true,
      },
      attendance: days(4),
    });
    expect(r).toMatchObject({
      grossPay: 0,
      amContribution: 0,
      aTax: 0,
      netPay: 0,
      wageLines: [],
      estimatedPayout: 0,
      warnings: [],
    });
    expect(r.transport).toMatchObject({
      total: 720,
      citizenShare: 0,
      municipalShare: 720,
      payrollAdjustment: 0,
    });
  });

  it('without granted transport the transport block is all zeros', () => {
    const r = calculate({
      month: '2026-10',
      citizen: {
        offer: 'SEL104',
        transport: { mode: 'car', oneWayKm: 22 },
        municipalTransport: false,
      },
      attendance: days(4),
    });
    expect(r.transport).toMatchObject({
      days: 0,
      total: 0,
      withinThreshold: 0,
      cap: 0,
      citizenShare: 0,
      municipalShare: 0,
      payrollAdjustment: 0,
    });
  });
});

describe('pay, tax and warnings (docs/rules.md §§2–3, 7)', () => {
  it('without a tax card the default rate is used with allowance 0, and DEFAULT_TAX_CARD is warned', () => {
    const r = month({ offer: 'SEL103' });
    expect(r.aTax).toBe(349.6);
    expect(r.warnings).toEqual(['DEFAULT_TAX_CARD']);
  });

  it('the monthly allowance lowers A-tax, never below zero', () => {
    const r = month({
      offer: 'SEL103',
      taxCard: { withholdingRatePercent: 38, monthlyAllowance: 5000 },
    });
    expect(r.aTax).toBe(0);
    expect(r.netPay).toBe(920);
  });

  it('a hand-set wage above the ceiling is paid and warned, warnings in contract order', () => {
    const r = calculate({
      month: '2026-10',
      citizen: { offer: 'SEL103', transport: { mode: 'car', oneWayKm: 40 } },
      wageDecisions: [
        { effectiveFrom: '2026-10-01', hourlyWage: 35, justification: 'Særlig opgave' },
      ],
      attendance: days(2),
    });
    expect(r.wageLines).toEqual([
      { effectiveFrom: '2026-10-01', hourlyWage: 35, hours: 10, amount: 350 },
    ]);
    expect(r.warnings).toEqual(['ABOVE_CEILING', 'DEFAULT_TAX_CARD', 'TRANSPORT_CAPPED']);
  });

  it('a decision paying no day of the month makes no wage line; the latest decision ≤ the day pays it', () => {
    const r = calculate({
      month: '2026-10',
      citizen: { offer: 'SEL103', taxCard },
      wageDecisions: [
        { effectiveFrom: '2026-01-01', hourlyWage: 10, justification: 'a' },
        { effectiveFrom: '2026-09-01', hourlyWage: 12, justification: 'b' },
        { effectiveFrom: '2026-10-03', hourlyWage: 14, justification: 'c' },
        { effectiveFrom: '2026-10-10', hourlyWage: 16, justification: 'd' },
      ],
      attendance: [
        { date: '2026-10-02', hours: 1 },
        { date: '2026-10-03', hours: 2 },
        { date: '2026-10-09', hours: 0 },
      ],
    });
    expect(r.wageLines).toEqual([
      { effectiveFrom: '2026-09-01', hourlyWage: 12, hours: 1, amount: 12 },
      { effectiveFrom: '2026-10-03', hourlyWage: 14, hours: 2, amount: 28 },
    ]);
  });

  it('settings merge over the defaults, also inside the weights', () => {
    const parsed = parseCalcInput({
      month: '2026-10',
      citizen: { offer: 'SEL104' },
      settings: { criteriaWeights: { quality: 2 } },
    });
    expect(parsed.ok && parsed.value.settings.criteriaWeights).toMatchObject({
      quality: 2,
      flexibility: 1,
      helpNeed: 1,
    });
    expect(parsed.ok && parsed.value.settings.kmRate).toBe(2.23);
  });
});

describe('a wage decision has exactly one of assessment and hand-set wage (docs/rules.md §2)', () => {
  const assessment = SECTION_7_INPUT.wageDecisions[0]!.assessment;
  const issuesOf = (wageDecision: Record<string, unknown>) => {
    const parsed = parseCalcInput({
      month: '2026-10',
      citizen: { offer: 'SEL103' },
      wageDecisions: [wageDecision],
    });
    return parsed.ok ? [] : parsed.issues;
  };

  it('refuses both, and neither, naming the field', () => {
    expect(issuesOf({ ...decision, assessment })).toEqual([
      {
        path: ['wageDecisions', 0, 'hourlyWage'],
        message: 'angiv enten en vurdering eller en håndsat timeløn, ikke begge',
      },
    ]);
    expect(issuesOf({ effectiveFrom: '2026-01-01' })).toEqual([
      {
        path: ['wageDecisions', 0, 'assessment'],
        message: 'angiv enten en vurdering eller en håndsat timeløn',
      },
    ]);
    expect(issuesOf({ effectiveFrom: '2026-01-01', hourlyWage: 20 })).toEqual([
      {
        path: ['wageDecisions', 0, 'justification'],
        message: 'en håndsat timeløn kræver en konkret, individuel begrundelse',
      },
    ]);
    expect(issuesOf({ effectiveFrom: '2026-01-01', assessment })).toEqual([]);
    expect(issuesOf(decision)).toEqual([]);
  });

  it('the stored decision extends the calc input decision and refuses the same', () => {
    for (const key of ['effectiveFrom', 'assessment', 'hourlyWage'] as const)
      expect(WageDecisionInputSchema.shape[key]).toBe(CalcWageDecisionSchema.shape[key]);
    const stored = { ...decision, assessment, citizenId: 'c', assessorInitials: 'AB' };
    const r = WageDecisionInputSchema.safeParse(stored);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path, i.message])).toEqual(
      issuesOf({ ...decision, assessment }).map((i) => [i.path.slice(2), i.message]),
    );
  });
});
