// Typed input is never thrown away without a word (issue 10, finding 12): while a form holds
// unsaved changes, moving to another screen asks first, and closing the window (or reloading)
// asks through the browser's own beforeunload question (the desktop shell asks in its place).
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { blockNavigation } from '../router';
import { ConfirmDialog } from './ConfirmDialog';

export interface UnsavedChangesGuard {
  /** The question, when a navigation is held; render it inside the form's page. */
  dialog: ReactNode;
  /** Lets the next navigation through without asking (call after a successful save). */
  release: () => void;
}

/** `dirty`: the form differs from what it was opened with. */
export function useUnsavedChangesGuard(dirty: boolean): UnsavedChangesGuard {
  const [pending, setPending] = useState<string | null>(null);
  const released = useRef(false);

  useEffect(() => {
    if (!dirty) return;
    const unblock = blockNavigation((next) => {
      if (released.current) return false;
      setPending(next);
      return true;
    });
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (released.current) return;
      e.preventDefault();
      // Older engines show the question only when returnValue is set.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      unblock();
      window.removeEventListener('beforeunload', beforeUnload);
    };
  }, [dirty]);

  const dialog =
    pending === null ? null : (
      <ConfirmDialog
        title="Ændringerne er ikke gemt"
        confirmLabel="Forlad siden"
        cancelLabel="Bliv på siden"
        onCancel={() => setPending(null)}
        onConfirm={() => {
          released.current = true;
          setPending(null);
          window.location.hash = pending;
        }}
      >
        <p>Du har skrevet noget i formularen, som ikke er gemt. Forlader du siden, går det tabt.</p>
      </ConfirmDialog>
    );
  return {
    dialog,
    release: () => {
      released.current = true;
    },
  };
}
