// Creating or editing a citizen together with the grant shown for the working month
// (docs/rules.md §1): the form's model is citizenForm.ts, its cards CitizenFormCards.tsx.
import { useState, type FormEvent } from 'react';
import type { Citizen, Grant } from '../../../../shared/records';
import { grantToShow } from '../../../../shared/rules/grants';
import { useAppState } from '../../appState';
import { FormActions } from '../../components/FormActions';
import { isFormChanged } from '../../components/forms';
import { Page } from '../../components/Page';
import { useSaveAction } from '../../components/useSaveAction';
import { useUnsavedChangesGuard } from '../../components/useUnsavedChangesGuard';
import { useDataApi } from '../../data/context';
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
  const [opened] = useState<CitizenFormState>(() =>
    citizen ? citizenToForm(citizen, grant) : emptyCitizenForm(todayIso()),
  );
  const [form, setForm] = useState(opened);
  const { errors, message, saving, save } = useSaveAction();
  const guard = useUnsavedChangesGuard(isFormChanged(opened, form));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(checkCitizenForm(form, citizen, grant), async (checked) => {
      // One transaction: the citizen is never stored without its grant, nor half-updated.
      const { citizen: saved } = await api.saveCitizenWithGrant(checked.save);
      guard.release();
      navigate(['borgere', saved.id]);
    });
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
        <FormActions
          submitLabel={citizen ? 'Gem ændringer' : 'Opret borger'}
          saving={saving}
          onCancel={() => navigate(citizen ? ['borgere', citizen.id] : ['borgere'])}
          message={message}
          errors={errors}
        />
      </form>
      {guard.dialog}
    </Page>
  );
}
