// A failed automatic backup is shown to the person on every screen until one succeeds (issue 11,
// build item 6). Only the desktop shell takes automatic backups; in the browser this is nothing.
import { useEffect, useState } from 'react';
import type { BackupStatus } from '../../../shared/ipc/schemas';
import { backupFailureNotice } from './backupNoticeModel';

export function BackupFailureNotice() {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  useEffect(() => {
    const shell = window.api;
    // A shell without the status (an older preload) shows nothing rather than failing the app.
    if (typeof shell?.getBackupStatus !== 'function' || typeof shell.onBackupStatus !== 'function')
      return undefined;
    let live = true;
    void shell
      .getBackupStatus()
      .then((s) => live && setStatus(s))
      .catch(() => undefined);
    const stop = shell.onBackupStatus((s) => setStatus(s));
    return () => {
      live = false;
      stop();
    };
  }, []);
  const notice = backupFailureNotice(status);
  if (!notice) return null;
  return (
    <div className="notice notice-error backup-notice" role="alert">
      <p>
        <strong>{notice.title}</strong>
      </p>
      <p>{notice.detail}</p>
    </div>
  );
}
