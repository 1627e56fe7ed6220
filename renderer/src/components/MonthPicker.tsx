import { useId } from 'react';
import { shiftMonth } from '../../../shared/domain';
import { formatMonth } from '../format';

export function MonthPicker({
  month,
  onChange,
}: {
  month: string;
  onChange: (month: string) => void;
}) {
  const id = useId();
  return (
    <div className="month-picker">
      <button
        type="button"
        className="secondary"
        onClick={() => onChange(shiftMonth(month, -1))}
        aria-label={`Forrige måned (${formatMonth(shiftMonth(month, -1))})`}
      >
        ‹
      </button>
      <label htmlFor={id} className="visually-hidden">
        Måned
      </label>
      <input
        id={id}
        type="month"
        value={month}
        onChange={(e) => {
          if (/^\d{4}-\d{2}$/.test(e.target.value)) onChange(e.target.value);
        }}
      />
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
