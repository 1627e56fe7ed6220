import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { GrantInputSchema, CitizenInputSchema } from '../../../../shared/records';
import { TRANSPORT_MODES } from '../../../../shared/domain';
import { useAppState } from '../../appState';
import {
  Checkbox,
  DateField,
  FormErrorSummary,
  SelectField,
  TextArea,
  TextField,
} from '../../components/Field';
import { validate, type FieldErrors } from '../../components/forms';
import { Card, Notice, Page } from '../../components/Page';
import {
  errorsFromDataError,
  getCitizen,
  getSettingsForMonth,
  GRANT_SIZE_LABELS,
  GRANT_SIZES,
  listAttendance,
  listGrants,
  listWageDecisions,
  saveCitizenWithGrant,
  type Citizen,
  type CitizenInput,
  type Grant,
  type GrantInput,
} from '../../data';
import { todayIso } from '../../format';
import { navigate } from '../../router';
import {
  citizenInputFromForm,
  citizenToForm,
  emptyCitizenForm,
  grantInputFromForm,
  OFFER_LABELS,
  PAYER_LABELS,
  TRANSPORT_MODE_LABELS,
  type CitizenFormState,
} from './citizenForm';
import { TransportPreview } from './TransportPreview';

export default function CitizenFormPage({ citizenId }: { citizenId?: string }) {
  const loaded = useLiveQuery(async () => {
    if (!citizenId) return { citizen: null, grant: undefined };
    const citizen = await getCitizen(citizenId);
    const grants = await listGrants(citizenId);
    return { citizen, grant: grants.at(-1) };
  }, [citizenId]);
  if (citizenId && !loaded) return <p className="loading">Henter …</p>;
  if (citizenId && loaded && !loaded.citizen)
    return (
      <Page title="Borgeren findes ikke">
        <p>Borgeren findes ikke (mere).</p>
      </Page>
    );
  return (
    <CitizenForm key={citizenId ?? 'ny'} citizen={loaded?.citizen ?? null} grant={loaded?.grant} />
  );
}

function CitizenForm({ citizen, grant }: { citizen: Citizen | null; grant: Grant | undefined }) {
  const { month } = useAppState();
  const [form, setForm] = useState<CitizenFormState>(() =>
    citizen ? citizenToForm(citizen, grant) : emptyCitizenForm(todayIso()),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set =
    <K extends keyof CitizenFormState>(key: K) =>
    (value: CitizenFormState[K]) =>
      setForm((f) => ({ ...f, [key]: value }));

  const context = useLiveQuery(async () => {
    const [version, attendance, decisions] = await Promise.all([
      getSettingsForMonth(month),
      citizen ? listAttendance(month, citizen.id) : Promise.resolve([]),
      citizen ? listWageDecisions(citizen.id) : Promise.resolve([]),
    ]);
    return { version, attendance, decisions };
  }, [month, citizen?.id]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const c = validate(CitizenInputSchema, citizenInputFromForm(form));
    const g = validate(GrantInputSchema, grantInputFromForm(form, citizen?.id ?? 'ny'));
    const all: FieldErrors = {};
    if (!c.ok) Object.assign(all, c.errors);
    if (!g.ok) for (const [k, v] of Object.entries(g.errors)) all[`grant.${k}`] = v;
    setErrors(all);
    if (!c.ok || !g.ok) return;
    setSaving(true);
    try {
      const input = citizenInputFromForm(form) as CitizenInput;
      const { citizenId: _c, ...grantInput } = grantInputFromForm(
        form,
        citizen?.id ?? 'ny',
      ) as GrantInput;
      // One transaction: the citizen is never stored without its grant, nor half-updated.
      const { citizen: saved } = await saveCitizenWithGrant({
        citizen: citizen
          ? { id: citizen.id, input, expectedUpdatedAt: citizen.updatedAt }
          : { input },
        grant: grant
          ? { id: grant.id, input: grantInput, expectedUpdatedAt: grant.updatedAt }
          : { input: grantInput },
      });
      navigate(['borgere', saved.id]);
    } catch (error) {
      const { fields, message: m } = errorsFromDataError(error);
      setErrors(fields);
      setMessage(m);
    } finally {
      setSaving(false);
    }
  };

  const needsKm = form.transportMode !== 'none';
  const needsDaily = form.transportMode === 'public' || form.transportMode === 'special';

  return (
    <Page title={citizen ? `Ret ${citizen.name}` : 'Opret borger'}>
      <form onSubmit={submit} noValidate>
        <div className="grid-2">
          <Card title="Stamdata">
            <div className="form-grid">
              <TextField
                label="Navn"
                value={form.name}
                onChange={set('name')}
                error={errors.name}
                required
              />
              <TextField
                label="Lønnummer"
                value={form.payrollNumber}
                onChange={set('payrollNumber')}
                error={errors.payrollNumber}
                required
              />
              <TextField
                label="CPR-nummer"
                value={form.cpr}
                onChange={set('cpr')}
                error={errors.cpr}
                hint="10 cifre, fx 010190-1234"
                type="password"
                required
              />
              <SelectField
                label="Tilbud"
                value={form.offer}
                onChange={set('offer')}
                error={errors.offer}
                options={(['SEL103', 'SEL104'] as const).map((o) => ({
                  value: o,
                  label: OFFER_LABELS[o],
                }))}
              />
              <DateField
                label="Startdato"

                value={form.startDate}
                onChange={(startDate) =>
                  // The grant follows the start date until the user sets it apart.
                  setForm((f) => ({
                    ...f,
                    startDate,
                    grantStart: f.grantStart === f.startDate ? startDate : f.grantStart,
                  }))
                }
                error={errors.startDate}
                required
              />
            </div>
            <TextArea
              label="Note"
              value={form.note}
              onChange={set('note')}
              error={errors.note}
              rows={2}
            />
          </Card>
          <Card title="Bevilling">
            <div className="form-grid">
              <SelectField
                label="Omfang"
                value={form.grantSize}
                onChange={set('grantSize')}
                error={errors['grant.size']}
                options={GRANT_SIZES.map((s) => ({
                  value: s,
                  label: `${GRANT_SIZE_LABELS[s]} (${{ half: 2, threeQuarters: 3, full: 4 }[s]} dage om ugen)`,
                }))}
              />
              <DateField
                label="Bevilget fra"

                value={form.grantStart}
                onChange={set('grantStart')}
                error={errors['grant.startDate']}
                required
              />
              <DateField
                label="Bevilget til"

                value={form.grantEnd}
                onChange={set('grantEnd')}
                error={errors['grant.endDate']}
                hint="Tom: uden slutdato"
              />
              <DateField
                label="Næste opfølgning senest"

                value={form.followUpDue}
                onChange={set('followUpDue')}
                error={errors['grant.followUpDue']}
                hint={`Tom: ${form.offer === 'SEL103' ? '6' : '12'} måneder efter start`}
              />
            </div>
            <TextArea
              label="Noter om målgruppevurdering"
              value={form.screeningNotes}
              onChange={set('screeningNotes')}
              error={errors['grant.screeningNotes']}
              hint={
                form.offer === 'SEL103'
                  ? 'Vejledende: mindst 18 år, ikke folkepension, funktionsniveau C–D.'
                  : 'Vejledende: mindst 18 år, funktionsniveau D–E.'
              }
              rows={2}
            />
          </Card>
          {form.offer === 'SEL103' ? (
            <Card title="Skattekort">
              <Checkbox
                label="Skattekortet er modtaget"
                checked={form.hasTaxCard}
                onChange={set('hasTaxCard')}
                hint="Uden skattekort anslås skatten med standardtrækket."
              />
              {form.hasTaxCard ? (
                <div className="form-grid">
                  <TextField
                    label="Trækprocent"
                    inputMode="decimal"
                    suffix="%"
                    value={form.withholdingRatePercent}
                    onChange={set('withholdingRatePercent')}
                    error={errors['taxCard.withholdingRatePercent']}
                  />
                  <TextField
                    label="Månedsfradrag"
                    inputMode="decimal"
                    suffix="kr."
                    value={form.monthlyAllowance}
                    onChange={set('monthlyAllowance')}
                    error={errors['taxCard.monthlyAllowance']}
                  />
                </div>
              ) : null}
            </Card>
          ) : null}
          <Card title="Kørsel">
            <div className="form-grid">
              <SelectField
                label="Transportform"
                value={form.transportMode}
                onChange={set('transportMode')}
                error={errors['transport.mode'] ?? errors.transport}
                options={TRANSPORT_MODES.map((m) => ({
                  value: m,
                  label: TRANSPORT_MODE_LABELS[m],
                }))}
              />
              {needsKm ? (
                <TextField
                  label="Afstand én vej"
                  inputMode="decimal"
                  suffix="km"
                  value={form.oneWayKm}
                  onChange={set('oneWayKm')}
                  error={errors['transport.oneWayKm']}
                />
              ) : null}
              {form.transportMode === 'car' ? (
                <TextField
                  label="Kilometersats"
                  inputMode="decimal"
                  suffix="kr./km"
                  value={form.ratePerKm}
                  onChange={set('ratePerKm')}
                  error={errors['transport.ratePerKm']}
                  hint={`Tom: indstillingernes sats (${String(context?.version.settings.kmRate ?? '').replace('.', ',')} kr./km)`}
                />
              ) : null}
              {needsDaily ? (
                <TextField
                  label="Pris pr. dag (tur/retur)"
                  inputMode="decimal"
                  suffix="kr."
                  value={form.dailyCost}
                  onChange={set('dailyCost')}
                  error={errors['transport.dailyCost']}
                />
              ) : null}
              {form.transportMode === 'public' ? (
                <TextField
                  label="Månedskort"
                  inputMode="decimal"
                  suffix="kr."
                  value={form.monthlyPass}
                  onChange={set('monthlyPass')}
                  error={errors['transport.monthlyPass']}
                  hint="Tom: intet månedskort"
                />
              ) : null}
              {form.offer === 'SEL103' && needsKm ? (
                <SelectField
                  label="Hvem betaler vognmanden/billetten"
                  value={form.paidBy}
                  onChange={set('paidBy')}
                  error={errors['transport.paidBy']}
                  options={[
                    { value: 'default', label: 'Standard for transportformen' },
                    { value: 'citizen', label: PAYER_LABELS.citizen },
                    { value: 'municipality', label: PAYER_LABELS.municipality },
                  ]}
                />
              ) : null}
            </div>
            {form.offer === 'SEL104' ? (
              <Checkbox
                label="Kommunen har bevilget kørsel (§ 104)"
                checked={form.municipalTransport}
                onChange={set('municipalTransport')}
                hint="Så betaler kommunen hele udgiften."
              />
            ) : null}
            {context ? (
              <TransportPreview
                form={form}
                month={month}
                attendance={context.attendance}
                decisions={context.decisions}
                version={context.version}
              />
            ) : null}
          </Card>
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
