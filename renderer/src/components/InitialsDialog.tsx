import { useState, type FormEvent } from 'react';
import { initials as InitialsSchema } from '../../../shared/records/common';
import { TextField } from './Field';
import { validate } from './forms';

/**
 * Browser mode: asked once per PC, switchable. Desktop app: asked only for an account whose name
 * gives no initials, once, then fixed to that account (docs/rules.md §13).
 */
export function InitialsDialog({
  current,
  account,
  onDone,
  onCancel,
  serverError,
}: {
  current: string;
  /** The desktop app's account the initials will belong to; undefined in browser mode. */
  account?: string | undefined;
  serverError?: string | undefined;
  onDone: (initials: string) => void;
  onCancel?: () => void;
}) {
  const [value, setValue] = useState(current);
  const [error, setError] = useState<string | undefined>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = validate(InitialsSchema, value);
    if (!r.ok) setError(r.errors[''] ?? 'ugyldige initialer');
    else onDone(r.value);
  };
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="initials-title">
        <form onSubmit={submit} noValidate>
          <h2 id="initials-title">Hvem arbejder her?</h2>
          {account ? (
            <p>
              Skriv initialer for kontoen <strong>{account}</strong>. De hører til kontoen og kan
              ikke ændres bagefter; de skrives i loggen ved hver ændring sammen med kontoen.
            </p>
          ) : (
            <p>
              Skriv dine initialer. De gemmes på denne pc og skrives i loggen ved hver ændring, så
              det altid kan ses, hvem der har gjort hvad. Programmet kører i browsertilstand, så
              initialerne er selvangivne.
            </p>
          )}
          <TextField
            label="Initialer"
            value={value}
            onChange={setValue}
            error={error ?? serverError}
            autoFocus
            hint="2–6 bogstaver, fx ABC"
          />
          <div className="actions">
            <button type="submit">Gem initialer</button>
            {onCancel && !account ? (
              <button type="button" className="secondary" onClick={onCancel}>
                Annuller
              </button>
            ) : null}
          </div>
        </form>
      </div>
    </div>
  );
}
