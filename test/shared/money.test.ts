// Money conversions (docs/rules.md §5): exact for every number written with two decimals, refused otherwise.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasAtMostTwoDecimals, toHundredths } from '../../shared/money';

/** Reference: read the decimal text of x, digit by digit. */
function reference(x: number): number | null {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(String(x));
  if (!m) return null;
  const v = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] === '-' ? -v : v;
}

describe('toHundredths', () => {
  it('gives back n for n / 100, for every safe n', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (n) => {
        expect(toHundredths(n / 100)).toBe(n === 0 ? 0 : n);
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with reading the decimal text, and refuses more than two decimals', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
        const ref = reference(x);
        if (ref === null) {
          expect(hasAtMostTwoDecimals(x)).toBe(false);
          expect(() => toHundredths(x)).toThrow();
        } else {
          expect(toHundredths(x)).toBe(ref === 0 ? 0 : ref);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('handles the classic float traps', () => {
    expect(toHundredths(0.1 + 0.2 - 0.00000000000000004)).toBe(30);
    expect(() => toHundredths(0.1 + 0.2)).toThrow();
    expect(toHundredths(1.15)).toBe(115);
    expect(toHundredths(4.35)).toBe(435);
    expect(toHundredths(1e5 + 0.01)).toBe(10000001);
  });
});
