import { describe, expect, it } from 'vitest';
import { plannedDaysOf } from '../../../shared/rules/planned';
import type { Grant } from '../../../shared/records';
import {
  stabilityMonths,
  hasStabilityData,
  stabilityOver,
  suggestAttendanceStability,
} from '../../../renderer/src/features/wage/stability';

type G = Pick<Grant, 'size' | 'startDate' | 'endDate'>;

describe('stabilityOver: the suggestion counts the attendance grid’s planned days', () => {
  const months = stabilityMonths('2026-10');
  it('looks at the working month and the two before it', () => {
    expect(months).toEqual(['2026-08', '2026-09', '2026-10']);
  });

  it('plans from the citizen’s start when the citizen started after the grant', () => {
    const grants: G[] = [{ size: 'full', startDate: '2026-01-01' }];
    const citizen = { startDate: '2026-09-14' };
    const expected = months.flatMap((m) => plannedDaysOf(m, citizen, grants));
    const r = stabilityOver(months, [], citizen, grants);
    expect(r?.planned).toBe(expected.length);
    // Not the grant's start: August and the first half of September are not planned.
    const fromGrant = months.flatMap((m) => plannedDaysOf(m, { startDate: '2026-01-01' }, grants));
    expect(r?.planned).toBeLessThan(fromGrant.length);
    expect(expected.every((d) => d >= '2026-09-14')).toBe(true);
  });

  it('plans each month from the grant in force in it', () => {
    const grants: G[] = [
      { size: 'full', startDate: '2026-01-01', endDate: '2026-08-31' },
      { size: 'half', startDate: '2026-09-01' },
    ];
    const citizen = { startDate: '2025-01-01' };
    const expected = months.flatMap((m) => plannedDaysOf(m, citizen, grants));
    expect(stabilityOver(months, [], citizen, grants)?.planned).toBe(expected.length);
    // August at 4 days a week, September and October at 2.
    expect(plannedDaysOf('2026-08', citizen, grants)).toHaveLength(17);
    expect(plannedDaysOf('2026-10', citizen, grants)).toHaveLength(10);
  });

  it('stops planning when the citizen ended', () => {
    const grants: G[] = [{ size: 'full', startDate: '2026-01-01' }];
    const citizen = { startDate: '2026-01-01', endDate: '2026-08-31' };
    const r = stabilityOver(months, [], citizen, grants);
    expect(r?.planned).toBe(plannedDaysOf('2026-08', citizen, grants).length);
  });

  it('counts worked days and ferie/fri on planned days only', () => {
    const grants: G[] = [{ size: 'full', startDate: '2026-01-01' }];
    const citizen = { startDate: '2026-10-01' };
    const planned = plannedDaysOf('2026-10', citizen, grants);
    const attendance = [
      ...planned.slice(0, 10).map((date) => ({ date, hours: 6 })),
      { date: planned[10]!, hours: 0, absence: 'ferie' },
      { date: planned[11]!, hours: 0, absence: 'syg' },
      { date: '2026-10-03', hours: 0, absence: 'fri' }, // a Saturday: not planned
    ];
    const r = stabilityOver(months, attendance, citizen, grants);
    expect(r).toMatchObject({ planned: planned.length, worked: 10, agreed: 1 });
    expect(r?.expectedDays).toBe(planned.length - 1);
  });

  it('makes no suggestion before any attendance is registered (not "0 af 54 dage")', () => {
    const grants: G[] = [{ size: 'full', startDate: '2026-01-01' }];
    const citizen = { startDate: '2026-01-01' };
    const none = stabilityOver(months, [], citizen, grants);
    expect(none && hasStabilityData(none)).toBe(false);
    const one = stabilityOver(
      months,
      [{ date: '2026-10-01', hours: 0, absence: 'syg' }],
      citizen,
      grants,
    );
    expect(one && hasStabilityData(one)).toBe(true);
  });

  it('has no suggestion without a grant', () => {
    expect(
      stabilityOver(months, [{ date: '2026-10-01', hours: 6 }], { startDate: '2026-01-01' }, []),
    ).toBeNull();
  });
});

describe('suggestAttendanceStability', () => {
  it('maps the attendance ratio to a 0–4 score', () => {
    const s = (workedDays: number) =>
      suggestAttendanceStability({ plannedDays: 20, workedDays, agreedAbsenceDays: 0 })?.score;
    expect(s(20)).toBe(4);
    expect(s(19)).toBe(4);
    expect(s(18)).toBe(3);
    expect(s(17)).toBe(3);
    expect(s(14)).toBe(2);
    expect(s(10)).toBe(1);
    expect(s(9)).toBe(0);
    expect(s(0)).toBe(0);
  });
  it('does not count agreed absence against the citizen', () => {
    const r = suggestAttendanceStability({ plannedDays: 20, workedDays: 15, agreedAbsenceDays: 5 });
    expect(r).toEqual({ score: 4, ratio: 1, expectedDays: 15 });
  });
  it('caps the ratio at 1 when more days were worked than planned', () => {
    expect(
      suggestAttendanceStability({ plannedDays: 8, workedDays: 10, agreedAbsenceDays: 0 })?.ratio,
    ).toBe(1);
  });
  it('has no suggestion without planned days', () => {
    expect(
      suggestAttendanceStability({ plannedDays: 0, workedDays: 3, agreedAbsenceDays: 0 }),
    ).toBeNull();
  });
});
