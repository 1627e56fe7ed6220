// The hourly wage from a scored assessment (docs/rules.md §2), in exact integer arithmetic.
import { divRoundHalfUp, mulDivRound, toHundredths, toOre, type Ore } from '../money';
import { CRITERIA, WEIGHT_KEYS, type Criterion, type HelpNeed } from './criteria';
import type { Settings } from './settings';
import { formatAmount } from '../danish/number';

export interface Assessment {
  scores: Record<Criterion, number>;
  helpNeed: HelpNeed;
}

/** floor = round2(minimumWageReference · wageFloorPercent / 100), in øre. */
export function wageFloorOre(settings: Settings): Ore {
  return mulDivRound(
    toOre(settings.minimumWageReference),
    toHundredths(settings.wageFloorPercent),
    10_000,
  );
}

export function wageCeilingOre(settings: Settings): Ore {
  return toOre(settings.wageCeiling);
}

/** Everything needed to show "sådan er lønnen beregnet". Fractions are exact (numerator/denominator). */
export interface WageExplanation {
  /** Σ w_c · score_c + w_helpNeed · points, in hundredths of points. */
  weightedPoints: number;
  /** 4 · Σ all weights, in hundredths of points. */
  maxPoints: number;
  /** weightedPoints / maxPoints as a float, for display only. */
  fraction: number;
  /** The exact fraction as integers (1/10 000 of a point): what a letter recomputes from. */
  fractionNumerator: number;
  fractionDenominator: number;
  helpNeedPoints: number;
  floorOre: Ore;
  ceilingOre: Ore;
  stepOre: Ore;
  /** floor + (ceiling − floor) · fraction, rounded to øre for display only. */
  rawOre: Ore;
  /** The wage: rounded to the step, then clamped to [floor, ceiling]. */
  wageOre: Ore;
  clamped: 'floor' | 'ceiling' | null;
}

export function explainWage(assessment: Assessment, settings: Settings): WageExplanation {
  const weights = Object.fromEntries(
    WEIGHT_KEYS.map((k) => [k, toHundredths(settings.criteriaWeights[k])]),
  ) as Record<(typeof WEIGHT_KEYS)[number], number>;
  const pointsHundredths = toHundredths(settings.helpNeedPoints[assessment.helpNeed]);
  // Units: weight (1/100) · score (1/100 via ·100) = 1/10 000 of a point.
  let numerator = 0;
  for (const c of CRITERIA) numerator += weights[c] * assessment.scores[c] * 100;
  numerator += weights.helpNeed * pointsHundredths;
  const totalWeight = WEIGHT_KEYS.reduce((sum, k) => sum + weights[k], 0);
  const denominator = 4 * 100 * totalWeight;

  const floorOre = wageFloorOre(settings);
  const ceilingOre = wageCeilingOre(settings);
  const stepOre = toOre(settings.wageRoundingStep);
  const span = BigInt(ceilingOre - floorOre);
  // raw / step = (floor · D + span · N) / (D · step), rounded half up, then times the step.
  const rawTimesD = BigInt(floorOre) * BigInt(denominator) + span * BigInt(numerator);
  const steps = divRoundHalfUp(rawTimesD, BigInt(denominator) * BigInt(stepOre));
  const rounded = steps * stepOre;
  const wageOre = Math.min(ceilingOre, Math.max(floorOre, rounded));
  return {
    weightedPoints: numerator / 100,
    maxPoints: denominator / 100,
    fraction: numerator / denominator,
    fractionNumerator: numerator,
    fractionDenominator: denominator,
    helpNeedPoints: pointsHundredths / 100,
    floorOre,
    ceilingOre,
    stepOre,
    rawOre: divRoundHalfUp(rawTimesD, BigInt(denominator)),
    wageOre,
    clamped: wageOre === rounded ? null : wageOre === floorOre ? 'floor' : 'ceiling',
  };
}

export function wageFromAssessment(assessment: Assessment, settings: Settings): Ore {
  return explainWage(assessment, settings).wageOre;
}

/** How a hand-set hourly wage stands against the month's floor and ceiling (docs/rules.md §2). */
export type HandSetWageCheck =
  | { kind: 'ok' }
  | { kind: 'belowFloor'; floorOre: Ore }
  | { kind: 'aboveCeiling'; ceilingOre: Ore };

/**
 * The one check of a hand-set wage: below the floor is an error, above the ceiling is allowed
 * with the warning ABOVE_CEILING. Exact in øre. Used by the calc input, the data layer and the
 * wage page's live warning alike.
 */
export function checkHandSetWage(hourlyWage: number, settings: Settings): HandSetWageCheck {
  const wage = toOre(hourlyWage);
  const floorOre = wageFloorOre(settings);
  if (wage < floorOre) return { kind: 'belowFloor', floorOre };
  const ceilingOre = wageCeilingOre(settings);
  if (wage > ceilingOre) return { kind: 'aboveCeiling', ceilingOre };
  return { kind: 'ok' };
}

/** The Danish message for a wage below the floor: `må ikke være under mindstelønnen 7,50 kr.` */
export function belowFloorMessage(floorOre: Ore): string {
  return `må ikke være under mindstelønnen ${formatAmount(floorOre / 100)} kr.`;
}
