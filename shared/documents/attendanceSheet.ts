// The attendance sheet per work area and month (docs/rules.md §12): citizens × days, planned days
// marked (docs/rules.md §1), what is recorded so far written in (hours, or the absence code), and a
// line to sign. Pure; the citizens are those of the month in the area, in the month's order.
import { daysInMonth, weekday } from '../calendar';
import { formatMonth } from '../danish/dates';
import { formatDecimal } from '../danish/number';
import { fromOre, toHundredths } from '../money';
import type { Attendance, AbsenceReason } from '../records/attendance';
import type { Citizen } from '../records/citizen';
import type { Grant } from '../records/grant';
import { plannedDaysOf } from '../rules/planned';
import { areaIdFor, type AreaMembership, type WorkArea } from '../records/work-area';
import { NO_AREA } from './monthReport';

/** The grid's absence codes (docs/rules.md §3), also on paper. */
export const SHEET_ABSENCE_CODES: Record<AbsenceReason, string> = {
  syg: 'S',
  ferie: 'F',
  fri: 'FR',
  udeblevet: 'U',
  andet: 'A',
};

export interface SheetDay {
  date: string;
  /** Day of the month, `1`–`31`. */
  day: string;
  /** Saturday or Sunday. */
  weekend: boolean;
}

export interface SheetCell {
  date: string;
  planned: boolean;
  /** What is recorded: `6`, `7,5`, `0`, `S` … or empty. */
  text: string;
}

export interface SheetRow {
  citizenId: string;
  name: string;
  payrollNumber: string;
  cells: SheetCell[];
  plannedCount: number;
  hours: string;
}

export interface AttendanceSheetDoc {
  title: string;
  area: string;
  days: SheetDay[];
  rows: SheetRow[];
}

export function attendanceSheetDoc(
  month: string,
  area: string,
  citizens: readonly Pick<Citizen, 'id' | 'name' | 'payrollNumber' | 'startDate' | 'endDate'>[],
  grants: readonly Grant[],
  attendance: readonly Attendance[],
): AttendanceSheetDoc {
  const days = daysInMonth(month).map((date) => ({
    date,
    day: String(Number(date.slice(8))),
    weekend: weekday(date) >= 5,
  }));
  const rows = citizens.map((c): SheetRow => {
    const planned = new Set(
      plannedDaysOf(
        month,
        c,
        grants.filter((g) => g.citizenId === c.id),
      ),
    );
    const recorded = new Map(
      attendance.filter((a) => a.citizenId === c.id).map((a) => [a.date, a]),
    );
    const hours = [...recorded.values()].reduce((sum, a) => sum + toHundredths(a.hours), 0);
    return {
      citizenId: c.id,
      name: c.name,
      payrollNumber: c.payrollNumber,
      cells: days.map(({ date }) => {
        const a = recorded.get(date);
        return {
          date,
          planned: planned.has(date),
          text: !a ? '' : a.absence ? SHEET_ABSENCE_CODES[a.absence] : formatDecimal(a.hours),
        };
      }),
      plannedCount: planned.size,
      hours: formatDecimal(fromOre(hours)),
    };
  });
  return { title: `Fremmødeliste ${formatMonth(month)}`, area, days, rows };
}

type SheetCitizen = Pick<Citizen, 'id' | 'name' | 'payrollNumber' | 'startDate' | 'endDate'> & {
  workAreas?: readonly AreaMembership[] | undefined;
};

/**
 * One sheet per work area of the month (docs/rules.md §6: a citizen's area that month), areas by
 * name, then the citizens without an area; or only the area `onlyAreaId` (its sheet even if empty).
 */
export function attendanceSheetsByArea(
  month: string,
  areas: readonly Pick<WorkArea, 'id' | 'name'>[],
  citizens: readonly SheetCitizen[],
  grants: readonly Grant[],
  attendance: readonly Attendance[],
  onlyAreaId?: string,
): AttendanceSheetDoc[] {
  const known = new Set(areas.map((a) => a.id));
  const areaOf = (c: SheetCitizen) => {
    const id = areaIdFor(month, c.workAreas);
    return id !== undefined && known.has(id) ? id : NO_AREA.id;
  };
  const sorted = [...areas].sort((a, b) => collator.compare(a.name, b.name));
  const blocks = [...sorted, NO_AREA].filter((a) =>
    onlyAreaId !== undefined ? a.id === onlyAreaId : citizens.some((c) => areaOf(c) === a.id),
  );
  return blocks.map((a) =>
    attendanceSheetDoc(
      month,
      a.name,
      citizens.filter((c) => areaOf(c) === a.id),
      grants,
      attendance,
    ),
  );
}

const collator = new Intl.Collator('da');
