// The month grid (citizens × days) that works like a spreadsheet: arrows move, typing starts
// editing, Enter commits and moves down, Tab leaves the grid, Escape cancels, Delete clears, and
// a tab-separated row pasted into a cell fills the row from there. Escape gives the cell back
// the value it had before the edit and saves nothing. Invalid input stays in the cell with a
// Danish message next to it and is never saved. What each key does is decided in gridModel.ts;
// this component holds the state and the focus. Every save carries each cell's value before, so
// the page can undo it (undoModel.ts); a cell saved to what it held is no save.
//
// Thousands of citizens: only the rows in view (plus a margin, plus the active row) are in the
// DOM — the window of components/VirtualList — each row is a memoised component, and the table
// has fixed column widths, so a keystroke re-renders and re-lays out one or two rows, not the
// month (issue 6, target < 50 ms).
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { weekday } from '../../../../shared/calendar';
import { useRowWindow, windowRows } from '../../components/VirtualList';
import { formatDate } from '../../format';
import { cellText, type CellValue, type GridPos } from './cellInput';
import { GridBody } from './GridBody';
import { GridColumns, GridHead, gridWidth } from './GridHead';
import {
  cellKeyAction,
  commitEdit as commitEditModel,
  EMPTY,
  inputKeyAction,
  pasteRow as pasteRowModel,
  withoutPending,
  withPending,
  type CellChange,
  type DayMeta,
  type EditState,
  type GridRow,
  type Pending,
  versionAt,
} from './gridModel';
import { changedOnly, type CellEdit } from './undoModel';
import { posOf, useCellHandlers } from './useCellHandlers';

export type { CellChange, GridRow } from './gridModel';

interface Props {
  days: readonly string[];
  rows: readonly GridRow[];
  readOnly: boolean;
  /** Saves the edits (each cell with its value before); false when refused (the page says why). */
  onCommit: (edits: CellEdit[]) => Promise<boolean>;
  label: string;
}

/** Row height (px); styles.css keeps every body row at exactly this height. */
export const ROW_HEIGHT = 36;

const pressOf = (e: KeyboardEvent) => ({
  key: e.key,
  shift: e.shiftKey,
  modified: e.ctrlKey || e.metaKey || e.altKey,
});

export function AttendanceGrid({ days, rows, readOnly, onCommit, label }: Props) {
  const [active, setActive] = useState<GridPos>({ row: 0, col: 0 });
  const [edit, setEdit] = useState<EditState | null>(null);
  // Whether the editor may still save: false once it was saved or cancelled, so the blur that
  // follows (focus moving back to the cell) saves nothing — Esc must not save (issue 10).
  const editOpen = useRef(false);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const focusWanted = useRef(false);
  const rowCount = rows.length;
  const colCount = days.length;
  const {
    first,
    last,
    scrollRef: wrapRef,
    onScroll,
    scrollToRow,
  } = useRowWindow({ total: rowCount, rowHeight: ROW_HEIGHT });

  // Only rendered cells exist; looked up by position instead of one ref per cell.
  const cellAt = (p: GridPos) =>
    wrapRef.current?.querySelector<HTMLTableCellElement>(
      `td[data-r="${p.row}"][data-c="${p.col}"]`,
    );

  const dayMeta = useMemo<DayMeta[]>(
    () => days.map((date) => ({ date, weekend: weekday(date) > 4, label: formatDate(date) })),
    [days],
  );

  // What was just typed, shown until the saved rows come back (they replace `rows`).
  const [pending, setPending] = useState<{ rows: readonly GridRow[]; map: Pending }>({
    rows,
    map: new Map(),
  });
  const pendingMap = pending.rows === rows ? pending.map : null;
  const rowsById = useMemo(() => new Map(rows.map((row) => [row.id, row])), [rows]);

  useLayoutEffect(() => {
    if (!edit && focusWanted.current) {
      focusWanted.current = false;
      cellAt(active)?.focus();
    }
  });

  /** Scrolls row `r` into view below the sticky header. */
  const scrollRowIntoView = (r: number) => scrollToRow(r, headRef.current?.offsetHeight ?? 0);

  const moveTo = (p: GridPos) => {
    focusWanted.current = true;
    scrollRowIntoView(p.row);
    setActive(p);
    cellAt(p)?.focus();
  };

  const valueAt = (p: GridPos): CellValue => {
    const row = rows[p.row];
    const date = days[p.col];
    if (!row || !date) return EMPTY;
    return pendingMap?.get(row.id)?.get(date) ?? row.cells.get(date) ?? EMPTY;
  };

  const startEdit = (p: GridPos, text: string) => {
    if (readOnly) return;
    editOpen.current = true;
    setActive(p);
    // What the cell held when the person began typing: the save is checked against it
    // (docs/rules.md, "Samtidige ændringer"), not against what arrives while the editor covers it.
    const version = versionAt(rows[p.row], days[p.col] ?? '');
    setEdit({ pos: p, text, version, before: valueAt(p) });
  };

  /** A cell's value as shown now (typed values not yet back from the database included). */
  const shownValue = (rowId: string, date: string): CellValue =>
    pendingMap?.get(rowId)?.get(date) ?? rowsById.get(rowId)?.cells.get(date) ?? EMPTY;

  /** Shows the values at once and saves them; a refused save drops them again. */
  const save = (all: CellChange[]) => {
    const changes = changedOnly(
      all.map((c) => ({ ...c, before: c.before ?? shownValue(c.rowId, c.date) })),
    );
    if (changes.length === 0) return;
    setPending((prev) => ({
      rows,
      map: withPending(prev.rows === rows ? prev.map : new Map(), changes),
    }));
    void onCommit(changes).then((ok) => {
      if (!ok) setPending((prev) => ({ rows: prev.rows, map: withoutPending(prev.map, changes) }));
    });
  };

  /** Parses the edit; saves and moves on when valid, else shows the message and stays. */
  const commitEdit = (next?: GridPos | null): boolean => {
    if (!edit || !editOpen.current) return true;
    const outcome = commitEditModel(edit, rows, days, next);
    if (!outcome.ok) {
      setEdit(outcome.edit);
      return false;
    }
    editOpen.current = false;
    setEdit(null);
    focusWanted.current = true;
    scrollRowIntoView(outcome.target.row);
    setActive(outcome.target);
    if (outcome.change) save([outcome.change]);
    return true;
  };

  const pasteRow = (start: GridPos, text: string) => {
    if (readOnly) return;
    const outcome = pasteRowModel(start, text, rows, days);
    if (!outcome) return;
    if (!outcome.ok) {
      editOpen.current = true;
      setActive(outcome.edit.pos);
      setEdit(outcome.edit);
      return;
    }
    editOpen.current = false;
    setEdit(null);
    focusWanted.current = true;
    save(outcome.changes);
  };

  const onCellKeyDown = (e: KeyboardEvent<HTMLTableCellElement>) => {
    const p = posOf(e.currentTarget);
    const action = cellKeyAction(p, pressOf(e), rowCount, colCount);
    if (!action) return;
    e.preventDefault();
    switch (action.kind) {
      case 'move':
        moveTo(action.to);
        return;
      case 'edit':
        startEdit(p, cellText(valueAt(p)));
        return;
      case 'clear': {
        const row = rows[p.row];
        const date = days[p.col];
        if (!readOnly && row && date) save([{ rowId: row.id, date, value: EMPTY }]);
        return;
      }
      case 'type':
        startEdit(p, action.text);
    }
  };

  const onInputKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!edit) return;
    const action = inputKeyAction(edit.pos, pressOf(e), rowCount, colCount);
    if (!action) return;
    e.preventDefault();
    if (action.kind === 'cancel') {
      editOpen.current = false;
      setEdit(null);
      moveTo(edit.pos);
    } else commitEdit(action.next);
  };

  const { handlers, inputEl } = useCellHandlers(
    { onCellKeyDown, onInputKeyDown, commitEdit, pasteRow, startEdit, valueAt, edit, active },
    setActive,
    setEdit,
  );
  useEffect(() => {
    if (edit) inputEl.current?.focus();
  }, [edit, inputEl]);

  // Rendered rows: the window around the scroll position, plus the active and edited rows so
  // focus and the roving tab stop survive scrolling away with the mouse. Gaps are spacer rows.
  const indices = windowRows({ first, last }, [active.row, edit?.pos.row ?? -1], rowCount);

  const errorRow = edit?.error ? rows[edit.pos.row] : undefined;
  const errorDate = edit?.error ? days[edit.pos.col] : undefined;
  return (
    <>
      <p className="grid-error" aria-hidden="true">
        {edit?.error && errorRow && errorDate
          ? `${errorRow.name}, ${formatDate(errorDate)}: ${edit.error}`
          : ''}
      </p>
      <div className="att-grid-wrap" ref={wrapRef} onScroll={onScroll}>
        <table
          className="att-grid"
          role="grid"
          aria-label={label}
          aria-readonly={readOnly || undefined}
          aria-rowcount={rowCount + 1}
          style={{ width: gridWidth(colCount) }}
        >
          <GridColumns days={dayMeta} />
          <GridHead days={dayMeta} headRef={headRef} />
          <GridBody
            rows={rows}
            indices={indices}
            days={dayMeta}
            active={active}
            edit={edit}
            pending={pendingMap}
            handlers={handlers}
            rowHeight={ROW_HEIGHT}
          />
        </table>
      </div>
    </>
  );
}
