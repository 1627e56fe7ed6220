import { describe, expect, it } from 'vitest';
import { SECTION_7_INPUT } from '../domain/section7';
import {
  AttendanceInputSchema,
  CitizenInputSchema,
  CitizenSchema,
  GrantInputSchema,
  WageDecisionInputSchema,
  cprBirthDate,
  followUpDue,
  formatCpr,
  isValidCpr,
  maskCpr,
  GRANT_DAYS_PER_WEEK,
} from '../../../shared/records';
import { formatIssue, fromZodIssues } from '../../../shared/domain/errors';

const messages = (r: { success: boolean; error?: { issues: never[] } }) =>
  r.success ? [] : fromZodIssues(r.error!.issues).map(formatIssue);

describe('CPR', () => {
  it('accepts 10 digits with a real date, with or without the hyphen', () => {
    expect(isValidCpr('010190-1234')).toBe(true);
    expect(isValidCpr('0101901234')).toBe(true);
    expect(cprBirthDate('2902004123')).toBe('2000-02-29'); // 7th digit 4, year 00 → 2000
    expect(cprBirthDate('2902001123')).toBeNull(); // 1900 was not a leap year
    expect(cprBirthDate('0101585123')).toBe('1858-01-01');
    expect(isValidCpr('3102901234')).toBe(false);
    expect(isValidCpr('010190123')).toBe(false);
    expect(isValidCpr('01019012345')).toBe(false);
    expect(isValidCpr('0101901a34')).toBe(false);
  });

  it('is masked by default and formatted when revealed', () => {
    expect(maskCpr('0101901234')).toBe('010190-****');
    expect(maskCpr('garbage')).toBe('******-****');
    expect(formatCpr('0101901234')).toBe('010190-1234');
  });

  it('names the field in Danish when wrong', () => {
    const r = CitizenInputSchema.safeParse({
      name: 'A',
      payrollNumber: '1',
      cpr: '12345',
      offer: 'SEL103',
      startDate: '2026-01-01',
    });
    expect(messages(r as never)).toEqual(['cpr: skal være 10 cifre (fx 010190-1234)']);
  });
});

describe('grants', () => {
  it('has 2/3/4 days a week and follow-up after 6 (§ 103) or 12 (§ 104) months', () => {
    expect(GRANT_DAYS_PER_WEEK).toEqual({ half: 2, threeQuarters: 3, full: 4 });
    expect(followUpDue('SEL103', '2026-08-31')).toBe('2027-02-28');
    expect(followUpDue('SEL104', '2026-08-31')).toBe('2027-08-31');
  });
});

describe('wage decisions', () => {
  const base = { citizenId: 'c', effectiveFrom: '2026-01-01', assessorInitials: 'ab' };
  it('needs an assessment or a hand-set wage with a justification, and initials', () => {
    expect(messages(WageDecisionInputSchema.safeParse(base) as never)).toEqual([
      'assessment: angiv enten en vurdering eller en håndsat timeløn',
    ]);
    expect(
      messages(WageDecisionInputSchema.safeParse({ ...base, hourlyWage: 20 }) as never),
    ).toEqual(['justification: en håndsat timeløn kræver en konkret, individuel begrundelse']);
    const ok = WageDecisionInputSchema.parse({ ...base, hourlyWage: 20, justification: 'x' });
    expect(ok.assessorInitials).toBe('AB');
    expect(
      messages(
        WageDecisionInputSchema.safeParse({
          ...base,
          assessorInitials: '1',
          hourlyWage: 20,
          justification: 'x',
        }) as never,
      ),
    ).toEqual(['assessorInitials: skal være 2–6 bogstaver (fx ABC)']);
  });

  it('refuses an assessment together with a hand-set wage', () => {
    const assessment = SECTION_7_INPUT.wageDecisions[0]!.assessment;
    const both = { ...base, assessment, hourlyWage: 20, justification: 'x' };
    expect(messages(WageDecisionInputSchema.safeParse(both) as never)).toEqual([
      'hourlyWage: angiv enten en vurdering eller en håndsat timeløn, ikke begge',
    ]);
  });
});

describe('end dates', () => {
  it('refuses an end before the start of a grant or a citizen, and an end without a reason', () => {
    const grant = { citizenId: 'c', size: 'full', startDate: '2026-05-01' };
    expect(
      messages(GrantInputSchema.safeParse({ ...grant, endDate: '2026-04-30' }) as never),
    ).toEqual(['endDate: slutdatoen ligger før startdatoen']);
    expect(GrantInputSchema.safeParse({ ...grant, endDate: '2026-05-01' }).success).toBe(true);
    const citizen = {
      id: 'c',
      name: 'A',
      payrollNumber: '1',
      cpr: '0101901234',
      offer: 'SEL103',
      startDate: '2026-05-01',
      createdAt: '2026-05-01T08:00:00.000Z',
      updatedAt: '2026-05-01T08:00:00.000Z',
    };
    expect(
      messages(CitizenSchema.safeParse({ ...citizen, endDate: '2026-04-30' }) as never),
    ).toEqual([
      'endReason: slutdato og årsag skal angives sammen',
      'endDate: slutdatoen ligger før startdatoen',
    ]);
    expect(
      CitizenSchema.safeParse({ ...citizen, endDate: '2026-05-01', endReason: 'Flyttet' }).success,
    ).toBe(true);
  });
});

describe('attendance', () => {
  it('has hours 0–24 with two decimals and an absence reason only on days without hours', () => {
    expect(
      AttendanceInputSchema.safeParse({
        citizenId: 'c',
        date: '2026-10-01',
        hours: 0,
        absence: 'syg',
      }).success,
    ).toBe(true);
    expect(
      messages(
        AttendanceInputSchema.safeParse({
          citizenId: 'c',
          date: '2026-10-01',
          hours: 24.5,
        }) as never,
      ),
    ).toEqual(['hours: må højst være 24,5'.replace('24,5', '24')]);
    expect(
      messages(
        AttendanceInputSchema.safeParse({
          citizenId: 'c',
          date: '2026-10-01',
          hours: 1,
          absence: 'ferie',
        }) as never,
      ),
    ).toEqual(['absence: en fraværsårsag kan kun angives på en dag uden timer']);
    expect(
      messages(
        AttendanceInputSchema.safeParse({
          citizenId: 'c',
          date: '2026-10-01',
          hours: 0,
          absence: 'kursus',
        }) as never,
      ),
    ).toEqual(['absence: skal være en af: Syg, Ferie, Fri, Udeblevet, Andet']);
  });
});
