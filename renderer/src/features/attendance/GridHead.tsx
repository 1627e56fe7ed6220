// The attendance grid's fixed column widths and its header row (citizen, totals, one column
// per day). Fixed widths (`table-layout: fixed`) keep the columns steady while rows scroll in
// and out of the window, and a keystroke re-lays out one row, not the table.
import { memo, type Ref } from 'react';
import { WEEKDAY_SHORT } from '../../format';
import { weekday } from '../../../../shared/calendar';
import type { DayMeta } from './gridModel';

const NAME_WIDTH = 190;
const TOTAL_WIDTHS = [72, 52, 60] as const;
const DAY_WIDTH = 42;

/** Name, the three totals and the days: the columns besides the days. */
export const FIXED_COLUMNS = 1 + TOTAL_WIDTHS.length;

/** The table's width in px for `dayCount` day columns. */
export function gridWidth(dayCount: number): number {
  return NAME_WIDTH + TOTAL_WIDTHS.reduce((a, b) => a + b, 0) + dayCount * DAY_WIDTH;
}

export const GridColumns = memo(function GridColumns({ days }: { days: readonly DayMeta[] }) {
  return (
    <colgroup>
      <col style={{ width: NAME_WIDTH }} />
      {TOTAL_WIDTHS.map((w, i) => (
        <col key={i} style={{ width: w }} />
      ))}
      {days.map((d) => (
        <col key={d.date} style={{ width: DAY_WIDTH }} />
      ))}
    </colgroup>
  );
});

/** Memoised with the days: a keystroke does not re-render the header. */
export const GridHead = memo(function GridHead({
  days,
  headRef,
}: {
  days: readonly DayMeta[];
  headRef: Ref<HTMLTableSectionElement>;
}) {
  return (
    <thead ref={headRef}>
      <tr aria-rowindex={1}>
        <th scope="col" className="row-head">
          Borger
        </th>
        <th scope="col">Timer</th>
        <th scope="col">Dage</th>
        <th scope="col">Fravær</th>
        {days.map((d) => (
          <th key={d.date} scope="col" className={d.weekend ? 'weekend' : undefined} abbr={d.label}>
            {Number(d.date.slice(8))}
            <br />
            {WEEKDAY_SHORT[weekday(d.date)]}
          </th>
        ))}
      </tr>
    </thead>
  );
});
