// dates only: the domain barrel would pull its zod schemas into the first chunk.
import { shiftMonth } from '../../../shared/calendar';
import { formatMonth, formatMonthTitle } from '../format';

/** The working month: previous / next, shown in Danish whatever the system's locale. */
export function MonthPicker({
  month,
  onChange,
}: {
  month: string;
  onChange: (month: string) => void;
}) {
  return (
    <div className="month-picker" role="group" aria-label="Måned">
      <button
        type="button"
        className="secondary"
        onClick={() => onChange(shiftMonth(month, -1))}
        aria-label={`Forrige måned (${formatMonth(shiftMonth(month, -1))})`}
      >
        ‹
      </button>
      <span className="month-name" aria-live="polite" data-testid="month-name">
        {formatMonthTitle(month)}
      </span>
      <button
        type="button"
        className="secondary"
        onClick={() => onChange(shiftMonth(month, 1))}
        aria-label={`Næste måned (${formatMonth(shiftMonth(month, 1))})`}
      >
        ›
      </button>
    </div>
  );
}
