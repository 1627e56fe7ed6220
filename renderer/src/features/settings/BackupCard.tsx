// Backup and restore: all data as one file; a restore first shows the file's date and counts
// beside today's and asks, then keeps the current data as a safety copy before replacing it; the
// latest safety copy restores back with one click ("Fortryd gendannelse", asked first too).
import { useRef, useState } from 'react';
import type { BackupPreview } from '../../../../shared/data/api';
import { todayIso } from '../../../../shared/calendar';
import { useDataApi } from '../../data/context';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Card, StatusNotice } from '../../components/Page';
import { Progress } from '../../components/Progress';
import { saveTextFile } from '../../components/saveFile';
import { useProgressTask } from '../../components/useProgressTask';
import { formatDateTime } from '../../format';
import {
  backupFileName,
  backupSavedStatus,
  previewRefusedStatus,
  restoreCountRows,
  restoreFailedStatus,
  restoreStatus,
  safetyCopyLine,
} from './settingsModel';
import { useSafetyCopies } from './useAuditLog';

type Ready = Extract<BackupPreview, { ok: true }>;

/** A restore waiting for its "Gendan": the file's text and what it would bring back. */
interface PendingRestore {
  title: string;
  source: string;
  text: string;
  preview: Ready;
}

export function BackupCard() {
  const api = useDataApi();
  const { progress, busy, status, run } = useProgressTask();
  const fileInput = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const copies = useSafetyCopies();
  const latest = copies?.[0];

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

  /** Reads and checks the file, then asks; a refused file is said at once. */
  const ask = (title: string, source: string, read: () => Promise<string | null>) =>
    run(
      { label: `Læser ${source}`, fraction: 0.2 },
      async () => {
        const text = await read();
        if (text === null) return { kind: 'error', text: 'Sikkerhedskopien findes ikke længere.' };
        const preview = await api.previewBackup(text);
        if (!preview.ok) return previewRefusedStatus(preview);
        setPending({ title, source, text, preview });
        return null;
      },
      restoreFailedStatus,
    );

  const restore = (p: PendingRestore) => {
    setPending(null);
    void run(
      { label: 'Gendanner', fraction: 0.5 },
      async () => restoreStatus(await api.restoreBackup(p.text)),
      restoreFailedStatus,
    );
  };

  return (
    <Card title="Sikkerhedskopi">
      <div className="stack">
        <p>
          Hent alle data som én fil, og gem den et sikkert sted. Ved gendannelse kontrolleres hele
          filen først, og du ser, hvad den indeholder, før noget ændres; de nuværende data gemmes
          som sikkerhedskopi, før de erstattes.
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
              if (fileInput.current) fileInput.current.value = '';
              if (file)
                void ask('Gendan sikkerhedskopien?', `filen ${file.name}`, () => file.text());
            }}
          />
        </div>
        <Progress state={progress} />
        <StatusNotice status={status} />
        <section aria-labelledby="safety-copies-title">
          <h3 id="safety-copies-title">Sikkerhedskopier før gendannelse</h3>
          {!copies || copies.length === 0 ? (
            <p className="muted">Ingen endnu: der er ikke gendannet noget på denne pc.</p>
          ) : (
            <>
              <ul className="plain">
                {copies.map((c) => (
                  <li key={c.id}>{safetyCopyLine(c)}</li>
                ))}
              </ul>
              {latest?.id !== undefined ? (
                <button
                  type="button"
                  className="secondary"
                  disabled={busy}
                  onClick={() =>
                    void ask('Fortryd gendannelsen?', 'den seneste sikkerhedskopi', () =>
                      api.getSafetyCopy(latest.id!),
                    )
                  }
                >
                  Fortryd gendannelse
                </button>
              ) : null}
            </>
          )}
        </section>
      </div>
      {pending ? (
        <RestoreQuestion
          pending={pending}
          onCancel={() => setPending(null)}
          onConfirm={() => restore(pending)}
        />
      ) : null}
    </Card>
  );
}

/** The file's date and counts beside what is stored now, and "Gendan" / "Annuller". */
function RestoreQuestion(props: {
  pending: PendingRestore;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { title, source, preview } = props.pending;
  return (
    <ConfirmDialog
      title={title}
      confirmLabel="Gendan"
      onCancel={props.onCancel}
      onConfirm={props.onConfirm}
    >
      <p>
        {source.charAt(0).toUpperCase() + source.slice(1)} er fra{' '}
        <strong>{formatDateTime(preview.createdAt)}</strong>. Gendanner du den, erstatter den alle
        data her. De nuværende data gemmes først som sikkerhedskopi, så gendannelsen kan fortrydes.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Data</th>
            <th scope="col" className="num">
              I kopien
            </th>
            <th scope="col" className="num">
              Nu
            </th>
          </tr>
        </thead>
        <tbody>
          {restoreCountRows(preview).map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td className="num">{r.inFile}</td>
              <td className="num">{r.now}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ConfirmDialog>
  );
}
