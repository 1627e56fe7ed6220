// Ending a citizen's enrolment (end date and reason), or undoing a registered end.
import { useState, type FormEvent } from 'react';
import { CitizenEndSchema } from '../../../../shared/records';
import { DateField, TextField } from '../../components/Field';
import { validate, type FieldErrors } from '../../components/forms';
import { Card, Notice } from '../../components/Page';
import { useDataApi } from '../../data/context';
import { errorMessage, errorsOf } from '../../data/errors';
import { todayIso } from '../../format';

export function EndCitizen({ citizenId, hasEnd }: { citizenId: string; hasEnd: boolean }) {
  const api = useDataApi();
  const [open, setOpen] = useState(false);
  const [endDate, setEndDate] = useState(todayIso());
  const [endReason, setEndReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  if (hasEnd)
    return (
      <div className="actions">
        <button
          type="button"
          className="secondary"
          onClick={() =>
            void api.reactivateCitizen(citizenId).catch((e: unknown) => setMessage(errorMessage(e)))
          }
        >
          Genaktivér borgeren
        </button>
        {message ? <Notice kind="error">{message}</Notice> : null}
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
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const r = validate(CitizenEndSchema, { endDate, endReason });
    if (!r.ok) return setErrors(r.errors);
    try {
      await api.endCitizen(citizenId, r.value);
      setOpen(false);
    } catch (error) {
      const { fields, message: m } = errorsOf(error);
      setErrors(fields);
      setMessage(m);
    }
  };
  return (
    <Card title="Afslut forløbet">
      <form onSubmit={submit} noValidate>
        <div className="form-grid">
          <DateField
            label="Slutdato"
            value={endDate}
            onChange={setEndDate}
            error={errors.endDate}
          />
          <TextField
            label="Årsag"
            value={endReason}
            onChange={setEndReason}
            error={errors.endReason}
          />
        </div>
        {message ? <Notice kind="error">{message}</Notice> : null}
        <div className="actions">
          <button type="submit">Afslut</button>
          <button type="button" className="secondary" onClick={() => setOpen(false)}>
            Annuller
          </button>
        </div>
      </form>
    </Card>
  );
}
