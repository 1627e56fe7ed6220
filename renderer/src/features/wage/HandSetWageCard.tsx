// "Individuel vurdering": a hand-set hourly wage with its justification, and the live warning
// from the one floor/ceiling check (wageModel.handSetWageWarning, docs/rules.md §2).
import type { Settings } from '../../../../shared/domain/settings';
import { Checkbox, TextArea, TextField } from '../../components/Field';
import type { FieldErrors } from '../../components/forms';
import { Card, Notice } from '../../components/Page';
import { handSetWageHint, handSetWageWarning, type HandSetValues } from './wageModel';

export function HandSetWageCard({
  value,
  onChange,
  errors,
  settings,
}: {
  value: HandSetValues;
  onChange: (value: HandSetValues) => void;
  errors: FieldErrors;
  settings: Settings;
}) {
  const { handSet, hourlyWage, justification } = value;
  const warning = handSet ? handSetWageWarning(hourlyWage, settings) : null;
  return (
    <Card title="Individuel vurdering">
      <Checkbox
        label="Fastsæt timelønnen manuelt ud fra en konkret, individuel vurdering"
        checked={handSet}
        onChange={(on) => onChange({ ...value, handSet: on })}
      />
      {handSet ? (
        <>
          <div className="form-grid">
            <TextField
              label="Timeløn"
              inputMode="decimal"
              suffix="kr."
              value={hourlyWage}
              onChange={(text) => onChange({ ...value, hourlyWage: text })}
              error={errors.hourlyWage}
              hint={handSetWageHint(settings)}
            />
          </div>
          <TextArea
            label="Begrundelse"
            value={justification}
            onChange={(text) => onChange({ ...value, justification: text })}
            error={errors.justification}
            hint="Påkrævet: beskriv den konkrete, individuelle vurdering."
          />
          {warning?.kind === 'aboveCeiling' ? (
            <Notice kind="warning">
              <p>{warning.message}</p>
            </Notice>
          ) : null}
        </>
      ) : null}
    </Card>
  );
}
