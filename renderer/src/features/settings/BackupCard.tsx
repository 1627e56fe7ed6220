// Backup and restore: all data as one file; a restore checks the whole file first and keeps the
// current data as a safety copy before replacing it.
import { useRef } from 'react';
import { todayIso } from '../../../../shared/calendar';
import { useDataApi } from '../../data/context';
import { Card, StatusNotice } from '../../components/Page';
import { Progress } from '../../components/Progress';
import { saveTextFile } from '../../components/saveFile';
import { useProgressTask } from '../../components/useProgressTask';
import {
  backupFileName,
  backupSavedStatus,
  restoreFailedStatus,
  restoreStatus,
} from './settingsModel';

export function BackupCard() {
  const api = useDataApi();
  const { progress, busy, status, run } = useProgressTask();
  const fileInput = useRef<HTMLInputElement>(null);

  const download = () =>
    run({ label: 'Samler sikkerhedskopien', fraction: 0.3 }, async (step) => {
      const json = await api.exportBackup();
      step({ label: 'Gemmer filen', fraction: 0.8 });
      const name = backupFileName(todayIso());
      const outcome = await saveTextFile(
        name,
        json,
        { name: 'Sikkerhedskopi', extensions: ['json'] },
        'application/json',
      );
      return backupSavedStatus(name, outcome);
    });

  const restore = async (file: File) => {
    await run(
      { label: `Læser ${file.name}`, fraction: 0.1 },
      async (step) => {
        const text = await file.text();
        step({ label: 'Kontrollerer filen og gendanner', fraction: 0.5 });
        return restoreStatus(await api.restoreBackup(text));
      },
      restoreFailedStatus,
    );
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <Card title="Sikkerhedskopi">
      <p>
        Hent alle data som én fil, og gem den et sikkert sted. Ved gendannelse kontrolleres hele
        filen først; de nuværende data gemmes som sikkerhedskopi, før de erstattes.
      </p>
      <div className="actions">
        <button type="button" onClick={() => void download()} disabled={busy}>
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
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void restore(file);
          }}
        />
      </div>
      <Progress state={progress} />
      <StatusNotice status={status} />
    </Card>
  );
}
