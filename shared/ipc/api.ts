// The one bridge between the renderer and the desktop shell (`window.api`). The preload
// implements it with `satisfies Api`; in browser mode `window.api` is undefined.
import type {
  BackupInfo,
  BackupRequest,
  KeepBackupKeyResult,
  OsUser,
  BackupStatus,
  FileStreamBegin,
  FileStreamResult,
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
   * Start a streamed file (docs/rules.md §11): a backup into the backup folder (`.jlbak` when
   * `encrypted`: the protected envelope's bytes), or a file saved
   * through the save dialog. Null when the dialog was cancelled. Then `appendFile` each piece in
   * order (awaiting each), and `finishFile` — or `abortFile`, which leaves the target untouched.
   */
  beginFile(request: FileStreamBegin): Promise<string | null>;
  appendFile(id: string, chunk: string | Uint8Array): Promise<void>;
  finishFile(id: string): Promise<FileStreamResult>;
  abortFile(id: string): Promise<void>;
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
   * must stream one (`beginFile({ kind: 'backup' })` …); if it throws or rejects, the shell stops
   * waiting and shows the failure. Returns a function that removes the callback.
   */
  onBackupRequested(callback: (request: BackupRequest) => void | Promise<void>): () => void;
  /** The automatic backups' state: last written, and a failure not yet followed by a success. */
  getBackupStatus(): Promise<BackupStatus>;
  /** Called whenever that state changes. Returns a function that removes the callback. */
  onBackupStatus(callback: (status: BackupStatus) => void): () => void;
}
