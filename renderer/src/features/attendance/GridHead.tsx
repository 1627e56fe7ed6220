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

/**
 * Where each sum column sticks (`left`, px): right of the name and the sums before it, so the
 * citizen and the sums stay in view while the days scroll sideways at 1366×768 (issue 10).
 */
export const SUM_STYLES = TOTAL_WIDTHS.map((_, i) => ({
  left: NAME_WIDTH + TOTAL_WIDTHS.slice(0, i).reduce((a, b) => a + b, 0),
}));

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
        {['Timer', 'Dage', 'Fravær'].map((name, i) => (
          <th key={name} scope="col" className={i === 2 ? 'sum last' : 'sum'} style={SUM_STYLES[i]}>
            {name}
          </th>
        ))}
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
