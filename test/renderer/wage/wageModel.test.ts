import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import type { Citizen, WageDecision } from '../../../shared/records';
import {
  assessmentOf,
  citizenOptions,
  effectiveMonth,
  handSetWageHint,
  handSetWagePreview,
  handSetWageWarning,
  initialHelpNeed,
  initialScores,
  missingItems,
  settingsNote,
  stabilityTexts,
  wageDecisionFromForm,
  type Scores,
  type WageFormValues,
} from '../../../renderer/src/features/wage/wageModel';

const none: Scores = {
  attendanceStability: null,
  flexibility: null,
  productivity: null,
  quality: null,
  collegialInteraction: null,
};
const twos: Scores = {
  attendanceStability: 2,
  flexibility: 2,
  productivity: 2,
  quality: 2,
  collegialInteraction: 2,
};

const form = (over: Partial<WageFormValues> = {}): WageFormValues => ({
  citizenId: 'c1',
  effectiveFrom: '2026-10-01',
  assessorInitials: 'TST',
  handSet: false,
  hourlyWage: '',
  justification: '',
  scores: twos,
  helpNeed: 'moderate',
  ...over,
});

describe('the hand-set wage against floor and ceiling (default settings: 7,50–30,00 kr.)', () => {
  const warn = (text: string) => handSetWageWarning(text, DEFAULT_SETTINGS);
  it('refuses 7,49 with the shared floor message', () => {
    expect(warn('7,49')).toEqual({
      kind: 'belowFloor',
      message: 'må ikke være under mindstelønnen 7,50 kr.',
    });
  });
  it('accepts the floor and the ceiling themselves', () => {
    expect(warn('7,50')).toBeNull();
    expect(warn('30,00')).toBeNull();
    expect(warn('30')).toBeNull();
  });
  it('warns above the ceiling, exactly in øre', () => {
    expect(warn('30,01')).toEqual({
      kind: 'aboveCeiling',
      message:
        'Timelønnen er over loftet (30,00 kr.). Det er tilladt, men skal være begrundet, og lønlisten får en bemærkning.',
    });
  });
  it('says nothing while the text is not a number yet', () => {
    expect(warn('')).toBeNull();
    expect(warn('1.5')).toBeNull();
  });
  it('shows floor and ceiling in the hint and the typed wage in the preview', () => {
    expect(handSetWageHint(DEFAULT_SETTINGS)).toBe(
      'Bund 7,50 kr., loft som udgangspunkt 30,00 kr.',
    );
    expect(handSetWagePreview('31')).toBe('31,00 kr.');
    expect(handSetWagePreview('22,5')).toBe('22,50 kr.');
    expect(handSetWagePreview('1.5')).toBe('— kr.');
  });
});

describe('wageDecisionFromForm', () => {
  it('builds the decision from a full assessment', () => {
    expect(wageDecisionFromForm(form(), DEFAULT_SETTINGS)).toEqual({
      ok: true,
      input: {
        citizenId: 'c1',
        effectiveFrom: '2026-10-01',
        assessorInitials: 'TST',
        assessment: { scores: twos, helpNeed: 'moderate' },
      },
    });
  });
  it('names each missing criterion', () => {
    const r = wageDecisionFromForm(
      form({ scores: { ...twos, quality: null }, helpNeed: null }),
      DEFAULT_SETTINGS,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(Object.keys(r.errors).sort()).toEqual([
        'assessment.helpNeed',
        'assessment.scores.quality',
      ]);
    }
  });
  it('builds a hand-set decision from Danish input', () => {
    const r = wageDecisionFromForm(
      form({ handSet: true, hourlyWage: '22,5', justification: 'Konkret vurdering' }),
      DEFAULT_SETTINGS,
    );
    expect(r).toEqual({
      ok: true,
      input: {
        citizenId: 'c1',
        effectiveFrom: '2026-10-01',
        assessorInitials: 'TST',
        hourlyWage: 22.5,
        justification: 'Konkret vurdering',
      },
    });
  });
  it('refuses 1.5 with the parser’s hint instead of reading it as 15', () => {
    const r = wageDecisionFromForm(
      form({ handSet: true, hourlyWage: '1.5', justification: 'x' }),
      DEFAULT_SETTINGS,
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.hourlyWage).toBe(
        'brug komma som decimaltegn: skriv 1,5 (punktum skiller kun tusinder, fx 4.000)',
      );
  });
  it('refuses a wage below the floor and an empty wage or justification', () => {
    const below = wageDecisionFromForm(
      form({ handSet: true, hourlyWage: '7,49', justification: 'x' }),
      DEFAULT_SETTINGS,
    );
    expect(below.ok ? null : below.errors.hourlyWage).toBe(
      'må ikke være under mindstelønnen 7,50 kr.',
    );
    const empty = wageDecisionFromForm(form({ handSet: true }), DEFAULT_SETTINGS);
    expect(empty.ok ? null : empty.errors.hourlyWage).toBe('mangler');
    const noReason = wageDecisionFromForm(
      form({ handSet: true, hourlyWage: '31' }),
      DEFAULT_SETTINGS,
    );
    expect(noReason.ok ? null : noReason.errors.justification).toBe('må ikke være tom');
  });
  it('allows a wage above the ceiling (the warning is advisory)', () => {
    expect(
      wageDecisionFromForm(
        form({ handSet: true, hourlyWage: '30,01', justification: 'x' }),
        DEFAULT_SETTINGS,
      ).ok,
    ).toBe(true);
  });
});

describe('the form’s starting point and preview', () => {
  const latest = {
    assessment: { scores: { ...twos, quality: 4 }, helpNeed: 'extensive' },
  } as unknown as WageDecision;
  it('starts a reassessment from the latest assessment', () => {
    expect(initialScores(latest)).toEqual({ ...twos, quality: 4 });
    expect(initialHelpNeed(latest)).toBe('extensive');
    expect(initialScores(undefined)).toEqual(none);
    expect(initialHelpNeed(undefined)).toBeNull();
  });
  it('lists what is missing and has no assessment until all six are chosen', () => {
    expect(missingItems({ ...twos, flexibility: null }, null)).toEqual([
      'Fleksibilitet',
      'Hjælpebehov',
    ]);
    expect(assessmentOf({ ...twos, flexibility: null }, 'moderate')).toBeNull();
    expect(assessmentOf(twos, null)).toBeNull();
    expect(assessmentOf(twos, 'moderate')).toEqual({ scores: twos, helpNeed: 'moderate' });
  });
  it('takes the settings month from the decision’s date once it is a real date', () => {
    expect(effectiveMonth('2026-03-15', '2026-10')).toBe('2026-03');
    expect(effectiveMonth('15.03', '2026-10')).toBe('2026-10');
    expect(effectiveMonth('2026-02-30', '2026-10')).toBe('2026-10');
  });
  it('says which settings were used', () => {
    expect(settingsNote({ id: 'standard', validFrom: '2000-01' })).toBe(
      'Standardindstillingerne er brugt.',
    );
    expect(settingsNote({ id: 'v2', validFrom: '2026-03' })).toBe(
      'Indstillingerne fra marts 2026 er brugt.',
    );
  });
  it('offers only § 103 citizens, with a prompt first', () => {
    const c = (id: string, offer: string) =>
      ({ id, name: `N${id}`, payrollNumber: id, offer }) as unknown as Citizen;
    expect(citizenOptions(undefined)).toEqual([{ value: '', label: 'Henter …' }]);
    expect(citizenOptions([c('1', 'SEL103'), c('2', 'SEL104')])).toEqual([
      { value: '', label: 'Vælg en borger …' },
      { value: '1', label: 'N1 (1)' },
    ]);
  });
  it('narrows the picker to the area chosen, by the area in the working month, keeping the chosen one', () => {
    const c = (id: string, areaId: string) =>
      ({
        id,
        name: `N${id}`,
        payrollNumber: id,
        offer: 'SEL103',
        // Moves to `areaId` from November; before that everyone is in the park.
        workAreas: [
          { from: '2026-01', areaId: 'park' },
          { from: '2026-11', areaId },
        ],
      }) as unknown as Citizen;
    const people = [c('1', 'park'), c('2', 'butik'), c('3', 'butik')];
    const ids = (o: { value: string }[]) => o.map((x) => x.value);
    expect(ids(citizenOptions(people, { areaId: 'butik', month: '2026-11' }))).toEqual([
      '',
      '2',
      '3',
    ]);
    expect(ids(citizenOptions(people, { areaId: 'butik', month: '2026-10' }))).toEqual(['']);
    expect(ids(citizenOptions(people, { areaId: '', month: '2026-11' }))).toEqual([
      '',
      '1',
      '2',
      '3',
    ]);
    // The citizen being assessed stays in the picker when another area is chosen.
    expect(ids(citizenOptions(people, { areaId: 'butik', month: '2026-11', chosen: '1' }))).toEqual(
      ['', '1', '2', '3'],
    );
  });
  it('words the stability suggestion', () => {
    const result = {
      score: 3,
      ratio: 0.9,
      expectedDays: 40,
      worked: 36,
      planned: 42,
      agreed: 2,
      registered: 38,
    } as const;
    expect(stabilityTexts(result, ['2026-08', '2026-09', '2026-10'])).toEqual({
      period: 'august 2026 – oktober 2026',
      score: '3 – I høj grad',
      detail: '(36 af 40 forventede dage = 90 %; 2 dages ferie/fri er trukket fra).',
    });
    expect(stabilityTexts({ ...result, agreed: 0 }, ['2026-08', '2026-10']).detail).toBe(
      '(36 af 40 forventede dage = 90 %).',
    );
  });
});
