// Attendance for one citizen and day (domain.md § 3): hours 0–24 with ≤ 2 decimals and,
// on days not worked, an absence reason.
import { z } from 'zod';
import { decimal, enumOf } from '../domain/schema-helpers';
import { id, isoDate, note, timestamp } from './common';

export const ABSENCE_REASONS = ['syg', 'ferie', 'fri', 'udeblevet', 'andet'] as const;
export type AbsenceReason = (typeof ABSENCE_REASONS)[number];

export { ABSENCE_LABELS } from '../danish/values';

const attendanceFields = {
  citizenId: id,
  date: isoDate,
  hours: decimal({ min: 0, max: 24 }),
  absence: enumOf(ABSENCE_REASONS).optional(),
  note,
};

function checkAbsence(a: { hours: number; absence?: string | undefined }, ctx: z.RefinementCtx) {
  if (a.absence !== undefined && a.hours > 0)
    ctx.addIssue({
      code: 'custom',
      path: ['absence'],
      message: 'en fraværsårsag kan kun angives på en dag uden timer',
    });
}

export const AttendanceInputSchema = z.strictObject(attendanceFields).superRefine(checkAbsence);
export type AttendanceInput = z.input<typeof AttendanceInputSchema>;

export const AttendanceSchema = z
  .strictObject({ ...attendanceFields, updatedAt: timestamp })
  .superRefine(checkAbsence);
export type Attendance = z.output<typeof AttendanceSchema>;
