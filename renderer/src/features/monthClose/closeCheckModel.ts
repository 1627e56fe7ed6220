// The check screen's and the reopen comparison's model (pure, unit-tested): what may be closed
// now, the items to look at, the totals named before "Luk måneden", and the closed figures beside
// those computed now (docs/rules.md §10).
import type { MonthView } from '../../../../shared/data/api';
import {
  closeBlocker,
  monthTiming,
  notOverText,
  type CheckKind,
  type CloseCheck,
  type ComparedRow,
  type Figures,
} from '../../../../shared/month';
import { plural } from '../../../../shared/danish/number';
import { formatAmount, formatDateTime, formatHours, formatKr, formatMonth } from '../../format';

/** The close button: disabled with the reason when the month cannot be closed now. */
export function closeButton(
  view: MonthView,
  today: string,
  busy: boolean,
): { label: string; disabled: boolean; reason: string | null } {
  const label = `Luk ${formatMonth(view.month)} …`;
  const { timing } = monthTiming(view.month, today);
  const items = view.results.problems.map(() => ({ kind: 'problem' as const }));
  const reason =
    view.status === 'closed'
      ? null
      : closeBlocker({ month: view.month, timing, items: items as CloseCheck['items'] });
  return { label, disabled: busy || view.status === 'closed' || reason !== null, reason };
}

export const CHECK_LABELS: Record<CheckKind, string> = {
  problem: 'Kan ikke beregnes',
  noTaxCard: 'Skattekort',
  grantNoAttendance: 'Fremmøde',
  bigChange: 'Stor ændring',
};

/** The check's sentences: not over, changed since the last closing, the totals. */
export function checkTexts(check: CloseCheck) {
  const t = check.totals;
  const changed = check.changedSinceClosing;
  return {
    notOver: notOverText(check),
    changed: changed
      ? `Tallene er ændret for ${plural(changed.citizens, 'borger', 'borgere')} siden lukningen ${formatDateTime(changed.closedAt)}.`
      : null,
    noItems: 'Ingen bemærkninger: alle borgere kan beregnes, og intet skiller sig ud.',
    itemsIntro: `${plural(check.items.length, 'bemærkning', 'bemærkninger')} – se dem igennem før lukning:`,
    totals:
      `Du lukker ${formatMonth(check.month)} for ${plural(t.citizens, 'borger', 'borgere')}: ` +
      `bruttoløn ${formatKr(t.grossPay)}, kommunens andel ${formatKr(t.municipalShare)} og ` +
      // formatKr ends in `kr.`, which also ends the sentence.
      `anslået udbetaling ${formatKr(t.estimatedPayout)}`,
  };
}

/** Which confirmations the closing needs, and whether they are given. */
export function canConfirm(
  check: CloseCheck,
  given: { beforeMonthEnd: boolean; changedFigures: boolean },
): boolean {
  if (check.timing === 'notBegun') return false;
  if (check.items.some((i) => i.kind === 'problem')) return false;
  if (check.timing === 'notOver' && !given.beforeMonthEnd) return false;
  if (check.changedSinceClosing && !given.changedFigures) return false;
  return true;
}

export const COMPARISON_HEADERS = {
  hours: 'Timer',
  grossPay: 'Bruttoløn',
  payrollAdjustment: 'Regulering i løn',
  estimatedPayout: 'Anslået udbetaling',
} as const satisfies Partial<Record<keyof Figures, string>>;

export interface ComparisonLine {
  citizenId: string;
  name: string;
  changed: boolean;
  /** Per figure: `closed → now` or the one value when unchanged. */
  cells: Record<keyof typeof COMPARISON_HEADERS, string>;
}

const show = (key: keyof Figures, f: Figures | null) =>
  f === null ? '–' : key === 'hours' ? formatHours(f[key]) : formatAmount(f[key]);

/** The reopen comparison: per citizen the closed figures beside those computed now. */
export function comparisonLines(rows: readonly ComparedRow[]): ComparisonLine[] {
  return rows.map((r) => ({
    citizenId: r.citizenId,
    name: `${r.name} (${r.payrollNumber})`,
    changed: r.changed,
    cells: Object.fromEntries(
      (Object.keys(COMPARISON_HEADERS) as (keyof typeof COMPARISON_HEADERS)[]).map((k) => {
        const a = show(k, r.closed);
        const b = show(k, r.now);
        return [k, a === b ? a : `${a} → ${b}`];
      }),
    ) as ComparisonLine['cells'],
  }));
}

/** The sentence above the comparison. */
export function comparisonIntro(month: string, rows: readonly ComparedRow[]): string {
  const changed = rows.filter((r) => r.changed).length;
  return changed === 0
    ? `Tallene for ${formatMonth(month)} beregnet nu er de samme som ved lukningen.`
    : `Beregnet nu ændres tallene for ${plural(changed, 'borger', 'borgere')} (markeret). Lukkede tal → tal beregnet nu:`;
}
