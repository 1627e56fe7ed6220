// When a citizen counts as enrolled (docs/rules.md §1). One meaning of "ended" everywhere: the
// enrolment has an end date and that day has passed; until then the citizen is active.
interface Enrolment {
  startDate: string;
  endDate?: string | undefined;
}

/** True when the enrolment has ended before `date` (the end date itself is still a day enrolled). */
export function endedOn(citizen: Enrolment, date: string): boolean {
  return citizen.endDate !== undefined && citizen.endDate < date;
}

/** True when the citizen is enrolled on at least one day of month `YYYY-MM`. */
export function isActiveInMonth(citizen: Enrolment, month: string): boolean {
  return (
    citizen.startDate.slice(0, 7) <= month &&
    (citizen.endDate === undefined || citizen.endDate.slice(0, 7) >= month)
  );
}
