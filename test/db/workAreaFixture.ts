// Work-area fixtures for the data-layer tests (docs/rules.md §6).
import { MIDDLE_ASSESSMENT } from '../fixtures/assessment';
import type { DataApi } from '../../shared/data/api';

/** "Have og park" (150,00 kr. from January 2026), and Anna in it with a decision and two days. */
export async function parkWithAnna(api: DataApi) {
  const park = await api.saveWorkArea({ name: 'Have og park' });
  await api.saveWorkAreaWage(park.id, { validFrom: '2026-01', minimumWageReference: 150 });
  const anna = await api.createCitizen(
    {
      name: 'Anna Ærø',
      payrollNumber: '1001',
      cpr: '010190-1234',
      offer: 'SEL103',
      startDate: '2026-01-01',
      taxCard: { withholdingRatePercent: 38, monthlyAllowance: 0 },
    },
    { workAreaId: park.id },
  );
  await api.createWageDecision({
    citizenId: anna.id,
    effectiveFrom: '2026-01-01',
    assessment: MIDDLE_ASSESSMENT,
    assessorInitials: 'ABC',
  });
  await api.saveMonthAttendance('2026-10', [{ citizenId: anna.id, date: '2026-10-01', hours: 6 }]);
  await api.saveMonthAttendance('2026-11', [{ citizenId: anna.id, date: '2026-11-02', hours: 6 }]);
  return { park: (await api.listWorkAreas()).find((a) => a.id === park.id)!, anna };
}

/** Besides the park, "Montage" (300,00 kr.: floor 15,00) with nobody in it. */
export async function twoAreas(api: DataApi) {
  const { park, anna } = await parkWithAnna(api);
  const montage = await api.saveWorkArea({ name: 'Montage' });
  await api.saveWorkAreaWage(montage.id, { validFrom: '2026-01', minimumWageReference: 300 });
  return { park, montage, anna };
}
