import { describe, expect, it } from 'vitest';
import { computeMonth } from '../../../shared/month';
import { settingsVersionFor } from '../../../shared/records';
import {
  citizenToForm,
  emptyCitizenForm,
  type CitizenFormState,
} from '../../../renderer/src/features/citizens/citizenForm';
import { transportPreview } from '../../../renderer/src/features/citizens/transportPreviewModel';
import { october } from '../../fixtures/october';

const month = '2026-10';
const version = settingsVersionFor(month, october.settingsVersions);

function newCitizen(patch: Partial<CitizenFormState>): CitizenFormState {
  return { ...emptyCitizenForm('2026-01-01'), ...patch };
}

const preview = (
  form: CitizenFormState,
  extra: Partial<Parameters<typeof transportPreview>[0]> = {},
) =>
  transportPreview({ form, month, saved: null, attendance: [], decisions: [], version, ...extra });

describe('transport preview', () => {
  it('shows a saved citizen the same transport the month computes (one core, one calc input)', () => {
    const month_ = computeMonth(october);
    for (const row of month_.rows) {
      const citizen = october.citizens.find((c) => c.id === row.citizenId)!;
      const p = transportPreview({
        form: citizenToForm(citizen, undefined),
        month,
        saved: citizen,
        attendance: october.attendance.filter((a) => a.citizenId === citizen.id),
        decisions: october.wageDecisions.filter((d) => d.citizenId === citizen.id),
        version,
      });
      expect(p.ok, citizen.name).toBe(true);
      if (p.ok) expect(p.result.transport).toEqual(row.result.transport);
    }
  });

  it('§ 104 with granted transport: the municipality pays all of the planned days', () => {
    // 1/1 place = 4 days a week; October 2026 starts on a Thursday: 2 + 4 × 4 = 18 days.
    const p = preview(
      newCitizen({
        offer: 'SEL104',
        transportMode: 'special',
        oneWayKm: '20',
        dailyCost: '150',
        municipalTransport: true,
      }),
    );
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.note).toBe(
      'Eksempel ud fra bevillingens planlagte dage (18 dage à 6 timer), da der ikke er registreret fremmøde.',
    );
    const value = (testId: string) => p.rows.find((r) => r.testId === testId)?.value;
    expect(value('preview-citizen')).toBe('0,00 kr.');
    expect(value('preview-municipal')).toBe('2.700,00 kr.');
    expect(p.payer).toBeNull();
  });

  it('plans only the days both the grant and the enrolment cover (later start wins)', () => {
    const form = newCitizen({
      offer: 'SEL104',
      transportMode: 'special',
      oneWayKm: '20',
      dailyCost: '100',
      startDate: '2026-10-19',
      grantStart: '2026-01-01',
      grantSize: 'half',
    });
    const p = preview(form);
    // Weeks of 19 and 26 October, 2 days each.
    expect(p.ok && p.result.days).toBe(4);
    expect(p.ok && p.note).toMatch(/\(4 dage à 6 timer\)/);
  });

  it('§ 103 without a wage decision pays the floor in the example and says so', () => {
    const p = preview(
      newCitizen({
        withholdingRatePercent: '38',
        transportMode: 'car',
        oneWayKm: '14',
      }),
    );
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.note).toMatch(/Der er ingen lønafgørelse endnu, så lønnen er sat til bunden\.$/);
    expect(p.rows.map((r) => r.label)).toEqual([
      'Kørselsdage',
      'Samlet udgift',
      'Heraf inden for 10 km',
      'Loft: 30 % af anslået nettoløn 462,02 kr.',
      'Borgerens andel',
      'Kommunens andel',
      'Regulering i lønnen',
    ]);
    expect(p.payer).toBe('Borgeren betaler selv og får kommunens andel udbetalt med lønnen.');
  });

  it('leaves out worked days before the first wage decision instead of refusing the month', () => {
    const anna = october.citizens[0]!;
    const later = { ...october.wageDecisions[1]!, id: 'w-only' }; // from 16 October
    const p = transportPreview({
      form: citizenToForm(anna, undefined),
      month,
      saved: anna,
      attendance: october.attendance.filter((a) => a.citizenId === anna.id),
      decisions: [later],
      version,
    });
    expect(p.ok && p.result.days).toBe(1); // 20 October only
  });

  it('asks for a valid profile when a number is not a Danish number', () => {
    const p = preview(
      newCitizen({ withholdingRatePercent: '38', transportMode: 'car', oneWayKm: '1.5' }),
    );
    expect(p).toEqual({
      ok: false,
      message: 'Udfyld kørselsprofilen og skattekortet korrekt for at se fordelingen.',
    });
    const sel104 = preview(newCitizen({ offer: 'SEL104', transportMode: 'car', oneWayKm: 'x' }));
    expect(sel104.ok || sel104.message).toBe(
      'Udfyld kørselsprofilen korrekt for at se fordelingen.',
    );
  });
});
