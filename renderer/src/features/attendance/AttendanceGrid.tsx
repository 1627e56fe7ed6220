// The month grid (citizens × days) that works like a spreadsheet: arrows move, typing starts
// editing, Enter commits and moves down, Tab right, Escape cancels, Delete clears, and a
// tab-separated row pasted into a cell fills the row from there. Invalid input stays in the
// cell with a Danish message next to it and is never saved.
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
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

export function AttendanceGrid({ days, rows, readOnly, onCommit, label }: Props) {
  const [active, setActive] = useState<GridPos>({ row: 0, col: 0 });
  const [edit, setEdit] = useState<EditState | null>(null);
  const cellRefs = useRef(new Map<string, HTMLTableCellElement>());
  const inputRef = useRef<HTMLInputElement>(null);
  const focusWanted = useRef(false);

  const key = (p: GridPos) => `${p.row}:${p.col}`;
  const rowCount = rows.length;
  const colCount = days.length;

  // What was just typed, shown until the saved rows come back (they replace `rows`).
  const [pending, setPending] = useState<{ rows: readonly GridRow[]; map: Map<string, CellValue> }>(
    { rows, map: new Map() },
  );
  const pendingMap = pending.rows === rows ? pending.map : null;

  useEffect(() => {
    if (edit) inputRef.current?.focus();
  }, [edit]);
  useLayoutEffect(() => {
    if (!edit && focusWanted.current) {
      focusWanted.current = false;
      cellRefs.current.get(key(active))?.focus();
    }
  });

  const moveTo = (p: GridPos) => {
    focusWanted.current = true;
    setActive(p);
    cellRefs.current.get(key(p))?.focus();
  };

  const valueAt = (p: GridPos): CellValue => {
    const row = rows[p.row];
    const date = days[p.col];
    if (!row || !date) return { kind: 'empty' };
    return pendingMap?.get(`${row.id}|${date}`) ?? row.cells.get(date) ?? { kind: 'empty' };
  };

  const startEdit = (p: GridPos, text: string) => {
    if (readOnly) return;
    setActive(p);
    setEdit({ pos: p, text });
  };

  /** Shows the values at once and saves them; a refused save drops them again. */
  const save = (changes: CellChange[]) => {
    const k = (c: CellChange) => `${c.rowId}|${c.date}`;
    setPending((prev) => {
      const map = new Map(prev.rows === rows ? prev.map : []);
      for (const c of changes) map.set(k(c), c.value);
      return { rows, map };
    });
    void onCommit(changes).then((ok) => {
      if (!ok)
        setPending((prev) => {
          const map = new Map(prev.map);
          for (const c of changes) map.delete(k(c));
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
    setActive(next ?? edit.pos);
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

  const onCellKeyDown = (e: KeyboardEvent<HTMLTableCellElement>, p: GridPos) => {
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

  const totals = (row: GridRow, r: number) => {
    let hours = 0;
    let worked = 0;
    let absent = 0;
    for (const v of days.map((_, c) => valueAt({ row: r, col: c }))) {
      if (v.kind === 'hours') {
        hours += Math.round(v.hours * 100);
        if (v.hours > 0) worked += 1;
      } else if (v.kind === 'absence') absent += 1;
    }
    return { hours: hours / 100, worked, absent };
  };

  const errorRow = edit?.error ? rows[edit.pos.row] : undefined;
  const errorDate = edit?.error ? days[edit.pos.col] : undefined;
  return (
    <>
      <p className="grid-error" aria-hidden="true">
        {edit?.error && errorRow && errorDate
          ? `${errorRow.name}, ${formatDate(errorDate)}: ${edit.error}`
          : ''}
      </p>
      <div className="att-grid-wrap">
        <table
          className="att-grid"
          role="grid"
          aria-label={label}
          aria-readonly={readOnly || undefined}
        >
          <thead>
            <tr>
              <th scope="col" className="row-head">
                Borger
              </th>
              <th scope="col">Timer</th>
              <th scope="col">Dage</th>
              <th scope="col">Fravær</th>
              {days.map((d) => {
                const wd = weekday(d);
                return (
                  <th
                    key={d}
                    scope="col"
                    className={wd > 4 ? 'weekend' : undefined}
                    abbr={formatDate(d)}
                  >
                    {Number(d.slice(8))}
                    <br />
                    {WEEKDAY_SHORT[wd]}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => {
              const t = totals(row, r);
              return (
                <tr key={row.id}>
                  <th scope="row" className="row-head">
                    {row.name}
                  </th>
                  <td className="total num" data-testid={`total-hours-${row.id}`}>
                    {formatHours(t.hours)}
                  </td>
                  <td className="total num">{t.worked}</td>
                  <td className="total num">{t.absent}</td>
                  {days.map((d, c) => {
                    const p = { row: r, col: c };
                    const isActive = active.row === r && active.col === c;
                    const editing = edit && edit.pos.row === r && edit.pos.col === c ? edit : null;
                    const value = valueAt(p);
                    const wd = weekday(d);
                    const classes = [
                      'cell',
                      wd > 4 ? 'weekend' : '',
                      value.kind === 'absence' ? 'absence' : '',
                      value.kind === 'empty' && row.planned.has(d) ? 'planned-missing' : '',
                      isActive ? 'active' : '',
                      editing?.error ? 'invalid' : '',
                    ]
                      .filter(Boolean)
                      .join(' ');
                    const errorId = `cell-error-${r}-${c}`;
                    return (
                      <td
                        key={d}
                        ref={(el) => {
                          if (el) cellRefs.current.set(key(p), el);
                          else cellRefs.current.delete(key(p));
                        }}
                        role="gridcell"
                        className={classes}
                        tabIndex={isActive && !editing ? 0 : -1}
                        aria-label={`${row.name}, ${formatDate(d)}: ${
                          value.kind === 'hours'
                            ? `${formatHours(value.hours)} timer`
                            : value.kind === 'absence'
                              ? ABSENCE_LABELS[value.reason]
                              : 'tom'
                        }`}
                        data-date={d}
                        data-row={row.id}
                        onKeyDown={editing ? undefined : (e) => onCellKeyDown(e, p)}
                        onClick={() => setActive(p)}
                        onDoubleClick={() => startEdit(p, cellText(value))}
                        onPaste={(e) => {
                          if (editing) return;
                          e.preventDefault();
                          pasteRow(p, e.clipboardData.getData('text/plain'));
                        }}
                        onFocus={() => {
                          if (!isActive) setActive(p);
                        }}
                      >
                        {editing ? (
                          <>
                            <input
                              ref={inputRef}
                              aria-label={`Timer eller fravær for ${row.name} ${formatDate(d)}`}
                              aria-invalid={editing.error ? true : undefined}
                              aria-describedby={editing.error ? errorId : undefined}
                              value={editing.text}
                              onChange={(e) =>
                                setEdit({ ...editing, text: e.target.value, error: undefined })
                              }
                              onKeyDown={onInputKeyDown}
                              onPaste={(e) => {
                                const text = e.clipboardData.getData('text/plain');
                                if (text.includes('\t')) {
                                  e.preventDefault();
                                  pasteRow(p, text);
                                }
                              }}
                              onBlur={() => {
                                // Leaving the cell with the mouse: save when valid, keep it open when not.
                                if (!editing.error) commitEdit();
                              }}
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
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
