// The overview's figures (pure, unit-tested): who is active, what is missing before the month
// can be paid, which follow-ups are due and which grants end soon (docs/rules.md §1, §10).
import type { DataApi, MonthView } from '../../../../shared/data/api';
import { addMonths, daysBetween, lastDayOf } from '../../../../shared/calendar';
import { formatDate } from '../../../../shared/danish/dates';
import { GRANT_SIZE_LABELS, MONTH_STATUS_LABELS } from '../../../../shared/danish/values';
import { endedOn } from '../../../../shared/rules/citizens';
import type {
  Attendance,
  Citizen,
  Grant,
  MonthTotals,
  WageDecision,
  WorkArea,
} from '../../../../shared/records';
import { formatKr } from '../../../../shared/danish/number';
import { totalsByArea, totalsOf } from '../../../../shared/month/compute';
import { ALL_AREAS, areaNameOf, inArea } from '../workAreas/workAreasModel';

/** What the overview reads: one read per table (a query per citizen is thousands; issue 6). */
export interface OverviewSource {
  citizens: readonly Citizen[];
  grants: readonly Grant[];
  attendance: readonly Attendance[];
  view: MonthView;
  decisions: readonly WageDecision[];
  /** The work areas (docs/rules.md §6); none: no area filter or grouping. */
  workAreas?: readonly WorkArea[];
}

export async function loadOverviewSource(api: DataApi, month: string): Promise<OverviewSource> {
  const [citizens, grants, attendance, view, decisions, workAreas] = await Promise.all([
    api.listCitizens({ includeEnded: true }),
    api.listGrants(),
    api.listAttendance(month),
    api.getMonth(month),
    api.listAllWageDecisions(),
    api.listWorkAreas(),
  ]);
  return { citizens, grants, attendance, view, decisions, workAreas };
}

export interface Named {
  id: string;
  name: string;
}

export interface FollowUpLine {
  grantId: string;
  citizen: Named;
  overdue: boolean;
  /** `Overskredet 01.10.2026` or `Snart 20.11.2026`. */
  badge: string;
  /** The citizen's work area in the month (docs/rules.md §6), or "Intet arbejdsområde". */
  area: string;
}

/** Follow-ups under their work area (issue 12, Build item 8), areas by name. */
export interface FollowUpGroup {
  area: string;
  lines: FollowUpLine[];
}

/** A figure of the month's money (issue 12, Build item 7): label and `1.234,50 kr.`. */
export interface MoneyFigure {
  label: string;
  value: string;
}

/** One work area's part of the month's money. */
export interface AreaMoney {
  area: string;
  citizens: number;
  figures: MoneyFigure[];
}

export interface EndingLine {
  grantId: string;
  citizen: Named;
  /** `½ plads udløber 31.12.2026`. */
  text: string;
}

export interface OverviewFigures {
  /** Citizens not ended today (docs/rules.md §1: the end date itself is still a day enrolled). */
  active: number;
  /** Active citizens with at least one attendance row in the month. */
  withAttendance: number;
  status: string;
  problems: number;
  missingTaxCard: Named[];
  missingTransport: Named[];
  missingDecision: Named[];
  followUps: FollowUpLine[];
  followUpGroups: FollowUpGroup[];
  ending: EndingLine[];
  /** The month's totals from the one month computation (frozen when closed), in the filter. */
  money: MoneyFigure[];
  /** Per work area, when the workshop has more than one and no area is chosen. */
  areaMoney: AreaMoney[];
}

/** Gross pay, transport, the citizens' and the municipality's shares, and the payout. */
export function moneyFigures(t: MonthTotals): MoneyFigure[] {
  return [
    { label: 'Bruttoløn', value: formatKr(t.grossPay) },
    { label: 'Kørsel i alt', value: formatKr(t.transportTotal) },
    { label: 'Borgernes andel af kørsel', value: formatKr(t.citizenShare) },
    { label: 'Kommunens andel af kørsel', value: formatKr(t.municipalShare) },
    { label: 'Anslået udbetaling', value: formatKr(t.estimatedPayout) },
  ];
}

/** Follow-ups due within this many days (or overdue) are listed. */
export const FOLLOW_UP_WINDOW_DAYS = 30;
/** Grants ending within this many months are listed. */
export const ENDING_WINDOW_MONTHS = 2;

const named = (c: Citizen): Named => ({ id: c.id, name: c.name });

export function overviewFigures(
  source: OverviewSource,
  month: string,
  today: string,
  areaId: string = ALL_AREAS,
): OverviewFigures {
  const areas = source.workAreas ?? [];
  // docs/rules.md §6: the filter keeps the citizens who belong to the area in the month.
  const citizens = source.citizens.filter((c) => !endedOn(c, today) && inArea(c, areaId, month));
  const byId = new Map(citizens.map((c) => [c.id, c]));
  const lastDay = lastDayOf(month);
  // A wage decision counts when it is in force by the month's last day (§ 103 only).
  const decided = new Set(
    source.decisions.filter((d) => d.effectiveFrom <= lastDay).map((d) => d.citizenId),
  );
  const withAttendance = new Set(source.attendance.map((a) => a.citizenId));
  const openGrants = source.grants.filter((g) => byId.has(g.citizenId) && !endedOn(g, today));

  const followUps = openGrants
    .filter((g) => daysBetween(today, g.followUpDue) <= FOLLOW_UP_WINDOW_DAYS)
    .sort((a, b) => (a.followUpDue < b.followUpDue ? -1 : 1))
    .map((g) => {
      const overdue = g.followUpDue < today;
      return {
        grantId: g.id,
        citizen: named(byId.get(g.citizenId)!),
        overdue,
        badge: `${overdue ? 'Overskredet' : 'Snart'} ${formatDate(g.followUpDue)}`,
        area: areaNameOf(byId.get(g.citizenId)!, areas, month),
      };
    });
  const groups = new Map<string, FollowUpLine[]>();
  for (const l of followUps) groups.set(l.area, [...(groups.get(l.area) ?? []), l]);
  const followUpGroups = [...groups]
    .map(([area, lines]) => ({ area, lines }))
    .sort((a, b) => a.area.localeCompare(b.area, 'da'));

  // The month's money: its rows (closed: as frozen) of the citizens in the filter.
  const rows = source.view.results.rows.filter(
    (r) => areaId === ALL_AREAS || r.workArea?.id === areaId,
  );
  const areaMoney =
    areaId === ALL_AREAS && areas.length > 1
      ? totalsByArea(rows).map((p) => ({
          area: p.name,
          citizens: p.totals.citizens,
          figures: moneyFigures(p.totals),
        }))
      : [];

  const horizon = addMonths(today, ENDING_WINDOW_MONTHS);
  const ending = openGrants
    .filter((g): g is Grant & { endDate: string } => !!g.endDate && g.endDate <= horizon)
    .sort((a, b) => (a.endDate < b.endDate ? -1 : 1))
    .map((g) => ({
      grantId: g.id,
      citizen: named(byId.get(g.citizenId)!),
      text: `${GRANT_SIZE_LABELS[g.size]} udløber ${formatDate(g.endDate)}`,
    }));

  return {
    active: citizens.length,
    withAttendance: citizens.filter((c) => withAttendance.has(c.id)).length,
    status: MONTH_STATUS_LABELS[source.view.status],
    problems: source.view.results.problems.length,
    missingTaxCard: citizens.filter((c) => c.offer === 'SEL103' && !c.taxCard).map(named),
    missingTransport: citizens.filter((c) => !c.transport).map(named),
    missingDecision: citizens.filter((c) => c.offer === 'SEL103' && !decided.has(c.id)).map(named),
    followUps,
    followUpGroups,
    ending,
    money: moneyFigures(totalsOf(rows)),
    areaMoney,
  };
}
