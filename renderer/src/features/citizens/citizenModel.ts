// The citizen page's model (pure, unit-tested): the facts it shows, in Danish, from the records.
import { explainWage, type Settings } from '../../../../shared/domain';
import { defaultPayer } from '../../../../shared/domain/transport';
import { fromHundredths, fromOre, toHundredths } from '../../../../shared/money';
import {
  GRANT_DAYS_PER_WEEK,
  type AbsenceReason,
  type Attendance,
  type Citizen,
  type Grant,
  type SettingsVersion,
  type WageDecision,
} from '../../../../shared/records';
import {
  ABSENCE_LABELS,
  GRANT_SIZE_LABELS,
  PAYER_LABELS,
  TRANSPORT_MODE_LABELS,
} from '../../../../shared/danish/values';
import { endedOn } from '../../../../shared/rules/citizens';
import { formatDate, formatDecimal, formatHours, formatKr, formatMonth } from '../../format';

/** A decision's hourly wage: hand-set, or from the assessment under its month's settings (§2). */
export function decisionWage(d: WageDecision, settings: Settings): number {
  if (d.hourlyWage !== undefined) return d.hourlyWage;
  return fromOre(explainWage(d.assessment!, settings).wageOre);
}

export interface WageRow {
  id: string;
  effectiveFrom: string;
  wage: number;
  basis: string;
  assessor: string;
}

/** The wage history, one row per decision (each with the settings of its first month). */
export function wageHistory(
  decisions: readonly WageDecision[],
  decisionSettings: readonly SettingsVersion[],
): WageRow[] {
  return decisions.map((d, i) => ({
    id: d.id,
    effectiveFrom: d.effectiveFrom,
    wage: decisionWage(d, decisionSettings[i]!.settings),
    basis:
      d.hourlyWage !== undefined
        ? `Individuelt fastsat: ${d.justification ?? ''}`
        : 'Vurdering efter kriterierne',
    assessor: d.assessorInitials,
  }));
}

export interface AttendanceSummary {
  month: string;
  label: string;
  days: number;
  hours: string;
  absence: string;
}

/** Per month: days worked, hours (summed exactly, §5) and absence by reason. */
export function attendanceSummary(
  months: readonly string[],
  attendance: readonly (readonly Attendance[])[],
): AttendanceSummary[] {
  return months.map((month, i) => {
    const rows = attendance[i] ?? [];
    const worked = rows.filter((a) => a.hours > 0);
    const hours = fromHundredths(worked.reduce((s, a) => s + toHundredths(a.hours), 0));
    const absence = new Map<AbsenceReason, number>();
    for (const a of rows) if (a.absence) absence.set(a.absence, (absence.get(a.absence) ?? 0) + 1);
    return {
      month,
      label: formatMonth(month),
      days: worked.length,
      hours: formatHours(hours),
      absence:
        absence.size === 0
          ? '—'
          : [...absence].map(([r, n]) => `${ABSENCE_LABELS[r]} ${n}`).join(', '),
    };
  });
}

/** The transport profile in one line, or null when there is none yet. */
export function transportText(c: Pick<Citizen, 'transport'>, settings: Settings): string | null {
  const t = c.transport;
  if (!t) return null;
  let text = TRANSPORT_MODE_LABELS[t.mode];
  if (t.mode !== 'none' && t.oneWayKm !== undefined)
    text += `, ${formatDecimal(t.oneWayKm)} km én vej`;
  if (t.mode === 'car') text += `, ${formatKr(t.ratePerKm ?? settings.kmRate)}/km`;
  if (t.mode === 'public' || t.mode === 'special') text += `, ${formatKr(t.dailyCost)} pr. dag`;
  if (t.mode === 'public' && t.monthlyPass !== undefined)
    text += `, månedskort ${formatKr(t.monthlyPass)}`;
  return text;
}

/** Who pays the carrier (§ 103 with a cost only): as set, else the mode's default (§4). */
export function payerText(c: Pick<Citizen, 'offer' | 'transport'>): string | null {
  const t = c.transport;
  if (c.offer !== 'SEL103' || !t || t.mode === 'none') return null;
  return PAYER_LABELS[t.paidBy ?? defaultPayer(t.mode)];
}

/** The tax card in one line, or null when it is missing (the default rate is used, §5). */
export function taxCardText(c: Pick<Citizen, 'taxCard'>): string | null {
  if (!c.taxCard) return null;
  const { withholdingRatePercent, monthlyAllowance } = c.taxCard;
  return `${formatDecimal(withholdingRatePercent)} % træk, fradrag ${formatKr(monthlyAllowance)} pr. måned`;
}

export interface GrantFacts {
  size: string;
  period: string;
  followUp: string;
  overdue: boolean;
}

export function grantFacts(g: Grant, today: string): GrantFacts {
  return {
    size: `${GRANT_SIZE_LABELS[g.size]} (${GRANT_DAYS_PER_WEEK[g.size]} dage om ugen)`,
    period: `${formatDate(g.startDate)} – ${g.endDate ? formatDate(g.endDate) : 'uden slutdato'}`,
    followUp: formatDate(g.followUpDue),
    overdue: g.followUpDue < today,
  };
}

/** The notice about a registered end: ended once the end date has passed (§1), else coming. */
export function endNotice(c: Pick<Citizen, 'startDate' | 'endDate' | 'endReason'>, today: string) {
  if (c.endDate === undefined) return null;
  const when = endedOn(c, today) ? 'Afsluttet' : 'Afsluttes';
  return `${when} ${formatDate(c.endDate)}: ${c.endReason ?? ''}`;
}
