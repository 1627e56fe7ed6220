// "Individuel vurdering": a hand-set hourly wage with its justification, and the live warning
// from the one floor/ceiling check (wageModel.handSetWageWarning, docs/rules.md §2).
import type { Settings } from '../../../../shared/domain/settings';
import { Checkbox, TextArea, TextField } from '../../components/Field';
import type { FieldErrors } from '../../components/forms';
import { Card, Notice } from '../../components/Page';
import { handSetWageHint, handSetWageWarning } from './wageModel';

export function HandSetWageCard({
  handSet,
  onHandSet,
  hourlyWage,
  onHourlyWage,
  justification,
  onJustification,
  errors,
  settings,
}: {
  handSet: boolean;
  onHandSet: (on: boolean) => void;
  hourlyWage: string;
  onHourlyWage: (text: string) => void;
  justification: string;
  onJustification: (text: string) => void;
  errors: FieldErrors;
  settings: Settings;
}) {
  const warning = handSet ? handSetWageWarning(hourlyWage, settings) : null;
  return (
    <Card title="Individuel vurdering">
      <Checkbox
        label="Fastsæt timelønnen manuelt ud fra en konkret, individuel vurdering"
        checked={handSet}
        onChange={onHandSet}
      />
      {handSet ? (
        <>
          <div className="form-grid">
            <TextField
              label="Timeløn"
              inputMode="decimal"
              suffix="kr."
              value={hourlyWage}
              onChange={onHourlyWage}
              error={errors.hourlyWage}
              hint={handSetWageHint(settings)}
            />
          </div>
          <TextArea
            label="Begrundelse"
            value={justification}
            onChange={onJustification}
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
