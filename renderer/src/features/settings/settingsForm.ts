// The settings form's text state ↔ SettingsVersionInput (pure).
import { HELP_NEEDS, WEIGHT_KEYS, type HelpNeed, type WeightKey } from '../../../../shared/domain';
import type { SettingsVersion } from '../../data';
import { toInputNumber } from '../../format';
import { numberOrText } from '../../components/forms';

export const SCALAR_KEYS = [
  'minimumWageReference',
  'wageFloorPercent',
  'wageCeiling',
  'amContributionPercent',
  'defaultWithholdingRatePercent',
  'transportThresholdKm',
  'transportCapPercent',
  'kmRate',
] as const;
export type ScalarKey = (typeof SCALAR_KEYS)[number];

export const SCALAR_LABELS: Record<ScalarKey, { label: string; suffix: string; hint?: string }> = {
  minimumWageReference: {
    label: 'Mindsteløn i arbejdsområdet',
    suffix: 'kr./time',
    hint: 'Laveste overenskomstmæssige løn; bunden er en procentdel af den.',
  },
  wageFloorPercent: { label: 'Bund i procent af mindstelønnen', suffix: '%' },
  wageCeiling: { label: 'Loft for timelønnen', suffix: 'kr./time' },
  amContributionPercent: { label: 'AM-bidrag', suffix: '%' },
  defaultWithholdingRatePercent: {
    label: 'Standardtræk uden skattekort',
    suffix: '%',
  },
  transportThresholdKm: { label: 'Afstand borgeren selv betaler', suffix: 'km' },
  transportCapPercent: { label: 'Loft for borgerens kørsel', suffix: '% af nettoløn' },
  kmRate: { label: 'Kilometersats', suffix: 'kr./km' },
};

export const WEIGHT_LABELS: Record<WeightKey, string> = {
  attendanceStability: 'Mødestabilitet',
  flexibility: 'Fleksibilitet',
  productivity: 'Produktivitet',
  quality: 'Kvaliteten af det udførte arbejde',
  collegialInteraction: 'Kollegialt samspil',
  helpNeed: 'Hjælpebehov',
};

export const HELP_POINT_LABELS: Record<HelpNeed, string> = {
  independent: 'Selvstændig',
  moderate: 'Moderat støtte',
  extensive: 'Meget støtte',
};

export interface SettingsFormState {
  validFrom: string;
  scalars: Record<ScalarKey, string>;
  wageRoundingStep: string;
  weights: Record<WeightKey, string>;
  helpPoints: Record<HelpNeed, string>;
  codes: { wage: string; transportReimbursement: string; transportDeduction: string };
}

export function settingsToForm(v: SettingsVersion, validFrom: string): SettingsFormState {
  const s = v.settings;
  return {
    validFrom,
    scalars: Object.fromEntries(SCALAR_KEYS.map((k) => [k, toInputNumber(s[k])])) as Record<
      ScalarKey,
      string
    >,
    wageRoundingStep: String(s.wageRoundingStep),
    weights: Object.fromEntries(
      WEIGHT_KEYS.map((k) => [k, toInputNumber(s.criteriaWeights[k])]),
    ) as Record<WeightKey, string>,
    helpPoints: Object.fromEntries(
      HELP_NEEDS.map((k) => [k, toInputNumber(s.helpNeedPoints[k])]),
    ) as Record<HelpNeed, string>,
    codes: { ...v.wageTypeCodes },
  };
}

export function formToSettingsInput(f: SettingsFormState): Record<string, unknown> {
  return {
    validFrom: f.validFrom,
    settings: {
      ...Object.fromEntries(SCALAR_KEYS.map((k) => [k, numberOrText(f.scalars[k])])),
      wageRoundingStep: Number(f.wageRoundingStep),
      criteriaWeights: Object.fromEntries(WEIGHT_KEYS.map((k) => [k, numberOrText(f.weights[k])])),
      helpNeedPoints: Object.fromEntries(HELP_NEEDS.map((k) => [k, numberOrText(f.helpPoints[k])])),
    },
    wageTypeCodes: f.codes,
  };
}
