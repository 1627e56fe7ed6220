// Asking the person after a refused write (docs/rules.md, "Samtidige ændringer"): `choose` shows
// the conflict dialog with the differing values and resolves with their choice.
import { useCallback, useState, type ReactNode } from 'react';
import type { ConflictRow } from './conflict';
import { ConflictDialog } from './ConflictDialog';

export type ConflictChoice = 'mine' | 'stored' | 'back';

export function useConflictChoice(
  what: string,
  opts: { back?: boolean } = {},
): { choose: (rows: ConflictRow[]) => Promise<ConflictChoice>; dialog: ReactNode } {
  const [asking, setAsking] = useState<{
    rows: ConflictRow[];
    resolve: (choice: ConflictChoice) => void;
  } | null>(null);
  const choose = useCallback(
    (rows: ConflictRow[]) => new Promise<ConflictChoice>((resolve) => setAsking({ rows, resolve })),
    [],
  );
  const answer = (choice: ConflictChoice) => {
    asking?.resolve(choice);
    setAsking(null);
  };
  const dialog = asking ? (
    <ConflictDialog
      what={what}
      rows={asking.rows}
      onKeepMine={() => answer('mine')}
      onTakeStored={() => answer('stored')}
      {...(opts.back === false ? {} : { onClose: () => answer('back') })}
    />
  ) : null;
  return { choose, dialog };
}
