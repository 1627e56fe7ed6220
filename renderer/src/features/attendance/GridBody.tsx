// The grid's body: the rendered rows (the window plus the kept active/edited rows) with spacer
// rows for the gaps, so the scroll height and aria-rowindex stay those of every row.
import type { ReactNode } from 'react';
import type { GridPos } from './cellInput';
import { FIXED_COLUMNS } from './GridHead';
import type { DayMeta, EditState, GridRow, Pending } from './gridModel';
import { GridRowView, type Handlers } from './GridRowView';

interface Props {
  rows: readonly GridRow[];
  /** The row indices to render, ascending (VirtualList's windowRows). */
  indices: readonly number[];
  days: readonly DayMeta[];
  active: GridPos;
  edit: EditState | null;
  pending: Pending | null;
  handlers: Handlers;
  rowHeight: number;
}

export function GridBody({
  rows,
  indices,
  days,
  active,
  edit,
  pending,
  handlers,
  rowHeight,
}: Props) {
  const body: ReactNode[] = [];
  let next = 0;
  const spacer = (from: number, to: number) => (
    <tr key={`gap-${from}`} className="gap" aria-hidden="true">
      <td colSpan={days.length + FIXED_COLUMNS} style={{ height: (to - from) * rowHeight }} />
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
        days={days}
        activeCol={active.row === r ? active.col : null}
        edit={edit && edit.pos.row === r ? edit : null}
        pending={pending?.get(row.id)}
        handlers={handlers}
      />,
    );
    next = r + 1;
  }
  if (next < rows.length) body.push(spacer(next, rows.length));
  return <tbody>{body}</tbody>;
}
