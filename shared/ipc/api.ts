// The one bridge between the renderer and the desktop shell (`window.api`). The preload
// implements it with `satisfies Api`; in browser mode `window.api` is undefined.
import type {
  BackupInfo,
  BackupRequest,
  KeepBackupKeyResult,
  OsUser,
  SaveFileRequest,
  SaveFileResult,
  SavePdfRequest,
} from './schemas';

export interface Api {
  /** Save text (e.g. a CSV) through the system save dialog. `saved: false` when cancelled. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Save the page shown as an A4 PDF (Electron's printToPDF) through the save dialog. */
  savePdf(request: SavePdfRequest): Promise<SaveFileResult>;
  /**
   * Write one backup to a new file in the backup folder — the protected envelope's bytes
   * (docs/rules.md §11), or JSON text when no backup password is chosen; old ones are pruned.
   */
  writeBackup(content: string | Uint8Array): Promise<BackupInfo>;
  /**
   * Keep the backup password's derived key (base64) under the operating system's protection
   * (Electron `safeStorage`), so automatic backups need no typing; null forgets it.
   */
  keepBackupKey(keyBase64: string | null): Promise<KeepBackupKeyResult>;
  /** The kept key (base64), or null when none is kept or it cannot be unprotected. */
  loadBackupKey(): Promise<string | null>;
  /** The backups on disk, newest first. */
  listBackups(): Promise<BackupInfo[]>;
  /** Open the backup folder in Explorer/Files. */
  openBackupFolder(): Promise<void>;
  /** The operating-system account the app runs as: the acting user (docs/rules.md §13). */
  osUser(): Promise<OsUser>;
  /** The installed app's version, e.g. "0.1.0". */
  appVersion(): Promise<string>;
  /**
   * Called when the shell wants a backup (on quit, once a day, or from the menu). The callback
   * must call `writeBackup`; if it throws or rejects, the shell stops waiting. Returns a function
   * that removes the callback.
   */
  onBackupRequested(callback: (request: BackupRequest) => void | Promise<void>): () => void;
}
