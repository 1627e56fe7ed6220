import { useId, type ReactNode } from 'react';

/** The controlled part of a radio group: the choice, its setter and its Danish message. */
export interface Choice<T> {
  value: T | null;
  onChange: (value: T) => void;
  error?: string | undefined;
}

/**
 * A labelled radio group: one fieldset, its legend, a radio per option, and the Danish error
 * naming the group (`errorLabel: error`), which also describes the fieldset. `children` stand
 * between the options and the error (a suggestion, for instance).
 */
export function RadioGroup<T extends string | number>({
  legend,
  errorLabel = legend,
  options,
  value,
  onChange,
  error,
  className,
  optionsClassName,
  testId,
  children,
}: Choice<T> & {
  legend: string;
  errorLabel?: string;
  options: readonly { value: T; label: ReactNode }[];
  className?: string;
  optionsClassName?: string;
  testId?: string;
  children?: ReactNode;
}) {
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset
      className={className}
      aria-describedby={error ? errorId : undefined}
      data-testid={testId}
    >
      <legend>{legend}</legend>
      <div className={optionsClassName}>
        {options.map((o) => (
          <label key={o.value}>
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {children}
      {error ? (
        <p id={errorId} className="error cell-error" role="alert">
          {errorLabel}: {error}
        </p>
      ) : null}
    </fieldset>
  );
}
