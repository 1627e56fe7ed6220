import { describe, expect, it } from 'vitest';
import { suggestAttendanceStability } from '../../renderer/src/features/wage/stability';

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
