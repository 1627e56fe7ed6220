// Backup and restore: all data as one file; a restore first shows the file's date and counts
// beside today's and asks, then keeps the current data as a safety copy before replacing it; the
// latest safety copy restores back with one click ("Fortryd gendannelse", asked first too).
// Backups are encrypted with the backup password (docs/rules.md §11); an unencrypted one is an
// explicit choice after a warning, and a protected file asks for its password when restored.
import { useRef, useState } from 'react';
import { todayIso } from '../../../../shared/calendar';
import { useDataApi } from '../../data/context';
import { backupKeyState, encryptingWith, unlockBackupKey } from '../../data/backupKey';
import type { BackupProtection } from '../../../../shared/backup/protection';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Card, Notice, StatusNotice } from '../../components/Page';
import { PasswordDialog } from '../../components/PasswordDialog';
import { Progress } from '../../components/Progress';
import { saveBackupFile } from '../../components/backupFiles';
import { useProgressTask } from '../../components/useProgressTask';
import type { useBackupKeyState } from './BackupPasswordCard';
import { RestoreQuestion, type PendingRestore } from './RestoreQuestion';
import { SafetyCopies } from './SafetyCopies';
import { type FileAsk, useRestoreFlow } from './useRestoreFlow';
import { PLAIN_BACKUP_WARNING, backupFileName, backupSavedStatus } from './settingsModel';

/** A question the download is waiting for: go unencrypted, or the password for this session. */
type DownloadAsk = { kind: 'plain' } | { kind: 'unlock'; protection: BackupProtection };

export function BackupCard({ keyState }: { keyState: ReturnType<typeof useBackupKeyState> }) {
  const api = useDataApi();
  const task = useProgressTask();
  const { progress, busy, status, run } = task;
  const fileInput = useRef<HTMLInputElement>(null);
  const [downloadAsk, setDownloadAsk] = useState<DownloadAsk | null>(null);
  const restore = useRestoreFlow(task, keyState.refresh);

  const save = (encrypt: boolean) =>
    run({ label: 'Samler sikkerhedskopien', fraction: 0.3 }, async (step) => {
      const createdAt = new Date().toISOString();
      const key = encrypt ? await backupKeyState(api) : null;
      if (key && key.state !== 'ready') return { kind: 'error', text: 'Adgangskoden mangler.' };
      // Streamed (and encrypted) piece by piece, never one string (docs/rules.md §11).
      step({ label: key ? 'Skriver og krypterer' : 'Skriver sikkerhedskopien', fraction: 0.6 });
      const name = backupFileName(todayIso(), Boolean(key));
      const outcome = await saveBackupFile(
        api,
        name,
        key
          ? { name: 'Krypteret sikkerhedskopi', extensions: ['jlbak'] }
          : { name: 'Sikkerhedskopi', extensions: ['json'] },
        key ? encryptingWith(key.key) : null,
        { createdAt },
      );
      // A backup taken out is audited with the file's createdAt (docs/rules.md §13).
      if (outcome.saved)
        await api.recordAccess({
          kind: 'backup',
          reason: 'download',
          fileName: name,
          createdAt,
          encrypted: Boolean(key),
        });
      return backupSavedStatus(name, outcome, Boolean(key));
    });

  /** "Hent sikkerhedskopi": encrypted at once when the key is here, else asked first. */
  const download = async () => {
    const key = await backupKeyState(api);
    if (key.state === 'ready') await save(true);
    else if (key.state === 'locked') setDownloadAsk({ kind: 'unlock', protection: key.protection });
    else setDownloadAsk({ kind: 'plain' });
  };

  return (
    <Card title="Sikkerhedskopi">
      <div className="stack">
        <p>
          Hent alle data som én fil, og gem den et sikkert sted. Filen krypteres med adgangskoden
          til sikkerhedskopier. Ved gendannelse kontrolleres hele filen først, og du ser, hvad den
          indeholder, før noget ændres; de nuværende data gemmes som sikkerhedskopi, før de
          erstattes.
        </p>
        <div className="actions">
          <button type="button" onClick={() => void download()} disabled={busy}>
            Hent sikkerhedskopi
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => setDownloadAsk({ kind: 'plain' })}
            disabled={busy}
          >
            Hent ukrypteret …
          </button>
          <label className="button secondary" htmlFor="restore-file">
            Gendan fra fil …
          </label>
          <input
            id="restore-file"
            ref={fileInput}
            className="visually-hidden"
            type="file"
            accept=".jlbak,.json,.jsonl,application/json,application/x-ndjson,application/octet-stream"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (fileInput.current) fileInput.current.value = '';
              if (file) void restore.askFile(file);
            }}
          />
        </div>
        <Progress state={progress} />
        <StatusNotice status={status} />
        <SafetyCopies busy={busy} onUndo={restore.askSafetyCopy} />
      </div>
      {downloadAsk?.kind === 'plain' ? (
        <ConfirmDialog
          title="Hent ukrypteret sikkerhedskopi?"
          confirmLabel="Hent ukrypteret"
          onCancel={() => setDownloadAsk(null)}
          onConfirm={() => {
            setDownloadAsk(null);
            void save(false);
          }}
        >
          <Notice kind="warning">{PLAIN_BACKUP_WARNING}</Notice>
          <p>Vælg hellere en adgangskode under «Adgangskode til sikkerhedskopier».</p>
        </ConfirmDialog>
      ) : null}
      {downloadAsk?.kind === 'unlock' ? (
        <PasswordDialog
          title="Adgangskode til sikkerhedskopier"
          submitLabel="Hent sikkerhedskopi"
          onCancel={() => setDownloadAsk(null)}
          onSubmit={async (password) => {
            if (!(await unlockBackupKey(downloadAsk.protection, password)))
              return 'passer ikke med den valgte adgangskode';
            setDownloadAsk(null);
            keyState.refresh();
            void save(true);
            return null;
          }}
        >
          <p>
            Sikkerhedskopien krypteres med adgangskoden. Du spørges kun én gang i denne session.
          </p>
        </PasswordDialog>
      ) : null}
      <FileAskDialog ask={restore.fileAsk} />
      {restore.pending ? (
        <RestoreQuestion
          pending={restore.pending}
          onCancel={restore.cancel}
          onConfirm={() => restore.confirm(restore.pending as PendingRestore)}
        />
      ) : null}
    </Card>
  );
}

/** The password question for a protected file being restored. */
function FileAskDialog({ ask }: { ask: FileAsk | null }) {
  if (!ask) return null;
  return (
    <PasswordDialog
      title="Sikkerhedskopien er krypteret"
      submitLabel="Åbn sikkerhedskopien"
      onCancel={ask.cancel}
      onSubmit={ask.submit}
    >
      <p>
        Skriv adgangskoden, som {ask.fileName} blev krypteret med. Intet ændres, før du har set,
        hvad filen indeholder.
      </p>
    </PasswordDialog>
  );
}
