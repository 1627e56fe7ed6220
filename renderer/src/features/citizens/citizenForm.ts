// The citizen form's text state ↔ the shared CitizenInput / GrantInput (pure, unit-tested).
import { defaultPayer } from '../../../../shared/domain';
import type { Offer, Payer, TransportInput, TransportMode } from '../../../../shared/domain';
import type { Citizen, Grant, GrantSize } from '../../../../shared/records';
import { toInputNumber } from '../../format';
import { numberOrText } from '../../components/forms';

export interface CitizenFormState {
  name: string;
  payrollNumber: string;
  cpr: string;
  offer: Offer;
  startDate: string;
  note: string;
  hasTaxCard: boolean;
  withholdingRatePercent: string;
  monthlyAllowance: string;
  transportMode: TransportMode;
  oneWayKm: string;
  ratePerKm: string;
  dailyCost: string;
  monthlyPass: string;
  paidBy: Payer | 'default';
  municipalTransport: boolean;
  grantSize: GrantSize;
  grantStart: string;
  grantEnd: string;
  followUpDue: string;
  screeningNotes: string;
}

export const TRANSPORT_MODE_LABELS: Record<TransportMode, string> = {
  none: 'Ingen udgift (går, cykler)',
  car: 'Egen bil',
  public: 'Offentlig transport',
  special: 'Særlig kørsel (flextur, taxa)',
};

export const PAYER_LABELS: Record<Payer, string> = {
  citizen: 'Borgeren betaler selv og får kommunens andel udbetalt med lønnen',
  municipality: 'Kommunen betaler vognmanden; borgerens andel trækkes i lønnen',
};

export const OFFER_LABELS: Record<Offer, string> = {
  SEL103: '§ 103 Beskyttet beskæftigelse',
  SEL104: '§ 104 Aktivitets- og samværstilbud',
};

export const OFFER_SHORT: Record<Offer, string> = { SEL103: '§ 103', SEL104: '§ 104' };

export function emptyCitizenForm(today: string): CitizenFormState {
  return {
    name: '',
    payrollNumber: '',
    cpr: '',
    offer: 'SEL103',
    startDate: today,
    note: '',
    hasTaxCard: true,
    withholdingRatePercent: '',
    monthlyAllowance: '',
    transportMode: 'none',
    oneWayKm: '',
    ratePerKm: '',
    dailyCost: '',
    monthlyPass: '',
    paidBy: 'default',
    municipalTransport: false,
    grantSize: 'full',
    grantStart: today,
    grantEnd: '',
    followUpDue: '',
    screeningNotes: '',
  };
}

export function citizenToForm(c: Citizen, grant: Grant | undefined): CitizenFormState {
  const t = c.transport;
  return {
    name: c.name,
    payrollNumber: c.payrollNumber,
    cpr: c.cpr,
    offer: c.offer,
    startDate: c.startDate,
    note: c.note ?? '',
    hasTaxCard: c.taxCard !== undefined,
    withholdingRatePercent: toInputNumber(c.taxCard?.withholdingRatePercent),
    monthlyAllowance: toInputNumber(c.taxCard?.monthlyAllowance),
    transportMode: t?.mode ?? 'none',
    oneWayKm: toInputNumber(t?.oneWayKm),
    ratePerKm: toInputNumber(t?.mode === 'car' ? t.ratePerKm : undefined),
    dailyCost: toInputNumber(
      t && (t.mode === 'public' || t.mode === 'special') ? t.dailyCost : undefined,
    ),
    monthlyPass: toInputNumber(t?.mode === 'public' ? t.monthlyPass : undefined),
    paidBy: t?.paidBy ?? 'default',
    municipalTransport: c.municipalTransport,
    grantSize: grant?.size ?? 'full',
    grantStart: grant?.startDate ?? c.startDate,
    grantEnd: grant?.endDate ?? '',
    followUpDue: grant?.followUpDue ?? '',
    screeningNotes: grant?.screeningNotes ?? '',
  };
}

/** The transport profile as the shared TransportSchema expects it (unvalidated). */
export function transportFromForm(f: CitizenFormState): Record<string, unknown> | undefined {
  const paidBy = f.paidBy === 'default' ? undefined : f.paidBy;
  const common = { ...(paidBy ? { paidBy } : {}) };
  switch (f.transportMode) {
    case 'none':
      // Stored explicitly, so "no transport cost" differs from "not filled in yet".
      return { mode: 'none', ...common };
    case 'car':
      return {
        mode: 'car',
        oneWayKm: numberOrText(f.oneWayKm),
        ...(f.ratePerKm.trim() ? { ratePerKm: numberOrText(f.ratePerKm) } : {}),
        ...common,
      };
    case 'public':
      return {
        mode: 'public',
        oneWayKm: numberOrText(f.oneWayKm),
        dailyCost: numberOrText(f.dailyCost),
        ...(f.monthlyPass.trim() ? { monthlyPass: numberOrText(f.monthlyPass) } : {}),
        ...common,
      };
    case 'special':
      return {
        mode: 'special',
        oneWayKm: numberOrText(f.oneWayKm),
        dailyCost: numberOrText(f.dailyCost),
        ...common,
      };
  }
}

/** The citizen part of the form → what CitizenInputSchema validates. */
export function citizenInputFromForm(f: CitizenFormState): Record<string, unknown> {
  return {
    name: f.name,
    payrollNumber: f.payrollNumber,
    cpr: f.cpr,
    offer: f.offer,
    startDate: f.startDate,
    ...(f.offer === 'SEL103' && f.hasTaxCard
      ? {
          taxCard: {
            withholdingRatePercent: numberOrText(f.withholdingRatePercent),
            monthlyAllowance: numberOrText(f.monthlyAllowance) ?? 0,
          },
        }
      : {}),
    ...(transportFromForm(f) ? { transport: transportFromForm(f) } : {}),
    municipalTransport: f.offer === 'SEL104' ? f.municipalTransport : false,
    note: f.note,
  };
}

/** The grant part of the form → what GrantInputSchema validates. */
export function grantInputFromForm(
  f: CitizenFormState,
  citizenId: string,
): Record<string, unknown> {
  return {
    citizenId,
    size: f.grantSize,
    startDate: f.grantStart,
    ...(f.grantEnd ? { endDate: f.grantEnd } : {}),
    ...(f.followUpDue ? { followUpDue: f.followUpDue } : {}),
    screeningNotes: f.screeningNotes,
  };
}

export function effectivePayer(f: CitizenFormState): Payer {
  return f.paidBy === 'default' ? defaultPayer(f.transportMode) : f.paidBy;
}

export type { TransportInput };
