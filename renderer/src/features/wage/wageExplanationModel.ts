// "Sådan er lønnen beregnet" (docs/rules.md §2) as rows of text, straight from `explainWage`:
// each criterion's points (with its weight when the weights differ), the score, floor, ceiling,
// the unrounded wage and the wage rounded to the step.
import {
  formatAmount,
  formatDecimal,
  formatOreKr,
  formatPercent,
} from '../../../../shared/danish/number';
import { CRITERIA, CRITERION_LABELS } from '../../../../shared/domain/criteria';
import type { Settings } from '../../../../shared/domain/settings';
import { explainWage, type Assessment } from '../../../../shared/domain/wage';

export interface WageExplanationView {
  /** The wage: `19,00 kr.` */
  wage: string;
  rows: { label: string; value: string }[];
  /** The last row, shown in bold: the wage rounded to the step. */
  result: { label: string; value: string };
  /** Why the wage is not the rounded one, when it was lifted to the floor or capped. */
  clampedNote: string | null;
}

export function wageExplanationView(
  assessment: Assessment,
  settings: Settings,
): WageExplanationView {
  const e = explainWage(assessment, settings);
  const weights = settings.criteriaWeights;
  const allWeightsOne = Object.values(weights).every((w) => w === 1);
  const weight = (w: number) => (allWeightsOne ? '' : ` × vægt ${formatDecimal(w)}`);
  return {
    wage: formatOreKr(e.wageOre),
    rows: [
      ...CRITERIA.map((c) => ({
        label: CRITERION_LABELS[c],
        value: `${assessment.scores[c]} af 4${weight(weights[c])}`,
      })),
      {
        label: 'Hjælpebehov',
        value: `${formatDecimal(e.helpNeedPoints)} af 4${weight(weights.helpNeed)}`,
      },
      {
        label: 'Score',
        value: `${formatDecimal(e.weightedPoints / 100)} af ${formatDecimal(e.maxPoints / 100)} point = ${formatPercent(e.fraction)}`,
      },
      {
        label: `Bund (${formatDecimal(settings.wageFloorPercent)} % af mindstelønnen ${formatAmount(settings.minimumWageReference)} kr.)`,
        value: formatOreKr(e.floorOre),
      },
      { label: 'Loft', value: formatOreKr(e.ceilingOre) },
      { label: 'Bund + (loft − bund) × score', value: formatOreKr(e.rawOre) },
    ],
    result: {
      label: `Afrundet til trin på ${formatAmount(e.stepOre / 100)} kr.`,
      value: formatOreKr(e.wageOre),
    },
    clampedNote:
      e.clamped === 'floor'
        ? 'Lønnen er løftet til bunden (mindstelønnen).'
        : e.clamped === 'ceiling'
          ? 'Lønnen er begrænset til loftet.'
          : null,
  };
}

export function missingText(missing: readonly string[]): string {
  return `Lønnen vises, når alle seks punkter er udfyldt. Mangler: ${missing.join(', ')}.`;
}
