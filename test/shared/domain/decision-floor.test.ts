// docs/rules.md §2 (issue 10, finding 10): a hand-set wage is checked against the floor of a month
// only when it pays a worked day of that month; an old one superseded before the month blocks nothing.
import { describe, expect, it } from 'vitest';
import { parseCalcInput, paidDecisions, type CalcInput } from '../../../shared/domain';
import { MIDDLE_ASSESSMENT } from '../../fixtures/assessment';

const assessment = MIDDLE_ASSESSMENT;
const old = { effectiveFrom: '2024-01-01', hourlyWage: 7.5, justification: 'Håndsat i 2024' };
const newer = { effectiveFrom: '2026-06-01', assessment };
// 5 % of 160 kr.: the floor is 8,00 kr.
const raised = { minimumWageReference: 160 };

function input(
  wageDecisions: CalcInput['wageDecisions'],
  attendance: { date: string; hours: number }[],
): CalcInput {
  return {
    month: '2026-11',
    settings: raised,
    citizen: { offer: 'SEL103' },
    wageDecisions,
    attendance,
  };
}

describe('only decisions that pay a day of the month meet its floor (docs/rules.md §2)', () => {
  it('an old hand-set wage superseded before the month does not block it', () => {
    const parsed = parseCalcInput(input([old, newer], [{ date: '2026-11-02', hours: 6 }]));
    expect(parsed.ok).toBe(true);
  });

  it('a hand-set wage below the floor that pays a worked day is still refused', () => {
    const parsed = parseCalcInput(input([old], [{ date: '2026-11-02', hours: 6 }]));
    expect(parsed.ok ? [] : parsed.issues).toEqual([
      {
        path: ['wageDecisions', 0, 'hourlyWage'],
        message: 'må ikke være under mindstelønnen 8,00 kr.',
      },
    ]);
  });

  it('a decision from later in the month pays only the days from its date', () => {
    const late = { effectiveFrom: '2026-11-20', hourlyWage: 7.5, justification: 'Håndsat' };
    expect(parseCalcInput(input([newer, late], [{ date: '2026-11-02', hours: 6 }])).ok).toBe(true);
    expect(parseCalcInput(input([newer, late], [{ date: '2026-11-23', hours: 6 }])).ok).toBe(false);
  });

  it('a zero-hour day pays nothing, so it does not make a decision pay', () => {
    expect(parseCalcInput(input([old], [{ date: '2026-11-02', hours: 0 }])).ok).toBe(true);
  });

  it('paidDecisions gives the indexes in the input order, whatever the order of the dates', () => {
    expect(
      paidDecisions({
        wageDecisions: [newer, old],
        attendance: [
          { date: '2026-05-04', hours: 5 },
          { date: '2026-06-02', hours: 5 },
        ],
      }),
    ).toEqual(new Set([0, 1]));
    expect(
      paidDecisions({
        wageDecisions: [newer, old],
        attendance: [{ date: '2026-07-01', hours: 3 }],
      }),
    ).toEqual(new Set([0]));
  });
});

describe('a stored decision never has both an assessment and a hand-set wage (docs/rules.md §2)', () => {
  it('is refused when read back, naming the field', async () => {
    const { WageDecisionSchema } = await import('../../../shared/records');
    const row = {
      id: 'd1',
      citizenId: 'c1',
      effectiveFrom: '2026-01-01',
      assessorInitials: 'AB',
      createdAt: '2026-01-01T10:00:00.000Z',
      updatedAt: '2026-01-01T10:00:00.000Z',
    };
    expect(WageDecisionSchema.safeParse({ ...row, assessment }).success).toBe(true);
    expect(WageDecisionSchema.safeParse({ ...row, hourlyWage: 20 }).success).toBe(true);
    const both = WageDecisionSchema.safeParse({ ...row, assessment, hourlyWage: 20 });
    expect(both.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['hourlyWage'], 'angiv enten en vurdering eller en håndsat timeløn, ikke begge'],
    ]);
  });
});
