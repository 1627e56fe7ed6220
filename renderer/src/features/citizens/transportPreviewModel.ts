// The transport preview's model (pure, unit-tested): this month's transport shares for the
// profile being edited, computed by the one domain core (docs/rules.md §4, §7) from the calc
// input that `buildCalcInput` builds — the same input the month's payroll uses — over the
// month's registered attendance, or over the grant's planned days when none is registered.
import { calculateMonth, parseCalcInput, wageFloorOre } from '../../../../shared/domain';
import type { CalcResult } from '../../../../shared/domain';
import { fromOre } from '../../../../shared/money';
import { buildCalcInput, effectiveDecisions } from '../../../../shared/month';
import type {
  Attendance,
  Citizen,
  SettingsVersion,
  WageDecision,
} from '../../../../shared/records';
import { plannedDaysOf } from '../../../../shared/rules/planned';
import { isIsoDate } from '../../../../shared/calendar';
import { plural } from '../../../../shared/danish/number';
import { PAYER_LABELS } from '../../../../shared/danish/values';
import { formatDecimal, formatKr } from '../../format';
import { citizenInputFromForm, type CitizenFormState } from './citizenForm';

/** Hours of each planned day in the example (a typical workshop day). */
export const EXAMPLE_HOURS = 6;

/** The id the preview gives a citizen not saved yet (its rows only need to agree with it). */
const UNSAVED = 'forhaandsvisning';

export interface PreviewSource {
  form: CitizenFormState;
  month: string;
  /** The saved citizen (its id and registered end), or null for a new one. */
  saved: Pick<Citizen, 'id' | 'endDate'> | null;
  /** The saved citizen's attendance in `month`. */
  attendance: readonly Attendance[];
  decisions: readonly WageDecision[];
  version: SettingsVersion;
}

export interface PreviewRow {
  label: string;
  value: string;
  testId?: string;
}

export type TransportPreview =
  | { ok: false; message: string }
  | { ok: true; note: string; rows: PreviewRow[]; payer: string | null; result: CalcResult };

const dateOrEmpty = (text: string) => (isIsoDate(text) ? text : '');

/**
 * The citizen as the form has it, as a record for `buildCalcInput`. Its number fields are
 * unchecked here: `parseCalcInput` checks them, and the preview asks for a valid profile.
 */
function citizenFromForm(form: CitizenFormState, saved: PreviewSource['saved']): Citizen {
  const input = citizenInputFromForm(form);
  return {
    ...input,
    id: saved?.id ?? UNSAVED,
    startDate: dateOrEmpty(form.startDate),
    ...(saved?.endDate !== undefined ? { endDate: saved.endDate } : {}),
  } as unknown as Citizen;
}

/** The days the preview computes: the registered ones, else the grant's planned days (§1). */
function previewDays(s: PreviewSource, citizen: Citizen) {
  // The rows are the saved citizen's (a new citizen has none yet).
  if (s.attendance.some((a) => a.hours > 0))
    return { example: false, rows: s.attendance.map((a) => ({ ...a, citizenId: citizen.id })) };
  const grant = {
    size: s.form.grantSize,
    startDate: dateOrEmpty(s.form.grantStart),
    ...(isIsoDate(s.form.grantEnd) ? { endDate: s.form.grantEnd } : {}),
  };
  const planned = plannedDaysOf(s.month, citizen, [grant]);
  return {
    example: true,
    rows: planned.map((date) => ({
      citizenId: citizen.id,
      date,
      hours: EXAMPLE_HOURS,
      updatedAt: '',
    })),
  };
}

export function transportPreview(s: PreviewSource): TransportPreview {
  const { form, month } = s;
  const settings = s.version.settings;
  const citizen = citizenFromForm(form, s.saved);
  const days = previewDays(s, citizen);
  const inForce = effectiveDecisions(
    s.decisions.filter((d) => d.citizenId === citizen.id),
    month,
  );
  // Without a wage decision a § 103 month cannot be computed; the example pays the floor (§2).
  const noDecision = form.offer === 'SEL103' && inForce.length === 0;
  const decisions: WageDecision[] = noDecision
    ? [
        {
          id: 'eksempel',
          citizenId: citizen.id,
          effectiveFrom: `${month}-01`,
          hourlyWage: fromOre(wageFloorOre(settings)),
          justification: 'Eksempel',
          assessorInitials: 'XX',
          createdAt: '',
          updatedAt: '',
        },
      ]
    : inForce;
  // Worked days before the first decision would make the month refused (no wage applies).
  const firstPaid = decisions[0]?.effectiveFrom;
  const attendance = days.rows.filter(
    (a) =>
      form.offer === 'SEL104' || a.hours === 0 || (firstPaid !== undefined && a.date >= firstPaid),
  );
  const parsed = parseCalcInput(buildCalcInput(month, citizen, decisions, attendance, settings));
  if (!parsed.ok)
    return {
      ok: false,
      message: `Udfyld kørselsprofilen${
        form.offer === 'SEL103' && form.hasTaxCard ? ' og skattekortet' : ''
      } korrekt for at se fordelingen.`,
    };

  const r = calculateMonth(parsed.value);
  const t = r.transport;
  const sel103 = form.offer === 'SEL103';
  const rows: PreviewRow[] = [
    { label: 'Kørselsdage', value: String(t.days) },
    { label: 'Samlet udgift', value: formatKr(t.total), testId: 'preview-total' },
    ...(sel103
      ? [
          {
            label: `Heraf inden for ${formatDecimal(settings.transportThresholdKm)} km`,
            value: formatKr(t.withinThreshold),
          },
          {
            label: `Loft: ${formatDecimal(settings.transportCapPercent)} % af anslået nettoløn ${formatKr(r.netPay)}`,
            value: formatKr(t.cap),
          },
        ]
      : []),
    { label: 'Borgerens andel', value: formatKr(t.citizenShare), testId: 'preview-citizen' },
    { label: 'Kommunens andel', value: formatKr(t.municipalShare), testId: 'preview-municipal' },
    ...(sel103 ? [{ label: 'Regulering i lønnen', value: formatKr(t.payrollAdjustment) }] : []),
  ];
  const note =
    (days.example
      ? `Eksempel ud fra bevillingens planlagte dage (${plural(days.rows.length, 'dag', 'dage')} à ${plural(EXAMPLE_HOURS, 'time', 'timer')}), da der ikke er registreret fremmøde.`
      : `Ud fra ${plural(r.days, 'registreret fremmødedag', 'registrerede fremmødedage')}.`) +
    (noDecision ? ' Der er ingen lønafgørelse endnu, så lønnen er sat til bunden.' : '');
  return {
    ok: true,
    note,
    rows,
    payer: sel103 && form.transportMode !== 'none' ? `${PAYER_LABELS[t.paidBy]}.` : null,
    result: r,
  };
}
