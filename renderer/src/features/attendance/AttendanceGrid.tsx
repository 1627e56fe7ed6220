// The month grid (citizens × days) that works like a spreadsheet: arrows move, typing starts
// editing, Enter commits and moves down, Tab leaves the grid, Escape cancels, Delete clears, and
// a tab-separated row pasted into a cell fills the row from there. Invalid input stays in the
// cell with a Danish message next to it and is never saved.
//
// Thousands of citizens: only the rows in view (plus a margin, plus the active row) are in the
// DOM, each row is a memoised component, and the table has fixed column widths, so a keystroke
// re-renders and re-lays out one or two rows, not the month (issue 6, target < 50 ms).
import {
  memo,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { weekday } from '../../../../shared/domain';
import { formatDate, formatHours, WEEKDAY_SHORT } from '../../format';
import {
  ABSENCE_LABELS,
  cellText,
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
}

export interface CellChange {
  rowId: string;
  date: string;
  value: CellValue;
}

interface Props {
  days: readonly string[];
  rows: readonly GridRow[];
  readOnly: boolean;
  /** Saves; resolves false when nothing was saved (the page shows why). */
  onCommit: (changes: CellChange[]) => Promise<boolean>;
  label: string;
}

interface EditState {
  pos: GridPos;
  text: string;
  error?: string | undefined;
}

interface DayMeta {
  date: string;
  weekend: boolean;
  label: string;
}

/** Column widths (px) for `table-layout: fixed`; styles.css keeps rows at ROW_HEIGHT. */
export const ROW_HEIGHT = 36;
const NAME_WIDTH = 190;
const TOTAL_WIDTHS = [72, 52, 60] as const;
const DAY_WIDTH = 42;
/** Rows rendered above and below the visible ones. */
const OVERSCAN = 8;

const EMPTY: CellValue = { kind: 'empty' };

/** The cell handlers, stable for the grid's lifetime; they read the cell from data-r / data-c. */
interface Handlers {
  keyDown: (e: KeyboardEvent<HTMLTableCellElement>) => void;
  click: (e: MouseEvent<HTMLTableCellElement>) => void;
  doubleClick: (e: MouseEvent<HTMLTableCellElement>) => void;
  paste: (e: ClipboardEvent<HTMLTableCellElement>) => void;
  focus: (e: FocusEvent<HTMLTableCellElement>) => void;
  inputChange: (text: string) => void;
  inputKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
  inputPaste: (e: ClipboardEvent<HTMLInputElement>) => void;
  inputBlur: () => void;
  inputRef: (el: HTMLInputElement | null) => void;
}

const posOf = (el: HTMLElement): GridPos => ({
  row: Number(el.dataset.r),
  col: Number(el.dataset.c),
});

interface RowProps {
  row: GridRow;
  r: number;
  days: readonly DayMeta[];
  /** The active column when this is the active row, else null. */
  activeCol: number | null;
  /** The edit when it is in this row, else null. */
  edit: EditState | null;
  /** Values typed in this row and not yet back from the database. */
  pending: ReadonlyMap<string, CellValue> | undefined;
  handlers: Handlers;
}

const sameValue = (a: CellValue, b: CellValue | undefined) =>
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

const GridRowView = memo(
  function GridRowView({ row, r, days, activeCol, edit, pending, handlers: h }: RowProps) {
    const values = days.map((d) => pending?.get(d.date) ?? row.cells.get(d.date) ?? EMPTY);
    let hundredths = 0;
    let worked = 0;
    let absent = 0;
    for (const v of values) {
      if (v.kind === 'hours') {
        hundredths += Math.round(v.hours * 100);
        if (v.hours > 0) worked += 1;
      } else if (v.kind === 'absence') absent += 1;
    }
    return (
      <tr aria-rowindex={r + 2}>
        <th scope="row" className="row-head" title={row.name}>
          {row.name}
        </th>
        <td className="total num" data-testid={`total-hours-${row.id}`}>
          {formatHours(hundredths / 100)}
        </td>
        <td className="total num">{worked}</td>
        <td className="total num">{absent}</td>
        {days.map((d, c) => {
          const value = values[c]!;
          const isActive = activeCol === c;
          const editing = edit && edit.pos.col === c ? edit : null;
          let classes = d.weekend ? 'cell weekend' : 'cell';
          if (value.kind === 'absence') classes += ' absence';
          else if (value.kind === 'empty' && row.planned.has(d.date)) classes += ' planned-missing';
          if (isActive) classes += ' active';
          if (editing?.error) classes += ' invalid';
          const errorId = `cell-error-${r}-${c}`;
          return (
            <td
              key={d.date}
              role="gridcell"
              className={classes}
              tabIndex={isActive && !editing ? 0 : -1}
              aria-label={`${row.name}, ${d.label}: ${
                value.kind === 'hours'
                  ? `${formatHours(value.hours)} timer`
                  : value.kind === 'absence'
                    ? ABSENCE_LABELS[value.reason]
                    : 'tom'
              }`}
              data-date={d.date}
              data-row={row.id}
              data-r={r}
              data-c={c}
              onKeyDown={editing ? undefined : h.keyDown}
              onClick={h.click}
              onDoubleClick={h.doubleClick}
              onPaste={editing ? undefined : h.paste}
              onFocus={h.focus}
            >
              {editing ? (
                <>
                  <input
                    ref={h.inputRef}
                    aria-label={`Timer eller fravær for ${row.name} ${d.label}`}
                    aria-invalid={editing.error ? true : undefined}
                    aria-describedby={editing.error ? errorId : undefined}
                    value={editing.text}
                    onChange={(e) => h.inputChange(e.target.value)}
                    onKeyDown={h.inputKeyDown}
                    onPaste={h.inputPaste}
                    onBlur={h.inputBlur}
                  />
                  {editing.error ? (
                    <span id={errorId} className="cell-error-pop" role="alert">
                      {editing.error}
                    </span>
                  ) : null}
                </>
              ) : (
                cellText(value)
              )}
            </td>
          );
        })}
      </tr>
    );
  },
  (prev, next) =>
    prev.r === next.r &&
    prev.days === next.days &&
    prev.activeCol === next.activeCol &&
    prev.edit === next.edit &&
    prev.pending === next.pending &&
    prev.handlers === next.handlers &&
    sameRow(prev.row, next.row),
);

/** Which rows to render for a scroll position: the visible ones plus the overscan margin. */
export function rowWindow(
  scrollTop: number,
  viewHeight: number,
  rowCount: number,
): { first: number; last: number } {
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rowCount, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN);
  return { first, last };
}

/** Rows pending save: row id → date → value. */
type Pending = ReadonlyMap<string, ReadonlyMap<string, CellValue>>;

export function AttendanceGrid({ days, rows, readOnly, onCommit, label }: Props) {
  const [active, setActive] = useState<GridPos>({ row: 0, col: 0 });
  const [edit, setEdit] = useState<EditState | null>(null);
  const inputEl = useRef<HTMLInputElement | null>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const focusWanted = useRef(false);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(800);

  // Only rendered cells exist; looked up by position instead of one ref per cell.
  const cellAt = (p: GridPos) =>
    wrapRef.current?.querySelector<HTMLTableCellElement>(
      `td[data-r="${p.row}"][data-c="${p.col}"]`,
    );
  const rowCount = rows.length;
  const colCount = days.length;

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

  useEffect(() => {
    const wrap = wrapRef.current;
    if (!wrap) return;
    const measure = () => setViewHeight(wrap.clientHeight);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(wrap);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (edit) inputEl.current?.focus();
  }, [edit]);
  useLayoutEffect(() => {
    if (!edit && focusWanted.current) {
      focusWanted.current = false;
      cellAt(active)?.focus();
    }
  });

  /** Scrolls row `r` into view below the sticky header; returns the new scrollTop. */
  const scrollRowIntoView = (r: number) => {
    const wrap = wrapRef.current;
    if (!wrap) return;
    const head = headRef.current?.offsetHeight ?? 0;
    const top = r * ROW_HEIGHT;
    const view = wrap.clientHeight - head;
    let next = wrap.scrollTop;
    if (top < next) next = top;
    else if (top + ROW_HEIGHT > next + view) next = top + ROW_HEIGHT - view;
    if (next !== wrap.scrollTop) {
      wrap.scrollTop = next;
      // Render the target's window now, not on the scroll event, so the focus lands on it.
      setScrollTop(wrap.scrollTop);
    }
  };

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
    setActive(p);
    setEdit({ pos: p, text });
  };

  /** Shows the values at once and saves them; a refused save drops them again. */
  const save = (changes: CellChange[]) => {
    // Only the changed rows get a new map, so the others keep their memoised render.
    setPending((prev) => {
      const map = new Map(prev.rows === rows ? prev.map : []);
      for (const c of changes) {
        const rowMap = new Map(map.get(c.rowId) ?? []);
        rowMap.set(c.date, c.value);
        map.set(c.rowId, rowMap);
      }
      return { rows, map };
    });
    void onCommit(changes).then((ok) => {
      if (!ok)
        setPending((prev) => {
          const map = new Map(prev.map);
          for (const c of changes) {
            const rowMap = new Map(map.get(c.rowId) ?? []);
            rowMap.delete(c.date);
            map.set(c.rowId, rowMap);
          }
          return { rows: prev.rows, map };
        });
    });
  };

  /** Parses the edit; saves and moves on when valid, else shows the message and stays. */
  const commitEdit = (next?: GridPos | null): boolean => {
    if (!edit) return true;
    const parsed = parseCellInput(edit.text);
    if (!parsed.ok) {
      setEdit({ ...edit, error: parsed.message });
      return false;
    }
    const row = rows[edit.pos.row];
    const date = days[edit.pos.col];
    setEdit(null);
    focusWanted.current = true;
    const target = next ?? edit.pos;
    scrollRowIntoView(target.row);
    setActive(target);
    if (row && date) save([{ rowId: row.id, date, value: parsed.value }]);
    return true;
  };

  const pasteRow = (start: GridPos, text: string) => {
    if (readOnly) return;
    const parts = splitPastedRow(text);
    const row = rows[start.row];
    if (!row) return;
    const changes: CellChange[] = [];
    for (let i = 0; i < parts.length && start.col + i < colCount; i++) {
      const parsed = parseCellInput(parts[i] ?? '');
      const date = days[start.col + i]!;
      if (!parsed.ok) {
        setActive({ row: start.row, col: start.col + i });
        setEdit({
          pos: { row: start.row, col: start.col + i },
          text: parts[i] ?? '',
          error: `${parsed.message} Intet fra den indsatte række er gemt.`,
        });
        return;
      }
      changes.push({ rowId: row.id, date, value: parsed.value });
    }
    setEdit(null);
    focusWanted.current = true;
    save(changes);
  };

  const onCellKeyDown = (e: KeyboardEvent<HTMLTableCellElement>) => {
    const p = posOf(e.currentTarget);
    // Tab leaves the grid (no keyboard trap); arrows move inside it.
    if (e.ctrlKey || e.metaKey || e.altKey || e.key === 'Tab') return;
    const next = moveInGrid(p, e.key, rowCount, colCount, e.shiftKey);
    if (next && e.key !== 'Enter') {
      e.preventDefault();
      moveTo(next);
      return;
    }
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      startEdit(p, cellText(valueAt(p)));
      return;
    }
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      const row = rows[p.row];
      const date = days[p.col];
      if (!readOnly && row && date)
        void onCommit([{ rowId: row.id, date, value: { kind: 'empty' } }]);
      return;
    }
    if (e.key.length === 1 && /[0-9,.a-zA-ZæøåÆØÅ]/.test(e.key)) {
      e.preventDefault();
      startEdit(p, e.key);
    }
  };

  const onInputKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!edit) return;
    const p = edit.pos;
    if (e.key === 'Escape') {
      e.preventDefault();
      setEdit(null);
      moveTo(p);
      return;
    }
    if (e.key === 'Enter' || e.key === 'Tab' || e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      commitEdit(moveInGrid(p, e.key, rowCount, colCount, e.shiftKey));
    }
  };

  // The latest closures, for the stable handlers below (set after each commit, before events).
  const latest = useRef({
    onCellKeyDown,
    onInputKeyDown,
    commitEdit,
    pasteRow,
    startEdit,
    valueAt,
    edit,
    active,
  });
  useLayoutEffect(() => {
    latest.current = {
      onCellKeyDown,
      onInputKeyDown,
      commitEdit,
      pasteRow,
      startEdit,
      valueAt,
      edit,
      active,
    };
  });

  const handlers = useMemo<Handlers>(
    () => ({
      keyDown: (e) => latest.current.onCellKeyDown(e),
      click: (e) => {
        const p = posOf(e.currentTarget);
        const a = latest.current.active;
        if (a.row !== p.row || a.col !== p.col) setActive(p);
      },
      doubleClick: (e) => {
        const p = posOf(e.currentTarget);
        latest.current.startEdit(p, cellText(latest.current.valueAt(p)));
      },
      paste: (e) => {
        e.preventDefault();
        latest.current.pasteRow(posOf(e.currentTarget), e.clipboardData.getData('text/plain'));
      },
      focus: (e) => {
        const p = posOf(e.currentTarget);
        const a = latest.current.active;
        if (a.row !== p.row || a.col !== p.col) setActive(p);
      },
      inputChange: (text) =>
        setEdit((current) => (current ? { ...current, text, error: undefined } : current)),
      inputKeyDown: (e) => latest.current.onInputKeyDown(e),
      inputPaste: (e) => {
        const current = latest.current.edit;
        const text = e.clipboardData.getData('text/plain');
        if (current && text.includes('\t')) {
          e.preventDefault();
          latest.current.pasteRow(current.pos, text);
        }
      },
      inputBlur: () => {
        // Leaving the cell with the mouse: save when valid, keep it open when not.
        const current = latest.current.edit;
        if (current && !current.error) latest.current.commitEdit();
      },
      inputRef: (el) => {
        inputEl.current = el;
      },
    }),
    [],
  );

  // Rendered rows: the window around the scroll position, plus the active and edited rows so
  // focus and the roving tab stop survive scrolling away with the mouse.
  const { first, last } = rowWindow(scrollTop, viewHeight, rowCount);
  const extra = [active.row, edit?.pos.row ?? -1]
    .filter((r) => r >= 0 && r < rowCount && (r < first || r >= last))
    .sort((a, b) => a - b);
  const indices: number[] = [];
  for (const r of extra) if (r < first && !indices.includes(r)) indices.push(r);
  for (let r = first; r < last; r++) indices.push(r);
  for (const r of extra) if (r >= last && !indices.includes(r)) indices.push(r);

  const body: ReactNode[] = [];
  let next = 0;
  const spacer = (from: number, to: number) => (
    <tr key={`gap-${from}`} className="gap" aria-hidden="true">
      <td colSpan={colCount + 4} style={{ height: (to - from) * ROW_HEIGHT }} />
    </tr>
  );
  for (const r of indices) {
    if (r > next) body.push(spacer(next, r));
    const row = rows[r]!;
    body.push(
      <GridRowView
        key={row.id}
        row={row}
        r={r}
        days={dayMeta}
        activeCol={active.row === r ? active.col : null}
        edit={edit && edit.pos.row === r ? edit : null}
        pending={pendingMap?.get(row.id)}
        handlers={handlers}
      />,
    );
    next = r + 1;
  }
  if (next < rowCount) body.push(spacer(next, rowCount));

  const errorRow = edit?.error ? rows[edit.pos.row] : undefined;
  const errorDate = edit?.error ? days[edit.pos.col] : undefined;
  const tableWidth = NAME_WIDTH + TOTAL_WIDTHS.reduce((a, b) => a + b, 0) + colCount * DAY_WIDTH;
  return (
    <>
      <p className="grid-error" aria-hidden="true">
        {edit?.error && errorRow && errorDate
          ? `${errorRow.name}, ${formatDate(errorDate)}: ${edit.error}`
          : ''}
      </p>
      <div
        className="att-grid-wrap"
        ref={wrapRef}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      >
        <table
          className="att-grid"
          role="grid"
          aria-label={label}
          aria-readonly={readOnly || undefined}
          aria-rowcount={rowCount + 1}
          style={{ width: tableWidth }}
        >
          <colgroup>
            <col style={{ width: NAME_WIDTH }} />
            {TOTAL_WIDTHS.map((w, i) => (
              <col key={i} style={{ width: w }} />
            ))}
            {days.map((d) => (
              <col key={d} style={{ width: DAY_WIDTH }} />
            ))}
          </colgroup>
          <thead ref={headRef}>
            <tr aria-rowindex={1}>
              <th scope="col" className="row-head">
                Borger
              </th>
              <th scope="col">Timer</th>
              <th scope="col">Dage</th>
              <th scope="col">Fravær</th>
              {dayMeta.map((d) => (
                <th
                  key={d.date}
                  scope="col"
                  className={d.weekend ? 'weekend' : undefined}
                  abbr={d.label}
                >
                  {Number(d.date.slice(8))}
                  <br />
                  {WEEKDAY_SHORT[weekday(d.date)]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{body}</tbody>
        </table>
      </div>
    </>
  );
}
