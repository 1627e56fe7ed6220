import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { SETTINGS_LABELS } from '../../../shared/danish/labels';
import { defaultSettingsVersion, type SettingsVersion } from '../../../shared/records';
import {
  checkSettingsForm,
  formToSettingsInput,
  HELP_POINT_LABELS,
  ROUNDING_OPTIONS,
  SCALAR_FIELDS,
  SCALAR_KEYS,
  settingsToForm,
  versionRows,
  WEIGHT_LABELS,
  type SettingsFormState,
} from '../../../renderer/src/features/settings/settingsFormModel';
import { settingsVersions } from '../../fixtures/october';

const base = settingsVersions[0]!;
const form = (patch: (f: SettingsFormState) => SettingsFormState = (f) => f) =>
  patch(settingsToForm(base, '2027-01'));

describe('settings form ↔ SettingsVersionInput', () => {
  it('starts from the version in force, with numbers written the Danish way', () => {
    const f = settingsToForm({ ...base, settings: { ...base.settings, kmRate: 2.23 } }, '2027-01');
    expect(f.validFrom).toBe('2027-01');
    expect(f.scalars.kmRate).toBe('2,23');
    expect(f.scalars.minimumWageReference).toBe('150');
    expect(f.wageRoundingStep).toBe('0.5');
    expect(f.codes).toEqual(base.wageTypeCodes);
  });

  it('saves what it was given unchanged when nothing is edited (round trip)', () => {
    const r = checkSettingsForm(form());
    expect(r).toEqual({
      ok: true,
      value: {
        validFrom: '2027-01',
        settings: DEFAULT_SETTINGS,
        wageTypeCodes: base.wageTypeCodes,
      },
    });
  });

  it('keeps the efterregulering codes optional: empty means the default (docs/rules.md §10)', () => {
    const empty = checkSettingsForm(
      form((f) => ({ ...f, codes: { ...f.codes, correctionWage: ' ', correctionTransport: '' } })),
    );
    expect(empty.ok && empty.value.wageTypeCodes).toEqual(base.wageTypeCodes);
    const set = checkSettingsForm(
      form((f) => ({ ...f, codes: { ...f.codes, correctionWage: '1195' } })),
    );
    expect(set.ok && set.value.wageTypeCodes).toEqual({
      ...base.wageTypeCodes,
      correctionWage: '1195',
    });
    const bad = checkSettingsForm(
      form((f) => ({ ...f, codes: { ...f.codes, correctionTransport: '61-90' } })),
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.errors['wageTypeCodes.correctionTransport']).toMatch(/cifre eller bogstaver/);
  });

  it('reads 4.000 as four thousand and 2,5 as two and a half', () => {
    const r = checkSettingsForm(
      form((f) => ({
        ...f,
        scalars: { ...f.scalars, wageCeiling: '4.000', kmRate: '2,5' },
        wageRoundingStep: '0.25',
      })),
    );
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.settings.wageCeiling).toBe(4000);
      expect(r.value.settings.kmRate).toBe(2.5);
      expect(r.value.settings.wageRoundingStep).toBe(0.25);
    }
  });

  it('refuses 1.5 next to the field with the parser’s hint, and nothing is saved', () => {
    const r = checkSettingsForm(form((f) => ({ ...f, scalars: { ...f.scalars, kmRate: '1.5' } })));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors['settings.kmRate']).toMatch(/brug komma som decimaltegn: skriv 1,5/);
  });

  it('names every refused field by the path the form shows it at', () => {
    const r = checkSettingsForm(
      form((f) => ({
        ...f,
        validFrom: '2027-13',
        scalars: { ...f.scalars, wageFloorPercent: '' },
        weights: { ...f.weights, quality: 'meget' },
        helpPoints: { ...f.helpPoints, moderate: '5' },
        codes: { ...f.codes, wage: '' },
      })),
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(Object.keys(r.errors).sort()).toEqual([
        'settings.criteriaWeights.quality',
        'settings.helpNeedPoints.moderate',
        'settings.wageFloorPercent',
        'validFrom',
        'wageTypeCodes.wage',
      ]);
  });

  it('refuses all weights at zero as one message for the weights', () => {
    const zero = form((f) => ({
      ...f,
      weights: Object.fromEntries(Object.keys(f.weights).map((k) => [k, '0'])) as typeof f.weights,
    }));
    const r = checkSettingsForm(zero);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors['settings.criteriaWeights']).toBe('mindst én vægt skal være større end 0');
  });

  it('hands the schema the numbers, an empty field as missing', () => {
    const input = formToSettingsInput(
      form((f) => ({ ...f, scalars: { ...f.scalars, kmRate: ' ' } })),
    );
    const settings = input.settings as Record<string, unknown>;
    expect(settings.kmRate).toBeUndefined();
    expect(settings.wageCeiling).toBe(30);
  });
});

describe('labels', () => {
  it('uses the shared settings labels for the number fields', () => {
    for (const k of SCALAR_KEYS) expect(SCALAR_FIELDS[k].label).toBe(SETTINGS_LABELS[k]);
    expect(SCALAR_FIELDS.kmRate).toEqual({ label: 'Kilometersats', suffix: 'kr./km' });
  });

  it('calls the common reference wage the fallback it is with work areas (docs/rules.md §6)', () => {
    expect(SCALAR_FIELDS.minimumWageReference).toEqual({
      label: 'Mindsteløn uden arbejdsområde',
      suffix: 'kr./time',
      hint: 'Bruges kun for borgere uden arbejdsområde eller et område uden sats.',
    });
  });

  it('names weights and help-need points in Danish', () => {
    expect(WEIGHT_LABELS.helpNeed).toBe('Hjælpebehov');
    expect(WEIGHT_LABELS.quality).toBe('Kvaliteten af det udførte arbejde');
    expect(HELP_POINT_LABELS).toEqual({
      independent: 'Selvstændig',
      moderate: 'Moderat støtte',
      extensive: 'Meget støtte',
    });
    expect(ROUNDING_OPTIONS.map((o) => o.label)).toEqual([
      '0,01 kr.',
      '0,25 kr.',
      '0,50 kr.',
      '1,00 kr.',
    ]);
  });
});

describe('versions table', () => {
  it('shows each version’s month, amounts and codes in Danish', () => {
    const v: SettingsVersion = {
      ...defaultSettingsVersion(),
      id: 's-1',
      validFrom: '2027-01',
      settings: { ...DEFAULT_SETTINGS, wageFloorPercent: 7.5, kmRate: 3.79 },
      wageTypeCodes: { wage: 'L110', transportReimbursement: 'K610', transportDeduction: 'K611' },
      createdAt: '2026-11-20T10:00:00.000Z',
      createdBy: 'ABC',
    };
    const [row] = versionRows([v]);
    expect(row).toMatchObject({
      validFrom: 'januar 2027',
      minimumWage: '150,00',
      floor: '7,5 %',
      ceiling: '30,00',
      step: '0,50',
      kmRate: '3,79',
      codes: 'L110 / K610 / K611',
    });
    expect(row!.created).toMatch(/^20\.11\.2026 kl\. \d\d\.00 \(ABC\)$/);
  });
});
