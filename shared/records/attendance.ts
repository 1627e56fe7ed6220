// Attendance for one citizen and day (docs/rules.md §3): the calc input's day (hours 0–24 with
// ≤ 2 decimals) plus the citizen and, on days not worked, an absence reason.
import { z } from 'zod';
import type { FieldIssue } from '../domain/errors';
import { CalcAttendanceSchema } from '../domain/input';
import { enumOf } from '../domain/schema-helpers';
import { id, note, refineWith, timestamp } from './common';

export const ABSENCE_REASONS = ['syg', 'ferie', 'fri', 'udeblevet', 'andet'] as const;
export type AbsenceReason = (typeof ABSENCE_REASONS)[number];

export { ABSENCE_LABELS } from '../danish/values';

const AttendanceFields = CalcAttendanceSchema.extend({
  citizenId: id,
  absence: enumOf(ABSENCE_REASONS).optional(),
  note,
});

function absenceIssues(a: { hours: number; absence?: string | undefined }): FieldIssue[] {
  return a.absence !== undefined && a.hours > 0
    ? [{ path: ['absence'], message: 'en fraværsårsag kan kun angives på en dag uden timer' }]
    : [];
}

export const AttendanceInputSchema = AttendanceFields.superRefine(refineWith(absenceIssues));
export type AttendanceInput = z.input<typeof AttendanceInputSchema>;

export const AttendanceSchema = AttendanceFields.extend({ updatedAt: timestamp }).superRefine(
  refineWith(absenceIssues),
);
export type Attendance = z.output<typeof AttendanceSchema>;
