// dates only: the domain barrel would pull its zod schemas into the first chunk.
import { shiftMonth } from '../../../shared/calendar';
import { formatMonth, formatMonthTitle } from '../format';

interface MonthPickerProps {
  month: string;
  onChange: (month: string) => void;
}

/** The working month: previous / next, shown in Danish whatever the system's locale. */
export function MonthPicker({ month, onChange }: MonthPickerProps) {
  const step = (by: -1 | 1, name: string, arrow: string) => {
    const to = shiftMonth(month, by);
    return (
      <button
        type="button"
        className="secondary"
        onClick={() => onChange(to)}
        aria-label={`${name} (${formatMonth(to)})`}
      >
        {arrow}
      </button>
    );
  };
  return (
    <div className="month-picker" role="group" aria-label="Måned">
      {step(-1, 'Forrige måned', '‹')}
      <span className="month-name" aria-live="polite" data-testid="month-name">
        {formatMonthTitle(month)}
      </span>
      {step(1, 'Næste måned', '›')}
    </div>
  );
}
