// Asks for a password (a protected backup, docs/rules.md §11): a modal form whose answer is
// checked by `onSubmit`; a wrong one is said beside the field and the dialog stays open.
import { useState, type FormEvent, type ReactNode } from 'react';
import { TextField } from './Field';

export function PasswordDialog(props: {
  title: string;
  children: ReactNode;
  label?: string;
  submitLabel: string;
  /** The Danish reason the password was not accepted, or null when it was (the dialog closes). */
  onSubmit: (password: string) => Promise<string | null>;
  onCancel: () => void;
}) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (password === '') {
      setError('skal udfyldes');
      return;
    }
    setBusy(true);
    setError(undefined);
    void props
      .onSubmit(password)
      .then((problem) => {
        if (problem !== null) setError(problem);
      })
      .catch((err: unknown) => setError((err as Error).message))
      .finally(() => setBusy(false));
  };
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="password-dialog-title"
        onKeyDown={(e) => {
          if (e.key === 'Escape') props.onCancel();
        }}
      >
        <form onSubmit={submit} noValidate>
          <h2 id="password-dialog-title">{props.title}</h2>
          {props.children}
          <TextField
            label={props.label ?? 'Adgangskode'}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={error}
            autoFocus
          />
          {busy ? <p className="muted">Kontrollerer adgangskoden …</p> : null}
          <div className="actions">
            <button type="submit" disabled={busy}>
              {props.submitLabel}
            </button>
            <button type="button" className="secondary" onClick={props.onCancel}>
              Annuller
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
