// The shell's files (docs/rules.md §11): every file is written durably (./durable-file.ts), and
// backups, which hold CPR numbers and health information, are readable by the user alone (0600 in
// a 0700 folder on Linux and macOS; Windows keeps the profile folder's own access list).
import { chmod, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { BackupInfo } from '../../shared/ipc/schemas';
import {
  type BackupFile,
  DEFAULT_RETENTION,
  backupFileName,
  localCalendar,
  parseBackupFileName,
  planRetention,
} from '../../shared/backup-retention';
import { type DurableFile, type DurableFs, openDurableFile } from './durable-file';

/** Backup files: the user alone may read or write them. */
export const BACKUP_FILE_MODE = 0o600;
/** The backup folder: the user alone may list or enter it. */
export const BACKUP_DIR_MODE = 0o700;

/** Creates the backup folder, or narrows an existing one, to the user alone. */
export async function ensurePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: BACKUP_DIR_MODE });
  // mkdir leaves an existing folder's mode alone (and the umask may widen a new one's).
  if (process.platform !== 'win32') await chmod(dir, BACKUP_DIR_MODE);
}

async function backupsOnDisk(dir: string): Promise<BackupFile[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files: BackupFile[] = [];
  for (const name of names) {
    const takenAt = parseBackupFileName(name);
    if (takenAt) files.push({ name, takenAt });
  }
  return files;
}

/** Backups in `dir`, newest first. Other files in the folder are ignored. */
export async function listBackups(dir: string): Promise<BackupInfo[]> {
  const files = await backupsOnDisk(dir);
  files.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const infos: BackupInfo[] = [];
  for (const f of files) {
    try {
      const s = await stat(join(dir, f.name));
      if (s.isFile())
        infos.push({ name: f.name, takenAt: f.takenAt.toISOString(), sizeBytes: s.size });
    } catch {
      // Deleted between readdir and stat: not a backup any more.
    }
  }
  return infos;
}

const STALE_TEMP = /^\.jobbasen-backup-.*\.tmp$/;
const STALE_AFTER_MS = 60 * 60_000;

/** Temp files left by a crash mid-write; old enough that no write can still be using them. */
async function removeStaleTemps(dir: string, now: Date): Promise<void> {
  for (const name of await readdir(dir)) {
    if (!STALE_TEMP.test(name)) continue;
    try {
      const s = await stat(join(dir, name));
      if (now.getTime() - s.mtimeMs > STALE_AFTER_MS) await rm(join(dir, name), { force: true });
    } catch {
      // Already gone.
    }
  }
}

/** Remove what the retention rule no longer keeps; returns the removed names. */
export async function pruneBackups(dir: string, now: Date): Promise<string[]> {
  const files = await backupsOnDisk(dir);
  const { remove } = planRetention(files, now, DEFAULT_RETENTION, localCalendar);
  for (const name of remove) await rm(join(dir, name), { force: true });
  // Backups written before they were private (0644) are narrowed too.
  if (process.platform !== 'win32')
    for (const f of files)
      if (!remove.includes(f.name))
        await chmod(join(dir, f.name), BACKUP_FILE_MODE).catch(() => undefined);
  await removeStaleTemps(dir, now);
  return remove;
}

/**
 * A new backup file being written in `dir`, named for `now` (`.jlbak` for the protected
 * envelope, `.json` for a plain one); `finishBackup` after its commit.
 */
export async function openBackupFile(
  dir: string,
  now: Date,
  encrypted: boolean,
  fs?: DurableFs,
): Promise<DurableFile> {
  await ensurePrivateDir(dir);
  return openDurableFile(join(dir, backupFileName(now, encrypted)), {
    mode: BACKUP_FILE_MODE,
    ...(fs ? { fs } : {}),
  });
}

/** After a backup's commit: prune, and what was written. The new file is always kept. */
export async function finishBackup(dir: string, file: string, now: Date): Promise<BackupInfo> {
  await pruneBackups(dir, now);
  const name = basename(file);
  const s = await stat(file);
  // The name holds whole seconds; report the same moment it encodes.
  const takenAt = new Date(Math.floor(now.getTime() / 1000) * 1000);
  return { name, takenAt: takenAt.toISOString(), sizeBytes: s.size };
}

/**
 * When the last backup was written, from the files' modification times, not their names (issue
 * 11, finding 10: one file named for a future date stopped daily backups for good). Null when
 * there is none.
 */
export async function lastBackupWritten(dir: string): Promise<Date | null> {
  let newest: Date | null = null;
  for (const f of await backupsOnDisk(dir)) {
    try {
      const s = await stat(join(dir, f.name));
      if (s.isFile() && (!newest || s.mtime > newest)) newest = s.mtime;
    } catch {
      // Deleted between readdir and stat.
    }
  }
  return newest;
}

/** Minutes a clock may differ before a "last backup" in the future counts as untrustworthy. */
const FUTURE_SLACK_MS = 5 * 60_000;

/**
 * A daily backup is due when none was written on today's (local) calendar day. One written "in
 * the future" (the clock was set back since) does not count: it is due then too.
 */
export function isDailyBackupDue(last: Date | null, now: Date): boolean {
  if (last === null || last.getTime() > now.getTime() + FUTURE_SLACK_MS) return true;
  return localCalendar.day(last) < localCalendar.day(now);
}
