// Issue 11, finding 1 and Build item 1 (docs/rules.md §5): a number beyond its bound is refused
// naming the field wherever it enters, and the exact arithmetic never crashes a caller.
import { describe, expect, it } from 'vitest';
import { largestNumberAt, tryCalculateMonth } from '../../../shared/domain/calculate';
import { parseCalcInput, type CheckedCalcInput } from '../../../shared/domain/input';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../../shared/domain/settings';
import { formatAmount, formatDecimal, formatKr } from '../../../shared/danish/number';
import { SECTION_7_INPUT } from './section7';

function checked(): CheckedCalcInput {
  const parsed = parseCalcInput(structuredClone(SECTION_7_INPUT));
  if (!parsed.ok) throw new Error('§ 7 input refused');
  return parsed.value;
}

describe('the calculation core', () => {
  it('turns an arithmetic overflow into an issue naming the field, never a throw', () => {
    // Past the checks (as a caller holding unchecked data would): a 16-digit km rate.
    const input = checked();
    input.settings = { ...input.settings, kmRate: 1234567890123456 };
    input.citizen.transport = { mode: 'car', oneWayKm: 14 };
    const result = tryCalculateMonth(input);
    expect(result).toEqual({
      ok: false,
      issues: [{ path: ['settings', 'kmRate'], message: 'er for stort til at regne præcist med' }],
    });
    expect(tryCalculateMonth(checked()).ok).toBe(true);
  });

  it('largestNumberAt names the number of largest magnitude', () => {
    expect(largestNumberAt({ a: 1, b: [2, { c: -1e20 }], d: 'x' })).toEqual(['b', 1, 'c']);
    expect(largestNumberAt({ a: 'ingen tal' })).toEqual([]);
  });
});

describe('settings beyond their bounds', () => {
  it.each([
    ['wageCeiling', 1e20],
    ['minimumWageReference', 1234567890123456],
    ['wageFloorPercent', 1e300],
  ])('%s = %d is refused naming the field, not thrown out of the schema', (key, value) => {
    // Failed before: the floor/ceiling refinement ran toOre on the value and threw a RangeError.
    const r = SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, [key]: value });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => i.path.join('.'))).toContain(key);
  });
});

describe('numbers are shown, never thrown', () => {
  it('formats a stored value beyond every bound instead of throwing', () => {
    // Failed before: "100000000000000 er for stort" blanked the settings page.
    expect(formatAmount(100000000000000)).toBe('100.000.000.000.000,00');
    expect(formatKr(-1e20)).toBe('−100.000.000.000.000.000.000,00 kr.');
    expect(formatDecimal(1234567890123456)).toBe('1.234.567.890.123.456');
    expect(formatAmount(Number.NaN)).toBe('?,00');
    expect(formatAmount(1234.5)).toBe('1.234,50');
  });
});
