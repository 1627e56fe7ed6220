// Streamed files from the renderer (issue 11, build item 5; docs/rules.md §11): a backup of any
// size arrives in pieces, each appended to a temporary file beside the target, and only a finished
// file is renamed into place. Main never holds the whole file.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { isEncryptedBackup } from '../../shared/backup/crypto';
import type { BackupInfo, FileStreamBegin, FileStreamResult } from '../../shared/ipc/schemas';
import { BACKUP_FILE_MODE, finishBackup, openBackupFile } from './files';
import { type DurableFile, type DurableFs, openDurableFile } from './durable-file';

export interface FileStreamDeps {
  backupDir: string;
  now(): Date;
  chooseSavePath(
    suggestedName: string,
    filters: { name: string; extensions: string[] }[],
  ): Promise<string | null>;
  /** A backup piece arrived: the shell may wait longer for a large backup. */
  backupProgress?(): void;
  /** A backup file is complete and in place. */
  backupWritten(info: BackupInfo): void;
  fs?: DurableFs;
}

interface Open {
  file: DurableFile;
  backupAt: Date | null;
  /** For a backup: how its first piece must begin (main never writes arbitrary bytes there). */
  expect: 'plain' | 'encrypted' | null;
  /** Appends in order: each waits for the one before. */
  queue: Promise<void>;
}

/** More open at once than this is a renderer gone wrong. */
const MAX_OPEN = 4;

export class FileStreams {
  private readonly open = new Map<string, Open>();

  constructor(private readonly deps: FileStreamDeps) {}

  async begin(request: FileStreamBegin): Promise<string | null> {
    if (this.open.size >= MAX_OPEN)
      throw new Error('For mange filer er i gang på én gang; prøv igen om lidt.');
    const fs = this.deps.fs;
    let file: DurableFile;
    let backupAt: Date | null = null;
    if (request.kind === 'backup') {
      backupAt = this.deps.now();
      file = await openBackupFile(this.deps.backupDir, backupAt, request.encrypted ?? false, fs);
    } else {
      const path = await this.deps.chooseSavePath(request.suggestedName, request.filters ?? []);
      if (!path) return null;
      // What the person saves through the dialog is a backup too: private to the user.
      file = await openDurableFile(path, { mode: BACKUP_FILE_MODE, ...(fs ? { fs } : {}) });
    }
    const id = randomBytes(16).toString('hex');
    const expect = request.kind !== 'backup' ? null : request.encrypted ? 'encrypted' : 'plain';
    this.open.set(id, { file, backupAt, expect, queue: Promise.resolve() });
    return id;
  }

  async append(id: string, chunk: string | Uint8Array): Promise<void> {
    const s = this.get(id);
    if (s.expect) {
      const ok =
        s.expect === 'encrypted'
          ? typeof chunk !== 'string' && isEncryptedBackup(chunk)
          : typeof chunk === 'string' && chunk.startsWith('{');
      s.expect = null;
      if (!ok) {
        await this.abort(id);
        throw new Error('Det er ikke begyndelsen på en sikkerhedskopi; intet er skrevet.');
      }
    }
    const next = s.queue.then(() => s.file.append(chunk));
    s.queue = next.catch(() => undefined);
    try {
      await next;
    } catch (error) {
      // The temporary file is gone (./durable-file.ts); the target is as it was.
      this.open.delete(id);
      throw new Error(`Filen kunne ikke skrives: ${(error as Error).message}`, { cause: error });
    }
    if (s.backupAt) this.deps.backupProgress?.();
  }

  async finish(id: string): Promise<FileStreamResult> {
    const s = this.get(id);
    this.open.delete(id);
    await s.queue;
    try {
      await s.file.commit();
    } catch (error) {
      throw new Error(`Filen kunne ikke gemmes: ${(error as Error).message}`, { cause: error });
    }
    if (!s.backupAt) return { path: s.file.path };
    const backup = await finishBackup(this.deps.backupDir, s.file.path, s.backupAt);
    this.deps.backupWritten(backup);
    return { path: join(this.deps.backupDir, backup.name), backup };
  }

  async abort(id: string): Promise<void> {
    const s = this.open.get(id);
    if (!s) return;
    this.open.delete(id);
    await s.queue;
    await s.file.abort();
  }

  /** Drops every unfinished file (the window went away). */
  async abortAll(): Promise<void> {
    for (const id of [...this.open.keys()]) await this.abort(id);
  }

  get size(): number {
    return this.open.size;
  }

  private get(id: string): Open {
    const s = this.open.get(id);
    if (!s) throw new Error('Filen er ikke åben (afbrudt eller allerede gemt).');
    return s;
  }
}
