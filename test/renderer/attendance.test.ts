import { describe, expect, it } from 'vitest';
import {
  cellText,
  moveInGrid,
  parseCellInput,
  splitPastedRow,
} from '../../renderer/src/features/attendance/cellInput';
import { plannedDays } from '../../renderer/src/features/attendance/planned';

describe('parseCellInput', () => {
  it('reads hours with comma or dot', () => {
    expect(parseCellInput('7,5')).toEqual({ ok: true, value: { kind: 'hours', hours: 7.5 } });
    expect(parseCellInput('6')).toEqual({ ok: true, value: { kind: 'hours', hours: 6 } });
    expect(parseCellInput('0')).toEqual({ ok: true, value: { kind: 'hours', hours: 0 } });
  });
  it('reads absence codes and words', () => {
    expect(parseCellInput('s')).toEqual({ ok: true, value: { kind: 'absence', reason: 'syg' } });
    expect(parseCellInput('Ferie')).toEqual({
      ok: true,
      value: { kind: 'absence', reason: 'ferie' },
    });
    expect(parseCellInput('FR')).toEqual({ ok: true, value: { kind: 'absence', reason: 'fri' } });
  });
  it('clears on empty', () => {
    expect(parseCellInput('  ')).toEqual({ ok: true, value: { kind: 'empty' } });
  });
  it('refuses bad input with a Danish message', () => {
    const cases = ['25', '-1', '7,555', 'xyz'];
    for (const c of cases) {
      const r = parseCellInput(c);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/Timer|fraværskode/);
    }
  });
  it('round-trips through cellText', () => {
    expect(cellText({ kind: 'hours', hours: 7.25 })).toBe('7,25');
    expect(cellText({ kind: 'absence', reason: 'udeblevet' })).toBe('U');
    expect(cellText({ kind: 'empty' })).toBe('');
  });
});

describe('grid movement', () => {
  it('moves with arrows, Enter and Tab, clamped to the grid', () => {
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowRight', 3, 31)).toEqual({ row: 0, col: 1 });
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowUp', 3, 31)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 1, col: 4 }, 'Enter', 3, 31)).toEqual({ row: 2, col: 4 });
    expect(moveInGrid({ row: 2, col: 4 }, 'Enter', 3, 31)).toEqual({ row: 2, col: 4 });
    expect(moveInGrid({ row: 2, col: 4 }, 'Enter', 3, 31, true)).toEqual({ row: 1, col: 4 });
    expect(moveInGrid({ row: 0, col: 30 }, 'Tab', 3, 31)).toEqual({ row: 0, col: 30 });
    expect(moveInGrid({ row: 1, col: 9 }, 'End', 3, 31)).toEqual({ row: 1, col: 30 });
    expect(moveInGrid({ row: 1, col: 9 }, 'a', 3, 31)).toBeNull();
  });
  it('splits a pasted spreadsheet row', () => {
    expect(splitPastedRow('6\t6\t\tS\t7,5\r\n')).toEqual(['6', '6', '', 'S', '7,5']);
    expect(splitPastedRow('1\t2\n3\t4')).toEqual(['1', '2']);
  });
});

describe('plannedDays', () => {
  it('plans 2, 3 or 4 weekdays per week from the grant size', () => {
    // October 2026: Thursday the 1st; 22 weekdays.
    const two = plannedDays('2026-10', { daysPerWeek: 2 });
    expect(two.slice(0, 4)).toEqual(['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06']);
    expect(two).toHaveLength(2 + 2 + 2 + 2 + 2);
    expect(plannedDays('2026-10', { daysPerWeek: 4 })).toHaveLength(2 + 4 + 4 + 4 + 4);
    expect(plannedDays('2026-10', { daysPerWeek: 3 })).toHaveLength(2 + 3 + 3 + 3 + 3);
  });
  it('never plans weekends or days outside the grant', () => {
    const days = plannedDays('2026-10', { daysPerWeek: 4, from: '2026-10-12', to: '2026-10-20' });
    expect(days).toEqual([
      '2026-10-12',
      '2026-10-13',
      '2026-10-14',
      '2026-10-15',
      '2026-10-19',
      '2026-10-20',
    ]);
  });
  it('honours preferred weekdays', () => {
    const days = plannedDays('2026-10', { daysPerWeek: 2, preferredWeekdays: [2, 4, 0, 1, 3] });
    expect(days.slice(0, 3)).toEqual(['2026-10-01', '2026-10-02', '2026-10-07']);
  });
});
