// The attendance screen's logic, pure and unit-tested: which citizens are rows of the month,
// what their cells hold, which days are planned, what a grid change saves, and "Udfyld planlagte
// dage" — which fills only empty planned days, says how many it filled and skipped, and
// reports success only when the save went through.
import type { AttendanceDayChange } from '../../../../shared/data/api';
import { parseDanishNumberInput, plural } from '../../../../shared/danish/number';
import { groupByCitizen } from '../../../../shared/month';
import { hasAtMostTwoDecimals } from '../../../../shared/money';
import type { Attendance, Citizen, Grant } from '../../../../shared/records';
import { isActiveInMonth } from '../../../../shared/rules/citizens';
import { plannedDaysOf } from '../../../../shared/rules/planned';
import { formatHours } from '../../format';
import type { CellValue } from './cellInput';
import type { CellChange, GridRow } from './gridModel';

export interface AttendanceMonthData {
  citizens: readonly Citizen[];
  grants: readonly Grant[];
  attendance: readonly Attendance[];
}

export type Status = { kind: 'error' | 'success'; text: string };

/** A stored day as the grid shows it: an absence, or hours. */
export function cellValueOf(a: Pick<Attendance, 'hours' | 'absence'>): CellValue {
  return a.absence ? { kind: 'absence', reason: a.absence } : { kind: 'hours', hours: a.hours };
}

/**
 * The grid's rows for `month`: every citizen enrolled in the month, and any other citizen with
 * attendance in it (so no registered hours are hidden), in the order listed. Planned days come
 * from the grant in force in the month, within grant and enrolment (docs/rules.md §1).
 */
export function attendanceRows(month: string, data: AttendanceMonthData): GridRow[] {
  // Grouped once: a loop over all the month's rows per citizen is quadratic (issue 6).
  const attendanceOf = groupByCitizen(data.attendance);
  const grantsOf = groupByCitizen(data.grants);
  return data.citizens
    .filter((c) => isActiveInMonth(c, month) || attendanceOf.has(c.id))
    .map((c) => {
      const cells = new Map<string, CellValue>();
      const versions = new Map<string, string>();
      for (const a of attendanceOf.get(c.id) ?? []) {
        cells.set(a.date, cellValueOf(a));
        versions.set(a.date, a.updatedAt);
      }
      const planned = new Set(plannedDaysOf(month, c, grantsOf.get(c.id) ?? []));
      return { id: c.id, name: c.name, cells, planned, versions };
    });
}

/**
 * Grid changes → the days to save: hours (0 is a stored zero-hour day), an absence as 0 hours
 * with its reason, and an emptied cell as an explicit clear of the day (docs/rules.md §3); each
 * with the version the cell was loaded with, when known ("Samtidige ændringer").
 */
export function attendanceInputs(changes: readonly CellChange[]): AttendanceDayChange[] {
  return changes.map((ch): AttendanceDayChange => {
    const key = {
      citizenId: ch.rowId,
      date: ch.date,
      ...(ch.expected !== undefined ? { expectedUpdatedAt: ch.expected } : {}),
    };
    switch (ch.value.kind) {
      case 'empty':
        return { ...key, clear: true };
      case 'hours':
        return { ...key, hours: ch.value.hours };
      case 'absence':
        return { ...key, hours: 0, absence: ch.value.reason };
    }
  });
}

/** The error shown when a save was refused. */
export function notSavedStatus(message: string): Status {
  return { kind: 'error', text: `Ikke gemt: ${message}` };
}

/** "Timer pr. planlagt dag": a Danish number above 0 and at most 24, two decimals at most (§5). */
export function parseHoursPerDay(
  text: string,
): { ok: true; hours: number } | { ok: false; message: string } {
  const parsed = parseDanishNumberInput(text);
  if (parsed.ok && !hasAtMostTwoDecimals(parsed.value))
    return { ok: false, message: 'må højst have to decimaler' };
  if (parsed.ok && parsed.value > 0 && parsed.value <= 24) return { ok: true, hours: parsed.value };
  if (!parsed.ok && /\d/.test(text)) return { ok: false, message: parsed.message };
  return { ok: false, message: 'skal være et tal mellem 0 og 24' };
}

/** Every planned day still empty, filled with `hours`; a day with hours, 0 or an absence is kept. */
export function plannedFill(rows: readonly GridRow[], hours: number): CellChange[] {
  const changes: CellChange[] = [];
  for (const row of rows)
    for (const date of row.planned)
      if (!row.cells.has(date))
        changes.push({ rowId: row.id, date, value: { kind: 'hours', hours } });
  return changes;
}

/** What "Udfyld planlagte dage" ended with. */
export type FillResult =
  | { kind: 'invalidHours'; message: string }
  | { kind: 'nothingToFill' }
  /** The save was refused; `commit` has already shown why. */
  | { kind: 'refused' }
  /** `skipped`: planned days left alone because they already held something. */
  | { kind: 'filled'; count: number; hours: number; skipped: number };

/**
 * "Udfyld planlagte dage fra bevillingerne": fills every empty planned day through `commit`
 * (all or nothing; false when refused). Success only when the save went through.
 */
export async function fillPlannedDays(
  rows: readonly GridRow[],
  hoursText: string,
  commit: (changes: CellChange[]) => Promise<boolean>,
): Promise<FillResult> {
  const hours = parseHoursPerDay(hoursText);
  if (!hours.ok) return { kind: 'invalidHours', message: hours.message };
  const changes = plannedFill(rows, hours.hours);
  if (changes.length === 0) return { kind: 'nothingToFill' };
  if (!(await commit(changes))) return { kind: 'refused' };
  const planned = rows.reduce((n, row) => n + row.planned.size, 0);
  return {
    kind: 'filled',
    count: changes.length,
    hours: hours.hours,
    skipped: planned - changes.length,
  };
}

/** The notice for a fill; null keeps what is shown (a refusal's own message). */
export function fillStatus(result: FillResult): Status | null {
  switch (result.kind) {
    case 'nothingToFill':
      return { kind: 'success', text: 'Alle planlagte dage er allerede udfyldt.' };
    case 'filled': {
      const filled = `${plural(result.count, 'planlagt dag', 'planlagte dage')} er udfyldt med ${formatHours(result.hours)} timer`;
      const skipped =
        result.skipped === 0
          ? ''
          : `; ${plural(result.skipped, 'dag', 'dage')} er sprunget over, fordi ${result.skipped === 1 ? 'den' : 'de'} allerede var udfyldt`;
      return { kind: 'success', text: `${filled}${skipped}.` };
    }
    default:
      return null;
  }
}
