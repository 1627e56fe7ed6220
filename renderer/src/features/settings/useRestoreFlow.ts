// Restoring a file or the latest safety copy: read it (a protected file asks for its password,
// docs/rules.md §11), check it whole and show what it holds, and only on "Gendan" replace the
// data. On a new PC, the password a protected backup was restored with becomes the backup
// password there, so the next backups are protected at once.
import { useState } from 'react';
import { useDataApi } from '../../data/context';
import { chooseBackupPassword, openBackupBlob } from '../../data/backupKey';
import type { Status, useProgressTask } from '../../components/useProgressTask';
import type { PendingRestore } from './RestoreQuestion';
import { previewRefusedStatus, restoreFailedStatus, restoreStatus } from './settingsModel';

/** The password question for a protected file, while it is open. */
export interface FileAsk {
  fileName: string;
  /** The reason the password did not open the file, or null (the dialog closes). */
  submit(password: string): Promise<string | null>;
  cancel(): void;
}

const WRONG_PASSWORD =
  'passer ikke til sikkerhedskopien (eller filens begyndelse er ændret). Intet er ændret.';
const ADOPTED =
  'Adgangskoden fra sikkerhedskopien bruges nu også til nye sikkerhedskopier på denne pc.';

export function useRestoreFlow(
  task: ReturnType<typeof useProgressTask>,
  onPasswordAdopted: () => void,
) {
  const api = useDataApi();
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [fileAsk, setFileAsk] = useState<FileAsk | null>(null);

  /** Checks the text and asks; a refused file is said at once. */
  const preview = async (p: Omit<PendingRestore, 'preview'>): Promise<Status | null> => {
    const checked = await api.previewBackup(p.file);
    if (!checked.ok) return previewRefusedStatus(checked);
    setPending({ ...p, preview: checked });
    return null;
  };

  const askFile = (file: File) =>
    task.run(
      { label: `Læser filen ${file.name}`, fraction: 0.2 },
      async () => {
        const opened = await openBackupBlob(file, null);
        const base = { title: 'Gendan sikkerhedskopien?', source: `filen ${file.name}` };
        if (opened.kind === 'plain')
          return preview({ ...base, file: opened.file, plainFile: true });
        if (opened.kind === 'encrypted') return preview({ ...base, file: opened.file });
        if (opened.kind === 'refused')
          return previewRefusedStatus({ ok: false, message: opened.message });
        setFileAsk({
          fileName: file.name,
          cancel: () => setFileAsk(null),
          submit: async (password) => {
            const again = await openBackupBlob(file, password);
            if (again.kind === 'refused' && again.reason === 'wrongPassword') return WRONG_PASSWORD;
            setFileAsk(null);
            if (again.kind === 'refused')
              task.setStatus(previewRefusedStatus({ ok: false, message: again.message }));
            else if (again.kind === 'encrypted')
              void task.run(
                { label: 'Kontrollerer sikkerhedskopien', fraction: 0.5 },
                () => preview({ ...base, file: again.file, opened: { password, kdf: again.kdf } }),
                restoreFailedStatus,
              );
            return null;
          },
        });
        return null;
      },
      restoreFailedStatus,
    );

  const askSafetyCopy = (id: number) =>
    void task.run(
      { label: 'Læser den seneste sikkerhedskopi', fraction: 0.2 },
      async () => {
        const file = await api.getSafetyCopy(id);
        if (file === null) return { kind: 'error', text: 'Sikkerhedskopien findes ikke længere.' };
        return preview({
          title: 'Fortryd gendannelsen?',
          source: 'den seneste sikkerhedskopi',
          file,
        });
      },
      restoreFailedStatus,
    );

  const confirm = (p: PendingRestore) => {
    setPending(null);
    void task.run(
      { label: 'Gendanner', fraction: 0.5 },
      async () => {
        const result = await api.restoreBackup(p.file);
        const status = restoreStatus(result);
        if (!result.ok || !p.opened || (await api.getBackupProtection())) return status;
        const note = await chooseBackupPassword(
          api,
          p.opened.password,
          new Date().toISOString(),
          p.opened.kdf,
        );
        onPasswordAdopted();
        return { ...status, text: `${status.text} ${ADOPTED}${note ? ` ${note}` : ''}` };
      },
      restoreFailedStatus,
    );
  };

  return { pending, fileAsk, askFile, askSafetyCopy, confirm, cancel: () => setPending(null) };
}
