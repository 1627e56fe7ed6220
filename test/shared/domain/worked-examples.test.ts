// docs/rules.md §8: every worked example, exactly.
import { describe, expect, it } from 'vitest';
import {
  calculate,
  DEFAULT_SETTINGS,
  explainWage,
  mergeSettings,
  type Assessment,
} from '../../../shared/domain';
import { SECTION_7_INPUT, SECTION_7_RESULT } from './section7';

const all = (n: number, helpNeed: Assessment['helpNeed']): Assessment => ({
  scores: {
    attendanceStability: n,
    flexibility: n,
    productivity: n,
    quality: n,
    collegialInteraction: n,
  },
  helpNeed,
});

describe('docs/rules.md §8 worked examples', () => {
  it('1: all criteria 2, moderate → fraction 0.5, raw 18.75, wage 19.00', () => {
    const e = explainWage(all(2, 'moderate'), DEFAULT_SETTINGS);
    expect(e.weightedPoints / e.maxPoints).toBe(0.5);
    expect(e.rawOre).toBe(1875);
    expect(e.wageOre).toBe(1900);
  });

  it('2: all 4 + independent → 30.00; all 0 + extensive → 7.50 (the floor)', () => {
    expect(explainWage(all(4, 'independent'), DEFAULT_SETTINGS).wageOre).toBe(3000);
    const low = explainWage(all(0, 'extensive'), DEFAULT_SETTINGS);
    expect(low.wageOre).toBe(750);
    expect(low.floorOre).toBe(750);
  });

  it('3: criteria 3,3,2,3,4, moderate, step 0.50 → fraction 17/24, raw 23.4375, wage 23.50', () => {
    const a: Assessment = {
      scores: {
        attendanceStability: 3,
        flexibility: 3,
        productivity: 2,
        quality: 3,
        collegialInteraction: 4,
      },
      helpNeed: 'moderate',
    };
    const e = explainWage(a, mergeSettings({ wageRoundingStep: 0.5 }));
    expect(e.weightedPoints * 24).toBe(e.maxPoints * 17);
    // raw 23.4375 is shown to the øre; the wage is rounded from the exact value.
    expect(e.rawOre).toBe(2344);
    expect(e.wageOre).toBe(2350);
  });

  it('4: the § 7 input gives the § 7 result', () => {
    expect(calculate(SECTION_7_INPUT)).toEqual(SECTION_7_RESULT);
  });

  it('5: public, 8 km, 48/day, pass 620, 16 days, net 1 200 → citizen 360, municipality 260, capped', () => {
    // Net pay of exactly 1 200.00: 100 h at 20.00 = 2 000.00, AM 160.00, A-tax 40 % of (1 840 − 240) = 640.00.
    const attendance = Array.from({ length: 16 }, (_, i) => ({
      date: `2026-03-${String(i + 2).padStart(2, '0')}`,
      hours: 6.25,
    }));
    const result = calculate({
      month: '2026-03',
      citizen: {
        offer: 'SEL103',
        taxCard: { withholdingRatePercent: 40, monthlyAllowance: 240 },
        transport: { mode: 'public', oneWayKm: 8, dailyCost: 48, monthlyPass: 620 },
      },
      wageDecisions: [{ effectiveFrom: '2026-01-01', hourlyWage: 20, justification: 'Eksempel 5' }],
      attendance,
    });
    expect(result.grossPay).toBe(2000);
    expect(result.netPay).toBe(1200);
    expect(result.transport).toEqual({
      mode: 'public',
      days: 16,
      total: 620,
      withinThreshold: 620,
      cap: 360,
      citizenShare: 360,
      municipalShare: 260,
      paidBy: 'citizen',
      payrollAdjustment: 260,
    });
    expect(result.warnings).toEqual(['TRANSPORT_CAPPED']);
  });
});
