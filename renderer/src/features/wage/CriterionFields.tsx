// One criterion's 0–4 scale and the help-need choice (docs/rules.md §2), as radio groups.
import type { ReactNode } from 'react';
import {
  CRITERION_LABELS,
  HELP_NEED_LABELS,
  HELP_NEEDS,
  SCORE_LABELS,
  type Criterion,
  type HelpNeed,
} from '../../../../shared/domain/criteria';
import { RadioGroup, type Choice } from '../../components/RadioGroup';

/** A criterion's scale: `0 Ingen` … `4 …`, the score in bold. */
const scoreGroup = (criterion: Criterion) => ({
  legend: CRITERION_LABELS[criterion],
  options: SCORE_LABELS.map((label, score) => ({
    value: score,
    label: (
      <>
        <strong>{score}</strong> {label}
      </>
    ),
  })),
  optionsClassName: 'scale',
  testId: `criterion-${criterion}`,
});

const HELP_NEED_GROUP = {
  legend: 'Hjælpebehov i løbet af arbejdsdagen',
  errorLabel: 'Hjælpebehov',
  options: HELP_NEEDS.map((h) => ({ value: h, label: HELP_NEED_LABELS[h] })),
  optionsClassName: 'help-options',
  testId: 'criterion-helpNeed',
};

export function ScoreField({
  criterion,
  suggestion,
  ...choice
}: Choice<number> & { criterion: Criterion; suggestion?: ReactNode }) {
  return (
    <RadioGroup className="criterion" {...scoreGroup(criterion)} {...choice}>
      {suggestion}
    </RadioGroup>
  );
}

export function HelpNeedField(choice: Choice<HelpNeed>) {
  return <RadioGroup className="criterion" {...HELP_NEED_GROUP} {...choice} />;
}
