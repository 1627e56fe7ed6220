// The attendance screen's undo history (undoModel.ts): saves go one after another, so an undo
// pressed twice quickly undoes two steps and an edit saved meanwhile lands in order. Each save
// goes through the page's `save` (the data layer, audited); a refused undo or redo leaves the
// history as it was (the page shows the data layer's reason). A new month starts a new history.
import { useRef, useState } from 'react';
import type { CellChange } from './gridModel';
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
  type CellEdit,
  type UndoStack,
} from './undoModel';

export interface UndoHistory {
  /** Saves an action's edits; a step in the history when saved. False when refused. */
  apply: (edits: readonly CellEdit[]) => Promise<boolean>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  canUndo: boolean;
  canRedo: boolean;
}

export function useUndoHistory(
  month: string,
  save: (changes: readonly CellChange[]) => Promise<boolean>,
): UndoHistory {
  // Kept with its month: another month shows an empty history.
  const [state, setState] = useState<{ month: string; stack: UndoStack }>({
    month,
    stack: EMPTY_STACK,
  });
  const latest = useRef(state);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const stack = state.month === month ? state.stack : EMPTY_STACK;

  /** The history now, read when a queued save runs (not when it was asked for). */
  const now = (): UndoStack =>
    latest.current.month === month ? latest.current.stack : EMPTY_STACK;
  const update = (next: UndoStack) => {
    latest.current = { month, stack: next };
    setState(latest.current);
  };

  /** Runs `task` after every save asked for before it. */
  const inTurn = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.current.then(task);
    queue.current = run.catch(() => undefined);
    return run;
  };

  return {
    apply: (edits) =>
      inTurn(async () => {
        const step = changedOnly(edits);
        if (step.length === 0) return true;
        const ok = await save(step);
        if (ok) update(recorded(now(), step));
        return ok;
      }),
    undo: () =>
      inTurn(async () => {
        const step = nextUndo(now());
        if (step && (await save(undoChanges(step)))) update(afterUndo(now()));
      }),
    redo: () =>
      inTurn(async () => {
        const step = nextRedo(now());
        if (step && (await save(redoChanges(step)))) update(afterRedo(now()));
      }),
    canUndo: stack.done.length > 0,
    canRedo: stack.undone.length > 0,
  };
}
