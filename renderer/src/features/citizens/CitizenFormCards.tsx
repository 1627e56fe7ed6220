// The citizen form's cards (views only; state and rules in citizenForm.ts).
import type { Dispatch, SetStateAction } from 'react';
import { OFFERS, TRANSPORT_MODES } from '../../../../shared/domain';
import type { Citizen } from '../../../../shared/records';
import {
  OFFER_LABELS,
  PAYER_LABELS,
  TRANSPORT_MODE_LABELS,
} from '../../../../shared/danish/values';
import { useAppState } from '../../appState';
import { Checkbox, DateField, SelectField, TextArea, TextField } from '../../components/Field';
import type { FieldErrors } from '../../components/forms';
import { Card } from '../../components/Page';
import { formatDecimal } from '../../format';
import {
  followUpHint,
  GRANT_SIZE_OPTIONS,
  screeningHint,
  withStartDate,
  type CitizenFormState,
} from './citizenForm';
import { TransportPreview } from './TransportPreview';
import { usePreviewData } from './useCitizens';

interface CardProps {
  form: CitizenFormState;
  setForm: Dispatch<SetStateAction<CitizenFormState>>;
  errors: FieldErrors;
}

function setter(setForm: CardProps['setForm']) {
  return <K extends keyof CitizenFormState>(key: K) =>
    (value: CitizenFormState[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
}

export function MasterDataCard({ form, setForm, errors }: CardProps) {
  const set = setter(setForm);
  return (
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
          options={OFFERS.map((o) => ({ value: o, label: OFFER_LABELS[o] }))}
        />
        <DateField
          label="Startdato"
          value={form.startDate}
          onChange={(startDate) => setForm((f) => withStartDate(f, startDate))}
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
  );
}

export function GrantCard({ form, setForm, errors }: CardProps) {
  const set = setter(setForm);
  return (
    <Card title="Bevilling">
      <div className="form-grid">
        <SelectField
          label="Omfang"
          value={form.grantSize}
          onChange={set('grantSize')}
          error={errors['grant.size']}
          options={GRANT_SIZE_OPTIONS}
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
          hint={followUpHint(form.offer)}
        />
      </div>
      <TextArea
        label="Noter om målgruppevurdering"
        value={form.screeningNotes}
        onChange={set('screeningNotes')}
        error={errors['grant.screeningNotes']}
        hint={screeningHint(form.offer)}
        rows={2}
      />
    </Card>
  );
}

export function TaxCardCard({ form, setForm, errors }: CardProps) {
  const set = setter(setForm);
  return (
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
  );
}

export function TransportCard({
  form,
  setForm,
  errors,
  citizen,
}: CardProps & { citizen: Citizen | null }) {
  const set = setter(setForm);
  const { month } = useAppState();
  const preview = usePreviewData(month, citizen?.id);
  const needsKm = form.transportMode !== 'none';
  const needsDaily = form.transportMode === 'public' || form.transportMode === 'special';
  const kmRate = preview ? formatDecimal(preview.version.settings.kmRate) : '';
  return (
    <Card title="Kørsel">
      <div className="form-grid">
        <SelectField
          label="Transportform"
          value={form.transportMode}
          onChange={set('transportMode')}
          error={errors['transport.mode'] ?? errors.transport}
          options={TRANSPORT_MODES.map((m) => ({ value: m, label: TRANSPORT_MODE_LABELS[m] }))}
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
            hint={`Tom: indstillingernes sats (${kmRate} kr./km)`}
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
      {preview ? (
        <TransportPreview
          form={form}
          month={month}
          saved={citizen}
          attendance={preview.attendance}
          decisions={preview.decisions}
          version={preview.version}
        />
      ) : null}
    </Card>
  );
}
