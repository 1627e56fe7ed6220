// A suggestion for the criterion "Mødestabilitet": registered attendance against the grant's
// planned days. Advisory only: the assessor decides (the service level asks for a concrete,
// individual assessment).
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
