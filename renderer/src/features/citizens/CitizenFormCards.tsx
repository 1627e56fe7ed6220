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
import {
  Checkbox,
  DateField,
  SecretField,
  SelectField,
  TextArea,
  TextField,
} from '../../components/Field';
import { binder, type FieldErrors } from '../../components/forms';
import { Card } from '../../components/Page';
import { formatDecimal } from '../../format';
import {
  fieldError,
  followUpHint,
  GRANT_SIZE_OPTIONS,
  asksPayer,
  screeningHint,
  TRANSPORT_FIELDS,
  withStartDate,
  type CitizenFormState,
  type TransportTextKey,
} from './citizenForm';
import { TransportPreview } from './TransportPreview';
import { usePreviewData } from './useCitizens';

interface CardProps {
  form: CitizenFormState;
  setForm: Dispatch<SetStateAction<CitizenFormState>>;
  errors: FieldErrors;
}

/** The card's fields, each with the message under the path the schemas use. */
function binderOf({ form, setForm, errors }: CardProps) {
  return binder(form, setForm, (key) => fieldError(errors, key));
}

const OFFER_OPTIONS = OFFERS.map((o) => ({ value: o, label: OFFER_LABELS[o] }));
const TRANSPORT_MODE_OPTIONS = TRANSPORT_MODES.map((m) => ({
  value: m,
  label: TRANSPORT_MODE_LABELS[m],
}));
const PAYER_OPTIONS = [
  { value: 'default', label: 'Standard for transportformen' },
  { value: 'citizen', label: PAYER_LABELS.citizen },
  { value: 'municipality', label: PAYER_LABELS.municipality },
] as const;

/**
 * `onRevealCpr`: given when the form holds a stored citizen's number, so showing it is audited
 * like "Vis" on the citizen's page (docs/rules.md §13); a number being typed is not.
 */
export function MasterDataCard(props: CardProps & { onRevealCpr?: () => Promise<void> }) {
  const field = binderOf(props);
  return (
    <Card title="Stamdata">
      <div className="form-grid">
        <TextField label="Navn" {...field('name')} required />
        <TextField label="Lønnummer" {...field('payrollNumber')} required />
        <SecretField
          label="CPR-nummer"
          {...field('cpr')}
          hint="10 cifre, fx 010190-1234"
          required
          {...(props.onRevealCpr ? { onReveal: props.onRevealCpr } : {})}
        />
        <TextField
          label="Ansættelsesnummer"
          {...field('employmentNumber')}
          hint="Kun hvis lønsystemet kender borgeren ved CPR og ansættelsesnummer"
        />
        <SelectField label="Tilbud" {...field('offer')} options={OFFER_OPTIONS} />
        <DateField
          label="Startdato"
          {...field('startDate')}
          onChange={(startDate) => props.setForm((f) => withStartDate(f, startDate))}
          required
        />
      </div>
      <TextArea label="Note" {...field('note')} rows={2} />
    </Card>
  );
}

export function GrantCard(props: CardProps) {
  const field = binderOf(props);
  const { offer } = props.form;
  return (
    <Card title="Bevilling">
      <div className="form-grid">
        <SelectField label="Omfang" {...field('grantSize')} options={GRANT_SIZE_OPTIONS} />
        <DateField label="Bevilget fra" {...field('grantStart')} required />
        <DateField label="Bevilget til" {...field('grantEnd')} hint="Tom: uden slutdato" />
        <DateField
          label="Næste opfølgning senest"
          {...field('followUpDue')}
          hint={followUpHint(offer)}
        />
      </div>
      <TextArea
        label="Noter om målgruppevurdering"
        {...field('screeningNotes')}
        hint={screeningHint(offer)}
        rows={2}
      />
    </Card>
  );
}

export function TaxCardCard(props: CardProps) {
  const field = binderOf(props);
  const { value, onChange } = field('hasTaxCard');
  return (
    <Card title="Skattekort">
      <Checkbox
        label="Skattekortet er modtaget"
        checked={value}
        onChange={onChange}
        hint="Uden skattekort anslås skatten med standardtrækket."
      />
      {value ? (
        <div className="form-grid">
          <TextField
            label="Trækprocent"
            inputMode="decimal"
            suffix="%"
            {...field('withholdingRatePercent')}
          />
          <TextField
            label="Månedsfradrag"
            inputMode="decimal"
            suffix="kr."
            {...field('monthlyAllowance')}
          />
        </div>
      ) : null}
    </Card>
  );
}

/** The transport fields' words; which of them a mode has is TRANSPORT_FIELDS (the model's). */
const TRANSPORT_FIELD_TEXTS: Record<
  TransportTextKey,
  { label: string; suffix: string; hint?: (kmRate: string) => string }
> = {
  oneWayKm: { label: 'Afstand én vej', suffix: 'km' },
  ratePerKm: {
    label: 'Kilometersats',
    suffix: 'kr./km',
    hint: (kmRate) => `Tom: indstillingernes sats (${kmRate} kr./km)`,
  },
  dailyCost: { label: 'Pris pr. dag (tur/retur)', suffix: 'kr.' },
  monthlyPass: { label: 'Månedskort', suffix: 'kr.', hint: () => 'Tom: intet månedskort' },
};

export function TransportCard(props: CardProps & { citizen: Citizen | null }) {
  const { form, citizen } = props;
  const field = binderOf(props);
  const { month } = useAppState();
  const preview = usePreviewData(month, citizen?.id);
  const mode = form.transportMode;
  const kmRate = preview ? formatDecimal(preview.version.settings.kmRate) : '';
  const municipalTransport = field('municipalTransport');
  return (
    <Card title="Kørsel">
      <div className="form-grid">
        <SelectField
          label="Transportform"
          {...field('transportMode')}
          options={TRANSPORT_MODE_OPTIONS}
        />
        {TRANSPORT_FIELDS[mode].map(({ key }) => {
          const { label, suffix, hint } = TRANSPORT_FIELD_TEXTS[key];
          return (
            <TextField
              key={key}
              label={label}
              inputMode="decimal"
              suffix={suffix}
              {...field(key)}
              hint={hint?.(kmRate)}
            />
          );
        })}
        {form.offer === 'SEL103' && asksPayer(mode) ? (
          <SelectField
            label="Hvem betaler vognmanden/billetten"
            {...field('paidBy')}
            options={PAYER_OPTIONS}
          />
        ) : null}
      </div>
      {form.offer === 'SEL104' ? (
        <Checkbox
          label="Kommunen har bevilget kørsel (§ 104)"
          checked={municipalTransport.value}
          onChange={municipalTransport.onChange}
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
