// A new settings version: every number the Danish way (docs/rules.md §5), checked with the
// shared schema before saving; a refused save shows the data API's messages beside the fields.
import { useState, type FormEvent } from 'react';
import { HELP_NEEDS, WEIGHT_KEYS } from '../../../../shared/domain/criteria';
import { SETTINGS_LABELS } from '../../../../shared/danish/labels';
import { FormErrorSummary, SelectField, TextField } from '../../components/Field';
import type { FieldErrors } from '../../components/forms';
import { Notice } from '../../components/Page';
import { useDataApi } from '../../data/context';
import { errorsOf } from '../../data/errors';
import {
  checkSettingsForm,
  CODE_FIELDS,
  HELP_POINT_LABELS,
  ROUNDING_LABEL,
  ROUNDING_OPTIONS,
  SCALAR_FIELDS,
  SCALAR_KEYS,
  WEIGHT_LABELS,
  type SettingsFormState,
} from './settingsFormModel';

export function SettingsForm({
  initial,
  onDone,
}: {
  initial: SettingsFormState;
  onDone: () => void;
}) {
  const api = useDataApi();
  const [f, setF] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const r = checkSettingsForm(f);
    if (!r.ok) return setErrors(r.errors);
    setErrors({});
    try {
      await api.saveSettingsVersion(r.value);
      onDone();
    } catch (error) {
      const x = errorsOf(error);
      setErrors(x.fields);
      setMessage(x.message);
    }
  };
  const err = (path: string) => errors[path];
  return (
    <form onSubmit={submit} noValidate className="stack">
      <h3>Ny version</h3>
      <div className="form-grid">
        <TextField
          label="Gælder fra måned"
          value={f.validFrom}
          onChange={(validFrom) => setF({ ...f, validFrom })}
          error={err('validFrom')}
          hint="ÅÅÅÅ-MM, fx 2027-01"
        />
      </div>
      <fieldset>
        <legend>Løn og kørsel</legend>
        <div className="form-grid">
          {SCALAR_KEYS.map((k) => (
            <TextField
              key={k}
              label={SCALAR_FIELDS[k].label}
              suffix={SCALAR_FIELDS[k].suffix}
              hint={SCALAR_FIELDS[k].hint}
              inputMode="decimal"
              value={f.scalars[k]}
              onChange={(v) => setF({ ...f, scalars: { ...f.scalars, [k]: v } })}
              error={err(`settings.${k}`)}
            />
          ))}
          <SelectField
            label={ROUNDING_LABEL}
            value={f.wageRoundingStep}
            onChange={(wageRoundingStep) => setF({ ...f, wageRoundingStep })}
            error={err('settings.wageRoundingStep')}
            options={ROUNDING_OPTIONS}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>Vægte i lønvurderingen</legend>
        {err('settings.criteriaWeights') ? (
          <p className="error cell-error" role="alert">
            {SETTINGS_LABELS.criteriaWeights}: {err('settings.criteriaWeights')}
          </p>
        ) : null}
        <div className="form-grid">
          {WEIGHT_KEYS.map((k) => (
            <TextField
              key={k}
              label={WEIGHT_LABELS[k]}
              inputMode="decimal"
              value={f.weights[k]}
              onChange={(v) => setF({ ...f, weights: { ...f.weights, [k]: v } })}
              error={err(`settings.criteriaWeights.${k}`)}
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{SETTINGS_LABELS.helpNeedPoints} (0–4)</legend>
        <div className="form-grid">
          {HELP_NEEDS.map((k) => (
            <TextField
              key={k}
              label={HELP_POINT_LABELS[k]}
              inputMode="decimal"
              value={f.helpPoints[k]}
              onChange={(v) => setF({ ...f, helpPoints: { ...f.helpPoints, [k]: v } })}
              error={err(`settings.helpNeedPoints.${k}`)}
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Lønartskoder (lønsystem-filen)</legend>
        <div className="form-grid">
          {CODE_FIELDS.map(({ key, label }) => (
            <TextField
              key={key}
              label={label}
              value={f.codes[key]}
              onChange={(v) => setF({ ...f, codes: { ...f.codes, [key]: v } })}
              error={err(`wageTypeCodes.${key}`)}
            />
          ))}
        </div>
      </fieldset>
      {message ? <Notice kind="error">{message}</Notice> : null}
      <FormErrorSummary errors={errors} />
      <div className="actions">
        <button type="submit">Gem version</button>
        <button type="button" className="secondary" onClick={onDone}>
          Annuller
        </button>
      </div>
    </form>
  );
}
