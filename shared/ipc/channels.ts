// IPC channel names: one prefix, so a handler or a listener can never answer a foreign message.
// Kept free of zod: the sandboxed preload may only `require('electron')`, so it imports this file
// alone and leaves validation to main.

export const IPC_PREFIX = 'jobbasen:';

export const Channel = {
  /** renderer → main (invoke): save text through a save dialog. */
  saveFile: 'jobbasen:save-file',
  /** renderer → main (invoke): the window's document as an A4 PDF, through a save dialog. */
  savePdf: 'jobbasen:save-pdf',
  /** renderer → main (invoke): start a streamed file (a backup, or a file saved by the person). */
  fileBegin: 'jobbasen:file-begin',
  /** renderer → main (invoke): the next piece of a streamed file. */
  fileAppend: 'jobbasen:file-append',
  /** renderer → main (invoke): the streamed file is complete: fsync, rename, fsync the folder. */
  fileFinish: 'jobbasen:file-finish',
  /** renderer → main (invoke): drop a streamed file; the target stays as it was. */
  fileAbort: 'jobbasen:file-abort',
  /** renderer → main (invoke): the automatic backups' state (last written, last failure). */
  backupStatus: 'jobbasen:backup-status',
  /** main → renderer (event): the automatic backups' state changed. */
  backupStatusChanged: 'jobbasen:backup-status-changed',
  /** renderer → main (invoke): the backups on disk, newest first. */
  listBackups: 'jobbasen:list-backups',
  /** renderer → main (invoke): open the backup folder in the file manager. */
  openBackupFolder: 'jobbasen:open-backup-folder',
  /** renderer → main (invoke): keep (or forget) the backup key under the OS's protection. */
  keepBackupKey: 'jobbasen:keep-backup-key',
  /** renderer → main (invoke): the kept backup key, or null. */
  loadBackupKey: 'jobbasen:load-backup-key',
  /** renderer → main (invoke): the operating-system account, the acting user (docs/rules.md §13). */
  osUser: 'jobbasen:os-user',
  /** renderer → main (invoke): the app's version. */
  appVersion: 'jobbasen:app-version',
  /** main → renderer (event): please stream a backup of the whole database (`fileBegin` …). */
  backupRequested: 'jobbasen:backup-requested',
  /** renderer → main (send): the renderer cannot answer a backup request (no listener, or it failed). */
  backupDeclined: 'jobbasen:backup-declined',
} as const;

export type ChannelName = (typeof Channel)[keyof typeof Channel];

export const ALL_CHANNELS: readonly ChannelName[] = Object.values(Channel);
