// The citizens list's model (pure, unit-tested): what each row shows.
import type { Citizen, Grant } from '../../../../shared/records';
import { GRANT_SIZE_LABELS, OFFER_SHORT } from '../../../../shared/danish/values';
import { grantToShow } from '../../../../shared/rules/grants';
import { endedOn } from '../../../../shared/rules/citizens';
import { formatDate } from '../../format';

export interface CitizenRow {
  id: string;
  name: string;
  payrollNumber: string;
  offer: string;
  /** The grant shown for the working month (docs/rules.md §1), or '—'. */
  grant: string;
  status: { text: string; ended: boolean };
}

/** The status badge: ended once the end date has passed; a later end date is still active. */
export function citizenStatus(c: Pick<Citizen, 'startDate' | 'endDate'>, today: string) {
  if (c.endDate !== undefined && endedOn(c, today))
    return { text: `Afsluttet ${formatDate(c.endDate)}`, ended: true };
  if (c.endDate !== undefined) return { text: `Aktiv til ${formatDate(c.endDate)}`, ended: false };
  return { text: 'Aktiv', ended: false };
}

export function citizenRow(
  c: Citizen,
  grants: readonly Grant[],
  month: string,
  today: string,
): CitizenRow {
  const g = grantToShow(grants, month);
  return {
    id: c.id,
    name: c.name,
    payrollNumber: c.payrollNumber,
    offer: OFFER_SHORT[c.offer],
    grant: g ? GRANT_SIZE_LABELS[g.size] : '—',
    status: citizenStatus(c, today),
  };
}
