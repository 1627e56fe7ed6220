// The wage assessment screen's logic (docs/rules.md §2), without React: what the form starts
// from, what is missing, the hand-set wage's check and texts, and the form → WageDecisionInput
// mapping with Danish field errors. The view (WageForm.tsx) only renders what this returns.
import { isIsoDate, monthOf } from '../../../../shared/calendar';
import { formatMonth } from '../../../../shared/danish/dates';
import {
  formatKr,
  formatOreKr,
  formatPercent,
  parseDanishNumberInput,
  plural,
  toInputNumber,
} from '../../../../shared/danish/number';
import {
  CRITERIA,
  CRITERION_LABELS,
  SCORE_LABELS,
  type Criterion,
  type HelpNeed,
} from '../../../../shared/domain/criteria';
import type { Settings } from '../../../../shared/domain/settings';
import {
  belowFloorMessage,
  checkHandSetWage,
  wageCeilingOre,
  wageFloorOre,
  type Assessment,
} from '../../../../shared/domain/wage';
import type { Citizen } from '../../../../shared/records/citizen';
import {
  DEFAULT_SETTINGS_VERSION_ID,
  type SettingsVersion,
} from '../../../../shared/records/settings-version';
import {
  WageDecisionInputSchema,
  type WageDecision,
  type WageDecisionInput,
} from '../../../../shared/records/wage-decision';
import { validate, type FieldErrors } from '../../components/forms';
import type { StabilityResult } from './stability';
import { ALL_AREAS, inArea } from '../workAreas/workAreasModel';

export type Scores = Record<Criterion, number | null>;

/** Only § 103 citizens are paid by effort (docs/rules.md §2); § 104 has no wage. */
export function eligibleCitizens(citizens: readonly Citizen[]): Citizen[] {
  return citizens.filter((c) => c.offer === 'SEL103');
}

/**
 * The citizen picker: a prompt first (or "Henter …" while the list loads), then each citizen —
 * with an "Arbejdsområde" chosen, only those in it in the working month (docs/rules.md §6 "On
 * screen"), though the citizen being assessed (`chosen`) always stays, so the picker never
 * silently shows someone else.
 */
export function citizenOptions(
  citizens: readonly Citizen[] | undefined,
  area: { areaId: string; month: string; chosen?: string | undefined } = {
    areaId: ALL_AREAS,
    month: '',
  },
): { value: string; label: string }[] {
  return [
    { value: '', label: citizens ? 'Vælg en borger …' : 'Henter …' },
    ...eligibleCitizens(citizens ?? [])
      .filter((c) => c.id === area.chosen || inArea(c, area.areaId, area.month))
      .map((c) => ({
        value: c.id,
        label: `${c.name} (${c.payrollNumber})`,
      })),
  ];
}

/** A reassessment starts from the latest assessment, so only what changed is changed. */
export function initialScores(latest: WageDecision | undefined): Scores {
  return Object.fromEntries(
    CRITERIA.map((c) => [c, latest?.assessment?.scores[c] ?? null]),
  ) as Scores;
}

export function initialHelpNeed(latest: WageDecision | undefined): HelpNeed | null {
  return latest?.assessment?.helpNeed ?? null;
}

/** The labels of the points not yet chosen, in the form's order. */
export function missingItems(scores: Scores, helpNeed: HelpNeed | null): string[] {
  return [
    ...CRITERIA.filter((c) => scores[c] === null).map((c) => CRITERION_LABELS[c]),
    ...(helpNeed === null ? ['Hjælpebehov'] : []),
  ];
}

/** The assessment when all six points are chosen, else null (no wage to show yet). */
export function assessmentOf(scores: Scores, helpNeed: HelpNeed | null): Assessment | null {
  if (helpNeed === null || CRITERIA.some((c) => scores[c] === null)) return null;
  return { scores: scores as Record<Criterion, number>, helpNeed };
}

/** The month whose settings apply: the decision's own month once its date is a real date. */
export function effectiveMonth(effectiveFrom: string, fallback: string): string {
  return isIsoDate(effectiveFrom) ? monthOf(effectiveFrom) : fallback;
}

export type HandSetWageWarning =
  { kind: 'belowFloor'; message: string } | { kind: 'aboveCeiling'; message: string };

export function aboveCeilingMessage(ceilingOre: number): string {
  return `Timelønnen er over loftet (${formatOreKr(ceilingOre)}). Det er tilladt, men skal være begrundet, og lønlisten får en bemærkning.`;
}

/**
 * What the hand-set wage typed so far means against the floor and ceiling in force — the same
 * check (`checkHandSetWage`) the calc input and the data layer make (docs/rules.md §2). Below the
 * floor is refused; above the ceiling is allowed with a warning. Null for ok or unreadable text.
 */
export function handSetWageWarning(text: string, settings: Settings): HandSetWageWarning | null {
  const parsed = parseDanishNumberInput(text);
  if (!parsed.ok) return null;
  const check = checkHandSetWage(parsed.value, settings);
  if (check.kind === 'belowFloor')
    return { kind: 'belowFloor', message: belowFloorMessage(check.floorOre) };
  if (check.kind === 'aboveCeiling')
    return { kind: 'aboveCeiling', message: aboveCeilingMessage(check.ceilingOre) };
  return null;
}

export function handSetWageHint(settings: Settings): string {
  return `Bund ${formatOreKr(wageFloorOre(settings))}, loft som udgangspunkt ${formatOreKr(wageCeilingOre(settings))}`;
}

/** The preview of a hand-set wage: `31,00 kr.`, or `— kr.` while the text is not a number. */
export function handSetWagePreview(text: string): string {
  const parsed = parseDanishNumberInput(text);
  return parsed.ok ? formatKr(parsed.value) : '— kr.';
}

/** Which settings the preview used: the default ones, or the version valid from a month. */
export function settingsNote(version: Pick<SettingsVersion, 'id' | 'validFrom'>): string {
  return version.id === DEFAULT_SETTINGS_VERSION_ID
    ? 'Standardindstillingerne er brugt.'
    : `Indstillingerne fra ${formatMonth(version.validFrom)} er brugt.`;
}

/** The mødestabilitet suggestion as the form words it. */
export function stabilityTexts(
  result: StabilityResult,
  months: readonly string[],
): { period: string; score: string; detail: string } {
  const agreed =
    result.agreed > 0 ? `; ${plural(result.agreed, 'dags', 'dages')} ferie/fri er trukket fra` : '';
  return {
    period: `${formatMonth(months[0]!)} – ${formatMonth(months[months.length - 1]!)}`,
    score: `${result.score} – ${SCORE_LABELS[result.score]}`,
    detail: `(${result.worked} af ${plural(result.expectedDays, 'forventet dag', 'forventede dage')} = ${formatPercent(result.ratio, 0)}${agreed}).`,
  };
}

/** The "Individuel vurdering" part of the form: a hand-set wage and its justification, as typed. */
export interface HandSetValues {
  handSet: boolean;
  hourlyWage: string;
  justification: string;
}

export const NO_HAND_SET: HandSetValues = { handSet: false, hourlyWage: '', justification: '' };

export interface WageFormValues extends HandSetValues {
  citizenId: string;
  effectiveFrom: string;
  assessorInitials: string;
  scores: Scores;
  helpNeed: HelpNeed | null;
}

export type WageFormResult =
  { ok: true; input: WageDecisionInput } | { ok: false; errors: FieldErrors };

/**
 * The form → the decision to save, or the errors beside each field. A hand-set wage is read
 * with the strict Danish parser (docs/rules.md §5: `1.5` is refused with a hint) and checked
 * against the floor in force (docs/rules.md §2); the data layer checks both again.
 */
export function wageDecisionFromForm(form: WageFormValues, settings: Settings): WageFormResult {
  const raw: Record<string, unknown> = {
    citizenId: form.citizenId,
    effectiveFrom: form.effectiveFrom,
    assessorInitials: form.assessorInitials,
  };
  const wageText = form.hourlyWage.trim();
  const parsed = parseDanishNumberInput(wageText);
  if (form.handSet) {
    raw.hourlyWage = wageText === '' ? undefined : parsed.ok ? parsed.value : wageText;
    raw.justification = form.justification;
  } else {
    raw.assessment = {
      scores: Object.fromEntries(CRITERIA.map((c) => [c, form.scores[c] ?? undefined])),
      helpNeed: form.helpNeed ?? undefined,
    };
  }
  const r = validate(WageDecisionInputSchema, raw);
  const errors: FieldErrors = r.ok ? {} : { ...r.errors };
  if (form.handSet) {
    if (wageText === '') errors.hourlyWage = 'mangler';
    else if (!parsed.ok) errors.hourlyWage = parsed.message;
    else if (!errors.hourlyWage) {
      const warning = handSetWageWarning(wageText, settings);
      if (warning?.kind === 'belowFloor') errors.hourlyWage = warning.message;
    }
  }
  if (!r.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: r.value };
}

/** The form's hand-set part as a decision holds it (the start of "Ret"). */
export function handSetValuesOf(d: WageDecision | undefined): HandSetValues {
  if (d?.hourlyWage === undefined) return NO_HAND_SET;
  return {
    handSet: true,
    hourlyWage: toInputNumber(d.hourlyWage),
    justification: d.justification ?? '',
  };
}

/** The latest decision with an assessment: the one a reassessment starts from (if any). */
export function latestAssessed(decisions: readonly WageDecision[]): WageDecision | undefined {
  return [...decisions].reverse().find((d) => d.assessment !== undefined);
}

/**
 * "Ret": the checked form plus the reason the audit log keeps (docs/rules.md §10), and the patch
 * for updateWageDecision — the assessor stays the one who assessed; the log names who corrected.
 */
export function correctionFromForm(
  checked: WageFormResult,
  reason: string,
):
  | { ok: true; patch: Omit<WageDecisionInput, 'citizenId' | 'assessorInitials'>; reason: string }
  | { ok: false; errors: FieldErrors } {
  const reasonError: FieldErrors = reason.trim() === '' ? { reason: 'må ikke være tom' } : {};
  if (!checked.ok) return { ok: false, errors: { ...checked.errors, ...reasonError } };
  if (reason.trim() === '') return { ok: false, errors: reasonError };
  const { citizenId: _c, assessorInitials: _a, ...patch } = checked.input;
  return { ok: true, patch, reason: reason.trim() };
}
