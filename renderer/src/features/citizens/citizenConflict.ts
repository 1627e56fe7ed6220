// The citizen form's fields as a conflict names them (docs/rules.md, "Samtidige ændringer"): the
// labels of the form's cards and each choice's Danish text, so the person compares what they
// typed with what another window saved, field by field.
import {
  GRANT_SIZE_LABELS,
  OFFER_LABELS,
  PAYER_LABELS,
  TRANSPORT_MODE_LABELS,
} from '../../../../shared/danish/values';
import { conflictRows, shownValue, type ConflictField } from '../../components/conflict';
import type { CitizenFormState } from './citizenForm';

const label =
  (labels: Readonly<Record<string, string>>) =>
  (v: unknown): string =>
    typeof v === 'string' && v in labels ? labels[v]! : shownValue(v);

const PAYER_TEXT = { ...PAYER_LABELS, default: 'Standard for transportformen' };

const FIELDS: readonly ConflictField<CitizenFormState>[] = [
  { key: 'name', label: 'Navn' },
  { key: 'payrollNumber', label: 'Lønnummer' },
  {
    key: 'cpr',
    label: 'CPR-nummer',
    show: (v) => (v ? 'skjult (numrene er forskellige)' : '(tom)'),
  },
  { key: 'offer', label: 'Tilbud', show: label(OFFER_LABELS) },
  { key: 'startDate', label: 'Startdato' },
  { key: 'note', label: 'Note' },
  { key: 'grantSize', label: 'Omfang', show: label(GRANT_SIZE_LABELS) },
  { key: 'grantStart', label: 'Bevilget fra' },
  { key: 'grantEnd', label: 'Bevilget til' },
  { key: 'followUpDue', label: 'Næste opfølgning senest' },
  { key: 'screeningNotes', label: 'Noter om målgruppevurdering' },
  { key: 'hasTaxCard', label: 'Skattekortet er modtaget' },
  { key: 'withholdingRatePercent', label: 'Trækprocent' },
  { key: 'monthlyAllowance', label: 'Månedsfradrag' },
  { key: 'transportMode', label: 'Transportform', show: label(TRANSPORT_MODE_LABELS) },
  { key: 'oneWayKm', label: 'Afstand én vej' },
  { key: 'ratePerKm', label: 'Kilometersats' },
  { key: 'dailyCost', label: 'Pris pr. dag (tur/retur)' },
  { key: 'monthlyPass', label: 'Månedskort' },
  { key: 'paidBy', label: 'Hvem betaler vognmanden/billetten', show: label(PAYER_TEXT) },
  { key: 'municipalTransport', label: 'Kommunen har bevilget kørsel (§ 104)' },
];

/**
 * The fields where the form (`mine`) and the stored citizen and grant differ. A CPR number is
 * never shown in the comparison, only that it differs (it is revealed on purpose elsewhere).
 */
export const citizenConflictRows = (mine: CitizenFormState, stored: CitizenFormState) =>
  conflictRows(mine, stored, FIELDS);
