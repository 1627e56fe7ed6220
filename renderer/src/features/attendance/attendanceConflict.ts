// A grid save refused because days changed elsewhere (docs/rules.md, "Samtidige ændringer"; issue
// 11, finding 3), pure and unit-tested: each change gets the version and value its cell was
// loaded with; of the refused days, those now holding what the person saw (their own save not
// yet back, say) are saved again at once, the others are shown — theirs beside the stored.
import type { AttendanceConflict } from '../../../../shared/data/api';
import type { Attendance } from '../../../../shared/records';
import { plural } from '../../../../shared/danish/number';
import type { ConflictRow } from '../../components/conflict';
import { formatDate } from '../../format';
import { cellValueOf } from './attendanceModel';
import { ABSENCE_LABELS, type CellValue } from './cellInput';
import { EMPTY, sameValue, versionAt, type CellChange, type GridRow } from './gridModel';

const keyOf = (rowId: string, date: string) => `${rowId}|${date}`;

/** Changes with the version and value of their cell as loaded in `rows`, unless already set. */
export function withLoaded(changes: readonly CellChange[], rows: readonly GridRow[]): CellChange[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return changes.map((c) => {
    const row = byId.get(c.rowId);
    return {
      ...c,
      expected: c.expected !== undefined ? c.expected : versionAt(row, c.date),
      before: c.before ?? row?.cells.get(c.date) ?? EMPTY,
    };
  });
}

const storedValue = (stored: Attendance | null): CellValue =>
  stored ? cellValueOf(stored) : EMPTY;

/**
 * The refused days: `retry` is the same save against the stored versions (what "Behold mine"
 * sends), `changed` the days whose stored value is not the one the person saw.
 */
export function staleCells(
  changes: readonly CellChange[],
  conflicts: readonly AttendanceConflict[],
): { retry: CellChange[]; changed: AttendanceConflict[] } {
  const byKey = new Map(conflicts.map((c) => [keyOf(c.citizenId, c.date), c]));
  const changed: AttendanceConflict[] = [];
  const retry = changes.map((c) => {
    const conflict = byKey.get(keyOf(c.rowId, c.date));
    if (!conflict) return c;
    if (!sameValue(storedValue(conflict.stored), c.before ?? EMPTY)) changed.push(conflict);
    return { ...c, expected: conflict.stored?.updatedAt ?? null };
  });
  return { retry, changed };
}

/** A cell's value in words: `7,5 timer`, `Syg`, `(tom)`. */
export function cellValueText(value: CellValue): string {
  if (value.kind === 'hours') return plural(value.hours, 'time', 'timer');
  if (value.kind === 'absence') return ABSENCE_LABELS[value.reason];
  return '(tom)';
}

/** The dialog's rows: `Eva Eriksen, 01.10.2026` — what the person typed, what is stored. */
export function cellConflictRows(
  changed: readonly AttendanceConflict[],
  changes: readonly CellChange[],
  rows: readonly GridRow[],
): ConflictRow[] {
  const names = new Map(rows.map((r) => [r.id, r.name]));
  const mine = new Map(changes.map((c) => [keyOf(c.rowId, c.date), c.value]));
  return changed.map((c) => ({
    label: `${names.get(c.citizenId) ?? 'Borger'}, ${formatDate(c.date)}`,
    mine: cellValueText(mine.get(keyOf(c.citizenId, c.date)) ?? EMPTY),
    stored: cellValueText(storedValue(c.stored)),
  }));
}
