// Where the app keeps its data. IndexedDB lives under userData and the app:// origin; if either
// changes, all data seems to vanish, so the folder is fixed here instead of following the
// package name or productName (which electron-builder and renames may alter).
import { isAbsolute, join } from 'node:path';

export const USER_DATA_FOLDER = 'Jobbasen Løn';
export const BACKUP_FOLDER = 'backups';
export const WINDOW_STATE_FILE = 'window-state.json';

export interface UserDataInput {
  /** `app.getPath('appData')`: %APPDATA% on Windows, ~/.config on Linux. */
  appData: string;
  /** Whether this is an installed build (`app.isPackaged`). */
  isPackaged: boolean;
  /** `process.env`; JOBBASEN_USER_DATA_DIR is honoured in development and tests only. */
  env: Readonly<Record<string, string | undefined>>;
}

export function chooseUserDataDir({ appData, isPackaged, env }: UserDataInput): string {
  const override = env.JOBBASEN_USER_DATA_DIR;
  if (!isPackaged && override && isAbsolute(override)) return override;
  return join(appData, USER_DATA_FOLDER);
}

export function backupDir(userData: string): string {
  return join(userData, BACKUP_FOLDER);
}

/**
 * Tests bypass the save dialog: with JOBBASEN_SAVE_DIR set (development builds only), files are
 * written straight into that folder. Installed builds always show the dialog.
 */
export function testSaveDir(
  isPackaged: boolean,
  env: Readonly<Record<string, string | undefined>>,
): string | null {
  const dir = env.JOBBASEN_SAVE_DIR;
  return !isPackaged && dir && isAbsolute(dir) ? dir : null;
}
