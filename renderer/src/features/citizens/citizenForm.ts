// The citizen form's model (pure, unit-tested): text state ↔ the shared CitizenInput /
// GrantInput, validation with the shared schemas, and what the save sends.
import {
  defaultPayer,
  type Offer,
  type Payer,
  type TransportMode,
} from '../../../../shared/domain';
import {
  CitizenInputSchema,
  GRANT_DAYS_PER_WEEK,
  GRANT_SIZES,
  GrantInputSchema,
  FOLLOW_UP_MONTHS,
  type Citizen,
  type CitizenInput,
  type Grant,
  type GrantInput,
  type GrantSize,
} from '../../../../shared/records';
import { GRANT_SIZE_LABELS } from '../../../../shared/danish/values';
import { toInputNumber } from '../../format';
import { numberOrText, validate, type FieldErrors } from '../../components/forms';

// Kept for screens that still import it from here (monthClose); the labels live in shared.
export { OFFER_SHORT } from '../../../../shared/danish/values';

export interface CitizenFormState {
  name: string;
  payrollNumber: string;
  cpr: string;
  /** Municipal payroll systems' employment number (docs/rules.md §9); optional. */
  employmentNumber: string;
  offer: Offer;
  startDate: string;
  note: string;
  hasTaxCard: boolean;
  withholdingRatePercent: string;
  monthlyAllowance: string;
  transportMode: TransportMode;
  oneWayKm: string;
  ratePerKm: string;
  dailyCost: string;
  monthlyPass: string;
  paidBy: Payer | 'default';
  municipalTransport: boolean;
  grantSize: GrantSize;
  grantStart: string;
  grantEnd: string;
  followUpDue: string;
  screeningNotes: string;
}

export function emptyCitizenForm(today: string): CitizenFormState {
  return {
    name: '',
    payrollNumber: '',
    cpr: '',
    employmentNumber: '',
    offer: 'SEL103',
    startDate: today,
    note: '',
    hasTaxCard: true,
    withholdingRatePercent: '',
    monthlyAllowance: '',
    transportMode: 'none',
    oneWayKm: '',
    ratePerKm: '',
    dailyCost: '',
    monthlyPass: '',
    paidBy: 'default',
    municipalTransport: false,
    grantSize: 'full',
    grantStart: today,
    grantEnd: '',
    followUpDue: '',
    screeningNotes: '',
  };
}

export function citizenToForm(c: Citizen, grant: Grant | undefined): CitizenFormState {
  const t = c.transport;
  return {
    name: c.name,
    payrollNumber: c.payrollNumber,
    cpr: c.cpr,
    employmentNumber: c.employmentNumber ?? '',
    offer: c.offer,
    startDate: c.startDate,
    note: c.note ?? '',
    hasTaxCard: c.taxCard !== undefined,
    withholdingRatePercent: toInputNumber(c.taxCard?.withholdingRatePercent),
    monthlyAllowance: toInputNumber(c.taxCard?.monthlyAllowance),
    transportMode: t?.mode ?? 'none',
    oneWayKm: toInputNumber(t?.oneWayKm),
    ratePerKm: toInputNumber(t?.mode === 'car' ? t.ratePerKm : undefined),
    dailyCost: toInputNumber(
      t && (t.mode === 'public' || t.mode === 'special') ? t.dailyCost : undefined,
    ),
    monthlyPass: toInputNumber(t?.mode === 'public' ? t.monthlyPass : undefined),
    paidBy: t?.paidBy ?? 'default',
    municipalTransport: c.municipalTransport,
    grantSize: grant?.size ?? 'full',
    grantStart: grant?.startDate ?? c.startDate,
    grantEnd: grant?.endDate ?? '',
    followUpDue: grant?.followUpDue ?? '',
    screeningNotes: grant?.screeningNotes ?? '',
  };
}

/** A new start date: the grant follows it until the user has set the grant's start apart. */
export function withStartDate(f: CitizenFormState, startDate: string): CitizenFormState {
  return {
    ...f,
    startDate,
    grantStart: f.grantStart === f.startDate ? startDate : f.grantStart,
  };
}

/** The transport fields a person types (kilometres and kroner, Danish numbers). */
export type TransportTextKey = 'oneWayKm' | 'ratePerKm' | 'dailyCost' | 'monthlyPass';

/**
 * Each transport mode's fields in the screen's order, as TransportSchema (shared/domain/input.ts)
 * has them (docs/rules.md §4); an optional one is left out when empty. 'none' asks for nothing:
 * the schema's optional distance there is not one the form offers.
 */
export const TRANSPORT_FIELDS: Record<
  TransportMode,
  readonly { key: TransportTextKey; optional?: true }[]
> = {
  none: [],
  car: [{ key: 'oneWayKm' }, { key: 'ratePerKm', optional: true }],
  public: [{ key: 'oneWayKm' }, { key: 'dailyCost' }, { key: 'monthlyPass', optional: true }],
  special: [{ key: 'oneWayKm' }, { key: 'dailyCost' }],
};

/**
 * Whether the form asks who pays the carrier or the ticket: only public and special transport
 * have one (docs/rules.md §4); own car and walking keep the mode's default payer.
 */
export function asksPayer(mode: TransportMode): boolean {
  return mode === 'public' || mode === 'special';
}

/**
 * A payer set apart from the default is sent only where the form asks for it; where it does not
 * (own car, walking) only the mode's own default survives, so a payer chosen for the bus and
 * left hidden after switching to the car cannot change the pay unseen (docs/rules.md §4).
 */
function keepsPayer(f: CitizenFormState): f is CitizenFormState & { paidBy: Payer } {
  if (f.paidBy === 'default') return false;
  return asksPayer(f.transportMode) || f.paidBy === defaultPayer(f.transportMode);
}

/**
 * The transport profile as the shared TransportSchema expects it (unvalidated). 'none' is stored
 * explicitly, so "no transport cost" differs from "not filled in yet".
 */
export function transportFromForm(f: CitizenFormState): Record<string, unknown> {
  const fields = TRANSPORT_FIELDS[f.transportMode]
    .filter(({ key, optional }) => !optional || f[key].trim())
    .map(({ key }) => [key, numberOrText(f[key])]);
  return {
    mode: f.transportMode,
    ...Object.fromEntries(fields),
    ...(keepsPayer(f) ? { paidBy: f.paidBy } : {}),
  };
}

/** The citizen part of the form → what CitizenInputSchema validates. */
export function citizenInputFromForm(f: CitizenFormState): Record<string, unknown> {
  return {
    name: f.name,
    payrollNumber: f.payrollNumber,
    cpr: f.cpr,
    employmentNumber: f.employmentNumber,
    offer: f.offer,
    startDate: f.startDate,
    ...(f.offer === 'SEL103' && f.hasTaxCard
      ? {
          taxCard: {
            withholdingRatePercent: numberOrText(f.withholdingRatePercent),
            monthlyAllowance: numberOrText(f.monthlyAllowance) ?? 0,
          },
        }
      : {}),
    transport: transportFromForm(f),
    municipalTransport: f.offer === 'SEL104' ? f.municipalTransport : false,
    note: f.note,
  };
}

/** The grant part of the form → what GrantInputSchema validates. */
export function grantInputFromForm(
  f: CitizenFormState,
  citizenId: string,
): Record<string, unknown> {
  return {
    citizenId,
    size: f.grantSize,
    startDate: f.grantStart,
    ...(f.grantEnd ? { endDate: f.grantEnd } : {}),
    ...(f.followUpDue ? { followUpDue: f.followUpDue } : {}),
    screeningNotes: f.screeningNotes,
  };
}

/** What saveCitizenWithGrant receives: the citizen and its grant, both or neither. */
export interface CitizenSave {
  citizen: { id?: string; input: CitizenInput; expectedUpdatedAt?: string };
  grant: { id?: string; input: Omit<GrantInput, 'citizenId'>; expectedUpdatedAt?: string };
}

export type CheckedForm = { ok: true; save: CitizenSave } | { ok: false; errors: FieldErrors };

/**
 * Validates the form with the shared schemas (grant fields under `grant.`) and, when it passes,
 * builds the save: an update of `citizen` and of `grant` (the one shown) when they exist.
 */
export function checkCitizenForm(
  f: CitizenFormState,
  citizen: Citizen | null,
  grant: Grant | undefined,
): CheckedForm {
  const citizenRaw = citizenInputFromForm(f);
  const grantRaw = grantInputFromForm(f, citizen?.id ?? 'ny');
  const c = validate(CitizenInputSchema, citizenRaw);
  const g = validate(GrantInputSchema, grantRaw);
  if (!c.ok || !g.ok) {
    const errors: FieldErrors = c.ok ? {} : { ...c.errors };
    if (!g.ok) for (const [k, v] of Object.entries(g.errors)) errors[`grant.${k}`] = v;
    return { ok: false, errors };
  }
  // The raw values (not the parsed ones): the data layer parses them again with the same schemas.
  const input = citizenRaw as CitizenInput;
  const { citizenId: _c, ...grantInput } = grantRaw as GrantInput;
  return {
    ok: true,
    save: {
      citizen: citizen
        ? { id: citizen.id, input, expectedUpdatedAt: citizen.updatedAt }
        : { input },
      grant: grant
        ? { id: grant.id, input: grantInput, expectedUpdatedAt: grant.updatedAt }
        : { input: grantInput },
    },
  };
}

/**
 * Where the shared schemas name a form field's messages (checkCitizenForm puts the grant's under
 * `grant.`); a field not listed is named by its own key.
 */
const ERROR_PATHS: Partial<Record<keyof CitizenFormState, string>> = {
  withholdingRatePercent: 'taxCard.withholdingRatePercent',
  monthlyAllowance: 'taxCard.monthlyAllowance',
  oneWayKm: 'transport.oneWayKm',
  ratePerKm: 'transport.ratePerKm',
  dailyCost: 'transport.dailyCost',
  monthlyPass: 'transport.monthlyPass',
  paidBy: 'transport.paidBy',
  grantSize: 'grant.size',
  grantStart: 'grant.startDate',
  grantEnd: 'grant.endDate',
  followUpDue: 'grant.followUpDue',
  screeningNotes: 'grant.screeningNotes',
};

/** A form field's message: its own, or (the transport mode) the whole profile's. */
export function fieldError(errors: FieldErrors, key: keyof CitizenFormState): string | undefined {
  if (key === 'transportMode') return errors['transport.mode'] ?? errors.transport;
  return errors[ERROR_PATHS[key] ?? key];
}

/** The grant size choices: `1/1 plads (4 dage om ugen)` (docs/rules.md §1). */
export const GRANT_SIZE_OPTIONS = GRANT_SIZES.map((s) => ({
  value: s,
  label: `${GRANT_SIZE_LABELS[s]} (${GRANT_DAYS_PER_WEEK[s]} dage om ugen)`,
}));

/** The follow-up field's hint: the default interval of the offer (docs/rules.md §1). */
export function followUpHint(offer: Offer): string {
  return `Tom: ${FOLLOW_UP_MONTHS[offer]} måneder efter start`;
}

/** The target-group screening hint (advisory only, docs/rules.md §1). */
export function screeningHint(offer: Offer): string {
  return offer === 'SEL103'
    ? 'Vejledende: mindst 18 år, ikke folkepension, funktionsniveau C–D.'
    : 'Vejledende: mindst 18 år, funktionsniveau D–E.';
}
