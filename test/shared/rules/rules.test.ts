// The rules every screen shares (docs/rules.md §1, §2): which grant applies, planned days,
// when a citizen has ended, the hand-set wage check.
import { describe, expect, it } from 'vitest';
import { checkHandSetWage, belowFloorMessage } from '../../../shared/domain/wage';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../../shared/domain/settings';
import { endedOn, isActiveInMonth } from '../../../shared/rules/citizens';
import { grantInMonth, grantOn, grantToShow } from '../../../shared/rules/grants';
import { plannedDays, plannedDaysOf } from '../../../shared/rules/planned';

const settings = SettingsSchema.parse(DEFAULT_SETTINGS);

const g = (
  startDate: string,
  endDate?: string,
  size: 'half' | 'threeQuarters' | 'full' = 'full',
) => ({
  startDate,
  size,
  ...(endDate ? { endDate } : {}),
});

describe('grant in force', () => {
  const first = g('2026-01-01', '2026-10-14', 'half');
  const second = g('2026-10-15', undefined, 'full');
  it('on a date: the grant whose period holds the date', () => {
    expect(grantOn([first, second], '2026-10-14')).toBe(first);
    expect(grantOn([first, second], '2026-10-15')).toBe(second);
    expect(grantOn([first], '2026-12-01')).toBeUndefined();
    expect(grantOn([first, second], '2025-12-31')).toBeUndefined();
  });
  it('in a month: the latest-starting grant overlapping it, whatever the list order', () => {
    expect(grantInMonth([second, first], '2026-10')).toBe(second);
    expect(grantInMonth([first, second], '2026-09')).toBe(first);
    expect(grantInMonth([first], '2026-11')).toBeUndefined();
  });
  it('to show: the one in force in the month, else the latest', () => {
    expect(grantToShow([first], '2026-05')).toBe(first);
    expect(grantToShow([first], '2027-05')).toBe(first);
    expect(grantToShow([], '2027-05')).toBeUndefined();
  });
});

describe('planned days of a citizen', () => {
  it('start at the later of grant start and citizen start, end at the earlier end', () => {
    const days = plannedDaysOf('2026-10', { startDate: '2026-10-12', endDate: '2026-10-20' }, [
      g('2026-01-01'),
    ]);
    expect(days).toEqual(
      plannedDays('2026-10', { daysPerWeek: 4, from: '2026-10-12', to: '2026-10-20' }),
    );
    expect(days[0]).toBe('2026-10-12');
    expect(days.at(-1)).toBe('2026-10-20');
  });
  it('use the grant in force in the month, not the last grant', () => {
    const grants = [g('2026-01-01', '2026-10-31', 'half'), g('2026-11-01', undefined, 'full')];
    expect(plannedDaysOf('2026-10', { startDate: '2026-01-01' }, grants)).toHaveLength(10);
    expect(plannedDaysOf('2026-11', { startDate: '2026-01-01' }, grants)).toHaveLength(
      plannedDays('2026-11', { daysPerWeek: 4 }).length,
    );
  });
  it('are none without a grant', () => {
    expect(plannedDaysOf('2026-10', { startDate: '2026-01-01' }, [])).toEqual([]);
  });
});

describe('ended', () => {
  it('means the end date has passed; the end date itself is still enrolled', () => {
    expect(endedOn({ startDate: '2026-01-01' }, '2030-01-01')).toBe(false);
    expect(endedOn({ startDate: '2026-01-01', endDate: '2026-11-24' }, '2026-11-24')).toBe(false);
    expect(endedOn({ startDate: '2026-01-01', endDate: '2026-11-24' }, '2026-11-25')).toBe(true);
  });
  it('active in a month means enrolled on a day of it', () => {
    expect(isActiveInMonth({ startDate: '2026-10-31' }, '2026-10')).toBe(true);
    expect(isActiveInMonth({ startDate: '2026-01-01', endDate: '2026-09-30' }, '2026-10')).toBe(
      false,
    );
  });
});

describe('hand-set wage against floor and ceiling', () => {
  it('is exact in øre at the bounds', () => {
    expect(checkHandSetWage(7.5, settings)).toEqual({ kind: 'ok' });
    expect(checkHandSetWage(7.49, settings)).toEqual({ kind: 'belowFloor', floorOre: 750 });
    expect(checkHandSetWage(30, settings)).toEqual({ kind: 'ok' });
    expect(checkHandSetWage(30.01, settings)).toEqual({ kind: 'aboveCeiling', ceilingOre: 3000 });
  });
  it('names the floor in Danish', () => {
    expect(belowFloorMessage(750)).toBe('må ikke være under mindstelønnen 7,50 kr.');
    expect(belowFloorMessage(123456)).toBe('må ikke være under mindstelønnen 1.234,56 kr.');
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
