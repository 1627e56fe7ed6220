// The question before a restore: the file's date and counts beside what is stored now, a
// warning when the file is not encrypted (docs/rules.md §11), and "Gendan" / "Annuller".
import type { KdfParams } from '../../../../shared/backup/crypto';
import type { BackupInput, BackupPreview } from '../../../../shared/data/api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Page';
import { formatDateTime } from '../../format';
import { PLAIN_RESTORE_WARNING, restoreCountRows } from './settingsModel';

/** A restore waiting for its "Gendan": the file (read in pieces, never whole) and what it holds. */
export interface PendingRestore {
  title: string;
  source: string;
  file: BackupInput;
  preview: Extract<BackupPreview, { ok: true }>;
  /** A plain file (not the safety copy): warned about. */
  plainFile?: boolean;
  /** The password a protected file was opened with, and its KDF (to adopt on a new PC). */
  opened?: { password: string; kdf: KdfParams };
}

/** The file's date and counts beside what is stored now, and "Gendan" / "Annuller". */
export function RestoreQuestion(props: {
  pending: PendingRestore;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { title, source, preview, plainFile } = props.pending;
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
      {plainFile ? <Notice kind="warning">{PLAIN_RESTORE_WARNING}</Notice> : null}
    </ConfirmDialog>
  );
}
