// Creating or editing a citizen together with the grant shown for the working month
// (docs/rules.md §1): the form's model is citizenForm.ts, its cards CitizenFormCards.tsx.
import { useState, type FormEvent } from 'react';
import type { Citizen, Grant } from '../../../../shared/records';
import { grantToShow } from '../../../../shared/rules/grants';
import { useAppState } from '../../appState';
import { FormErrorSummary } from '../../components/Field';
import type { FieldErrors } from '../../components/forms';
import { Notice, Page } from '../../components/Page';
import { useDataApi } from '../../data/context';
import { errorsOf } from '../../data/errors';
import { todayIso } from '../../format';
import { navigate } from '../../router';
import {
  checkCitizenForm,
  citizenToForm,
  emptyCitizenForm,
  type CitizenFormState,
} from './citizenForm';
import { GrantCard, MasterDataCard, TaxCardCard, TransportCard } from './CitizenFormCards';
import { useCitizenToEdit } from './useCitizens';

export default function CitizenFormPage({ citizenId }: { citizenId?: string }) {
  const { month } = useAppState();
  const loaded = useCitizenToEdit(citizenId);
  if (citizenId && loaded === undefined) return <p className="loading">Henter …</p>;
  if (citizenId && !loaded)
    return (
      <Page title="Borgeren findes ikke">
        <p>Borgeren findes ikke (mere).</p>
      </Page>
    );
  return (
    <CitizenForm
      key={citizenId ?? 'ny'}
      citizen={loaded?.citizen ?? null}
      grant={loaded ? grantToShow(loaded.grants, month) : undefined}
    />
  );
}

function CitizenForm({ citizen, grant }: { citizen: Citizen | null; grant: Grant | undefined }) {
  const api = useDataApi();
  const [form, setForm] = useState<CitizenFormState>(() =>
    citizen ? citizenToForm(citizen, grant) : emptyCitizenForm(todayIso()),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const checked = checkCitizenForm(form, citizen, grant);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    setSaving(true);
    try {
      // One transaction: the citizen is never stored without its grant, nor half-updated.
      const { citizen: saved } = await api.saveCitizenWithGrant(checked.save);
      navigate(['borgere', saved.id]);
    } catch (error) {
      const { fields, message: m } = errorsOf(error);
      setErrors(fields);
      setMessage(m);
    } finally {
      setSaving(false);
    }
  };

  const cardProps = { form, setForm, errors };
  return (
    <Page title={citizen ? `Ret ${citizen.name}` : 'Opret borger'}>
      <form onSubmit={submit} noValidate>
        <div className="grid-2">
          <MasterDataCard {...cardProps} />
          <GrantCard {...cardProps} />
          {form.offer === 'SEL103' ? <TaxCardCard {...cardProps} /> : null}
          <TransportCard {...cardProps} citizen={citizen} />
        </div>
        {message ? <Notice kind="error">{message}</Notice> : null}
        <FormErrorSummary errors={errors} />
        <div className="actions">
          <button type="submit" disabled={saving}>
            {saving ? 'Gemmer …' : citizen ? 'Gem ændringer' : 'Opret borger'}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => navigate(citizen ? ['borgere', citizen.id] : ['borgere'])}
          >
            Annuller
          </button>
        </div>
      </form>
    </Page>
  );
}
