// The choice after a refused write (docs/rules.md, "Samtidige ændringer"): someone saved the same
// record in another window after this one loaded it, so nothing was saved. The person sees their
// values beside the stored ones and chooses: keep theirs (saved again, now over the stored
// version) or take the stored ones (the form is loaded again). Esc, or "Tilbage", chooses neither.
import { useEffect, useId, useRef } from 'react';
import type { ConflictRow } from './conflict';

export function ConflictDialog({
  rows,
  what,
  onKeepMine,
  onTakeStored,
  onClose,
}: {
  rows: readonly ConflictRow[];
  /** What changed, for the sentence: `borgeren`, `afgørelsen`, `cellerne`. */
  what: string;
  onKeepMine: () => void;
  onTakeStored: () => void;
  /** Without it there is no "Tilbage", and Esc takes the stored values. */
  onClose?: () => void;
}) {
  const titleId = useId();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog dialog-wide"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(e) => {
          if (e.key === 'Escape') (onClose ?? onTakeStored)();
        }}
      >
        <h2 id={titleId}>Ændret i et andet vindue</h2>
        <p>
          Mens du arbejdede, blev {what} gemt et andet sted (fx i et andet vindue). Intet af dit er
          gemt endnu. Vælg, hvad der skal gælde.
        </p>
        {rows.length > 0 ? (
          <table className="conflict-table">
            <thead>
              <tr>
                <th scope="col">Felt</th>
                <th scope="col">Dit</th>
                <th scope="col">Gemt nu</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={`${r.label}-${i}`}>
                  <th scope="row">{r.label}</th>
                  <td>{r.mine}</td>
                  <td>{r.stored}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>Dine værdier er de samme som de gemte.</p>
        )}
        <div className="actions">
          <button type="button" ref={first} onClick={onKeepMine}>
            Behold mine
          </button>
          <button type="button" className="secondary" onClick={onTakeStored}>
            Brug de gemte
          </button>
          {onClose ? (
            <button type="button" className="secondary" onClick={onClose}>
              Tilbage
            </button>
          ) : null}
        </div>
      </div>
    </div>
  );
}
