import { describe, expect, it } from 'vitest';
import { rowRange, windowRows } from '../../../renderer/src/components/VirtualList';
import {
  cellClasses,
  cellKeyAction,
  cellLabel,
  commitEdit,
  inputKeyAction,
  pasteRow,
  rowTotals,
  sameRow,
  withoutPending,
  withPending,
  type GridRow,
  type Pending,
} from '../../../renderer/src/features/attendance/gridModel';

const days = ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04'];
const rows: GridRow[] = [
  { id: 'a', name: 'Anna', cells: new Map(), planned: new Set() },
  { id: 'b', name: 'Bo', cells: new Map(), planned: new Set() },
];

describe('keys on a cell', () => {
  const at = { row: 0, col: 1 };
  it('arrows, Home and End move; Tab and shortcuts are left to the browser', () => {
    expect(cellKeyAction(at, { key: 'ArrowDown' }, 2, 4)).toEqual({
      kind: 'move',
      to: { row: 1, col: 1 },
    });
    expect(cellKeyAction(at, { key: 'End' }, 2, 4)).toEqual({
      kind: 'move',
      to: { row: 0, col: 3 },
    });
    expect(cellKeyAction(at, { key: 'Tab' }, 2, 4)).toBeNull();
    expect(cellKeyAction(at, { key: 'Tab', shift: true }, 2, 4)).toBeNull();
    expect(cellKeyAction(at, { key: 'c', modified: true }, 2, 4)).toBeNull();
    expect(cellKeyAction(at, { key: 'ArrowDown', modified: true }, 2, 4)).toBeNull();
  });
  it('Enter and F2 edit, Delete and Backspace clear, a letter or digit starts typing', () => {
    expect(cellKeyAction(at, { key: 'Enter' }, 2, 4)).toEqual({ kind: 'edit' });
    expect(cellKeyAction(at, { key: 'F2' }, 2, 4)).toEqual({ kind: 'edit' });
    expect(cellKeyAction(at, { key: 'Delete' }, 2, 4)).toEqual({ kind: 'clear' });
    expect(cellKeyAction(at, { key: 'Backspace' }, 2, 4)).toEqual({ kind: 'clear' });
    expect(cellKeyAction(at, { key: '7' }, 2, 4)).toEqual({ kind: 'type', text: '7' });
    expect(cellKeyAction(at, { key: 'ø' }, 2, 4)).toEqual({ kind: 'type', text: 'ø' });
    expect(cellKeyAction(at, { key: ',' }, 2, 4)).toEqual({ kind: 'type', text: ',' });
    expect(cellKeyAction(at, { key: ' ' }, 2, 4)).toBeNull();
    expect(cellKeyAction(at, { key: 'Shift' }, 2, 4)).toBeNull();
  });
});

describe('keys in the cell editor', () => {
  it('Escape cancels; Enter, Tab, ↑ and ↓ save and move (Shift backwards)', () => {
    const at = { row: 0, col: 1 };
    expect(inputKeyAction(at, { key: 'Escape' }, 2, 4)).toEqual({ kind: 'cancel' });
    expect(inputKeyAction(at, { key: 'Enter' }, 2, 4)).toEqual({
      kind: 'commit',
      next: { row: 1, col: 1 },
    });
    expect(inputKeyAction(at, { key: 'Tab', shift: true }, 2, 4)).toEqual({
      kind: 'commit',
      next: { row: 0, col: 0 },
    });
    expect(inputKeyAction(at, { key: 'ArrowUp' }, 2, 4)).toEqual({
      kind: 'commit',
      next: { row: 0, col: 1 },
    });
    // ← and → move the caret in the text, not the cell.
    expect(inputKeyAction(at, { key: 'ArrowLeft' }, 2, 4)).toBeNull();
    expect(inputKeyAction(at, { key: '5' }, 2, 4)).toBeNull();
  });
});

describe('committing an edit', () => {
  it('saves valid input and moves on (or stays)', () => {
    expect(commitEdit({ pos: { row: 1, col: 0 }, text: '7,5' }, rows, days, null)).toEqual({
      ok: true,
      change: { rowId: 'b', date: '2026-10-01', value: { kind: 'hours', hours: 7.5 } },
      target: { row: 1, col: 0 },
    });
    expect(
      commitEdit({ pos: { row: 0, col: 2 }, text: 's' }, rows, days, { row: 1, col: 2 }),
    ).toEqual({
      ok: true,
      change: { rowId: 'a', date: '2026-10-03', value: { kind: 'absence', reason: 'syg' } },
      target: { row: 1, col: 2 },
    });
  });
  it('keeps invalid input in the cell with the message, saving nothing', () => {
    const edit = { pos: { row: 0, col: 0 }, text: '25' };
    expect(commitEdit(edit, rows, days)).toEqual({
      ok: false,
      edit: { ...edit, error: 'Timer skal være mellem 0 og 24.' },
    });
  });
});

describe('pasting a spreadsheet row', () => {
  it('fills from the cell to the right, cut at the month’s end', () => {
    const out = pasteRow({ row: 1, col: 2 }, '6\tS\t7,5\r\n', rows, days);
    expect(out).toEqual({
      ok: true,
      changes: [
        { rowId: 'b', date: '2026-10-03', value: { kind: 'hours', hours: 6 } },
        { rowId: 'b', date: '2026-10-04', value: { kind: 'absence', reason: 'syg' } },
      ],
    });
  });
  it('saves nothing when one value is invalid, and opens that cell with the reason', () => {
    expect(pasteRow({ row: 0, col: 0 }, '6\t30\t6', rows, days)).toEqual({
      ok: false,
      edit: {
        pos: { row: 0, col: 1 },
        text: '30',
        error: 'Timer skal være mellem 0 og 24. Intet fra den indsatte række er gemt.',
      },
    });
  });
  it('does nothing outside the rows', () => {
    expect(pasteRow({ row: 5, col: 0 }, '6', rows, days)).toBeNull();
  });
});

describe('what a cell and a row show', () => {
  it('totals hours exactly, days worked and days absent', () => {
    expect(
      rowTotals([
        { kind: 'hours', hours: 0.1 },
        { kind: 'hours', hours: 0.2 },
        { kind: 'hours', hours: 0 },
        { kind: 'absence', reason: 'syg' },
        { kind: 'empty' },
      ]),
    ).toEqual({ hours: 0.3, worked: 2, absent: 1 });
  });
  it('names the citizen, the day and the value for a screen reader', () => {
    expect(cellLabel('Anna', '01.10.2026', { kind: 'hours', hours: 7.5 })).toBe(
      'Anna, 01.10.2026: 7,5 timer',
    );
    expect(cellLabel('Anna', '01.10.2026', { kind: 'absence', reason: 'ferie' })).toBe(
      'Anna, 01.10.2026: Ferie',
    );
    expect(cellLabel('Anna', '01.10.2026', { kind: 'empty' })).toBe('Anna, 01.10.2026: tom');
  });
  it('marks an empty planned day, an absence, the active cell and invalid input', () => {
    const base = { weekend: false, planned: true, active: false, invalid: false };
    expect(cellClasses({ kind: 'empty' }, base)).toBe('cell planned-missing');
    expect(cellClasses({ kind: 'hours', hours: 6 }, base)).toBe('cell');
    expect(cellClasses({ kind: 'absence', reason: 'syg' }, { ...base, weekend: true })).toBe(
      'cell weekend absence',
    );
    expect(
      cellClasses({ kind: 'empty' }, { ...base, planned: false, active: true, invalid: true }),
    ).toBe('cell active invalid');
  });
  it('compares rows by content, so an unchanged row keeps its render', () => {
    const one: GridRow = {
      id: 'a',
      name: 'Anna',
      cells: new Map([['2026-10-01', { kind: 'hours', hours: 6 }]]),
      planned: new Set(['2026-10-01']),
    };
    expect(sameRow(one, { ...one, cells: new Map(one.cells), planned: new Set(one.planned) })).toBe(
      true,
    );
    expect(
      sameRow(one, { ...one, cells: new Map([['2026-10-01', { kind: 'hours', hours: 7 }]]) }),
    ).toBe(false);
    expect(
      sameRow(one, {
        ...one,
        cells: new Map([['2026-10-01', { kind: 'absence', reason: 'syg' }]]),
      }),
    ).toBe(false);
    expect(sameRow(one, { ...one, planned: new Set(['2026-10-02']) })).toBe(false);
    expect(sameRow(one, { ...one, name: 'Anne' })).toBe(false);
  });
});

describe('values typed and not yet saved', () => {
  it('are shown at once and dropped again when the save is refused; other rows keep their map', () => {
    const other = new Map([['2026-10-01', { kind: 'hours', hours: 1 } as const]]);
    const start: Pending = new Map([['b', other]]);
    const change = { rowId: 'a', date: '2026-10-02', value: { kind: 'hours', hours: 6 } } as const;
    const shown = withPending(start, [change]);
    expect(shown.get('a')?.get('2026-10-02')).toEqual({ kind: 'hours', hours: 6 });
    expect(shown.get('b')).toBe(other);
    expect(start.has('a')).toBe(false);
    const dropped = withoutPending(shown, [change]);
    expect(dropped.get('a')?.size).toBe(0);
    expect(dropped.get('b')).toBe(other);
  });
});

describe('the row window (components/VirtualList)', () => {
  it('renders the rows in view plus the overscan margin', () => {
    expect(rowRange(0, 360, 36, 300)).toEqual({ first: 0, last: 18 });
    expect(rowRange(3600, 360, 36, 300)).toEqual({ first: 92, last: 118 });
    expect(rowRange(10_440, 360, 36, 300)).toEqual({ first: 282, last: 300 });
    expect(rowRange(0, 360, 36, 5, 2)).toEqual({ first: 0, last: 5 });
  });
  it('keeps the active and edited rows rendered outside the window, in order', () => {
    expect(windowRows({ first: 10, last: 13 }, [2, -1], 300)).toEqual([2, 10, 11, 12]);
    expect(windowRows({ first: 10, last: 13 }, [250, 4, 250], 300)).toEqual([4, 10, 11, 12, 250]);
    expect(windowRows({ first: 10, last: 13 }, [11, 400], 300)).toEqual([10, 11, 12]);
  });
});
