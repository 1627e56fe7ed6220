import { describe, expect, it } from 'vitest';
import { filterCitizens } from '../../../renderer/src/features/citizens/filter';

const start = '2025-01-01';
const people = [
  {
    name: 'Anna Ærø',
    payrollNumber: 'L-101',
    cpr: '0101901234',
    offer: 'SEL103' as const,
    startDate: start,
  },
  {
    name: 'Bo Berg',
    payrollNumber: 'L-102',
    cpr: '0202851234',
    offer: 'SEL104' as const,
    startDate: start,
  },
  {
    name: 'Carl Dahl',
    payrollNumber: 'L-103',
    cpr: '0303751234',
    offer: 'SEL103' as const,
    startDate: start,
    endDate: '2026-01-31',
  },
];
const base = { search: '', offer: 'all' as const, status: 'all' as const, today: '2026-11-24' };

describe('filterCitizens', () => {
  it('filters on offer and status', () => {
    expect(filterCitizens(people, { ...base, offer: 'SEL103' }).map((p) => p.name)).toEqual([
      'Anna Ærø',
      'Carl Dahl',
    ]);
    expect(filterCitizens(people, { ...base, status: 'active' })).toHaveLength(2);
    expect(filterCitizens(people, { ...base, status: 'ended' }).map((p) => p.name)).toEqual([
      'Carl Dahl',
    ]);
  });
  it('searches name, payroll number and CPR, case-insensitively with Danish letters', () => {
    expect(filterCitizens(people, { ...base, search: 'ærø' })).toHaveLength(1);
    expect(filterCitizens(people, { ...base, search: 'l-102' })[0]?.name).toBe('Bo Berg');
    expect(filterCitizens(people, { ...base, search: '030375-1234' })[0]?.name).toBe('Carl Dahl');
    expect(filterCitizens(people, { ...base, search: 'anna berg' })).toHaveLength(0);
  });
  it('counts a citizen as active up to and including the end date (docs/rules.md §1)', () => {
    const onLastDay = { ...base, status: 'active' as const, today: '2026-01-31' };
    expect(filterCitizens(people, onLastDay)).toHaveLength(3);
    const dayAfter = { ...base, status: 'ended' as const, today: '2026-02-01' };
    expect(filterCitizens(people, dayAfter).map((p) => p.name)).toEqual(['Carl Dahl']);
  });
});

describe('search folds Danish letters (issue 10, finding 11)', () => {
  const danes = [
    {
      name: 'Søren Østergaard',
      payrollNumber: '1',
      cpr: '0101901234',
      offer: 'SEL103' as const,
      startDate: '2026-01-01',
    },
    {
      name: 'Åse Æbelø',
      payrollNumber: '2',
      cpr: '0101901235',
      offer: 'SEL103' as const,
      startDate: '2026-01-01',
    },
  ];
  it.each(['soren', 'soeren', 'SØREN', 'ostergaard', 'oestergaard'])('"%s" finds Søren', (q) => {
    expect(filterCitizens(danes, { ...base, search: q }).map((c) => c.name)).toEqual([
      'Søren Østergaard',
    ]);
  });
  it.each(['åse', 'aase', 'ase', 'aebelo', 'æbelø'])('"%s" finds Åse', (q) => {
    expect(filterCitizens(danes, { ...base, search: q }).map((c) => c.name)).toEqual(['Åse Æbelø']);
  });
});
