// The citizen's wage decisions as the wage page lists them (docs/rules.md §§2, 10), without
// React: the date, the wage, who assessed it, and whether it can still be corrected — a decision
// that paid a closed month is locked, and the row says which months locked it.
import { formatDate, formatMonth } from '../../../../shared/danish/dates';
import { formatKr, formatOreKr, plural } from '../../../../shared/danish/number';
import { monthOf } from '../../../../shared/calendar';
import { wageFromAssessment } from '../../../../shared/domain/wage';
import {
  settingsVersionFor,
  type SettingsVersion,
} from '../../../../shared/records/settings-version';
import type { MonthClose } from '../../../../shared/records/month-close';
import type { WageDecision } from '../../../../shared/records/wage-decision';
import { effectiveDecisions } from '../../../../shared/month/compute';
import { firstOpenMonth } from '../../../../shared/month/corrections';

export interface DecisionRow {
  id: string;
  from: string;
  wage: string;
  assessor: string;
  /** Empty: "Ret" and "Slet" are offered. Else the Danish reason it cannot be changed. */
  locked: string;
  /** Replaced by a newer decision from the same date: shown, but no longer in effect. */
  replaced: boolean;
  /** An efterregulering: what it pays and when (docs/rules.md §10); else empty. */
  correction: string;
  /** The decision's version as listed: a delete is checked against it ("Samtidige ændringer"). */
  version: string;
}

/** The closed months whose pay used the decision (they lock it for good, even after a reopen). */
export function lockedMonths(decisionId: string, closes: readonly MonthClose[]): string[] {
  return closes
    .filter((c) => c.wageDecisionIds.includes(decisionId))
    .map((c) => c.month)
    .sort();
}

export function lockedText(months: readonly string[]): string {
  if (months.length === 0) return '';
  return `Låst: brugt til løn i ${months.map(formatMonth).join(', ')} (${plural(months.length, 'lukket måned', 'lukkede måneder')}). En ændring er en ny afgørelse fra den første åbne måned.`;
}

/** The wage as decided: hand-set, or the assessment's wage with the settings of its first month. */
function wageText(d: WageDecision, versions: readonly SettingsVersion[]): string {
  if (d.hourlyWage !== undefined) return `Håndsat ${formatKr(d.hourlyWage)}`;
  if (!d.assessment) return '—';
  const settings = settingsVersionFor(monthOf(d.effectiveFrom), versions).settings;
  return `Vurdering ${formatOreKr(wageFromAssessment(d.assessment, settings))}`;
}

const signed = (kr: number) => (kr > 0 ? `+${formatKr(kr)}` : formatKr(kr));

/** Newest first: the one in effect now heads the list. */
export function decisionRows(
  decisions: readonly WageDecision[],
  closes: readonly MonthClose[],
  versions: readonly SettingsVersion[],
): DecisionRow[] {
  const inEffect = new Set(effectiveDecisions(decisions, '9999-12').map((d) => d.id));
  return [...decisions].reverse().map((d) => ({
    id: d.id,
    from: formatDate(d.effectiveFrom),
    wage: wageText(d, versions),
    assessor: d.assessorInitials,
    locked: lockedText(lockedMonths(d.id, closes)),
    replaced: !inEffect.has(d.id),
    correction: d.correction
      ? `Efterregulering: ${signed(d.correction.deltaGross)} i løn, ${signed(d.correction.deltaAdjustment)} i kørsel, udbetales i ${formatMonth(d.correction.payIn)}`
      : '',
    version: d.updatedAt,
  }));
}

/** docs/rules.md §10: a new decision starts on the first day of the first open month. */
export function defaultEffectiveFrom(closes: readonly MonthClose[], month: string): string {
  return `${firstOpenMonth(closes, month)}-01`;
}
