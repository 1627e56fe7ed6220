// The check before closing (docs/rules.md §10, issue 10 Build item 6).
import { describe, expect, it } from 'vitest';
import {
  closeBlocker,
  closeCheck,
  computeMonth,
  monthTiming,
  notOverText,
  toPayrollMonth,
  type CloseCheckSource,
} from '../../../shared/month';
import type { PayrollMonth } from '../../../shared/records';
import { october } from '../../fixtures/october';

const results = computeMonth(october);
const base: CloseCheckSource = {
  results,
  today: '2026-11-24',
  grantCitizenIds: [],
  attendanceCitizenIds: results.rows.map((r) => r.citizenId),
  previous: null,
  lastClosing: null,
};

/** The month with one citizen's gross pay set to `gross` (for a "last month"). */
function withGross(month: PayrollMonth, citizenId: string, gross: number): PayrollMonth {
  return {
    ...month,
    month: '2026-09',
    rows: month.rows.map((r) =>
      r.citizenId === citizenId ? { ...r, result: { ...r.result, grossPay: gross } } : r,
    ),
  };
}

describe('monthTiming', () => {
  it('says whether the month has begun or is over', () => {
    expect(monthTiming('2026-12', '2026-11-24')).toEqual({
      timing: 'notBegun',
      lastDay: '2026-12-31',
    });
    expect(monthTiming('2026-11', '2026-11-24').timing).toBe('notOver');
    expect(monthTiming('2026-11', '2026-11-30').timing).toBe('notOver');
    expect(monthTiming('2026-11', '2026-12-01').timing).toBe('over');
  });
});

describe('closeCheck', () => {
  it('names § 103 citizens without a tax card', () => {
    const items = closeCheck(base).items.filter((i) => i.kind === 'noTaxCard');
    expect(items.map((i) => i.payrollNumber)).toEqual(['1002']);
    expect(items[0]!.text).toBe('har intet skattekort: skatten er anslået med standardtræk');
  });

  it('names citizens with a grant but no attendance', () => {
    const check = closeCheck({
      ...base,
      grantCitizenIds: ['c-anna', 'c-carl'],
      attendanceCitizenIds: ['c-anna'],
    });
    const items = check.items.filter((i) => i.kind === 'grantNoAttendance');
    expect(items.map((i) => i.citizenId)).toEqual(['c-carl']);
    expect(items[0]!.text).toBe('har en bevilling, men intet fremmøde i oktober 2026');
  });

  it('names a change of gross pay of 50 % or more against last month', () => {
    const now = toPayrollMonth(results);
    const anna = results.rows.find((r) => r.citizenId === 'c-anna')!.result.grossPay;
    const big = closeCheck({ ...base, previous: withGross(now, 'c-anna', anna * 2) });
    expect(big.items.filter((i) => i.kind === 'bigChange')).toEqual([
      expect.objectContaining({
        citizenId: 'c-anna',
        text: 'har bruttoløn 232,25 kr. mod 464,50 kr. i september 2026 (−50 %)',
      }),
    ]);
    const small = closeCheck({ ...base, previous: withGross(now, 'c-anna', anna * 1.2) });
    expect(small.items.filter((i) => i.kind === 'bigChange')).toEqual([]);
    // Nothing to compare with: no item (not a division by zero).
    const zero = closeCheck({ ...base, previous: withGross(now, 'c-anna', 0) });
    expect(zero.items.filter((i) => i.kind === 'bigChange')).toEqual([]);
  });

  it('names citizens that cannot be computed, and then the month cannot be closed', () => {
    const broken = computeMonth({
      ...october,
      citizens: october.citizens.map((c) =>
        c.id === 'c-anna'
          ? { ...c, taxCard: { withholdingRatePercent: 38, monthlyAllowance: -1 } }
          : c,
      ),
    });
    const check = closeCheck({ ...base, results: broken });
    const problems = check.items.filter((i) => i.kind === 'problem');
    expect(problems.map((p) => p.citizenId)).toEqual(['c-anna']);
    expect(problems[0]!.text).toMatch(/^kan ikke beregnes: /);
    expect(closeBlocker(check)).toBe('1 borger kan ikke beregnes. Ret det, før måneden lukkes.');
  });

  it('refuses a month that has not begun and words a month not over', () => {
    const december = { month: '2026-12', timing: 'notBegun' as const, items: [] };
    expect(closeBlocker(december)).toBe('December 2026 er ikke begyndt endnu og kan ikke lukkes.');
    expect(closeBlocker({ ...december, month: '2026-10', timing: 'over' })).toBeNull();
    expect(notOverText({ month: '2026-11', timing: 'notOver', lastDay: '2026-11-30' })).toBe(
      'November 2026 er ikke slut endnu (sidste dag 30.11.2026).',
    );
    expect(notOverText({ month: '2026-10', timing: 'over', lastDay: '2026-10-31' })).toBeNull();
  });

  it('carries the totals and whether the figures changed since the last closing', () => {
    expect(closeCheck(base).totals).toEqual(results.totals);
    const same = closeCheck({
      ...base,
      lastClosing: { closedAt: '2026-11-02T09:00:00.000Z', payroll: toPayrollMonth(results) },
    });
    expect(same.changedSinceClosing).toBeNull();
    const changed = closeCheck({
      ...base,
      lastClosing: {
        closedAt: '2026-11-02T09:00:00.000Z',
        payroll: withGross(toPayrollMonth(results), 'c-bo', 1),
      },
    });
    expect(changed.changedSinceClosing).toEqual({
      closedAt: '2026-11-02T09:00:00.000Z',
      citizens: 1,
    });
  });
});
