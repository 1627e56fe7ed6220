// From stored records to the domain core (docs/rules.md §7) for one month: the calc input per
// citizen with the settings version in force (§6), the results and the month's totals. Pure.
import { fromOre, toHundredths, toOre } from '../money';
import { parseCalcInput, type CalcInput } from '../domain/input';
import { tryCalculateMonth } from '../domain/calculate';
import type { FieldIssue } from '../domain/errors';
import type { Citizen } from '../records/citizen';
import { isActiveInMonth } from '../rules/citizens';
import type { WageDecision } from '../records/wage-decision';
import type { Attendance } from '../records/attendance';
import { settingsVersionFor, type SettingsVersion } from '../records/settings-version';
import type { MonthTotals, PayrollMonth, PayrollRow } from '../records/month-close';
import { monthAreaOf, settingsForArea, type WorkArea } from '../records/work-area';
import { areaGroups } from './area-groups';

export interface MonthSource {
  month: string;
  citizens: readonly Citizen[];
  wageDecisions: readonly WageDecision[];
  attendance: readonly Attendance[];
  settingsVersions: readonly SettingsVersion[];
  /**
   * The work areas (docs/rules.md §6): a citizen's month uses its area's reference wage. Absent
   * or empty (a workshop without areas): every citizen uses the common one of the settings.
   */
  workAreas?: readonly WorkArea[];
}

/**
 * A citizen whose month cannot be computed: the calc input's issues as data (paths into the
 * calc input, Danish messages); `describeIssue` (shared/danish/labels) words them for a person.
 */
export interface MonthProblem {
  citizenId: string;
  name: string;
  payrollNumber: string;
  issues: FieldIssue[];
}

export interface MonthResults extends PayrollMonth {
  /** Citizens that could not be computed; the month cannot be closed or exported while any. */
  problems: MonthProblem[];
  /** Per citizen id: the wage decisions that paid at least one line this month. */
  wageDecisionIdsByCitizen: Record<string, string[]>;
}

/**
 * The decisions that count: one per `effectiveFrom` (when a locked decision was replaced by a
 * new one from the same date, the newest wins), none that start after the month.
 */
export function effectiveDecisions(
  decisions: readonly WageDecision[],
  month: string,
): WageDecision[] {
  const byFrom = new Map<string, WageDecision>();
  for (const d of decisions) {
    if (d.effectiveFrom.slice(0, 7) > month) continue;
    const seen = byFrom.get(d.effectiveFrom);
    if (!seen || d.createdAt > seen.createdAt || (d.createdAt === seen.createdAt && d.id > seen.id))
      byFrom.set(d.effectiveFrom, d);
  }
  return [...byFrom.values()].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
}

/** The calc input of docs/rules.md §7 for one citizen and month. */
export function buildCalcInput(
  month: string,
  citizen: Citizen,
  decisions: readonly WageDecision[],
  attendance: readonly Attendance[],
  settings: SettingsVersion['settings'],
): CalcInput {
  const days = attendance
    .filter((a) => a.citizenId === citizen.id && a.date.slice(0, 7) === month)
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .map((a) => ({ date: a.date, hours: a.hours }));
  const wageDecisions =
    citizen.offer === 'SEL103'
      ? effectiveDecisions(
          decisions.filter((d) => d.citizenId === citizen.id),
          month,
        ).map((d) => ({
          effectiveFrom: d.effectiveFrom,
          ...(d.assessment ? { assessment: d.assessment } : {}),
          ...(d.hourlyWage !== undefined ? { hourlyWage: d.hourlyWage } : {}),
          ...(d.justification !== undefined ? { justification: d.justification } : {}),
        }))
      : [];
  return {
    month,
    settings,
    citizen: {
      offer: citizen.offer,
      ...(citizen.taxCard ? { taxCard: citizen.taxCard } : {}),
      ...(citizen.transport ? { transport: citizen.transport } : {}),
      ...(citizen.offer === 'SEL104' ? { municipalTransport: citizen.municipalTransport } : {}),
    },
    wageDecisions,
    attendance: days,
  };
}

/** Which citizens belong to the month: enrolled on a day of it, or with attendance in it. */
export function citizensOfMonth(source: MonthSource): Citizen[] {
  const withDays = new Set(
    source.attendance.filter((a) => a.date.slice(0, 7) === source.month).map((a) => a.citizenId),
  );
  return source.citizens
    .filter((c) => isActiveInMonth(c, source.month) || withDays.has(c.id))
    .sort(byPayrollNumber);
}

/** The month's row order: payroll number, then name. */
const byPayrollNumber = (a: Citizen, b: Citizen) =>
  danish.compare(a.payrollNumber, b.payrollNumber) ||
  danish.compare(a.name, b.name) ||
  (a.id < b.id ? -1 : 1);

/**
 * The same order as `localeCompare(…, 'da')` (which is specified as this collator's compare),
 * without building a collator per comparison: 2,000 citizens made that a visible cost.
 */
const danish = new Intl.Collator('da');

/** Rows grouped by citizen id in one pass, keeping their order. */
export function groupByCitizen<T extends { citizenId: string }>(
  rows: readonly T[],
): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.citizenId);
    if (list) list.push(r);
    else out.set(r.citizenId, [r]);
  }
  return out;
}

/** Sums in exact øre / hundredths (docs/rules.md §5). */
export function totalsOf(rows: readonly PayrollRow[]): MonthTotals {
  const sum = (pick: (r: PayrollRow) => number) =>
    fromOre(rows.reduce((acc, r) => acc + toOre(pick(r)), 0));
  return {
    citizens: rows.length,
    days: rows.reduce((acc, r) => acc + r.result.days, 0),
    hours: fromOre(rows.reduce((acc, r) => acc + toHundredths(r.result.hours), 0)),
    grossPay: sum((r) => r.result.grossPay),
    transportTotal: sum((r) => r.result.transport.total),
    citizenShare: sum((r) => r.result.transport.citizenShare),
    municipalShare: sum((r) => r.result.transport.municipalShare),
    payrollAdjustment: sum((r) => r.result.transport.payrollAdjustment),
    estimatedPayout: sum((r) => r.result.estimatedPayout),
  };
}

/** One work area's part of a month (docs/rules.md §6): its rows' totals. */
export interface AreaTotals {
  /** The area's id; '' for rows without an area (months before work areas). */
  areaId: string;
  name: string;
  totals: MonthTotals;
}

/**
 * The month's subtotals per work area (docs/rules.md §6), in the order of `areaGroups`: Danish
 * name order, rows without an area ("Uden arbejdsområde") last.
 */
export function totalsByArea(rows: readonly PayrollRow[]): AreaTotals[] {
  return areaGroups(rows).map((g) => ({
    areaId: g.areaId,
    name: g.name,
    totals: totalsOf(g.rows),
  }));
}

/**
 * The efterreguleringer paid in `month` per citizen (docs/rules.md §10): the frozen sums of the
 * corrections saved with `payIn` = the month, exact in øre, and the closed months they correct.
 */
export function correctionsPaidIn(
  month: string,
  decisions: readonly WageDecision[],
): Map<string, NonNullable<PayrollRow['corrections']>> {
  const out = new Map<string, { gross: number; adjustment: number; months: Set<string> }>();
  for (const d of decisions) {
    const c = d.correction;
    if (!c || c.payIn !== month) continue;
    const acc = out.get(d.citizenId) ?? { gross: 0, adjustment: 0, months: new Set<string>() };
    acc.gross += toOre(c.deltaGross);
    acc.adjustment += toOre(c.deltaAdjustment);
    for (const m of c.months)
      if (m.deltaGross !== 0 || m.deltaAdjustment !== 0) acc.months.add(m.month);
    out.set(d.citizenId, acc);
  }
  return new Map(
    [...out].map(([id, a]) => [
      id,
      {
        deltaGross: fromOre(a.gross),
        deltaAdjustment: fromOre(a.adjustment),
        months: [...a.months].sort(),
      },
    ]),
  );
}

/** The month's results for every citizen, through the one domain core. */
export function computeMonth(source: MonthSource): MonthResults {
  const version = settingsVersionFor(source.month, source.settingsVersions);
  const rows: PayrollRow[] = [];
  const problems: MonthProblem[] = [];
  const wageDecisionIdsByCitizen: Record<string, string[]> = {};
  // Grouped once: filtering all rows per citizen made the month quadratic (issue 6, bench 3).
  const attendanceOf = groupByCitizen(source.attendance);
  // docs/rules.md §10: a month an efterregulering corrected keeps the decisions it was paid with
  // (when reopened too): the difference is paid by the correction itself, never twice.
  const decisionsOf = groupByCitizen(
    source.wageDecisions.filter((d) => !d.correction?.months.some((m) => m.month === source.month)),
  );
  // docs/rules.md §10: an efterregulering paid this month gives its citizen a row even without
  // any activity in the month; its lines are not part of the month's own calculation (§7).
  const corrections = correctionsPaidIn(source.month, source.wageDecisions);
  const ofMonth = citizensOfMonth(source);
  const inMonth = new Set(ofMonth.map((c) => c.id));
  const extra = source.citizens.filter((c) => corrections.has(c.id) && !inMonth.has(c.id));
  for (const citizen of extra.length > 0 ? [...ofMonth, ...extra].sort(byPayrollNumber) : ofMonth) {
    const ownDecisions = decisionsOf.get(citizen.id) ?? [];
    // docs/rules.md §6: the floor rests on the citizen's work area that month.
    const area = monthAreaOf(citizen, source.month, source.workAreas ?? []);
    const input = buildCalcInput(
      source.month,
      citizen,
      ownDecisions,
      attendanceOf.get(citizen.id) ?? [],
      settingsForArea(version.settings, area),
    );
    const parsed = parseCalcInput(input);
    // docs/rules.md §5: a value the maths cannot take is this citizen's problem, never a crash.
    const computed = parsed.ok ? tryCalculateMonth(parsed.value) : parsed;
    if (!computed.ok) {
      problems.push({
        citizenId: citizen.id,
        name: citizen.name,
        payrollNumber: citizen.payrollNumber,
        issues: computed.issues,
      });
      continue;
    }
    const result = computed.value;
    rows.push({
      citizenId: citizen.id,
      name: citizen.name,
      payrollNumber: citizen.payrollNumber,
      offer: citizen.offer,
      result,
      ...(corrections.has(citizen.id) ? { corrections: corrections.get(citizen.id)! } : {}),
      ...(area ? { workArea: area } : {}),
    });
    const decisions = effectiveDecisions(ownDecisions, source.month);
    wageDecisionIdsByCitizen[citizen.id] = result.wageLines
      .map((l) => decisions.find((d) => d.effectiveFrom === l.effectiveFrom)?.id)
      .filter((x): x is string => x !== undefined);
  }
  return {
    month: source.month,
    settingsVersionId: version.id,
    settings: version.settings,
    wageTypeCodes: version.wageTypeCodes,
    rows,
    totals: totalsOf(rows),
    problems,
    wageDecisionIdsByCitizen,
  };
}

/** The stored part of a month's results (what a month close keeps). */
export function toPayrollMonth(results: MonthResults): PayrollMonth {
  return {
    month: results.month,
    settingsVersionId: results.settingsVersionId,
    settings: results.settings,
    wageTypeCodes: results.wageTypeCodes,
    rows: results.rows,
    totals: results.totals,
  };
}
