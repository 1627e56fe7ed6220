// fast-check generators of valid calculation inputs (docs/rules.md §7), shared by the property tests.
import fc from 'fast-check';
import {
  CRITERIA,
  daysInMonth,
  HELP_NEEDS,
  WAGE_ROUNDING_STEPS,
  type Assessment,
  type CalcInput,
} from '../../../shared/domain';

/** A number with at most two decimals in [min, max]. */
export const twoDecimals = (min: number, max: number) =>
  fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((n) => n / 100);

export const assessmentArb: fc.Arbitrary<Assessment> = fc.record({
  scores: fc.record(
    Object.fromEntries(CRITERIA.map((c) => [c, fc.integer({ min: 0, max: 4 })])) as Record<
      (typeof CRITERIA)[number],
      fc.Arbitrary<number>
    >,
  ),
  helpNeed: fc.constantFrom(...HELP_NEEDS),
});

const weights = fc
  .array(fc.integer({ min: 0, max: 5 }), { minLength: 6, maxLength: 6 })
  .filter((w) => w.some((x) => x > 0))
  .map(([a, b, c, d, e, f]) => ({
    attendanceStability: a!,
    flexibility: b!,
    productivity: c!,
    quality: d!,
    collegialInteraction: e!,
    helpNeed: f!,
  }));

export const settingsArb = fc.record({
  minimumWageReference: twoDecimals(100, 250),
  wageFloorPercent: twoDecimals(1, 10),
  wageCeiling: twoDecimals(26, 60),
  wageRoundingStep: fc.constantFrom(...WAGE_ROUNDING_STEPS),
  criteriaWeights: weights,
  helpNeedPoints: fc.record({
    independent: twoDecimals(0, 4),
    moderate: twoDecimals(0, 4),
    extensive: twoDecimals(0, 4),
  }),
  amContributionPercent: twoDecimals(0, 10),
  defaultWithholdingRatePercent: twoDecimals(0, 60),
  transportThresholdKm: twoDecimals(0, 30),
  transportCapPercent: twoDecimals(0, 100),
  kmRate: twoDecimals(0, 5),
});

const transportArb = fc
  .oneof(
    fc.record(
      {
        mode: fc.constant('car' as const),
        oneWayKm: twoDecimals(0, 80),
        ratePerKm: twoDecimals(0, 5),
      },
      { requiredKeys: ['mode', 'oneWayKm'] },
    ),
    fc.record(
      {
        mode: fc.constant('public' as const),
        oneWayKm: twoDecimals(0, 80),
        dailyCost: twoDecimals(0, 200),
        monthlyPass: twoDecimals(0, 2000),
      },
      { requiredKeys: ['mode', 'oneWayKm', 'dailyCost'] },
    ),
    fc.record({
      mode: fc.constant('special' as const),
      oneWayKm: twoDecimals(0, 80),
      dailyCost: twoDecimals(0, 900),
    }),
    fc.constant({ mode: 'none' as const }),
  )
  .chain((t) =>
    fc
      .option(fc.constantFrom('citizen' as const, 'municipality' as const), { nil: undefined })
      .map((paidBy) => (paidBy ? { ...t, paidBy } : t)),
  );

const monthArb = fc
  .record({ y: fc.integer({ min: 2024, max: 2030 }), m: fc.integer({ min: 1, max: 12 }) })
  .map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}`);

/** A valid input: the first wage decision is in effect from before the month, so every day is paid. */
export const calcInputArb: fc.Arbitrary<CalcInput> = fc
  .record({
    month: monthArb,
    settings: settingsArb,
    offer: fc.constantFrom('SEL103' as const, 'SEL104' as const),
  })
  .chain(({ month, settings, offer }) => {
    const days = daysInMonth(month);
    // The floor is at most 250 · 10 % = 25.00, so a hand-set wage from 25.00 is never below it.
    const decision = fc.oneof(
      assessmentArb.map((assessment) => ({ assessment })),
      twoDecimals(25, 80).map((hourlyWage) => ({
        hourlyWage,
        justification: 'Individuel vurdering',
      })),
    );
    return fc.record({
      month: fc.constant(month),
      settings: fc.constant(settings),
      citizen: fc.record(
        {
          offer: fc.constant(offer),
          taxCard: fc.record({
            withholdingRatePercent: twoDecimals(0, 60),
            monthlyAllowance: twoDecimals(0, 5000),
          }),
          transport: transportArb,
          municipalTransport: fc.boolean(),
        },
        { requiredKeys: ['offer'] },
      ),
      wageDecisions: fc
        .tuple(
          decision,
          fc.uniqueArray(fc.constantFrom(...days), { maxLength: 3 }),
          fc.array(decision, { minLength: 3, maxLength: 3 }),
        )
        .map(([first, froms, rest]) => [
          { effectiveFrom: '2020-01-01', ...first },
          ...froms.map((effectiveFrom, i) => ({ effectiveFrom, ...rest[i]! })),
        ]),
      attendance: fc
        .uniqueArray(fc.constantFrom(...days), { maxLength: days.length })
        .chain((dates) =>
          fc.tuple(...dates.map((date) => twoDecimals(0, 24).map((hours) => ({ date, hours })))),
        ),
    });
  });
