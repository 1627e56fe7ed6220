// File writing for the shell: atomic (temp file + rename), so a crash or power cut mid-write
// leaves either the old file or the new one, never half of one.
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { BackupInfo } from '../../shared/ipc/schemas';
import {
  type BackupFile,
  DEFAULT_RETENTION,
  backupFileName,
  localCalendar,
  parseBackupFileName,
  planRetention,
} from '../../shared/backup-retention';

export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
  const dir = dirname(file);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await (typeof content === 'string'
        ? handle.writeFile(content, 'utf8')
        : handle.writeFile(content));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Synchronous twin for the small files written while the app is closing (no later tick). */
export function writeFileAtomicSync(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, content, { encoding: 'utf8', flag: 'wx' });
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
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
  const { remove } = planRetention(await backupsOnDisk(dir), now, DEFAULT_RETENTION, localCalendar);
  for (const name of remove) await rm(join(dir, name), { force: true });
  await removeStaleTemps(dir, now);
  return remove;
}

/**
 * Write one backup — the protected envelope's bytes (`.jlbak`) or JSON text (`.json`) — then
 * prune. The new file is always kept (it is today's).
 */
export async function writeBackup(
  dir: string,
  content: string | Uint8Array,
  now: Date,
): Promise<BackupInfo> {
  const name = backupFileName(now, typeof content !== 'string');
  await writeFileAtomic(join(dir, name), content);
  await pruneBackups(dir, now);
  const s = await stat(join(dir, name));
  // The name holds whole seconds; report the same moment it encodes.
  const takenAt = new Date(Math.floor(now.getTime() / 1000) * 1000);
  return { name, takenAt: takenAt.toISOString(), sizeBytes: s.size };
}

/** When the newest backup was taken, or null when there is none. */
export async function newestBackupTime(dir: string): Promise<Date | null> {
  const files = await backupsOnDisk(dir);
  let newest: Date | null = null;
  for (const f of files) if (!newest || f.takenAt > newest) newest = f.takenAt;
  return newest;
}

/** A daily backup is due when none has been taken on today's (local) calendar day. */
export function isDailyBackupDue(newest: Date | null, now: Date): boolean {
  return newest === null || localCalendar.day(newest) < localCalendar.day(now);
}
