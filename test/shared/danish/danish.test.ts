import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  formatAmount,
  formatCpr,
  formatDate,
  formatDecimal,
  formatKr,
  formatMonth,
  formatMonthTitle,
  maskCpr,
  parseDanishDate,
  parseDanishNumber,
  toInputNumber,
} from '../../renderer/src/format';

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
  it('masks CPR numbers', () => {
    expect(maskCpr('0101901234')).toBe('010190-****');
    expect(formatCpr('0101901234')).toBe('010190-1234');
    expect(maskCpr('')).toBe('');
  });
});

describe('parseDanishNumber', () => {
  it.each([
    ['7,5', 7.5],
    ['7.5', 7.5],
    ['1.234,50', 1234.5],
    ['1234,5', 1234.5],
    [' 12 ', 12],
    ['-3', -3],
    ['0', 0],
    [',5', 0.5],
  ])('%s → %d', (text, value) => {
    expect(parseDanishNumber(text)).toBe(value);
  });
  it.each(['', 'abc', '1,2,3', '7t', '-', ','])('refuses %j', (text) => {
    expect(parseDanishNumber(text)).toBeNull();
  });
  it('writes numbers back for inputs', () => {
    expect(toInputNumber(7.5)).toBe('7,5');
    expect(toInputNumber(undefined)).toBe('');
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
