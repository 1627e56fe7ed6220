// One citizen's row of the attendance grid: name, totals and a cell per day. Memoised: a
// keystroke re-renders the row it lands in (and the row it left), never the month (issue 6).
import {
  memo,
  type ClipboardEvent,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { formatHours } from '../../format';
import { cellText, type CellValue } from './cellInput';
import { SUM_STYLES } from './GridHead';
import {
  cellClasses,
  cellLabel,
  EMPTY,
  rowTotals,
  sameRow,
  type DayMeta,
  type EditState,
  type GridRow,
} from './gridModel';

/** The cell handlers, stable for the grid's lifetime; they read the cell from data-r / data-c. */
export interface Handlers {
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

export const GridRowView = memo(
  function GridRowView({ row, r, days, activeCol, edit, pending, handlers: h }: RowProps) {
    const values = days.map((d) => pending?.get(d.date) ?? row.cells.get(d.date) ?? EMPTY);
    const totals = rowTotals(values);
    return (
      <tr aria-rowindex={r + 2}>
        <th scope="row" className="row-head" title={row.name}>
          {row.name}
        </th>
        <td className="total num" style={SUM_STYLES[0]} data-testid={`total-hours-${row.id}`}>
          {formatHours(totals.hours)}
        </td>
        <td className="total num" style={SUM_STYLES[1]}>
          {totals.worked}
        </td>
        <td className="total num last" style={SUM_STYLES[2]}>
          {totals.absent}
        </td>
        {days.map((d, c) => {
          const value = values[c]!;
          const isActive = activeCol === c;
          const editing = edit && edit.pos.col === c ? edit : null;
          const errorId = `cell-error-${r}-${c}`;
          return (
            <td
              key={d.date}
              role="gridcell"
              className={cellClasses(value, {
                weekend: d.weekend,
                planned: row.planned.has(d.date),
                active: isActive,
                invalid: Boolean(editing?.error),
              })}
              tabIndex={isActive && !editing ? 0 : -1}
              aria-label={cellLabel(row.name, d.label, value)}
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
