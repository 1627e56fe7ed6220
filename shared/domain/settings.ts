// Settings with defaults (docs/rules.md §6). Values are given as decimal kroner / percent / km,
// as a person writes them; the calculation converts them to exact integers once. Written once:
// the type is the schema's output and the partial schema (calc input) is derived from it.
import { z } from 'zod';
import { HELP_NEEDS, WEIGHT_KEYS, type HelpNeed, type WeightKey } from './criteria';
import { amount, decimal, MAX_AMOUNT } from './schema-helpers';
import { hasAtMostTwoDecimals } from '../money';
import { wageCeilingOre, wageFloorOre } from './wage';

export const WAGE_ROUNDING_STEPS = [0.01, 0.25, 0.5, 1] as const;

const percent = decimal({ min: 0, max: 100 });
const weight = decimal({ min: 0, max: 100 });

const weightsShape = Object.fromEntries(WEIGHT_KEYS.map((k) => [k, weight])) as Record<
  WeightKey,
  typeof weight
>;
const points = decimal({ min: 0, max: 4 });
const pointsShape = Object.fromEntries(HELP_NEEDS.map((k) => [k, points])) as Record<
  HelpNeed,
  typeof points
>;

const stepMessage = 'skal være en af 0,01, 0,25, 0,50 eller 1,00';

/** The fields and their bounds; refined as a whole below, partial for the calc input. */
const SettingsFields = z.strictObject({
  minimumWageReference: amount({ min: 0 }),
  wageFloorPercent: percent,
  wageCeiling: amount({ min: 0 }),
  wageRoundingStep: z
    .number({ error: (i) => (i.input === undefined ? 'mangler' : stepMessage) })
    .refine((v) => (WAGE_ROUNDING_STEPS as readonly number[]).includes(v), { error: stepMessage }),
  criteriaWeights: z.strictObject(weightsShape),
  helpNeedPoints: z.strictObject(pointsShape),
  amContributionPercent: percent,
  defaultWithholdingRatePercent: percent,
  transportThresholdKm: decimal({ min: 0, max: 1_000 }),
  transportCapPercent: percent,
  kmRate: amount({ min: 0, max: 100 }),
});

/** A complete settings object, as stored in a dated settings version. */
export const SettingsSchema = SettingsFields.superRefine((s, ctx) => {
  if (WEIGHT_KEYS.every((k) => s.criteriaWeights[k] === 0)) {
    ctx.addIssue({
      code: 'custom',
      path: ['criteriaWeights'],
      message: 'mindst én vægt skal være større end 0',
    });
  }
  if (withinBounds(s) && wageCeilingOre(s) < wageFloorOre(s)) {
    ctx.addIssue({
      code: 'custom',
      path: ['wageCeiling'],
      message: 'loftet må ikke være lavere end mindstelønnen (bunden)',
    });
  }
});

/**
 * zod runs the refinement above even when a field failed its own bound; a value beyond its
 * bound is refused by that field, and must not reach the exact arithmetic, which would throw
 * (docs/rules.md §5; issue 11, finding 1).
 */
function withinBounds(s: z.output<typeof SettingsFields>): boolean {
  return [
    [s.minimumWageReference, MAX_AMOUNT],
    [s.wageCeiling, MAX_AMOUNT],
    [s.wageFloorPercent, 100],
  ].every(([v, max]) => typeof v === 'number' && v >= 0 && v <= max! && hasAtMostTwoDecimals(v));
}
export type Settings = z.output<typeof SettingsSchema>;

/**
 * Partial settings as accepted by the calculation input: merged over the defaults, then the
 * whole is checked with `SettingsSchema` (so the refinements run on the merged settings).
 */
export const PartialSettingsSchema = SettingsFields.extend({
  criteriaWeights: SettingsFields.shape.criteriaWeights.partial(),
  helpNeedPoints: SettingsFields.shape.helpNeedPoints.partial(),
}).partial();
export type PartialSettings = z.infer<typeof PartialSettingsSchema>;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  minimumWageReference: 150,
  wageFloorPercent: 5,
  wageCeiling: 30,
  wageRoundingStep: 0.5,
  criteriaWeights: {
    attendanceStability: 1,
    flexibility: 1,
    productivity: 1,
    quality: 1,
    collegialInteraction: 1,
    helpNeed: 1,
  },
  helpNeedPoints: { independent: 4, moderate: 2, extensive: 0 },
  amContributionPercent: 8,
  defaultWithholdingRatePercent: 38,
  transportThresholdKm: 10,
  transportCapPercent: 30,
  kmRate: 2.23,
});

export function mergeSettings(
  partial: PartialSettings | undefined,
  base: Settings = DEFAULT_SETTINGS,
): Settings {
  const p = partial ?? {};
  const defined = <T extends object>(o: T) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
  const { criteriaWeights, helpNeedPoints, ...flat } = p;
  return {
    ...base,
    ...defined(flat),
    criteriaWeights: { ...base.criteriaWeights, ...defined(criteriaWeights ?? {}) },
    helpNeedPoints: { ...base.helpNeedPoints, ...defined(helpNeedPoints ?? {}) },
  };
}
