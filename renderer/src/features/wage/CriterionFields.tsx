// One criterion's 0–4 scale and the help-need choice (docs/rules.md §2), as radio groups.
import { useId, type ReactNode } from 'react';
import {
  CRITERION_LABELS,
  HELP_NEED_LABELS,
  HELP_NEEDS,
  SCORE_LABELS,
  type Criterion,
  type HelpNeed,
} from '../../../../shared/domain/criteria';

export function ScoreField({
  criterion,
  value,
  onChange,
  error,
  suggestion,
}: {
  criterion: Criterion;
  value: number | null;
  onChange: (v: number) => void;
  error?: string | undefined;
  suggestion?: ReactNode;
}) {
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset
      className="criterion"
      aria-describedby={error ? errorId : undefined}
      data-testid={`criterion-${criterion}`}
    >
      <legend>{CRITERION_LABELS[criterion]}</legend>
      <div className="scale">
        {SCORE_LABELS.map((label, score) => (
          <label key={score}>
            <input
              type="radio"
              name={name}
              value={score}
              checked={value === score}
              onChange={() => onChange(score)}
            />
            <span>
              <strong>{score}</strong> {label}
            </span>
          </label>
        ))}
      </div>
      {suggestion}
      {error ? (
        <p id={errorId} className="error cell-error" role="alert">
          {CRITERION_LABELS[criterion]}: {error}
        </p>
      ) : null}
    </fieldset>
  );
}

export function HelpNeedField({
  value,
  onChange,
  error,
}: {
  value: HelpNeed | null;
  onChange: (v: HelpNeed) => void;
  error?: string | undefined;
}) {
  const name = useId();
  return (
    <fieldset className="criterion" data-testid="criterion-helpNeed">
      <legend>Hjælpebehov i løbet af arbejdsdagen</legend>
      <div className="help-options">
        {HELP_NEEDS.map((h) => (
          <label key={h}>
            <input
              type="radio"
              name={name}
              value={h}
              checked={value === h}
              onChange={() => onChange(h)}
            />
            <span>{HELP_NEED_LABELS[h]}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="error cell-error" role="alert">
          Hjælpebehov: {error}
        </p>
      ) : null}
    </fieldset>
  );
}
