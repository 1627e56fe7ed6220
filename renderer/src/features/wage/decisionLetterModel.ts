// What the decision letter says (docs/rules.md §2): the wage, and its basis — the scored
// criteria with the calculation from `explainWage`, or the hand-set wage's justification.
import { formatDate, formatDateTime } from '../../../../shared/danish/dates';
import {
  formatDecimal,
  formatKr,
  formatOreKr,
  formatPercent,
} from '../../../../shared/danish/number';
import {
  CRITERIA,
  CRITERION_LABELS,
  HELP_NEED_LABELS,
  SCORE_LABELS,
} from '../../../../shared/domain/criteria';
import type { Settings } from '../../../../shared/domain/settings';
import { explainWage } from '../../../../shared/domain/wage';
import type { WageDecision } from '../../../../shared/records/wage-decision';

export type LetterBasis =
  | { kind: 'assessment'; rows: { label: string; value: string }[]; calculation: string }
  | { kind: 'handSet'; justification: string };

export interface DecisionLetter {
  /** The hourly wage: `19,00 kr.` */
  wage: string;
  /** The letter's date (the day the decision was registered). */
  dated: string;
  effectiveFrom: string;
  basis: LetterBasis;
  registered: string;
}

export function decisionLetter(decision: WageDecision, settings: Settings): DecisionLetter {
  const common = {
    dated: formatDate(decision.createdAt.slice(0, 10)),
    effectiveFrom: formatDate(decision.effectiveFrom),
    registered: `Registreret ${formatDateTime(decision.createdAt)}.`,
  };
  const a = decision.assessment;
  if (!a)
    return {
      ...common,
      wage: formatKr(decision.hourlyWage ?? 0),
      basis: { kind: 'handSet', justification: decision.justification ?? '' },
    };
  const e = explainWage(a, settings);
  const floor = formatOreKr(e.floorOre);
  const ceiling = formatOreKr(e.ceilingOre);
  const fraction = formatPercent(e.fraction);
  const calculation =
    `Samlet score ${formatDecimal(e.weightedPoints / 100)} af ${formatDecimal(e.maxPoints / 100)} ` +
    `point (${fraction}). Lønnen ligger mellem bunden ${floor} ` +
    `(${formatDecimal(settings.wageFloorPercent)} % af mindstelønnen) og loftet ${ceiling}: ` +
    `${floor} + (${ceiling} − ${floor}) × ${fraction} = ${formatOreKr(e.rawOre)}, ` +
    `afrundet til nærmeste ${formatOreKr(e.stepOre)}: ${formatOreKr(e.wageOre)}`;
  return {
    ...common,
    // A decision with both is refused by the schema; the hand-set wage would win as before.
    wage:
      decision.hourlyWage !== undefined ? formatKr(decision.hourlyWage) : formatOreKr(e.wageOre),
    basis: {
      kind: 'assessment',
      rows: [
        ...CRITERIA.map((k) => ({
          label: CRITERION_LABELS[k],
          value: `${a.scores[k]} – ${(SCORE_LABELS[a.scores[k]] ?? '').toLowerCase()}`,
        })),
        { label: 'Hjælpebehov', value: HELP_NEED_LABELS[a.helpNeed] },
      ],
      calculation,
    },
  };
}
