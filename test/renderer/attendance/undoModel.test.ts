import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../renderer/src/features/attendance/cellInput';
import {
  afterRedo,
  afterUndo,
  changedOnly,
  EMPTY_STACK,
  nextRedo,
  nextUndo,
  recorded,
  redoChanges,
  undoChanges,
  undoShortcut,
  UNDO_LIMIT,
  type CellEdit,
  type UndoStack,
} from '../../../renderer/src/features/attendance/undoModel';

const EMPTY: CellValue = { kind: 'empty' };
const hours = (h: number): CellValue => ({ kind: 'hours', hours: h });
const edit = (date: string, before: CellValue, value: CellValue): CellEdit => ({
  rowId: 'a',
  date,
  before,
  value,
});

describe('the undo stack', () => {
  it('undoes a step by saving the values before, and redoes it with the values after', () => {
    const step = [edit('2026-10-01', hours(6), hours(5))];
    let stack = recorded(EMPTY_STACK, step);
    expect(nextUndo(stack)).toBe(step);
    // It expects the cell to hold the step's value: anything else was saved elsewhere since.
    expect(undoChanges(step)).toEqual([
      { rowId: 'a', date: '2026-10-01', value: hours(6), before: hours(5) },
    ]);
    stack = afterUndo(stack);
    expect(nextUndo(stack)).toBeNull();
    expect(nextRedo(stack)).toBe(step);
    expect(redoChanges(step)).toEqual([
      { rowId: 'a', date: '2026-10-01', value: hours(5), before: hours(6) },
    ]);
    stack = afterRedo(stack);
    expect(stack).toEqual({ done: [step], undone: [] });
  });

  it('an undo of a fill empties exactly the cells it filled and restores the rest', () => {
    const fill = [
      edit('2026-10-01', EMPTY, hours(6)),
      edit('2026-10-02', EMPTY, hours(6)),
      edit('2026-10-05', { kind: 'absence', reason: 'syg' }, hours(6)),
    ];
    expect(undoChanges(fill).map(({ before: _b, ...c }) => c)).toEqual([
      { rowId: 'a', date: '2026-10-01', value: EMPTY },
      { rowId: 'a', date: '2026-10-02', value: EMPTY },
      { rowId: 'a', date: '2026-10-05', value: { kind: 'absence', reason: 'syg' } },
    ]);
  });

  it('keeps the last 50 steps, dropping the oldest', () => {
    expect(UNDO_LIMIT).toBeGreaterThanOrEqual(50);
    let stack: UndoStack = EMPTY_STACK;
    for (let i = 0; i < UNDO_LIMIT + 5; i++)
      stack = recorded(stack, [edit('2026-10-01', hours(i), hours(i + 1))]);
    expect(stack.done).toHaveLength(UNDO_LIMIT);
    expect(stack.done[0]![0]!.before).toEqual(hours(5));
    let undone = 0;
    while (nextUndo(stack)) {
      stack = afterUndo(stack);
      undone++;
    }
    expect(undone).toBe(UNDO_LIMIT);
    expect(stack.undone).toHaveLength(UNDO_LIMIT);
  });

  it('a new edit after an undo clears what could be redone', () => {
    let stack = recorded(EMPTY_STACK, [edit('2026-10-01', EMPTY, hours(6))]);
    stack = recorded(stack, [edit('2026-10-01', hours(6), hours(5))]);
    stack = afterUndo(stack);
    expect(nextRedo(stack)).not.toBeNull();
    stack = recorded(stack, [edit('2026-10-02', EMPTY, hours(4))]);
    expect(nextRedo(stack)).toBeNull();
    expect(stack.done).toHaveLength(2);
  });

  it('an empty step or a cell saved to what it held is no step', () => {
    expect(recorded(EMPTY_STACK, [])).toBe(EMPTY_STACK);
    expect(
      changedOnly([
        edit('2026-10-01', hours(6), hours(6)),
        edit('2026-10-02', EMPTY, EMPTY),
        edit('2026-10-03', hours(0), EMPTY),
        edit('2026-10-04', { kind: 'absence', reason: 'syg' }, { kind: 'absence', reason: 'fri' }),
      ]).map((e) => e.date),
    ).toEqual(['2026-10-03', '2026-10-04']);
  });

  it('undo and redo on an empty stack change nothing', () => {
    expect(afterUndo(EMPTY_STACK)).toBe(EMPTY_STACK);
    expect(afterRedo(EMPTY_STACK)).toBe(EMPTY_STACK);
  });
});

describe('undo shortcuts', () => {
  const press = (key: string, mods: Partial<Record<'ctrl' | 'meta' | 'shift' | 'alt', boolean>>) =>
    undoShortcut({ key, ctrl: false, meta: false, shift: false, alt: false, ...mods });
  it('Ctrl+Z undoes, Ctrl+Y and Ctrl+Shift+Z redo (Cmd too)', () => {
    expect(press('z', { ctrl: true })).toBe('undo');
    expect(press('Z', { ctrl: true, shift: true })).toBe('redo');
    expect(press('y', { ctrl: true })).toBe('redo');
    expect(press('z', { meta: true })).toBe('undo');
  });
  it('leaves other keys alone', () => {
    expect(press('z', {})).toBeNull();
    expect(press('z', { ctrl: true, alt: true })).toBeNull();
    expect(press('v', { ctrl: true })).toBeNull();
    expect(press('Y', { ctrl: true, shift: true })).toBeNull();
  });
});
