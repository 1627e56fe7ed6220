// The backup password (docs/rules.md §11): chosen once, with its repetition and a strength hint;
// every backup, manual or automatic, is then encrypted with it. Changing it needs the new one
// twice; older backups keep opening with the password they were made with.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { newPasswordProblem, passwordHint } from '../../../../shared/backup/protection';
import { useDataApi } from '../../data/context';
import {
  backupKeyState,
  chooseBackupPassword,
  type KeyState,
  unlockBackupKey,
} from '../../data/backupKey';
import { TextField } from '../../components/Field';
import { Card, Notice, StatusNotice } from '../../components/Page';
import { PasswordDialog } from '../../components/PasswordDialog';
import { Progress } from '../../components/Progress';
import { useProgressTask } from '../../components/useProgressTask';
import { formatDateTime } from '../../format';
import { passwordSavedStatus, protectionLine } from './settingsModel';

/** The session's key state, read again after every change (shared with BackupCard). */
export function useBackupKeyState() {
  const api = useDataApi();
  const [state, setState] = useState<KeyState | null>(null);
  const refresh = useCallback(() => {
    void backupKeyState(api).then(setState);
  }, [api]);
  useEffect(refresh, [refresh]);
  return { state, refresh };
}

export function BackupPasswordCard({
  keyState,
}: {
  keyState: ReturnType<typeof useBackupKeyState>;
}) {
  const api = useDataApi();
  const { state, refresh } = keyState;
  const [editing, setEditing] = useState(false);
  const [unlocking, setUnlocking] = useState(false);
  const [password, setPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [errors, setErrors] = useState<{ password?: string; repeated?: string }>({});
  const { progress, busy, status, run } = useProgressTask();
  const open = state?.state === 'none' || editing;

  const save = (e: FormEvent) => {
    e.preventDefault();
    const problem = newPasswordProblem(password, repeated);
    setErrors(problem ? { [problem.field]: problem.message } : {});
    if (problem) return;
    void run({ label: 'Beregner nøglen (600.000 runder)', fraction: 0.5 }, async () => {
      const note = await chooseBackupPassword(api, password, new Date().toISOString());
      setPassword('');
      setRepeated('');
      setEditing(false);
      refresh();
      return passwordSavedStatus(note, Boolean(window.api));
    });
  };

  return (
    <Card title="Adgangskode til sikkerhedskopier">
      <div className="stack">
        {!state ? (
          <p className="loading">Henter …</p>
        ) : state.state === 'none' ? (
          <Notice kind="warning">
            Der er ikke valgt en adgangskode: sikkerhedskopier bliver ikke krypteret, og de
            indeholder CPR-numre og helbredsoplysninger.
          </Notice>
        ) : (
          <p data-testid="backup-protection">
            <span className="badge ok">Krypteret</span>{' '}
            {protectionLine(
              formatDateTime(state.protection.setAt),
              state.state,
              Boolean(window.api),
            )}
          </p>
        )}
        <p className="muted">
          Glemmer du adgangskoden, kan ingen åbne sikkerhedskopierne. Skriv den ned, og opbevar den
          sikkert. En kopi lavet før et skift åbnes med den adgangskode, den blev lavet med.
        </p>
        {open ? (
          <form onSubmit={save} noValidate className="stack">
            <TextField
              label={state?.state === 'none' ? 'Adgangskode' : 'Ny adgangskode'}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={setPassword}
              error={errors.password}
              hint={<span aria-live="polite">{passwordHint(password)}</span>}
            />
            <TextField
              label="Gentag adgangskoden"
              type="password"
              autoComplete="new-password"
              value={repeated}
              onChange={setRepeated}
              error={errors.repeated}
            />
            <div className="actions">
              <button type="submit" disabled={busy}>
                Gem adgangskode
              </button>
              {editing ? (
                <button type="button" className="secondary" onClick={() => setEditing(false)}>
                  Annuller
                </button>
              ) : null}
            </div>
          </form>
        ) : (
          <div className="actions">
            {state?.state === 'locked' ? (
              <button type="button" onClick={() => setUnlocking(true)}>
                Indtast adgangskode …
              </button>
            ) : null}
            <button type="button" className="secondary" onClick={() => setEditing(true)}>
              Skift adgangskode …
            </button>
          </div>
        )}
        <Progress state={progress} />
        <StatusNotice status={status} />
      </div>
      {unlocking && state?.state === 'locked' ? (
        <PasswordDialog
          title="Adgangskode til sikkerhedskopier"
          submitLabel="Brug adgangskoden"
          onCancel={() => setUnlocking(false)}
          onSubmit={async (typed) => {
            if (!(await unlockBackupKey(state.protection, typed)))
              return 'passer ikke med den valgte adgangskode';
            setUnlocking(false);
            refresh();
            return null;
          }}
        >
          <p>Så kan sikkerhedskopier i denne session krypteres uden at spørge igen.</p>
        </PasswordDialog>
      ) : null}
    </Card>
  );
}
