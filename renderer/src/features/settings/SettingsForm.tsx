// A new settings version: every number the Danish way (docs/rules.md §5), checked with the
// shared schema before saving; a refused save shows the data API's messages beside the fields.
// The save carries the version of its month as the form LOADED it (null: none): a version saved
// for the same month elsewhere meanwhile is shown beside the form and the person chooses
// (docs/rules.md, "Samtidige ændringer").
import { useState, type FormEvent } from 'react';
import { SETTINGS_LABELS } from '../../../../shared/danish/labels';
import { isConflict } from '../../../../shared/data/errors';
import type { SettingsVersion } from '../../../../shared/records';
import { useConflictChoice } from '../../components/useConflictChoice';
import { settingsConflictRows, storedVersionFor } from './settingsConflict';
import { SelectField, TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { isFormChanged, type FieldErrors } from '../../components/forms';
import { useSaveAction } from '../../components/useSaveAction';
import { useUnsavedChangesGuard } from '../../components/useUnsavedChangesGuard';
import { useDataApi } from '../../data/context';
import {
  checkSettingsForm,
  FORM_PARTS,
  ROUNDING_LABEL,
  ROUNDING_OPTIONS,
  settingsToForm,
  type SettingsFormState,
} from './settingsFormModel';

export function SettingsForm({
  initial,
  versions,
  onDone,
}: {
  initial: SettingsFormState;
  /** The stored versions when the form opened. */
  versions: readonly SettingsVersion[];
  onDone: () => void;
}) {
  const api = useDataApi();
  const [f, setF] = useState(initial);
  const [loaded, setLoaded] = useState(versions);
  const conflict = useConflictChoice('indstillingerne for måneden');
  const { errors, message, save } = useSaveAction();
  // Typed rates are not dropped by leaving the screen without a word (issue 10, finding 12).
  const guard = useUnsavedChangesGuard(isFormChanged(initial, f));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(checkSettingsForm(f), async ({ value }) => {
      let expected = storedVersionFor(loaded, value.validFrom)?.createdAt ?? null;
      for (;;) {
        try {
          await api.saveSettingsVersion(value, expected);
          guard.release();
          onDone();
          return;
        } catch (error) {
          if (!isConflict(error)) throw error;
          const stored = error.conflict.stored as SettingsVersion | null;
          const storedForm = stored ? settingsToForm(stored, value.validFrom) : null;
          const choice = await conflict.choose(
            storedForm
              ? settingsConflictRows(f, storedForm)
              : [{ label: 'Versionen', mine: 'din', stored: '(slettet)' }],
          );
          if (choice === 'back') return;
          const others = loaded.filter((v) => v.validFrom !== value.validFrom);
          setLoaded(stored ? [...others, stored] : others);
          if (choice === 'stored') return storedForm ? setF(storedForm) : undefined;
          expected = stored?.createdAt ?? null;
        }
      }
    });
  };
  const part = (name: keyof typeof FORM_PARTS) => (
    <PartFields part={name} form={f} onChange={setF} errors={errors} />
  );
  const weightsError = errors['settings.criteriaWeights'];
  return (
    <form onSubmit={submit} noValidate className="stack">
      <h3>Ny version</h3>
      <div className="form-grid">
        <TextField
          label="Gælder fra måned"
          value={f.validFrom}
          onChange={(validFrom) => setF({ ...f, validFrom })}
          error={errors.validFrom}
          hint="ÅÅÅÅ-MM, fx 2027-01"
        />
      </div>
      <fieldset>
        <legend>Løn og kørsel</legend>
        <div className="form-grid">
          {part('scalars')}
          <SelectField
            label={ROUNDING_LABEL}
            value={f.wageRoundingStep}
            onChange={(wageRoundingStep) => setF({ ...f, wageRoundingStep })}
            error={errors['settings.wageRoundingStep']}
            options={ROUNDING_OPTIONS}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>Vægte i lønvurderingen</legend>
        {weightsError ? (
          <p className="error cell-error" role="alert">
            {SETTINGS_LABELS.criteriaWeights}: {weightsError}
          </p>
        ) : null}
        <div className="form-grid">{part('weights')}</div>
      </fieldset>
      <fieldset>
        <legend>{SETTINGS_LABELS.helpNeedPoints} (0–4)</legend>
        <div className="form-grid">{part('helpPoints')}</div>
      </fieldset>
      <fieldset>
        <legend>Lønartskoder (lønsystem-filen)</legend>
        <div className="form-grid">{part('codes')}</div>
      </fieldset>
      <FormActions submitLabel="Gem version" onCancel={onDone} message={message} errors={errors} />
      {guard.dialog}
      {conflict.dialog}
    </form>
  );
}

/** One text field per key of a part of the form (FORM_PARTS), with the schema's message. */
function PartFields({
  part,
  form,
  onChange,
  errors,
}: {
  part: keyof typeof FORM_PARTS;
  form: SettingsFormState;
  onChange: (form: SettingsFormState) => void;
  errors: FieldErrors;
}) {
  const { path, decimal, fields } = FORM_PARTS[part];
  const values: Record<string, string> = form[part];
  return fields.map(({ key, label, suffix, hint }) => (
    <TextField
      key={key}
      label={label}
      suffix={suffix}
      hint={hint}
      inputMode={decimal ? 'decimal' : undefined}
      value={values[key] ?? ''}
      onChange={(v) => onChange({ ...form, [part]: { ...values, [key]: v } })}
      error={errors[`${path}.${key}`]}
    />
  ));
}
