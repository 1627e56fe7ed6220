// The month-close screen's model (pure, unit-tested): what the screen says about a month — its
// status, the citizens that cannot be computed, the table's rows and totals, the history — and
// the messages after an export, a close or a reopen (docs/rules.md §10).
import type { DataApi, MonthView } from '../../../../shared/data/api';
import type { FieldIssue } from '../../../../shared/domain/errors';
import { EXCEL_HEADER, remarks, singleRate } from '../../../../shared/csv';
import { describeIssue } from '../../../../shared/danish/labels';
import { MONTH_STATUS_LABELS, OFFER_SHORT } from '../../../../shared/danish/values';
import { formatAmount, formatDateTime, formatHours, formatKr, formatMonth } from '../../format';
import { plural } from '../../../../shared/danish/number';
import {
  ReopenReasonSchema,
  type MonthClose,
  type MonthTotals,
  type WorkArea,
} from '../../../../shared/records';
import type { MonthResults } from '../../../../shared/month';
import { rowArea } from '../../../../shared/month/area-groups';
import { totalsByArea, totalsOf } from '../../../../shared/month/compute';
import { ALL_AREAS } from '../workAreas/workAreasModel';
import { validate } from '../../components/forms';
import type { SaveOutcome } from '../../components/saveFile';
import type { Status } from '../../components/useProgressTask';

/**
 * The screen's live query. A failed read rejects (it is never turned into "no data"), so the
 * screen's error boundary says in Danish that the data could not be loaded and offers "Prøv igen"
 * instead of showing "Henter …" forever (issue 9).
 */
export function monthQuery(month: string): (api: Pick<DataApi, 'getMonth'>) => Promise<MonthView> {
  return (api) => api.getMonth(month);
}

/** `oktober 2026 · Lukket`; `…` while the month is being read. */
export function monthSubtitle(month: string, view: MonthView | undefined): string {
  return `${formatMonth(month)} · ${view ? MONTH_STATUS_LABELS[view.status] : '…'}`;
}

export type StatusKind = 'closed' | 'reopened' | 'open';

/** The sentence under the heading: closed (by whom, when), reopened (why) or open. */
export function monthStatusLine(view: MonthView): { kind: StatusKind; text: string } {
  if (view.status === 'closed' && view.close)
    return {
      kind: 'closed',
      text: `Lukket ${formatDateTime(view.close.closedAt)} af ${view.close.closedBy}. Tallene er låst og eksporteres præcis som ved lukningen.`,
    };
  if (view.status === 'reopened')
    return {
      kind: 'reopened',
      text: `Måneden er genåbnet: ${view.close?.history.at(-1)?.reason ?? ''}. Luk den igen, når rettelserne er gjort.`,
    };
  return {
    kind: 'open',
    text: 'Måneden er åben. Tallene beregnes ud fra det registrerede fremmøde og lønafgørelserne.',
  };
}

/** A citizen whose month cannot be computed, with its issues as data (path + Danish message). */
export interface ProblemSource {
  citizenId: string;
  name: string;
  issues: readonly FieldIssue[];
}

export interface ProblemLine {
  citizenId: string;
  name: string;
  /** `Trækprocent: mangler eller har forkert type; Timer (række 2): …` */
  text: string;
}

/** The notice above the table: how many citizens cannot be computed, and why, in Danish. */
export function monthProblems(
  problems: readonly ProblemSource[],
): { intro: string; lines: ProblemLine[] } | null {
  if (problems.length === 0) return null;
  const who = problems.length === 1 ? 'Én borger' : `${problems.length} borgere`;
  return {
    intro: `${who} kan ikke beregnes. Ret det, før måneden kan eksporteres eller lukkes:`,
    lines: problems.map((p) => ({
      citizenId: p.citizenId,
      name: p.name,
      text: p.issues.map(describeIssue).join('; '),
    })),
  };
}

export interface MonthRow {
  citizenId: string;
  name: string;
  payrollNumber: string;
  offer: string;
  days: string;
  hours: string;
  /**
   * The hourly wage as the Excel file holds it (docs/rules.md §9): only with one wage line; `—`
   * with none (§ 104) or several (the remarks list each line).
   */
  wage: string;
  grossPay: string;
  transportTotal: string;
  citizenShare: string;
  municipalShare: string;
  payrollAdjustment: string;
  /** The warnings in Danish, `—` when there are none. */
  remarks: string;
}

const FIGURES = [
  'days',
  'hours',
  'wage',
  'grossPay',
  'transportTotal',
  'citizenShare',
  'municipalShare',
  'payrollAdjustment',
] as const satisfies readonly (keyof MonthRow)[];
const FIRST_FIGURE = EXCEL_HEADER.indexOf('Dage');

/**
 * The table's figure columns: the payroll file's (EXCEL_HEADER, shared/csv) from `Dage` on, in
 * its order and under its names, so the screen shows what the file will hold; only the
 * adjustment keeps the screen's own name ("Regulering i løn" for the file's "Lønregulering").
 */
export const FIGURE_HEADERS = Object.fromEntries(
  FIGURES.map((key, i) => [
    key,
    key === 'payrollAdjustment' ? 'Regulering i løn' : EXCEL_HEADER[FIRST_FIGURE + i]!,
  ]),
) as Record<(typeof FIGURES)[number], string>;

/** The table's rows, every figure as the screen shows it (kroner with decimal comma). */
export function monthRows(results: MonthResults): MonthRow[] {
  const capPercent = results.settings.transportCapPercent;
  return results.rows.map((r) => {
    const x = r.result;
    const wage = singleRate(r);
    return {
      citizenId: r.citizenId,
      name: r.name,
      payrollNumber: r.payrollNumber,
      offer: OFFER_SHORT[r.offer],
      days: String(x.days),
      hours: formatHours(x.hours),
      wage: wage === undefined ? '—' : formatAmount(wage),
      grossPay: formatAmount(x.grossPay),
      transportTotal: formatAmount(x.transport.total),
      citizenShare: formatAmount(x.transport.citizenShare),
      municipalShare: formatAmount(x.transport.municipalShare),
      payrollAdjustment: formatAmount(x.transport.payrollAdjustment),
      remarks: remarks(r, capPercent) || '—',
    };
  });
}

/** The table's footer and the sentence under it (`payoutOf`: whose payout the sentence sums). */
function totalsRow(t: MonthTotals, label: string, payoutOf = 'i alt') {
  return {
    label: `${label} (${plural(t.citizens, 'borger', 'borgere')})`,
    days: String(t.days),
    hours: formatHours(t.hours),
    grossPay: formatAmount(t.grossPay),
    transportTotal: formatAmount(t.transportTotal),
    citizenShare: formatAmount(t.citizenShare),
    municipalShare: formatAmount(t.municipalShare),
    payrollAdjustment: formatAmount(t.payrollAdjustment),
    payout: `Beløb i kroner. Anslået udbetaling ${payoutOf} ${formatKr(t.estimatedPayout)}; den endelige skat beregnes af lønsystemet.`,
  };
}

export function monthTotals(results: MonthResults) {
  return totalsRow(results.totals, 'I alt');
}

/**
 * Subtotals per work area (docs/rules.md §6, issue 12): one row per area, by name, when the
 * month's rows belong to more than one; empty otherwise (the "I alt" row says it all).
 */
export function areaSubtotals(results: MonthResults) {
  const parts = totalsByArea(results.rows);
  return parts.length < 2
    ? []
    : parts.map((p) => ({ areaId: p.areaId, ...totalsRow(p.totals, p.name) }));
}

/**
 * The month table in the "Arbejdsområde" filter (docs/rules.md §6 "On screen"). A row is in an
 * area by its work area that month as the month computation stored it (`rowArea`), the one the
 * subtotals, both payroll files and the month report use. Only the table is filtered: the "I alt"
 * row then sums the rows shown and says so, and `notice` says that closing and the payroll file
 * still cover the whole month (they, the close check and the reopen comparison read the month
 * itself, never this view).
 */
export function monthTable(
  results: MonthResults,
  areaId: string,
  areas: readonly WorkArea[] | undefined,
) {
  // An area deleted meanwhile (or not read yet) filters nothing rather than showing no rows.
  const area = areaId === ALL_AREAS ? undefined : areas?.find((a) => a.id === areaId);
  if (!area)
    return {
      rows: monthRows(results),
      source: results.rows,
      subtotals: areaSubtotals(results),
      totals: monthTotals(results),
      notice: null,
    };
  const shown = results.rows.filter((r) => rowArea(r).id === area.id);
  return {
    rows: monthRows({ ...results, rows: shown }),
    source: shown,
    subtotals: [],
    totals: totalsRow(totalsOf(shown), `I alt for ${area.name}`, `for ${area.name}`),
    notice: `Viser ${shown.length} af ${plural(results.rows.length, 'borger', 'borgere')} (${area.name}). Lukningen og lønfilen gælder hele måneden.`,
  };
}

/** The month's close and reopen events, oldest first: `01.11.2026 10:00: lukket af ABC`. */
export function historyLines(close: MonthClose | null): string[] {
  return (close?.history ?? []).map(
    (h) =>
      `${formatDateTime(h.at)}: ${h.action === 'closed' ? 'lukket' : 'genåbnet'} af ${h.by}${h.reason ? ` – ${h.reason}` : ''}`,
  );
}

/** A month can be closed when it is not closed, nothing is running and every citizen computes. */
export function canClose(view: MonthView, busy: boolean): boolean {
  return view.status !== 'closed' && !busy && view.results.problems.length === 0;
}

/** After saving an exported file: where it went, or that nothing was saved. */
export function exportStatus(fileName: string, outcome: SaveOutcome): Status {
  if (!outcome.saved)
    return { kind: 'error', text: 'Gemningen blev annulleret; ingen fil er gemt.' };
  return {
    kind: 'success',
    text: outcome.path
      ? `${fileName} er gemt i ${outcome.path}.`
      : `${fileName} er hentet (se mappen Overførsler).`,
  };
}

export const closedStatus = (month: string): Status => ({
  kind: 'success',
  text: `${formatMonth(month)} er lukket. Tallene er nu låst.`,
});

export const reopenedStatus = (month: string): Status => ({
  kind: 'success',
  text: `${formatMonth(month)} er genåbnet.`,
});

/** The reason for reopening, checked with the shared schema: the value or the Danish message. */
export function reopenReason(
  text: string,
): { ok: true; value: string } | { ok: false; error: string } {
  const r = validate(ReopenReasonSchema, text);
  return r.ok
    ? { ok: true, value: r.value }
    : { ok: false, error: r.errors[''] ?? 'ugyldig begrundelse' };
}
