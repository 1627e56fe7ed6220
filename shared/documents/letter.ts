// The decision letter (docs/rules.md §12): the wage and what it rests on in plain Danish, every
// figure printed so that it can be recomputed by hand (the exact score fraction and the raw wage
// before rounding, docs/rules.md §2), who assessed it, and the appeal guidance. Pure.
import { formatDate, formatDateTime } from '../danish/dates';
import { formatAmount, formatDecimal, formatKr, formatOreKr } from '../danish/number';
import { CRITERIA, CRITERION_LABELS, HELP_NEED_LABELS, SCORE_LABELS } from '../domain/criteria';
import type { Settings } from '../domain/settings';
import { explainWage, wageCeilingOre, wageFloorOre } from '../domain/wage';
import { divRoundHalfUp, toHundredths, toOre } from '../money';
import type { Citizen } from '../records/citizen';
import { maskCpr } from '../records/cpr';
import type { WageDecision } from '../records/wage-decision';
import { settingsForArea, type MonthArea } from '../records/work-area';
import { exactDecimal } from './exact';
import { appealTextOf, signerOf, type AppealText, type DocumentSettings } from './settings';

export const LETTER_SENDER = { unit: 'Jobbasen', municipality: 'Holbæk Kommune' } as const;
export const LETTER_HEADING = 'Afgørelse om timeløn i beskyttet beskæftigelse';

export interface LetterCriterion {
  label: string;
  /** `3 point – i høj grad` */
  value: string;
}

/** One line of the calculation: what it is, and the sum a reader can redo. */
export interface LetterStep {
  label: string;
  text: string;
}

export type LetterBasis =
  | {
      kind: 'assessment';
      criteria: LetterCriterion[];
      steps: LetterStep[];
    }
  | { kind: 'handSet'; justification: string; steps: LetterStep[] };

export interface DecisionLetterDoc {
  dated: string;
  citizen: { name: string; cpr: string; payrollNumber: string };
  /** `Arbejdsområde: Have og park` (the area of the decision's first month), or null without one. */
  area: string | null;
  effectiveFrom: string;
  /** `19,00 kr.` */
  wage: string;
  basis: LetterBasis;
  /** The assessor as the user list names them; null when the initials are not in the list. */
  signer: { name: string; title: string } | null;
  assessorInitials: string;
  appeal: AppealText;
  registered: string;
}

/** Whose figure the floor is a percentage of (docs/rules.md §6): the area's, or the common one. */
function referenceOf(area: MonthArea | undefined): string {
  if (!area) return 'mindstelønnen for borgere uden arbejdsområde';
  if (area.minimumWageReference === undefined)
    return `${area.name} har ingen sats, så mindstelønnen uden arbejdsområde bruges`;
  return `den laveste overenskomstmæssige timeløn i arbejdsområdet ${area.name}`;
}

/** `5 % af 150,00 kr. = 7,50 kr.` — the floor, with the rounding to øre said when there is one. */
function floorStep(settings: Settings, area: MonthArea | undefined): LetterStep {
  const floor = wageFloorOre(settings);
  const product = toOre(settings.minimumWageReference) * toHundredths(settings.wageFloorPercent);
  const rounded = product % 10_000 !== 0;
  return {
    label: 'Bund',
    text:
      `${formatDecimal(settings.wageFloorPercent)} % af ${formatKr(settings.minimumWageReference)} ` +
      `(${referenceOf(area)}) = ${formatOreKr(floor)}` +
      `${rounded ? ' (afrundet til hele øre).' : ''} Timelønnen kan ikke være lavere.`,
  };
}

function ceilingStep(settings: Settings): LetterStep {
  return {
    label: 'Loft',
    text: `${formatOreKr(wageCeilingOre(settings))} i timen, som udgangspunkt den højeste timeløn.`,
  };
}

function assessmentBasis(
  assessment: NonNullable<WageDecision['assessment']>,
  settings: Settings,
  area: MonthArea | undefined,
): LetterBasis {
  const e = explainWage(assessment, settings);
  const w = settings.criteriaWeights;
  const weighted = Object.values(w).some((x) => x !== 1);
  const helpPoints = settings.helpNeedPoints[assessment.helpNeed];
  const terms = [
    ...CRITERIA.map((k) => ({ weight: w[k], points: assessment.scores[k] })),
    { weight: w.helpNeed, points: helpPoints },
  ];
  const sum = terms
    .map((t) =>
      weighted
        ? `${formatDecimal(t.weight)} × ${formatDecimal(t.points)}`
        : formatDecimal(t.points),
    )
    .join(' + ');
  const points = formatDecimal(e.weightedPoints / 100);
  const max = formatDecimal(e.maxPoints / 100);
  const fraction = `${points}/${max}`;
  const floor = formatOreKr(e.floorOre);
  const ceiling = formatOreKr(e.ceilingOre);
  // raw = floor + (ceiling − floor) · N / D, in øre; printed exactly (or to 4 decimals, said so).
  const N = BigInt(e.fractionNumerator);
  const D = BigInt(e.fractionDenominator);
  const rawTimesD = BigInt(e.floorOre) * D + BigInt(e.ceilingOre - e.floorOre) * N;
  const raw = exactDecimal(rawTimesD, D * 100n);
  const rawText = `${raw.exact ? '' : 'ca. '}${raw.text} kr.`;
  const roundedOre = divRoundHalfUp(rawTimesD, D * BigInt(e.stepOre)) * e.stepOre;
  const rounding =
    `${rawText} afrundet til nærmeste ${formatOreKr(e.stepOre)} = ${formatOreKr(roundedOre)}` +
    (e.clamped === 'floor'
      ? `, hævet til bunden ${floor}`
      : e.clamped === 'ceiling'
        ? `, sænket til loftet ${ceiling}`
        : '');
  return {
    kind: 'assessment',
    criteria: [
      ...CRITERIA.map((k) => ({
        label: CRITERION_LABELS[k],
        value: `${assessment.scores[k]} point – ${(SCORE_LABELS[assessment.scores[k]] ?? '').toLowerCase()}${
          weighted ? ` (vægt ${formatDecimal(w[k])})` : ''
        }`,
      })),
      {
        label: 'Hjælpebehov',
        value: `${formatDecimal(helpPoints)} point – ${HELP_NEED_LABELS[assessment.helpNeed].toLowerCase()}${
          weighted ? ` (vægt ${formatDecimal(w.helpNeed)})` : ''
        }`,
      },
    ],
    steps: [
      {
        label: 'Point',
        text:
          `${sum} = ${points} point ud af ${max} mulige` +
          (weighted ? ` (4 point × summen af vægtene)` : ` (4 point × 6)`) +
          `. Brøken er ${fraction}.`,
      },
      floorStep(settings, area),
      ceilingStep(settings),
      {
        label: 'Beregning',
        text: `${floor} + (${ceiling} − ${floor}) × ${fraction} = ${rawText}`,
      },
      { label: 'Afrunding', text: rounding },
    ],
  };
}

function handSetBasis(
  decision: WageDecision,
  settings: Settings,
  area: MonthArea | undefined,
): LetterBasis {
  const wage = toOre(decision.hourlyWage ?? 0);
  const above = wage > wageCeilingOre(settings);
  return {
    kind: 'handSet',
    justification: decision.justification ?? '',
    steps: [
      floorStep(settings, area),
      ceilingStep(settings),
      {
        label: 'Timeløn',
        text: above
          ? `${formatOreKr(wage)} er over loftet. Det er besluttet efter en konkret, individuel vurdering.`
          : `${formatOreKr(wage)} ligger mellem bunden og loftet.`,
      },
    ],
  };
}

/**
 * The letter for `decision`, with the settings in force from its date, the citizen's work area in
 * its first month (docs/rules.md §§6, 12: its figure replaces the common reference wage, so the
 * floor printed is the one used) and the document settings (signer, appeal text).
 */
export function decisionLetterDoc(
  decision: WageDecision,
  citizen: Pick<Citizen, 'name' | 'cpr' | 'payrollNumber'>,
  common: Settings,
  documents: DocumentSettings,
  area?: MonthArea,
): DecisionLetterDoc {
  const settings = settingsForArea(common, area);
  const signer = signerOf(documents, decision.assessorInitials);
  const handSet = decision.hourlyWage !== undefined || !decision.assessment;
  const basis = handSet
    ? handSetBasis(decision, settings, area)
    : assessmentBasis(decision.assessment!, settings, area);
  const wage = handSet
    ? formatKr(decision.hourlyWage ?? 0)
    : `${formatAmount(explainWage(decision.assessment!, settings).wageOre / 100)} kr.`;
  return {
    dated: formatDate(decision.createdAt.slice(0, 10)),
    citizen: {
      name: citizen.name,
      cpr: maskCpr(citizen.cpr),
      payrollNumber: citizen.payrollNumber,
    },
    area: area ? `Arbejdsområde: ${area.name}` : null,
    effectiveFrom: formatDate(decision.effectiveFrom),
    wage,
    basis,
    signer: signer ? { name: signer.name, title: signer.title } : null,
    assessorInitials: decision.assessorInitials,
    appeal: appealTextOf(documents),
    registered: `Registreret ${formatDateTime(decision.createdAt)}.`,
  };
}
