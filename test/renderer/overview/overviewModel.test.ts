import { describe, expect, it } from 'vitest';
import type { MonthView } from '../../../shared/data/api';
import { computeMonth } from '../../../shared/month';
import type { Citizen, Grant, WageDecision } from '../../../shared/records';
import {
  overviewFigures,
  type OverviewSource,
} from '../../../renderer/src/features/overview/overviewModel';
import { october } from '../../fixtures/october';

const at = '2026-10-01T08:00:00.000Z';
const today = '2026-10-15';
const month = '2026-10';

// Frida: § 103, no transport profile yet, leaving at the end of the year, decided from November.
const frida: Citizen = {
  id: 'c-frida',
  name: 'Frida Fri',
  payrollNumber: '1005',
  cpr: '0202021234',
  offer: 'SEL103',
  startDate: '2026-10-01',
  endDate: '2026-12-31',
  taxCard: { withholdingRatePercent: 37, monthlyAllowance: 0 },
  municipalTransport: false,
  createdAt: at,
  updatedAt: at,
};
const fridaDecision: WageDecision = {
  id: 'w-frida',
  citizenId: 'c-frida',
  effectiveFrom: '2026-11-01',
  hourlyWage: 15,
  justification: 'Oplæring',
  assessorInitials: 'ABC',
  createdAt: at,
  updatedAt: at,
};

const grant = (id: string, citizenId: string, patch: Partial<Grant>): Grant => ({
  id,
  citizenId,
  size: 'full',
  startDate: '2026-01-01',
  followUpDue: '2027-06-01',
  createdAt: at,
  updatedAt: at,
  ...patch,
});

const grants: Grant[] = [
  grant('g-anna', 'c-anna', { followUpDue: '2026-11-14' }), // due in 30 days: listed
  grant('g-bo', 'c-bo', { followUpDue: '2026-11-15' }), // due in 31 days: not listed
  grant('g-carl', 'c-carl', { followUpDue: '2026-09-30' }), // overdue: listed first
  grant('g-dorte-old', 'c-dorte', { followUpDue: '2026-09-01', endDate: '2026-10-14' }), // ended yesterday
  grant('g-dorte', 'c-dorte', { size: 'half', startDate: '2026-10-15', endDate: '2026-12-15' }),
  grant('g-frida', 'c-frida', { size: 'threeQuarters', endDate: '2026-12-31' }),
  grant('g-ended', 'c-ended', { followUpDue: '2026-10-01' }), // citizen has left: not listed
];

function source(patch: Partial<OverviewSource> = {}): OverviewSource {
  const citizens = [...october.citizens, frida];
  const view: MonthView = {
    month,
    status: 'open',
    results: computeMonth({ ...october, citizens }),
    close: null,
  };
  return {
    citizens,
    grants,
    attendance: october.attendance,
    view,
    decisions: [...october.wageDecisions, fridaDecision],
    ...patch,
  };
}

const names = (xs: { name: string }[]) => xs.map((x) => x.name);

describe('overview figures', () => {
  const f = overviewFigures(source(), month, today);

  it('counts citizens not ended today (an end date later this year still counts)', () => {
    expect(f.active).toBe(5);
    expect(f.withAttendance).toBe(4);
  });

  it('shows the month status in Danish and how many citizens cannot be computed', () => {
    expect(f.status).toBe('Åben');
    expect(f.problems).toBe(source().view.results.problems.length);
  });

  it('lists § 103 citizens without a tax card (the § 104 citizen needs none)', () => {
    expect(f.missingTaxCard.map((c) => c.id)).toEqual(['c-bo']);
  });

  it('lists citizens without a transport profile', () => {
    expect(names(f.missingTransport)).toEqual(['Frida Fri']);
  });

  it('lists § 103 citizens with no wage decision in force by the month’s last day', () => {
    expect(names(f.missingDecision)).toEqual(['Frida Fri']);
    expect(overviewFigures(source(), '2026-11', today).missingDecision).toEqual([]);
  });

  it('lists follow-ups due within 30 days or overdue, oldest first, of open grants only', () => {
    expect(f.followUps.map((l) => [l.grantId, l.overdue, l.badge])).toEqual([
      ['g-carl', true, 'Overskredet 30.09.2026'],
      ['g-anna', false, 'Snart 14.11.2026'],
    ]);
  });

  it('lists grants ending within the next two months, soonest first', () => {
    expect(f.ending.map((l) => [l.citizen.id, l.text])).toEqual([
      ['c-dorte', '½ plads udløber 15.12.2026'],
    ]);
    const later = overviewFigures(source(), month, '2026-11-01');
    expect(later.ending.map((l) => l.text)).toEqual([
      '½ plads udløber 15.12.2026',
      '¾ plads udløber 31.12.2026',
    ]);
  });

  it('says nothing is missing when there are no citizens', () => {
    const empty = overviewFigures(
      source({ citizens: [], grants: [], attendance: [], decisions: [] }),
      month,
      today,
    );
    expect(empty.active).toBe(0);
    expect(empty.missingTaxCard).toEqual([]);
    expect(empty.followUps).toEqual([]);
  });
});
