// Creating or editing a citizen together with the grant shown for the working month
// (docs/rules.md §1): the form's model is citizenForm.ts, its cards CitizenFormCards.tsx. The save
// carries the versions of the citizen and grant as the form LOADED them, not the live ones: a
// change saved in another window meanwhile is refused and shown beside the form's values
// (docs/rules.md, "Samtidige ændringer"; issue 11, finding 2).
import { useState, type FormEvent } from 'react';
import { useWorkAreas } from '../workAreas/useWorkAreas';
import type { Citizen, Grant } from '../../../../shared/records';
import { grantToShow } from '../../../../shared/rules/grants';
import { isConflict } from '../../../../shared/data/errors';
import { useAppState } from '../../appState';
import { ConflictDialog } from '../../components/ConflictDialog';
import type { ConflictRow } from '../../components/conflict';
import { FormActions } from '../../components/FormActions';
import { isFormChanged } from '../../components/forms';
import { Card, Page } from '../../components/Page';
import { SelectField } from '../../components/Field';
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
import { citizenConflictRows } from './citizenConflict';
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

interface Loaded {
  citizen: Citizen | null;
  grant: Grant | undefined;
}

/** What a refused save shows: the differing fields and the stored records to choose. */
interface Conflict extends Loaded {
  rows: ConflictRow[];
  form: CitizenFormState;
}

function CitizenForm(live: Loaded) {
  const api = useDataApi();
  const { month } = useAppState();
  // The records as the form loaded them: their versions go with the save, never the live ones.
  const [loaded, setLoaded] = useState<Loaded>(live);
  const { citizen } = loaded;
  const [opened, setOpened] = useState<CitizenFormState>(() =>
    citizen ? citizenToForm(citizen, live.grant) : emptyCitizenForm(todayIso()),
  );
  const [form, setForm] = useState(opened);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  // docs/rules.md §6: a new citizen's work area from the start month (a move later is the page's).
  const areas = useWorkAreas();
  const [areaId, setAreaId] = useState('');
  const { errors, message, saving, save } = useSaveAction();
  const guard = useUnsavedChangesGuard(isFormChanged(opened, form));

  /** The stored citizen and grant now, beside the form's values. */
  const showConflict = async (base: Loaded) => {
    const id = base.citizen?.id;
    const stored = id ? await api.getCitizen(id) : null;
    if (!id || !stored) return;
    const grants = await api.listGrants(id);
    const grant = grants.find((g) => g.id === base.grant?.id) ?? grantToShow(grants, month);
    const storedForm = citizenToForm(stored, grant);
    setConflict({
      citizen: stored,
      grant,
      form: storedForm,
      rows: citizenConflictRows(form, storedForm),
    });
  };

  const send = (base: Loaded) =>
    void save(checkCitizenForm(form, base.citizen, base.grant), async (checked) => {
      try {
        // One transaction: the citizen is never stored without its grant, nor half-updated.
        const chosen = !base.citizen && areaId !== '' ? { workAreaId: areaId } : {};
        const { citizen: saved } = await api.saveCitizenWithGrant({
          ...checked.save,
          citizen: { ...checked.save.citizen, ...chosen },
        });
        guard.release();
        navigate(['borgere', saved.id]);
      } catch (error) {
        if (!isConflict(error)) throw error;
        await showConflict(base);
      }
    });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    send(loaded);
  };

  const cardProps = { form, setForm, errors };
  return (
    <Page title={citizen ? `Ret ${citizen.name}` : 'Opret borger'}>
      <form onSubmit={submit} noValidate>
        <div className="grid-2">
          <MasterDataCard
            {...cardProps}
            {...(citizen
              ? {
                  onRevealCpr: () => api.recordAccess({ kind: 'cprReveal', citizenId: citizen.id }),
                }
              : {})}
          />
          <GrantCard {...cardProps} />
          {form.offer === 'SEL103' ? <TaxCardCard {...cardProps} /> : null}
          <TransportCard {...cardProps} citizen={citizen} />
          {!citizen && areas && areas.length > 0 ? (
            <Card title="Arbejdsområde">
              <SelectField
                label="Arbejdsområde"
                value={areaId}
                onChange={setAreaId}
                options={[
                  {
                    value: '',
                    label:
                      areas.length === 1 ? areas[0]!.name : 'Intet (den fælles mindsteløn bruges)',
                  },
                  ...(areas.length === 1 ? [] : areas.map((a) => ({ value: a.id, label: a.name }))),
                ]}
                hint="Bunden for timelønnen følger områdets laveste overenskomstmæssige timeløn."
              />
            </Card>
          ) : null}
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
      {conflict ? (
        <ConflictDialog
          what="borgeren"
          rows={conflict.rows}
          onKeepMine={() => {
            // Saved again over the stored versions: the person chose their values.
            setConflict(null);
            setLoaded(conflict);
            send(conflict);
          }}
          onTakeStored={() => {
            setConflict(null);
            setLoaded(conflict);
            setOpened(conflict.form);
            setForm(conflict.form);
          }}
          onClose={() => setConflict(null)}
        />
      ) : null}
    </Page>
  );
}
