// A settings version takes effect in no closed month (docs/rules.md §10, issue 10 finding 5).
import { describe, expect, it } from 'vitest';
import { closedMonthsCovered, firstOpenVersionMonth } from '../../../shared/month';

const closes = [
  { month: '2026-09', status: 'closed' as const },
  { month: '2026-10', status: 'closed' as const },
  { month: '2026-08', status: 'reopened' as const },
];

describe('closedMonthsCovered', () => {
  it('names the closed months from the version up to the next one', () => {
    expect(closedMonthsCovered('2026-10', [], closes)).toEqual(['2026-10']);
    expect(closedMonthsCovered('2026-07', [], closes)).toEqual(['2026-09', '2026-10']);
    expect(closedMonthsCovered('2026-07', [{ validFrom: '2026-09' }], closes)).toEqual([]);
    expect(closedMonthsCovered('2026-07', [{ validFrom: '2026-10' }], closes)).toEqual(['2026-09']);
  });

  it('lets a version start in a reopened or a later month', () => {
    expect(closedMonthsCovered('2026-08', [{ validFrom: '2026-09' }], closes)).toEqual([]);
    expect(closedMonthsCovered('2026-11', [], closes)).toEqual([]);
  });
});

describe('firstOpenVersionMonth', () => {
  it('is the chosen month when it covers no closed month', () => {
    expect(firstOpenVersionMonth('2026-12', [], closes)).toBe('2026-12');
  });

  it('moves past the closed months the version would cover', () => {
    expect(firstOpenVersionMonth('2026-10', [], closes)).toBe('2026-11');
    expect(firstOpenVersionMonth('2026-08', [], closes)).toBe('2026-11');
    expect(firstOpenVersionMonth('2026-08', [{ validFrom: '2026-09' }], closes)).toBe('2026-08');
  });
});
