import { describe, expect, it } from 'vitest';
import { computeMonth, effectiveDecisions } from '../../../shared/month';
import { calculate } from '../../../shared/domain/calculate';
import { formatIssue } from '../../../shared/domain/errors';
import { settingsVersionFor } from '../../../shared/records';
import { october, wageDecisions } from '../../fixtures/october';
import { SECTION_7_INPUT } from '../domain/section7';

describe('month computation', () => {
  const results = computeMonth(october);

  it('includes the citizens enrolled in the month, ordered by payroll number', () => {
    expect(results.rows.map((r) => r.payrollNumber)).toEqual(['1001', '1002', '1003', '1004']);
    expect(results.problems).toEqual([]);
    expect(results.settingsVersionId).toBe('s-2026');
  });

  it('gives the docs/rules.md §7 result for the § 7 input', () => {
    const anna = results.rows[0]!.result;
    expect(anna).toEqual(
      calculate({
        ...SECTION_7_INPUT,
        attendance: [...SECTION_7_INPUT.attendance, { date: '2026-10-21', hours: 0 }],
      }),
    );
    expect(anna.estimatedPayout).toBe(217.62);
    expect(results.wageDecisionIdsByCitizen['c-anna']).toEqual(['w-anna-1', 'w-anna-2']);
  });

  it('sums the totals exactly in øre', () => {
    const sum = (f: (r: (typeof results.rows)[number]) => number) =>
      Math.round(results.rows.reduce((a, r) => a + Math.round(f(r) * 100), 0)) / 100;
    expect(results.totals.grossPay).toBe(sum((r) => r.result.grossPay));
    expect(results.totals.payrollAdjustment).toBe(sum((r) => r.result.transport.payrollAdjustment));
    expect(results.totals.citizens).toBe(4);
  });

  it('uses the settings version in force for the month', () => {
    expect(settingsVersionFor('2026-12', october.settingsVersions).id).toBe('s-2026');
    expect(settingsVersionFor('2027-01', october.settingsVersions).id).toBe('s-2027');
    expect(settingsVersionFor('2025-12', october.settingsVersions).id).toBe('standard');
    const jan = computeMonth({ ...october, month: '2027-01' });
    expect(jan.settings.kmRate).toBe(3.79);
    expect(jan.wageTypeCodes.wage).toBe('L110');
  });

  it('reports a worked day without a wage decision as a problem naming the field', () => {
    const r = computeMonth({ ...october, wageDecisions: wageDecisions.slice(1) });
    expect(r.problems).toEqual([
      {
        citizenId: 'c-anna',
        name: 'Anna Ærø',
        payrollNumber: '1001',
        issues: [
          {
            path: ['attendance', 0, 'date'],
            message: 'ingen lønafgørelse gælder på den arbejdede dag 2026-10-01',
          },
        ],
      },
    ]);
    expect(r.problems[0]!.issues.map(formatIssue)).toEqual([
      'attendance[0].date: ingen lønafgørelse gælder på den arbejdede dag 2026-10-01',
    ]);
  });

  it('lets a newer decision from the same date replace a locked one', () => {
    const replacement = {
      ...wageDecisions[1]!,
      id: 'w-anna-2b',
      hourlyWage: 22,
      supersedes: 'w-anna-2',
      createdAt: '2026-11-05T10:00:00.000Z',
    };
    const list = effectiveDecisions([...wageDecisions, replacement], '2026-10');
    expect(list.filter((d) => d.citizenId === 'c-anna').map((d) => d.id)).toEqual([
      'w-anna-1',
      'w-anna-2b',
    ]);
  });
});
