// Ending a citizen's enrolment (end date and reason), or undoing a registered end.
import { useState, type FormEvent } from 'react';
import { CitizenEndSchema } from '../../../../shared/records';
import { DateField, TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { binder, validate } from '../../components/forms';
import { Card, Notice } from '../../components/Page';
import { useSaveAction } from '../../components/useSaveAction';
import { useDataApi } from '../../data/context';
import { errorMessage } from '../../data/errors';
import { todayIso } from '../../format';

export function EndCitizen({ citizenId, hasEnd }: { citizenId: string; hasEnd: boolean }) {
  const api = useDataApi();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({ endDate: todayIso(), endReason: '' });
  const [reactivateError, setReactivateError] = useState<string | null>(null);
  const { errors, message, save } = useSaveAction();
  const field = binder(form, setForm, (key) => errors[key]);
  if (hasEnd)
    return (
      <div className="actions">
        <button
          type="button"
          className="secondary"
          onClick={() =>
            void api
              .reactivateCitizen(citizenId)
              .catch((e: unknown) => setReactivateError(errorMessage(e)))
          }
        >
          Genaktivér borgeren
        </button>
        {reactivateError ? <Notice kind="error">{reactivateError}</Notice> : null}
      </div>
    );
  if (!open)
    return (
      <div className="actions">
        <button type="button" className="secondary" onClick={() => setOpen(true)}>
          Afslut forløbet …
        </button>
      </div>
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(validate(CitizenEndSchema, form), async ({ value }) => {
      await api.endCitizen(citizenId, value);
      setOpen(false);
    });
  };
  return (
    <Card title="Afslut forløbet">
      <form onSubmit={submit} noValidate>
        <div className="form-grid">
          <DateField label="Slutdato" {...field('endDate')} />
          <TextField label="Årsag" {...field('endReason')} />
        </div>
        <FormActions submitLabel="Afslut" onCancel={() => setOpen(false)} message={message} />
      </form>
    </Card>
  );
}
