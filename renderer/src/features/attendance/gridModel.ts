// The attendance grid's decisions, pure and unit-tested: what a key does in a cell or in the
// cell editor, what an edit or a pasted row saves, what a cell shows and says to a screen
// reader, and the values typed but not yet back from the database. AttendanceGrid.tsx holds
// the state and the DOM; it asks here.
import type { Version } from '../../../../shared/data/api';
import { plural } from '../../../../shared/danish/number';
import {
  ABSENCE_LABELS,
  moveInGrid,
  parseCellInput,
  splitPastedRow,
  type CellValue,
  type GridPos,
} from './cellInput';

export interface GridRow {
  id: string;
  name: string;
  /** ISO date → value; missing means empty. */
  cells: ReadonlyMap<string, CellValue>;
  planned: ReadonlySet<string>;
  /** ISO date → the stored day's version as loaded; missing: no stored day (docs/rules.md, "Samtidige ændringer"). */
  versions?: ReadonlyMap<string, string>;
}

export interface CellChange {
  rowId: string;
  date: string;
  value: CellValue;
  /** The cell's version as the person saw it (set for an edit: when it began). */
  expected?: Version;
  /** The cell's value as the person saw it (an edit: when it began); else what it shows now. */
  before?: CellValue;
}

export interface EditState {
  pos: GridPos;
  text: string;
  error?: string | undefined;
  /** The cell's version and value when the edit began: the save is checked against them. */
  version?: Version;
  before?: CellValue;
}

/** The version of a row's day as loaded: null when no day is stored. */
export const versionAt = (row: GridRow | undefined, date: string): Version =>
  row?.versions?.get(date) ?? null;

export interface DayMeta {
  date: string;
  weekend: boolean;
  /** `01.10.2026` */
  label: string;
}

export const EMPTY: CellValue = { kind: 'empty' };

export const sameValue = (a: CellValue, b: CellValue | undefined): boolean =>
  a.kind === b?.kind &&
  (a.kind !== 'hours' || a.hours === (b as typeof a).hours) &&
  (a.kind !== 'absence' || a.reason === (b as typeof a).reason);

/**
 * Same content: the page builds new row objects after every save, but only the rendered rows
 * (a window of ~40) are compared, and an unchanged row then skips its render.
 */
export function sameRow(a: GridRow, b: GridRow): boolean {
  if (a === b) return true;
  if (a.id !== b.id || a.name !== b.name) return false;
  if (a.cells.size !== b.cells.size || a.planned.size !== b.planned.size) return false;
  for (const [date, v] of a.cells) if (!sameValue(v, b.cells.get(date))) return false;
  for (const date of a.planned) if (!b.planned.has(date)) return false;
  return true;
}

/** A row's totals: hours (summed exactly in hundredths), days worked (hours > 0), days absent. */
export function rowTotals(values: readonly CellValue[]): {
  hours: number;
  worked: number;
  absent: number;
} {
  let hundredths = 0;
  let worked = 0;
  let absent = 0;
  for (const v of values) {
    if (v.kind === 'hours') {
      hundredths += Math.round(v.hours * 100);
      if (v.hours > 0) worked += 1;
    } else if (v.kind === 'absence') absent += 1;
  }
  return { hours: hundredths / 100, worked, absent };
}

/** What a screen reader says for a cell: `Anna Andersen, 01.10.2026: 7,5 timer`. */
export function cellLabel(name: string, dayLabel: string, value: CellValue): string {
  const what =
    value.kind === 'hours'
      ? plural(value.hours, 'time', 'timer')
      : value.kind === 'absence'
        ? ABSENCE_LABELS[value.reason]
        : 'tom';
  return `${name}, ${dayLabel}: ${what}`;
}

/** The cell's classes: weekend, absence, a planned day still empty, active, invalid input. */
export function cellClasses(
  value: CellValue,
  opts: { weekend: boolean; planned: boolean; active: boolean; invalid: boolean },
): string {
  let classes = opts.weekend ? 'cell weekend' : 'cell';
  if (value.kind === 'absence') classes += ' absence';
  else if (value.kind === 'empty' && opts.planned) classes += ' planned-missing';
  if (opts.active) classes += ' active';
  if (opts.invalid) classes += ' invalid';
  return classes;
}

/** Values typed and not yet back from the database: row id → date → value. */
export type Pending = ReadonlyMap<string, ReadonlyMap<string, CellValue>>;

/** `pending` with the changes shown; only the changed rows get a new map (their memo breaks). */
export function withPending(pending: Pending, changes: readonly CellChange[]): Pending {
  const map = new Map(pending);
  for (const c of changes) {
    const rowMap = new Map(map.get(c.rowId) ?? []);
    rowMap.set(c.date, c.value);
    map.set(c.rowId, rowMap);
  }
  return map;
}

/** `pending` without the changes again (a refused save). */
export function withoutPending(pending: Pending, changes: readonly CellChange[]): Pending {
  const map = new Map(pending);
  for (const c of changes) {
    const rowMap = new Map(map.get(c.rowId) ?? []);
    rowMap.delete(c.date);
    map.set(c.rowId, rowMap);
  }
  return map;
}

export interface KeyPress {
  key: string;
  shift?: boolean;
  /** Ctrl, Cmd or Alt held: a shortcut for the browser, not for the grid. */
  modified?: boolean;
}

/** What a key pressed on a (not edited) cell does; null leaves it to the browser. */
export type CellKeyAction =
  | { kind: 'move'; to: GridPos }
  | { kind: 'edit' }
  | { kind: 'clear' }
  | { kind: 'type'; text: string }
  | null;

export function cellKeyAction(
  pos: GridPos,
  press: KeyPress,
  rows: number,
  cols: number,
): CellKeyAction {
  const { key } = press;
  // Tab leaves the grid (no keyboard trap); arrows move inside it.
  if (press.modified || key === 'Tab') return null;
  const next = moveInGrid(pos, key, rows, cols, press.shift);
  if (next && key !== 'Enter') return { kind: 'move', to: next };
  if (key === 'Enter' || key === 'F2') return { kind: 'edit' };
  if (key === 'Delete' || key === 'Backspace') return { kind: 'clear' };
  if (key.length === 1 && /[0-9,.a-zA-ZæøåÆØÅ]/.test(key)) return { kind: 'type', text: key };
  return null;
}

/** What a key pressed in the cell editor does: Escape cancels, Enter/Tab/↑/↓ save and move. */
export type InputKeyAction = { kind: 'cancel' } | { kind: 'commit'; next: GridPos | null } | null;

export function inputKeyAction(
  pos: GridPos,
  press: KeyPress,
  rows: number,
  cols: number,
): InputKeyAction {
  const { key } = press;
  if (key === 'Escape') return { kind: 'cancel' };
  if (key === 'Enter' || key === 'Tab' || key === 'ArrowUp' || key === 'ArrowDown')
    return { kind: 'commit', next: moveInGrid(pos, key, rows, cols, press.shift) };
  return null;
}

/**
 * An edit being committed: invalid text stays in the cell with the message; valid text saves
 * the cell and the grid moves to `next` (or stays).
 */
export type EditCommit =
  { ok: false; edit: EditState } | { ok: true; change: CellChange | null; target: GridPos };

export function commitEdit(
  edit: EditState,
  rows: readonly GridRow[],
  days: readonly string[],
  next?: GridPos | null,
): EditCommit {
  const parsed = parseCellInput(edit.text);
  if (!parsed.ok) return { ok: false, edit: { ...edit, error: parsed.message } };
  const row = rows[edit.pos.row];
  const date = days[edit.pos.col];
  return {
    ok: true,
    change:
      row && date
        ? {
            rowId: row.id,
            date,
            value: parsed.value,
            ...(edit.version !== undefined ? { expected: edit.version } : {}),
            ...(edit.before !== undefined ? { before: edit.before } : {}),
          }
        : null,
    target: next ?? edit.pos,
  };
}

/**
 * A tab-separated row pasted at `start`: every value saved from there to the right (cut at the
 * month's end), or — when one value is invalid — nothing, and that cell opened with the message.
 */
export type PasteOutcome = { ok: true; changes: CellChange[] } | { ok: false; edit: EditState };

export function pasteRow(
  start: GridPos,
  text: string,
  rows: readonly GridRow[],
  days: readonly string[],
): PasteOutcome | null {
  const row = rows[start.row];
  if (!row) return null;
  const parts = splitPastedRow(text);
  const changes: CellChange[] = [];
  for (let i = 0; i < parts.length && start.col + i < days.length; i++) {
    const part = parts[i] ?? '';
    const parsed = parseCellInput(part);
    if (!parsed.ok)
      return {
        ok: false,
        edit: {
          pos: { row: start.row, col: start.col + i },
          text: part,
          error: `${parsed.message} Intet fra den indsatte række er gemt.`,
        },
      };
    changes.push({ rowId: row.id, date: days[start.col + i]!, value: parsed.value });
  }
  return { ok: true, changes };
}
