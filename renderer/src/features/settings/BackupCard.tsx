// Backup and restore: all data as one file; a restore checks the whole file first and keeps the
// current data as a safety copy before replacing it.
import { useRef, useState } from 'react';
import { todayIso } from '../../../../shared/calendar';
import { useDataApi } from '../../data/context';
import { errorMessage } from '../../data/errors';
import { Card, Notice } from '../../components/Page';
import { Progress, type ProgressState } from '../../components/Progress';
import { saveTextFile } from '../../components/saveFile';
import {
  backupFileName,
  backupSavedStatus,
  restoreFailedStatus,
  restoreStatus,
  type Status,
} from './settingsModel';

export function BackupCard() {
  const api = useDataApi();
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const download = async () => {
    setStatus(null);
    setProgress({ label: 'Samler sikkerhedskopien', fraction: 0.3 });
    try {
      const json = await api.exportBackup();
      setProgress({ label: 'Gemmer filen', fraction: 0.8 });
      const name = backupFileName(todayIso());
      const outcome = await saveTextFile(
        name,
        json,
        { name: 'Sikkerhedskopi', extensions: ['json'] },
        'application/json',
      );
      setStatus(backupSavedStatus(name, outcome));
    } catch (error) {
      setStatus({ kind: 'error', text: errorMessage(error) });
    } finally {
      setProgress(null);
    }
  };

  const restore = async (file: File) => {
    setStatus(null);
    setProgress({ label: `Læser ${file.name}`, fraction: 0.1 });
    try {
      const text = await file.text();
      setProgress({ label: 'Kontrollerer filen og gendanner', fraction: 0.5 });
      setStatus(restoreStatus(await api.restoreBackup(text)));
    } catch (error) {
      setStatus(restoreFailedStatus(errorMessage(error)));
    } finally {
      setProgress(null);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  return (
    <Card title="Sikkerhedskopi">
      <p>
        Hent alle data som én fil, og gem den et sikkert sted. Ved gendannelse kontrolleres hele
        filen først; de nuværende data gemmes som sikkerhedskopi, før de erstattes.
      </p>
      <div className="actions">
        <button type="button" onClick={() => void download()} disabled={progress !== null}>
          Hent sikkerhedskopi
        </button>
        <label className="button secondary" htmlFor="restore-file">
          Gendan fra fil …
        </label>
        <input
          id="restore-file"
          ref={fileInput}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          disabled={progress !== null}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void restore(file);
          }}
        />
      </div>
      <Progress state={progress} />
      {status ? <Notice kind={status.kind}>{status.text}</Notice> : null}
    </Card>
  );
}
