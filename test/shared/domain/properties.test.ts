// Property tests of the money rules (issue 2): ≥ 1 000 generated inputs each.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate, explainWage, mergeSettings, type CalcResult } from '../../../shared/domain';
import { hasAtMostTwoDecimals, toOre } from '../../../shared/money';
import { assessmentArb, calcInputArb, settingsArb } from './arbitraries';

const RUNS = { numRuns: 1000 };

function amounts(r: CalcResult): number[] {
  const t = r.transport;
  return [
    r.hours,
    r.grossPay,
    r.amContribution,
    r.aTax,
    r.netPay,
    r.estimatedPayout,
    ...r.wageLines.flatMap((l) => [l.hourlyWage, l.hours, l.amount]),
    t.total,
    t.withinThreshold,
    t.cap,
    t.citizenShare,
    t.municipalShare,
    t.payrollAdjustment,
  ];
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('money properties', () => {
  it('citizenShare + municipalShare = total, to the øre', () => {
    fc.assert(
      fc.property(calcInputArb, (input) => {
        const t = calculate(input).transport;
        expect(toOre(t.citizenShare) + toOre(t.municipalShare)).toBe(toOre(t.total));
      }),
      RUNS,
    );
  });

  it('citizenShare ≤ cap and ≤ withinThreshold, and never negative', () => {
    fc.assert(
      fc.property(calcInputArb, (input) => {
        const t = calculate(input).transport;
        expect(t.citizenShare).toBeLessThanOrEqual(t.withinThreshold);
        expect(t.citizenShare).toBeGreaterThanOrEqual(0);
        if (input.citizen.offer === 'SEL103') expect(t.citizenShare).toBeLessThanOrEqual(t.cap);
        else expect(t.citizenShare).toBe(0);
      }),
      RUNS,
    );
  });

  it('the wage from an assessment stays in [floor, ceiling] and is a multiple of the step unless clamped', () => {
    fc.assert(
      fc.property(assessmentArb, settingsArb, (assessment, partial) => {
        const e = explainWage(assessment, mergeSettings(partial));
        expect(e.wageOre).toBeGreaterThanOrEqual(e.floorOre);
        expect(e.wageOre).toBeLessThanOrEqual(e.ceilingOre);
        if (e.clamped === null) expect(e.wageOre % e.stepOre).toBe(0);
        else expect(e.wageOre).toBe(e.clamped === 'floor' ? e.floorOre : e.ceilingOre);
      }),
      RUNS,
    );
  });

  it('gross pay = Σ wage-line amounts, and each line is round2(hours · wage)', () => {
    fc.assert(
      fc.property(calcInputArb, (input) => {
        const r = calculate(input);
        const sum = r.wageLines.reduce((s, l) => s + toOre(l.amount), 0);
        expect(toOre(r.grossPay)).toBe(sum);
        for (const l of r.wageLines) {
          expect(toOre(l.amount)).toBe(Math.round((toOre(l.hours) * toOre(l.hourlyWage)) / 100));
        }
      }),
      RUNS,
    );
  });

  it('the result does not depend on the order of attendance entries or wage decisions', () => {
    fc.assert(
      fc.property(calcInputArb, fc.nat(), (input, seed) => {
        const reordered = {
          ...input,
          attendance: shuffled(input.attendance ?? [], seed),
          wageDecisions: shuffled(input.wageDecisions ?? [], seed + 1),
        };
        expect(calculate(reordered)).toEqual(calculate(input));
      }),
      RUNS,
    );
  });

  it('every amount has at most two decimals', () => {
    fc.assert(
      fc.property(calcInputArb, (input) => {
        for (const x of amounts(calculate(input))) expect(hasAtMostTwoDecimals(x)).toBe(true);
      }),
      RUNS,
    );
  });
});
