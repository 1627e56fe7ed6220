import { describe, expect, it } from 'vitest';
import {
  cellText,
  moveInGrid,
  parseCellInput,
  splitPastedRow,
} from '../../renderer/src/features/attendance/cellInput';

describe('parseCellInput', () => {
  it('reads hours with comma or dot', () => {
    expect(parseCellInput('7,5')).toEqual({ ok: true, value: { kind: 'hours', hours: 7.5 } });
    expect(parseCellInput('6')).toEqual({ ok: true, value: { kind: 'hours', hours: 6 } });
    expect(parseCellInput('0')).toEqual({ ok: true, value: { kind: 'hours', hours: 0 } });
  });
  it('reads absence codes and words', () => {
    expect(parseCellInput('s')).toEqual({ ok: true, value: { kind: 'absence', reason: 'syg' } });
    expect(parseCellInput('Ferie')).toEqual({
      ok: true,
      value: { kind: 'absence', reason: 'ferie' },
    });
    expect(parseCellInput('FR')).toEqual({ ok: true, value: { kind: 'absence', reason: 'fri' } });
  });
  it('clears on empty', () => {
    expect(parseCellInput('  ')).toEqual({ ok: true, value: { kind: 'empty' } });
  });
  it('refuses bad input with a Danish message', () => {
    const cases = ['25', '-1', '7,555', 'xyz'];
    for (const c of cases) {
      const r = parseCellInput(c);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/Timer|fraværskode/);
    }
  });
  it('reads hours as Danish numbers: a point is refused with a hint to write a comma', () => {
    expect(parseCellInput('7.5')).toEqual({
      ok: false,
      message:
        'Timer: brug komma som decimaltegn: skriv 7,5 (punktum skiller kun tusinder, fx 4.000).',
    });
    expect(parseCellInput('1,2,3')).toEqual({
      ok: false,
      message: 'Timer: må kun have ét komma (decimaltegnet), fx 1.234,50.',
    });
    expect(parseCellInput('4.000')).toEqual({
      ok: false,
      message: 'Timer skal være mellem 0 og 24.',
    });
    expect(parseCellInput(' 7,25 ')).toEqual({ ok: true, value: { kind: 'hours', hours: 7.25 } });
    expect(parseCellInput('7 t')).toEqual({
      ok: false,
      message: '»7 t« er hverken timer eller en fraværskode (S, F, FR, U, A).',
    });
  });
  it('round-trips through cellText', () => {
    expect(cellText({ kind: 'hours', hours: 7.25 })).toBe('7,25');
    expect(cellText({ kind: 'absence', reason: 'udeblevet' })).toBe('U');
    expect(cellText({ kind: 'empty' })).toBe('');
  });
});

describe('grid movement', () => {
  it('moves with arrows, Enter and Tab, clamped to the grid', () => {
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowRight', 3, 31)).toEqual({ row: 0, col: 1 });
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowUp', 3, 31)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 1, col: 4 }, 'Enter', 3, 31)).toEqual({ row: 2, col: 4 });
    expect(moveInGrid({ row: 2, col: 4 }, 'Enter', 3, 31)).toEqual({ row: 2, col: 4 });
    expect(moveInGrid({ row: 2, col: 4 }, 'Enter', 3, 31, true)).toEqual({ row: 1, col: 4 });
    expect(moveInGrid({ row: 0, col: 30 }, 'Tab', 3, 31)).toEqual({ row: 0, col: 30 });
    expect(moveInGrid({ row: 1, col: 9 }, 'End', 3, 31)).toEqual({ row: 1, col: 30 });
    expect(moveInGrid({ row: 1, col: 9 }, 'a', 3, 31)).toBeNull();
  });
  it('splits a pasted spreadsheet row', () => {
    expect(splitPastedRow('6\t6\t\tS\t7,5\r\n')).toEqual(['6', '6', '', 'S', '7,5']);
    expect(splitPastedRow('1\t2\n3\t4')).toEqual(['1', '2']);
  });
});
