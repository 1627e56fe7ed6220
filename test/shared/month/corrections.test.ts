// Efterregulering (docs/rules.md §10): each closed month from the corrected date is computed
// again with its stored settings and the corrected decisions; Δ against the closed results,
// exact in øre, summed and paid in the first open month.
import { describe, expect, it } from 'vitest';
import { calculate } from '../../../shared/domain/calculate';
import { computeMonth, toPayrollMonth } from '../../../shared/month';
import {
  closedMonthMessage,
  closedMonthTouched,
  computeCorrection,
  firstOpenMonth,
} from '../../../shared/month/corrections';
import { buildCalcInput } from '../../../shared/month/compute';
import type { Attendance, MonthClose, WageDecision } from '../../../shared/records';
import { october } from '../../fixtures/october';

const at = '2026-11-02T09:00:00.000Z';
const september: Attendance[] = [
  { citizenId: 'c-bo', date: '2026-09-07', hours: 5, updatedAt: at },
  { citizenId: 'c-carl', date: '2026-09-08', hours: 4, updatedAt: at },
];
const attendance = [...september, ...october.attendance];

function close(month: string, status: MonthClose['status'] = 'closed'): MonthClose {
  const results = computeMonth({ ...october, month, attendance });
  expect(results.problems).toEqual([]);
  return {
    month,
    status,
    closedAt: at,
    closedBy: 'ABC',
    payroll: toPayrollMonth(results),
    exportProfile: 'excel',
    fileHash: '0'.repeat(64),
    wageDecisionIds: Object.values(results.wageDecisionIdsByCitizen).flat(),
    history: [],
  };
}
const closes = [close('2026-09'), close('2026-10')];
const citizen = (id: string) => october.citizens.find((c) => c.id === id)!;

/** Bo's 12 kr. from 01.03.2026 was wrong: 14 kr. (a new decision from the same date, later). */
const corrected: WageDecision = {
  id: 'w-bo-2',
  citizenId: 'c-bo',
  effectiveFrom: '2026-03-01',
  hourlyWage: 14,
  justification: 'Rettet sats',
  assessorInitials: 'ABC',
  supersedes: 'w-bo-1',
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
};
const boDecisions = [...october.wageDecisions.filter((d) => d.citizenId === 'c-bo'), corrected];

function boNow(month: string) {
  const settings = closes.find((c) => c.month === month)!.payroll.settings;
  return calculate(buildCalcInput(month, citizen('c-bo'), boDecisions, attendance, settings));
}

describe('computeCorrection (docs/rules.md §10)', () => {
  it('gives Δgross and Δadjustment per closed month against the closed results, exactly', () => {
    const r = computeCorrection({
      citizen: citizen('c-bo'),
      from: '2026-03-01',
      decisions: boDecisions,
      attendance,
      closes,
    });
    expect(r.problems).toEqual([]);
    expect(r.payIn).toBe('2026-11');
    const sep = boNow('2026-09');
    const oct = boNow('2026-10');
    expect(r.months.map((m) => [m.month, m.closedGross, m.newGross, m.deltaGross])).toEqual([
      ['2026-09', 60, 70, 10],
      ['2026-10', 123, 143.5, 20.5],
    ]);
    expect(sep.grossPay).toBe(70);
    expect(oct.grossPay).toBe(143.5);
    for (const m of r.months) {
      const now = m.month === '2026-09' ? sep : oct;
      expect(m.newAdjustment).toBe(now.transport.payrollAdjustment);
      expect(Math.round(m.closedAdjustment * 100) + Math.round(m.deltaAdjustment * 100)).toBe(
        Math.round(m.newAdjustment * 100),
      );
    }
    expect(r.deltaGross).toBe(30.5);
    expect(r.deltaAdjustment).toBe(
      (Math.round(r.months[0]!.deltaAdjustment * 100) +
        Math.round(r.months[1]!.deltaAdjustment * 100)) /
        100,
    );
  });

  it('gives 0 for a month where nothing changes, and only the months from the corrected date', () => {
    const same = { ...corrected, hourlyWage: 12 };
    const r = computeCorrection({
      citizen: citizen('c-bo'),
      from: '2026-10-01',
      decisions: [...boDecisions.slice(0, -1), { ...same, effectiveFrom: '2026-10-01' }],
      attendance,
      closes,
    });
    expect(r.months.map((m) => [m.month, m.deltaGross, m.deltaAdjustment])).toEqual([
      ['2026-10', 0, 0],
    ]);
    expect([r.deltaGross, r.deltaAdjustment]).toEqual([0, 0]);
  });

  it('pays nothing for a § 104 citizen: no wage decision counts', () => {
    const r = computeCorrection({
      citizen: citizen('c-carl'),
      from: '2026-01-01',
      decisions: [{ ...corrected, id: 'w-carl', citizenId: 'c-carl' }],
      attendance,
      closes,
    });
    expect(r.months.map((m) => m.month)).toEqual(['2026-09', '2026-10']);
    expect([r.deltaGross, r.deltaAdjustment]).toEqual([0, 0]);
  });

  it('leaves out reopened months and subtracts what earlier corrections paid', () => {
    const r = computeCorrection({
      citizen: citizen('c-bo'),
      from: '2026-03-01',
      decisions: boDecisions,
      attendance,
      closes: [closes[0]!, close('2026-10', 'reopened')],
      earlier: [{ month: '2026-09', deltaGross: 4, deltaAdjustment: 0 }],
    });
    expect(r.months.map((m) => [m.month, m.deltaGross])).toEqual([['2026-09', 6]]);
    expect(r.payIn).toBe('2026-10');
  });

  it('names a closed month that cannot be computed with the corrected decisions', () => {
    const r = computeCorrection({
      citizen: citizen('c-bo'),
      from: '2026-03-01',
      decisions: [],
      attendance,
      closes,
    });
    expect(r.problems.map((p) => p.month)).toEqual(['2026-09', '2026-10']);
    expect(r.months).toEqual([]);
  });
});

describe('nothing takes effect on a day of a closed month (docs/rules.md §10)', () => {
  it('finds the closed month a decision would apply in', () => {
    expect(closedMonthTouched('2026-10-15', [], ['2026-10'])).toBe('2026-10');
    expect(closedMonthTouched('2026-09-01', [], ['2026-10'])).toBe('2026-10');
    expect(closedMonthTouched('2026-09-01', ['2026-10-01'], ['2026-10'])).toBeUndefined();
    expect(closedMonthTouched('2026-09-01', ['2026-10-02'], ['2026-10'])).toBe('2026-10');
    expect(closedMonthTouched('2026-11-01', ['2026-01-01'], ['2026-09', '2026-10'])).toBe(
      undefined,
    );
  });

  it('words the refusal in Danish with the first open day', () => {
    expect(closedMonthMessage('2026-10-15', '2026-10', '2026-11')).toBe(
      'oktober 2026 er lukket, så en lønafgørelse kan ikke gælde fra en dag i den. Vælg 01.11.2026 eller senere; de lukkede måneder ændres ikke.',
    );
    expect(closedMonthMessage('2026-09-01', '2026-10', '2026-11')).toMatch(
      /^oktober 2026 er lukket, og en lønafgørelse fra 01\.09\.2026 ville gælde i den\./,
    );
  });

  it('the first open month follows the latest closed one', () => {
    expect(firstOpenMonth([], '2026-10')).toBe('2026-10');
    expect(firstOpenMonth(closes, '2026-08')).toBe('2026-11');
    expect(firstOpenMonth([close('2026-10', 'reopened')], '2026-08')).toBe('2026-08');
  });
});
