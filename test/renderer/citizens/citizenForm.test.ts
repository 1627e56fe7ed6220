import { describe, expect, it } from 'vitest';
import type { Grant } from '../../../shared/records';
import { TransportSchema } from '../../../shared/domain/input';
import { TRANSPORT_MODES } from '../../../shared/domain';
import {
  asksPayer,
  checkCitizenForm,
  citizenInputFromForm,
  citizenToForm,
  emptyCitizenForm,
  followUpHint,
  fieldError,
  GRANT_SIZE_OPTIONS,
  TRANSPORT_FIELDS,
  transportFromForm,
  withStartDate,
  type CitizenFormState,
} from '../../../renderer/src/features/citizens/citizenForm';
import { citizens } from '../../fixtures/october';

const anna = citizens[0]!;
const grant: Grant = {
  id: 'g-anna',
  citizenId: anna.id,
  size: 'threeQuarters',
  startDate: '2026-01-01',
  followUpDue: '2026-07-01',
  screeningNotes: '',
  createdAt: anna.createdAt,
  updatedAt: '2026-02-01T08:00:00.000Z',
};

function filled(patch: Partial<CitizenFormState> = {}): CitizenFormState {
  return {
    ...emptyCitizenForm('2026-10-01'),
    name: 'Eva Eg',
    payrollNumber: '2001',
    cpr: '010190-1234',
    withholdingRatePercent: '38',
    ...patch,
  };
}

describe('citizen form model', () => {
  it('reads a stored citizen back into the form and out again unchanged', () => {
    const form = citizenToForm(anna, grant);
    expect(form).toMatchObject({
      withholdingRatePercent: '38',
      monthlyAllowance: '0',
      transportMode: 'car',
      oneWayKm: '14',
      ratePerKm: '2,23',
      paidBy: 'citizen',
      grantSize: 'threeQuarters',
      grantStart: '2026-01-01',
    });
    const input = citizenInputFromForm(form);
    expect(input.taxCard).toEqual(anna.taxCard);
    expect(input.transport).toEqual(anna.transport);
  });

  it('reads numbers the Danish way: 4.000 is four thousand, an empty allowance is 0', () => {
    const r = checkCitizenForm(filled({ monthlyAllowance: '4.000' }), null, undefined);
    expect(r.ok && r.save.citizen.input.taxCard).toEqual({
      withholdingRatePercent: 38,
      monthlyAllowance: 4000,
    });
    const empty = checkCitizenForm(filled(), null, undefined);
    expect(empty.ok && empty.save.citizen.input.taxCard?.monthlyAllowance).toBe(0);
  });

  it('says how to write a number next to the field instead of "skal være et tal"', () => {
    const r = checkCitizenForm(
      filled({ withholdingRatePercent: '38.5', transportMode: 'car', oneWayKm: '1,2,3' }),
      null,
      undefined,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors['taxCard.withholdingRatePercent']).toBe(
      'brug komma som decimaltegn: skriv 38,5 (punktum skiller kun tusinder, fx 4.000)',
    );
    expect(r.errors['transport.oneWayKm']).toBe(
      'må kun have ét komma (decimaltegnet), fx 1.234,50',
    );
  });

  it('puts the grant fields under grant. and refuses a grant ending before it starts', () => {
    const r = checkCitizenForm(
      filled({ name: '', grantStart: '2026-10-01', grantEnd: '2026-09-30' }),
      null,
      undefined,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.name).toBe('må ikke være tom');
    expect(r.errors['grant.endDate']).toBe('slutdatoen ligger før startdatoen');
  });

  it('updates the citizen and the grant shown, guarded by their last change', () => {
    const r = checkCitizenForm(citizenToForm(anna, grant), anna, grant);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.save.citizen).toMatchObject({ id: anna.id, expectedUpdatedAt: anna.updatedAt });
    expect(r.save.grant).toMatchObject({
      id: grant.id,
      expectedUpdatedAt: grant.updatedAt,
      input: { size: 'threeQuarters', startDate: '2026-01-01', followUpDue: '2026-07-01' },
    });
    expect(r.save.grant.input).not.toHaveProperty('citizenId');
    const created = checkCitizenForm(filled(), null, undefined);
    expect(created.ok && created.save.citizen.id).toBeUndefined();
    expect(created.ok && created.save.grant.id).toBeUndefined();
  });

  it('keeps the grant start with the start date until it is set apart', () => {
    const moved = withStartDate(filled(), '2026-11-01');
    expect(moved.grantStart).toBe('2026-11-01');
    const apart = withStartDate({ ...moved, grantStart: '2026-12-01' }, '2026-11-15');
    expect(apart.grantStart).toBe('2026-12-01');
  });

  it('offers the grant sizes with their days a week, and the offer follow-up interval', () => {
    expect(GRANT_SIZE_OPTIONS.map((o) => o.label)).toEqual([
      '½ plads (2 dage om ugen)',
      '¾ plads (3 dage om ugen)',
      '1/1 plads (4 dage om ugen)',
    ]);
    expect(followUpHint('SEL103')).toBe('Tom: 6 måneder efter start');
    expect(followUpHint('SEL104')).toBe('Tom: 12 måneder efter start');
  });

  it('asks for the fields TransportSchema has per mode, an optional one sent only when filled', () => {
    for (const option of TransportSchema.options) {
      const mode = option.shape.mode.value;
      const asked = Object.entries(option.shape)
        .filter(([k]) => k !== 'mode' && k !== 'paidBy' && !(mode === 'none' && k === 'oneWayKm'))
        .map(([key, schema]) => (schema.safeParse(undefined).success ? `${key}?` : key));
      expect(TRANSPORT_FIELDS[mode].map((f) => (f.optional ? `${f.key}?` : f.key))).toEqual(asked);
    }
    const car = filled({ transportMode: 'car', oneWayKm: '12,5', ratePerKm: ' ' });
    expect(transportFromForm(car)).toEqual({ mode: 'car', oneWayKm: 12.5 });
    const bus = filled({
      transportMode: 'public',
      oneWayKm: '3',
      dailyCost: '40',
      paidBy: 'citizen',
    });
    expect(transportFromForm(bus)).toEqual({
      mode: 'public',
      oneWayKm: 3,
      dailyCost: 40,
      paidBy: 'citizen',
    });
    expect(transportFromForm(filled({ oneWayKm: '7' }))).toEqual({ mode: 'none' });
  });

  it('finds each field’s message under the path the schemas use', () => {
    const errors = {
      'grant.startDate': 'a',
      'taxCard.monthlyAllowance': 'b',
      transport: 'c',
      cpr: 'd',
    };
    expect(fieldError(errors, 'grantStart')).toBe('a');
    expect(fieldError(errors, 'monthlyAllowance')).toBe('b');
    expect(fieldError(errors, 'transportMode')).toBe('c');
    expect(fieldError(errors, 'cpr')).toBe('d');
    expect(fieldError(errors, 'name')).toBeUndefined();
  });
});

describe('who pays the carrier or the ticket (issue 10)', () => {
  it('is asked only for public and special transport', () => {
    expect(TRANSPORT_MODES.filter(asksPayer)).toEqual(['public', 'special']);
  });

  it('a payer left hidden after switching to the car is not sent; the default is kept', () => {
    const base = emptyCitizenForm('2026-01-01');
    const car = { ...base, transportMode: 'car' as const, oneWayKm: '10' };
    expect(transportFromForm({ ...car, paidBy: 'municipality' })).toEqual({
      mode: 'car',
      oneWayKm: 10,
    });
    expect(transportFromForm({ ...car, paidBy: 'citizen' })).toEqual({
      mode: 'car',
      oneWayKm: 10,
      paidBy: 'citizen',
    });
  });
});
