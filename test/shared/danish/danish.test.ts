import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysBetween } from '../../../shared/calendar';
import {
  formatDate,
  formatMonth,
  formatMonthTitle,
  parseDanishDate,
} from '../../../shared/danish/dates';
import {
  formatAmount,
  formatDecimal,
  formatFixed2,
  formatKr,
  parseDanishNumber,
  parseDanishNumberInput,
  plural,
  toInputNumber,
} from '../../../shared/danish/number';

describe('da-DK formats', () => {
  it('formats kroner with thousands dots and decimal comma', () => {
    expect(formatKr(1234.5)).toBe('1.234,50 kr.');
    expect(formatKr(0)).toBe('0,00 kr.');
    expect(formatKr(1234567.89)).toBe('1.234.567,89 kr.');
    expect(formatAmount(-85.14)).toBe('−85,14');
    expect(formatAmount(0.07)).toBe('0,07');
  });
  it('formats decimals with only the needed digits', () => {
    expect(formatDecimal(7.5)).toBe('7,5');
    expect(formatDecimal(6)).toBe('6');
    expect(formatDecimal(1234.25)).toBe('1.234,25');
  });
  it('formats dates and months', () => {
    expect(formatDate('2026-11-24')).toBe('24.11.2026');
    expect(formatDate(undefined)).toBe('');
    expect(formatMonth('2026-10')).toBe('oktober 2026');
    expect(formatMonthTitle('2026-05')).toBe('Maj 2026');
  });
  it('counts days between ISO dates', () => {
    expect(daysBetween('2026-11-24', '2026-12-24')).toBe(30);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });
});

describe('parseDanishNumber', () => {
  it.each([
    ['7,5', 7.5],
    ['4.000', 4000],
    ['4.000,50', 4000.5],
    ['4000,5', 4000.5],
    ['1.234.567,89', 1234567.89],
    ['1.234,50', 1234.5],
    ['1234,5', 1234.5],
    [' 12 ', 12],
    ['-3', -3],
    ['0', 0],
    [',5', 0.5],
  ])('%s → %d', (text, value) => {
    expect(parseDanishNumber(text)).toBe(value);
  });
  it.each(['', 'abc', '1,2,3', '7t', '-', ',', '4.00', '1.5', '7.5', '12.34.567', '1.2345'])(
    'refuses %j',
    (text) => {
      expect(parseDanishNumber(text)).toBeNull();
    },
  );
  it.each([
    ['1.5', 'skriv 1,5'],
    ['4.00', 'skriv 4,00'],
    ['1,2,3', 'ét komma'],
    ['12.34.567', 'hele tusinder'],
    ['abc', 'fx 7,5'],
  ])('says how to write %j', (text, hint) => {
    const r = parseDanishNumberInput(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(hint);
  });
  it('writes numbers back for inputs', () => {
    expect(toInputNumber(7.5)).toBe('7,5');
    expect(toInputNumber(4000)).toBe('4.000');
    expect(toInputNumber(-3)).toBe('-3');
    expect(toInputNumber(undefined)).toBe('');
  });
  it('format → parse gives the value back (any amount of øre within the bounds)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), (ore) => {
        const value = ore / 100;
        expect(parseDanishNumber(toInputNumber(value))).toBe(value);
        expect(parseDanishNumber(formatAmount(value).replace('−', '-'))).toBe(value);
        expect(parseDanishNumber(formatFixed2(value))).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });
  it('counts with the right plural', () => {
    expect(plural(1, 'borger', 'borgere')).toBe('1 borger');
    expect(plural(2, 'borger', 'borgere')).toBe('2 borgere');
    expect(plural(0, 'lukket måned', 'lukkede måneder')).toBe('0 lukkede måneder');
  });
});

describe('parseDanishDate', () => {
  it('reads Danish and ISO dates', () => {
    expect(parseDanishDate('24.11.2026')).toBe('2026-11-24');
    expect(parseDanishDate('1.2.2026')).toBe('2026-02-01');
    expect(parseDanishDate('2026-11-24')).toBe('2026-11-24');
  });
  it('refuses dates that do not exist', () => {
    expect(parseDanishDate('31.02.2026')).toBeNull();
    expect(parseDanishDate('24/11')).toBeNull();
    expect(parseDanishDate('')).toBeNull();
  });
});
