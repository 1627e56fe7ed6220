// Ending a citizen's enrolment (end date and reason), or undoing a registered end. Both carry the
// citizen's version as shown when the person began (docs/rules.md, "Samtidige ændringer"): a
// change saved elsewhere meanwhile is shown beside theirs and they choose.
import { useState, type FormEvent } from 'react';
import { isConflict } from '../../../../shared/data/errors';
import { CitizenEndSchema, type Citizen } from '../../../../shared/records';
import { conflictRows } from '../../components/conflict';
import { useConflictChoice } from '../../components/useConflictChoice';
import { DateField, TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { binder, validate } from '../../components/forms';
import { Card, Notice } from '../../components/Page';
import { useSaveAction } from '../../components/useSaveAction';
import { useDataApi } from '../../data/context';
import { errorMessage } from '../../data/errors';
import { todayIso } from '../../format';

const END_FIELDS = [
  { key: 'endDate', label: 'Slutdato' },
  { key: 'endReason', label: 'Årsag' },
] as const;

export function EndCitizen({ citizen }: { citizen: Citizen }) {
  const api = useDataApi();
  const citizenId = citizen.id;
  const hasEnd = citizen.endDate !== undefined;
  const [open, setOpen] = useState(false);
  // The version the end form was opened on; the live one would overwrite a change made meanwhile.
  const [loaded, setLoaded] = useState(citizen.updatedAt);
  const conflict = useConflictChoice('borgeren');
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
              .reactivateCitizen(citizenId, citizen.updatedAt)
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
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setLoaded(citizen.updatedAt);
            setOpen(true);
          }}
        >
          Afslut forløbet …
        </button>
      </div>
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(validate(CitizenEndSchema, form), async ({ value }) => {
      let version = loaded;
      for (;;) {
        try {
          await api.endCitizen(citizenId, value, version);
          setOpen(false);
          return;
        } catch (error) {
          if (!isConflict(error)) throw error;
          const stored = error.conflict.stored as Citizen;
          // Ending touches only the end: another change (a rename) is kept, so only an end
          // registered meanwhile needs the person's choice.
          if (stored && stored.endDate === undefined) {
            version = stored.updatedAt;
            continue;
          }
          const theirs = { endDate: stored.endDate ?? '', endReason: stored.endReason ?? '' };
          const choice = await conflict.choose(conflictRows(form, theirs, END_FIELDS));
          if (choice === 'stored') setOpen(false);
          if (choice !== 'mine') return;
          version = stored.updatedAt;
          setLoaded(version);
        }
      }
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
      {conflict.dialog}
    </Card>
  );
}
