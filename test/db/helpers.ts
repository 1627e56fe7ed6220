// Fresh databases on fake-indexeddb with a fixed, advancing clock.
import 'fake-indexeddb/auto';
import { createDataApiOn, JobbasenDb, type DataApiOptions } from '../../renderer/db';
import type { DataApi } from '../../shared/data/api';
import { MIDDLE_ASSESSMENT } from '../fixtures/assessment';

let counter = 0;

export function fixedClock(start = '2026-11-02T09:00:00.000Z') {
  let t = Date.parse(start);
  return () => {
    const out = new Date(t).toISOString();
    t += 1000;
    return out;
  };
}

export async function freshApi(options: DataApiOptions = {}) {
  const name = `test-${process.pid}-${++counter}-${Math.random().toString(36).slice(2)}`;
  const db = new JobbasenDb(name);
  const api = createDataApiOn(db, { now: fixedClock(), appVersion: '0.1.0', ...options });
  await api.setCurrentUser('ABC');
  return { db, api, name };
}

/** A small, realistic month: two § 103 citizens (one with two decisions) and one § 104. */
export async function seedOctober(api: DataApi) {
  const anna = await api.createCitizen({
    name: 'Anna Ærø',
    payrollNumber: '1001',
    cpr: '010190-1234',
    offer: 'SEL103',
    startDate: '2026-01-01',
    taxCard: { withholdingRatePercent: 38, monthlyAllowance: 0 },
    transport: { mode: 'car', oneWayKm: 14, ratePerKm: 2.23, paidBy: 'citizen' },
  });
  const bo = await api.createCitizen({
    name: 'Bo Østergaard',
    payrollNumber: '1002',
    cpr: '2902001234'.replace('29020', '28020'),
    offer: 'SEL103',
    startDate: '2026-03-01',
    transport: { mode: 'special', oneWayKm: 20, dailyCost: 120 },
  });
  const carl = await api.createCitizen({
    name: 'Carl Åberg',
    payrollNumber: '1003',
    cpr: '150575-4321',
    offer: 'SEL104',
    startDate: '2025-06-01',
    transport: { mode: 'public', oneWayKm: 8, dailyCost: 48, monthlyPass: 620 },
    municipalTransport: true,
  });
  const d1 = await api.createWageDecision({
    citizenId: anna.id,
    effectiveFrom: '2026-01-01',
    assessment: MIDDLE_ASSESSMENT,
    assessorInitials: 'abc',
  });
  const d2 = await api.createWageDecision({
    citizenId: anna.id,
    effectiveFrom: '2026-10-16',
    hourlyWage: 21.5,
    justification: 'Ny opgave i montage',
    assessorInitials: 'ABC',
  });
  const d3 = await api.createWageDecision({
    citizenId: bo.id,
    effectiveFrom: '2026-03-01',
    hourlyWage: 12,
    justification: 'Individuel vurdering ved start',
    assessorInitials: 'DEF',
  });
  await api.saveMonthAttendance('2026-10', [
    { citizenId: anna.id, date: '2026-10-01', hours: 6 },
    { citizenId: anna.id, date: '2026-10-20', hours: 5.5 },
    { citizenId: anna.id, date: '2026-10-21', hours: 0, absence: 'syg' },
    { citizenId: bo.id, date: '2026-10-05', hours: 7.25 },
    { citizenId: bo.id, date: '2026-10-06', hours: 3 },
    { citizenId: carl.id, date: '2026-10-07', hours: 4 },
  ]);
  return { anna, bo, carl, decisions: [d1, d2, d3] };
}
