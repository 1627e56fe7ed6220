// The grid's cell handlers, created once for the grid's lifetime: every row gets the same
// object, so a keystroke does not break the memo of the rows it does not touch (issue 6). They
// call the grid's latest closures, stored after each commit and before the next event.
import {
  useLayoutEffect,
  useMemo,
  useRef,
  type Dispatch,
  type KeyboardEvent,
  type RefObject,
  type SetStateAction,
} from 'react';
import { cellText, type CellValue, type GridPos } from './cellInput';
import type { EditState } from './gridModel';
import type { Handlers } from './GridRowView';

/** The cell an event came from, by its data-r / data-c. */
export const posOf = (el: HTMLElement): GridPos => ({
  row: Number(el.dataset.r),
  col: Number(el.dataset.c),
});

/** What the handlers need of the grid as it was last rendered. */
export interface GridNow {
  onCellKeyDown: (e: KeyboardEvent<HTMLTableCellElement>) => void;
  onInputKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
  commitEdit: () => boolean;
  pasteRow: (start: GridPos, text: string) => void;
  startEdit: (p: GridPos, text: string) => void;
  valueAt: (p: GridPos) => CellValue;
  edit: EditState | null;
  active: GridPos;
}

export function useCellHandlers(
  now: GridNow,
  setActive: (p: GridPos) => void,
  setEdit: Dispatch<SetStateAction<EditState | null>>,
): { handlers: Handlers; inputEl: RefObject<HTMLInputElement | null> } {
  const inputEl = useRef<HTMLInputElement | null>(null);
  const latest = useRef(now);
  useLayoutEffect(() => {
    latest.current = now;
  });
  const handlers = useMemo<Handlers>(
    () => ({
      keyDown: (e) => latest.current.onCellKeyDown(e),
      click: (e) => {
        const p = posOf(e.currentTarget);
        const a = latest.current.active;
        if (a.row !== p.row || a.col !== p.col) setActive(p);
      },
      doubleClick: (e) => {
        const p = posOf(e.currentTarget);
        latest.current.startEdit(p, cellText(latest.current.valueAt(p)));
      },
      paste: (e) => {
        e.preventDefault();
        latest.current.pasteRow(posOf(e.currentTarget), e.clipboardData.getData('text/plain'));
      },
      focus: (e) => {
        const p = posOf(e.currentTarget);
        const a = latest.current.active;
        if (a.row !== p.row || a.col !== p.col) setActive(p);
      },
      inputChange: (text) =>
        setEdit((current) => (current ? { ...current, text, error: undefined } : current)),
      inputKeyDown: (e) => latest.current.onInputKeyDown(e),
      inputPaste: (e) => {
        const current = latest.current.edit;
        const text = e.clipboardData.getData('text/plain');
        if (current && text.includes('\t')) {
          e.preventDefault();
          latest.current.pasteRow(current.pos, text);
        }
      },
      inputBlur: () => {
        // Leaving the cell with the mouse: save when valid, keep it open when not.
        const current = latest.current.edit;
        if (current && !current.error) latest.current.commitEdit();
      },
      inputRef: (el) => {
        inputEl.current = el;
      },
    }),
    [setActive, setEdit],
  );
  return { handlers, inputEl };
}
