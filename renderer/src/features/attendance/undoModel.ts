// Undo and redo in the attendance grid, pure and unit-tested: every saved action (a cell edit, a
// pasted row, "Udfyld planlagte dage") is one step holding each cell's value before and after;
// an undo saves the "before" values again through the data layer (so it is audited like any
// change), a redo the "after" values. At most UNDO_LIMIT steps are kept; a new action after an
// undo drops what could have been redone.
import type { CellValue } from './cellInput';
import { sameValue, type CellChange } from './gridModel';

/** One cell an action changed: what it held before and what it holds after (`value`). */
export interface CellEdit extends CellChange {
  before: CellValue;
}

/** The cells one action changed. */
export type UndoStep = readonly CellEdit[];

export interface UndoStack {
  /** Oldest first; the last is undone first. */
  done: readonly UndoStep[];
  /** The steps undone, the last redone first. */
  undone: readonly UndoStep[];
}

/** How many actions can be undone (issue 10: at least 50). */
export const UNDO_LIMIT = 50;

export const EMPTY_STACK: UndoStack = { done: [], undone: [] };

/** The edits that change something: saving a cell to what it held is no step. */
export function changedOnly(edits: readonly CellEdit[]): CellEdit[] {
  return edits.filter((e) => !sameValue(e.value, e.before));
}

/** The stack after a saved action: the step on top (oldest dropped past the limit), no redo. */
export function recorded(stack: UndoStack, step: UndoStep): UndoStack {
  if (step.length === 0) return stack;
  const done = [...stack.done, step];
  return { done: done.slice(Math.max(0, done.length - UNDO_LIMIT)), undone: [] };
}

/** The step an undo saves back, or null when there is none. */
export const nextUndo = (stack: UndoStack): UndoStep | null => stack.done.at(-1) ?? null;

/** The step a redo saves again, or null when there is none. */
export const nextRedo = (stack: UndoStack): UndoStep | null => stack.undone.at(-1) ?? null;

/**
 * What an undo of `step` saves: each cell back to its value before. `before` is what the undo
 * expects the cell to hold (the action's value): anything else was saved elsewhere since.
 */
export function undoChanges(step: UndoStep): CellChange[] {
  return step.map((e) => ({ rowId: e.rowId, date: e.date, value: e.before, before: e.value }));
}

/** What a redo of `step` saves: each cell to its value after (expecting its value before). */
export function redoChanges(step: UndoStep): CellChange[] {
  return step.map((e) => ({ rowId: e.rowId, date: e.date, value: e.value, before: e.before }));
}

/** The stack once the undo of its top step was saved. */
export function afterUndo(stack: UndoStack): UndoStack {
  const step = nextUndo(stack);
  if (!step) return stack;
  return { done: stack.done.slice(0, -1), undone: [...stack.undone, step] };
}

/** The stack once the redo of its top undone step was saved. */
export function afterRedo(stack: UndoStack): UndoStack {
  const step = nextRedo(stack);
  if (!step) return stack;
  return { done: [...stack.done, step], undone: stack.undone.slice(0, -1) };
}

export interface ShortcutPress {
  key: string;
  ctrl: boolean;
  meta: boolean;
  shift: boolean;
  alt: boolean;
}

/** Ctrl+Z undoes; Ctrl+Y and Ctrl+Shift+Z redo (Cmd on a Mac). Null for any other key. */
export function undoShortcut(press: ShortcutPress): 'undo' | 'redo' | null {
  if (!(press.ctrl || press.meta) || press.alt) return null;
  const key = press.key.toLowerCase();
  if (key === 'z') return press.shift ? 'redo' : 'undo';
  if (key === 'y' && !press.shift) return 'redo';
  return null;
}
