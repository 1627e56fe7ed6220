// The settings form's model (pure, unit-tested): a settings version ↔ the form's text state ↔
// the SettingsVersionInput the data API saves, checked with the shared schema; and the versions
// table's rows (docs/rules.md §6). Numbers are read with the strict Danish parser (§5).
import {
  CRITERION_LABELS,
  HELP_NEEDS,
  WEIGHT_KEYS,
  type HelpNeed,
  type WeightKey,
} from '../../../../shared/domain/criteria';
import { WAGE_ROUNDING_STEPS } from '../../../../shared/domain/settings';
import { fieldLabel, SETTINGS_LABELS } from '../../../../shared/danish/labels';
import { HELP_NEED_SHORT } from '../../../../shared/danish/values';
import {
  SettingsVersionInputSchema,
  type SettingsVersion,
  type SettingsVersionInput,
} from '../../../../shared/records';
import { DEFAULT_CORRECTION_CODES } from '../../../../shared/records/settings-version';
import { numberOrText, validate, type SafeParsed } from '../../components/forms';
import {
  formatAmount,
  formatDateTime,
  formatDecimal,
  formatMonth,
  toInputNumber,
} from '../../format';

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

const SCALAR_UNITS: Record<ScalarKey, { suffix: string; hint?: string }> = {
  minimumWageReference: {
    suffix: 'kr./time',
    hint: 'Bruges kun for borgere uden arbejdsområde eller et område uden sats.',
  },
  wageFloorPercent: { suffix: '%' },
  wageCeiling: { suffix: 'kr./time' },
  amContributionPercent: { suffix: '%' },
  defaultWithholdingRatePercent: { suffix: '%' },
  transportThresholdKm: { suffix: 'km' },
  transportCapPercent: { suffix: '% af nettoløn' },
  kmRate: { suffix: 'kr./km' },
};

/** Each number field's label (the shared settings labels), unit and hint. */
export const SCALAR_FIELDS: Record<ScalarKey, { label: string; suffix: string; hint?: string }> =
  Object.fromEntries(
    SCALAR_KEYS.map((k) => [k, { label: SETTINGS_LABELS[k], ...SCALAR_UNITS[k] }]),
  ) as Record<ScalarKey, { label: string; suffix: string; hint?: string }>;

/** The screen's own words (SETTINGS_LABELS says "Afrunding af timelønnen"). */
export const ROUNDING_LABEL = 'Afrunding af timeløn';

export const WEIGHT_LABELS: Record<WeightKey, string> = {
  ...CRITERION_LABELS,
  helpNeed: fieldLabel(['helpNeed']),
};

export const HELP_POINT_LABELS: Record<HelpNeed, string> = HELP_NEED_SHORT;

export const CODE_FIELDS = [
  { key: 'wage', label: 'Timeløn' },
  { key: 'transportReimbursement', label: 'Kørselsgodtgørelse' },
  { key: 'transportDeduction', label: 'Fradrag for kørsel' },
  // docs/rules.md §10: optional, so versions saved before them stay readable; empty = default.
  {
    key: 'correctionWage',
    label: 'Efterregulering løn',
    hint: `Tom: standardkoden ${DEFAULT_CORRECTION_CODES.correctionWage} bruges.`,
  },
  {
    key: 'correctionTransport',
    label: 'Efterregulering kørsel',
    hint: `Tom: standardkoden ${DEFAULT_CORRECTION_CODES.correctionTransport} bruges.`,
  },
] as const;
export type CodeKey = (typeof CODE_FIELDS)[number]['key'];
/** The efterregulering codes (docs/rules.md §10): optional in a version. */
type OptionalCodeKey = 'correctionWage' | 'correctionTransport';
const OPTIONAL_CODES: readonly OptionalCodeKey[] = ['correctionWage', 'correctionTransport'];

export const ROUNDING_OPTIONS = WAGE_ROUNDING_STEPS.map((s) => ({
  value: String(s),
  label: `${formatAmount(s)} kr.`,
}));

/** One text field of the form: its key in the form's part, label, unit and hint. */
export interface FieldSpec {
  key: string;
  label: string;
  suffix?: string;
  hint?: string;
}

/**
 * The form's parts that are one text field per key, in screen order: their fields, whether they
 * hold Danish numbers (§5), and the path under which the schema names their messages.
 */
export const FORM_PARTS: Record<
  'scalars' | 'weights' | 'helpPoints' | 'codes',
  { path: string; decimal: boolean; fields: readonly FieldSpec[] }
> = {
  scalars: {
    path: 'settings',
    decimal: true,
    fields: SCALAR_KEYS.map((key) => ({ key, ...SCALAR_FIELDS[key] })),
  },
  weights: {
    path: 'settings.criteriaWeights',
    decimal: true,
    fields: WEIGHT_KEYS.map((key) => ({ key, label: WEIGHT_LABELS[key] })),
  },
  helpPoints: {
    path: 'settings.helpNeedPoints',
    decimal: true,
    fields: HELP_NEEDS.map((key) => ({ key, label: HELP_POINT_LABELS[key] })),
  },
  codes: { path: 'wageTypeCodes', decimal: false, fields: CODE_FIELDS },
};

export interface SettingsFormState {
  validFrom: string;
  scalars: Record<ScalarKey, string>;
  wageRoundingStep: string;
  weights: Record<WeightKey, string>;
  helpPoints: Record<HelpNeed, string>;
  codes: Record<Exclude<CodeKey, OptionalCodeKey>, string> &
    Partial<Record<OptionalCodeKey, string>>;
}

function texts<K extends string>(keys: readonly K[], value: (k: K) => number): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, toInputNumber(value(k))])) as Record<K, string>;
}

/** A new version's form: the version in force for `validFrom`, as text to edit. */
export function settingsToForm(v: SettingsVersion, validFrom: string): SettingsFormState {
  const s = v.settings;
  return {
    validFrom,
    scalars: texts(SCALAR_KEYS, (k) => s[k]),
    wageRoundingStep: String(s.wageRoundingStep),
    weights: texts(WEIGHT_KEYS, (k) => s.criteriaWeights[k]),
    helpPoints: texts(HELP_NEEDS, (k) => s.helpNeedPoints[k]),
    codes: { ...v.wageTypeCodes },
  };
}

function numbers<K extends string>(keys: readonly K[], text: Record<K, string>) {
  return Object.fromEntries(keys.map((k) => [k, numberOrText(text[k])]));
}

/** The form as the schema should see it (unvalidated): numbers parsed the Danish way. */
export function formToSettingsInput(f: SettingsFormState): Record<string, unknown> {
  return {
    validFrom: f.validFrom,
    settings: {
      ...numbers(SCALAR_KEYS, f.scalars),
      wageRoundingStep: Number(f.wageRoundingStep),
      criteriaWeights: numbers(WEIGHT_KEYS, f.weights),
      helpNeedPoints: numbers(HELP_NEEDS, f.helpPoints),
    },
    wageTypeCodes: withoutEmptyOptional(f.codes),
  };
}

/** An empty efterregulering code is left out: the default is used (docs/rules.md §10). */
function withoutEmptyOptional(codes: SettingsFormState['codes']): Record<string, string> {
  const out: Record<string, string> = { ...codes };
  for (const k of OPTIONAL_CODES) if ((out[k] ?? '').trim() === '') delete out[k];
  return out;
}

/**
 * The version to save, or the Danish message per field (keys as the form uses them:
 * `validFrom`, `settings.kmRate`, `settings.criteriaWeights.quality`, `wageTypeCodes.wage`).
 */
export function checkSettingsForm(f: SettingsFormState): SafeParsed<SettingsVersionInput> {
  return validate(SettingsVersionInputSchema, formToSettingsInput(f));
}

export interface VersionRow {
  id: string;
  validFrom: string;
  minimumWage: string;
  floor: string;
  ceiling: string;
  step: string;
  kmRate: string;
  codes: string;
  created: string;
}

/** The versions table: one row per stored version, as the screen shows it. */
export function versionRows(versions: readonly SettingsVersion[]): VersionRow[] {
  return versions.map((v) => ({
    id: v.id,
    validFrom: formatMonth(v.validFrom),
    minimumWage: formatAmount(v.settings.minimumWageReference),
    floor: `${formatDecimal(v.settings.wageFloorPercent)} %`,
    ceiling: formatAmount(v.settings.wageCeiling),
    step: formatAmount(v.settings.wageRoundingStep),
    kmRate: formatAmount(v.settings.kmRate),
    codes: `${v.wageTypeCodes.wage} / ${v.wageTypeCodes.transportReimbursement} / ${v.wageTypeCodes.transportDeduction}`,
    created: `${formatDateTime(v.createdAt)} (${v.createdBy})`,
  }));
}
