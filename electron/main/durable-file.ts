// Files that cannot be half-written (issue 11, finding 7 and build item 6; docs/rules.md §11):
// every file is written to a temporary file in the same folder, fsynced, renamed over the target
// and the folder fsynced, so a full disk, a crash or a power cut leaves the old file or the new
// one, never part of one. Plain Node (no Electron): the shell and `npm run payroll` share it.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** What the writer needs of the file system; tests pass one that fails (a full disk). */
export interface DurableFs {
  /** Creates `path` (must not exist) for writing with `mode`. */
  create(path: string, mode: number): Promise<WritableHandle>;
  rename(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
  syncDir(dir: string): Promise<void>;
}

export interface WritableHandle {
  write(bytes: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** Errors a folder fsync may give where the file system cannot do it; the rename still holds. */
const DIR_SYNC_UNSUPPORTED = new Set(['EINVAL', 'ENOTSUP', 'EISDIR', 'EPERM', 'EBADF']);

/** fsync of a folder, so a rename in it survives a power cut (not possible on Windows). */
export async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle: FileHandle | null = null;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    if (!DIR_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await handle?.close();
  }
}

export const nodeFs: DurableFs = {
  async create(path, mode) {
    const handle = await open(path, 'wx', mode);
    return {
      async write(bytes) {
        let offset = 0;
        while (offset < bytes.length) {
          const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
          offset += bytesWritten;
        }
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename: (from, to) => rename(from, to),
  remove: (path) => rm(path, { force: true }),
  syncDir,
};

/** A file being written: pieces appended in order, then `commit` (or `abort`). */
export interface DurableFile {
  readonly path: string;
  append(piece: string | Uint8Array): Promise<void>;
  /** fsync, rename over the target, fsync the folder: from here the new file is there whole. */
  commit(): Promise<void>;
  /** Removes the temporary file; the target stays as it was. */
  abort(): Promise<void>;
}

export interface DurableOptions {
  /** Permission bits of the new file (0o600 for backups: only the user may read them). */
  mode?: number;
  fs?: DurableFs;
}

export const tempNameFor = (file: string) =>
  join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);

const encoder = new TextEncoder();

export async function openDurableFile(
  file: string,
  { mode = 0o666, fs = nodeFs }: DurableOptions = {},
): Promise<DurableFile> {
  const dir = dirname(file);
  await mkdir(dir, { recursive: true });
  const temp = tempNameFor(file);
  const handle = await fs.create(temp, mode);
  let open = true;
  const closeAndRemove = async () => {
    if (open) {
      open = false;
      await handle.close().catch(() => undefined);
    }
    await fs.remove(temp).catch(() => undefined);
  };
  return {
    path: file,
    async append(piece) {
      if (!open) throw new Error('Filen er allerede lukket.');
      try {
        await handle.write(typeof piece === 'string' ? encoder.encode(piece) : piece);
      } catch (error) {
        await closeAndRemove();
        throw error;
      }
    },
    async commit() {
      if (!open) throw new Error('Filen er allerede lukket.');
      try {
        await handle.sync();
        open = false;
        await handle.close();
        await fs.rename(temp, file);
      } catch (error) {
        await closeAndRemove();
        throw error;
      }
      await fs.syncDir(dir);
    },
    abort: closeAndRemove,
  };
}

/** Writes `content` as a whole, durably: the target is the old file or the new one, never half. */
export async function writeFileDurable(
  file: string,
  content: string | Uint8Array,
  options: DurableOptions = {},
): Promise<void> {
  const out = await openDurableFile(file, options);
  try {
    await out.append(content);
  } catch (error) {
    await out.abort();
    throw error;
  }
  await out.commit();
}

/** Synchronous twin for the small files written while the app is closing (no later tick). */
export function writeFileDurableSync(file: string, content: string, mode = 0o666): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true });
  const temp = tempNameFor(file);
  try {
    const fd = openSync(temp, 'wx', mode);
    try {
      const bytes = encoder.encode(content);
      let offset = 0;
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  if (process.platform === 'win32') return;
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (!DIR_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  }
}
