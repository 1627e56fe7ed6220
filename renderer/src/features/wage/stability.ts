// A suggestion for the criterion "Mødestabilitet" (docs/rules.md §2): registered attendance
// against the planned days. Advisory only: the assessor decides (the service level asks for a
// concrete, individual assessment). The planned days are the attendance grid's own
// (`plannedDaysOf`, docs/rules.md §1), so the suggestion and the grid always count the same days.
import { shiftMonth } from '../../../../shared/calendar';
import type { Grant } from '../../../../shared/records/grant';
import { plannedDaysOf } from '../../../../shared/rules/planned';

export interface StabilityInput {
  /** Planned working days in the period (from the grant size). */
  plannedDays: number;
  /** Days with hours > 0 in the period. */
  workedDays: number;
  /** Agreed absence (ferie, fri) that does not count against stability. */
  agreedAbsenceDays: number;
}

export interface StabilitySuggestion {
  score: 0 | 1 | 2 | 3 | 4;
  /** worked / (planned − agreed absence), between 0 and 1. */
  ratio: number;
  expectedDays: number;
}

/** Lower bounds of the ratio for the scores 4, 3, 2, 1. */
export const STABILITY_THRESHOLDS = [0.95, 0.85, 0.7, 0.5] as const;

export function suggestAttendanceStability(input: StabilityInput): StabilitySuggestion | null {
  const expectedDays = Math.max(0, input.plannedDays - input.agreedAbsenceDays);
  if (expectedDays === 0) return null;
  const ratio = Math.min(1, Math.max(0, input.workedDays / expectedDays));
  const index = STABILITY_THRESHOLDS.findIndex((t) => ratio >= t);
  const score = (index < 0 ? 0 : 4 - index) as StabilitySuggestion['score'];
  return { score, ratio, expectedDays };
}

/** The period the suggestion looks at: the working month and the two before it. */
export function stabilityMonths(month: string): [string, string, string] {
  return [shiftMonth(month, -2), shiftMonth(month, -1), month];
}

export interface StabilityResult extends StabilitySuggestion {
  worked: number;
  planned: number;
  agreed: number;
  /** Days registered in the period at all (hours, 0 or absence): none means nothing to go on. */
  registered: number;
}

/** A suggestion is only made from registered attendance: before any, "0 af 54 dage" would mislead. */
export function hasStabilityData(result: StabilityResult): boolean {
  return result.registered > 0;
}

interface AttendanceDay {
  date: string;
  hours: number;
  absence?: string | undefined;
}

/**
 * The suggestion over `months` for one citizen: planned days per month from the grant in force
 * then, within the citizen's enrolment; worked days are days with hours; ferie and fri on a
 * planned day are agreed absence. Null without planned days.
 */
export function stabilityOver(
  months: readonly string[],
  attendance: readonly AttendanceDay[],
  citizen: { startDate: string; endDate?: string | undefined },
  grants: readonly Pick<Grant, 'size' | 'startDate' | 'endDate'>[],
): StabilityResult | null {
  const planned = new Set(months.flatMap((m) => plannedDaysOf(m, citizen, grants)));
  const worked = attendance.filter((a) => a.hours > 0).length;
  const agreed = attendance.filter(
    (a) => (a.absence === 'ferie' || a.absence === 'fri') && planned.has(a.date),
  ).length;
  const s = suggestAttendanceStability({
    plannedDays: planned.size,
    workedDays: worked,
    agreedAbsenceDays: agreed,
  });
  return s ? { ...s, worked, planned: planned.size, agreed, registered: attendance.length } : null;
}
