// The check screen's and the reopen comparison's texts (issue 10, Build items 4 and 6).
import { describe, expect, it } from 'vitest';
import {
  computeMonth,
  compareMonths,
  toPayrollMonth,
  type CloseCheck,
} from '../../../shared/month';
import {
  canConfirm,
  checkTexts,
  closeButton,
  comparisonIntro,
  comparisonLines,
} from '../../../renderer/src/features/monthClose/closeCheckModel';
import { october } from '../../fixtures/october';

const results = computeMonth(october);
const view = { month: '2026-10', status: 'open' as const, results, close: null };
const check: CloseCheck = {
  month: '2026-11',
  timing: 'notOver',
  lastDay: '2026-11-30',
  items: [],
  totals: results.totals,
  changedSinceClosing: null,
};

describe('closeButton', () => {
  it('is disabled with the reason for a month that has not begun', () => {
    expect(closeButton({ ...view, month: '2026-12' }, '2026-11-24', false)).toEqual({
      label: 'Luk december 2026 …',
      disabled: true,
      reason: 'December 2026 er ikke begyndt endnu og kan ikke lukkes.',
    });
  });

  it('opens the check for a month that is over or under way', () => {
    expect(closeButton(view, '2026-11-24', false)).toMatchObject({ disabled: false, reason: null });
    expect(closeButton(view, '2026-10-24', false).disabled).toBe(false);
    expect(closeButton(view, '2026-11-24', true).disabled).toBe(true);
  });
});

describe('the check', () => {
  it('names the totals before closing, with correct plurals', () => {
    const t = checkTexts(check);
    expect(t.totals).toMatch(
      /^Du lukker november 2026 for 4 borgere: bruttoløn 771,25 kr\., kommunens andel [\d.,]+ kr\. og anslået udbetaling [\d.,]+ kr\.$/,
    );
    expect(t.notOver).toBe('November 2026 er ikke slut endnu (sidste dag 30.11.2026).');
    expect(
      checkTexts({ ...check, changedSinceClosing: { closedAt: check.lastDay, citizens: 1 } })
        .changed,
    ).toMatch(/^Tallene er ændret for 1 borger siden lukningen/);
  });

  it('needs each confirmation the month asks for', () => {
    const none = { beforeMonthEnd: false, changedFigures: false };
    expect(canConfirm(check, none)).toBe(false);
    expect(canConfirm(check, { ...none, beforeMonthEnd: true })).toBe(true);
    const changed = {
      ...check,
      timing: 'over' as const,
      changedSinceClosing: { closedAt: '', citizens: 2 },
    };
    expect(canConfirm(changed, none)).toBe(false);
    expect(canConfirm(changed, { ...none, changedFigures: true })).toBe(true);
    expect(
      canConfirm({ ...check, timing: 'notBegun' }, { beforeMonthEnd: true, changedFigures: true }),
    ).toBe(false);
  });
});

describe('the reopen comparison', () => {
  it('shows closed → now only where a figure changed', () => {
    const closed = toPayrollMonth(results);
    const now = {
      rows: closed.rows.map((r, i) =>
        i === 0 ? { ...r, result: { ...r.result, grossPay: r.result.grossPay + 10 } } : r,
      ),
    };
    const rows = compareMonths(closed, now);
    const lines = comparisonLines(rows);
    expect(lines[0]).toMatchObject({ changed: true, name: 'Anna Ærø (1001)' });
    expect(lines[0]!.cells.grossPay).toBe('232,25 → 242,25');
    expect(lines[1]!.changed).toBe(false);
    expect(lines[1]!.cells.grossPay).not.toContain('→');
    expect(comparisonIntro('2026-10', rows)).toMatch(/for 1 borger \(markeret\)/);
    expect(comparisonIntro('2026-10', compareMonths(closed, closed))).toBe(
      'Tallene for oktober 2026 beregnet nu er de samme som ved lukningen.',
    );
  });
});
