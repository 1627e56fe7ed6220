// Backups leave the app as streamed files (docs/rules.md §11): piece by piece to the desktop
// shell, which appends them to a temporary file and renames it into place when complete, or, in
// the browser, as a download built from Blob pieces (the browser may keep those on disk). With a
// backup password the pieces go through the encryption first (the envelope, also chunked). The
// whole file is never one string in the page.
import type { DataApi } from '../../../shared/data/api';
import type { Api } from '../../../shared/ipc/api';
import type { FileStreamBegin, FileStreamResult } from '../../../shared/ipc/schemas';
import { downloadBlob, type SaveOutcome } from './saveFile';

/** The encryption as a chunk transform (shared/backup/crypto.ts `encryptChunks` with a key). */
export type BackupTransform = (source: AsyncIterable<Uint8Array>) => AsyncIterable<Uint8Array>;

type Piece = string | Uint8Array<ArrayBuffer>;
/** `createdAt`: the file's time, as its audit entry names it (docs/rules.md §13). */
type BackupOptions = { createdAt?: string };
type Write = (piece: Piece) => void | Promise<void>;

/** Pieces handed over one at a time: a push waits until the reader asks for the next one. */
class Handover<T> implements AsyncIterable<T> {
  private queue: T[] = [];
  private ended = false;
  private wake: (() => void) | null = null;
  private taken: (() => void) | null = null;

  push(item: T): Promise<void> {
    this.queue.push(item);
    this.wake?.();
    return new Promise((resolve) => {
      this.taken = resolve;
    });
  }

  end(): void {
    this.ended = true;
    this.wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for (;;) {
      this.taken?.();
      this.taken = null;
      while (this.queue.length === 0 && !this.ended)
        await new Promise<void>((resolve) => {
          this.wake = resolve;
        });
      this.wake = null;
      const next = this.queue.shift();
      if (next === undefined) return;
      yield next;
    }
  }
}

function joinBytes(parts: Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const BATCH_BYTES = 1 << 20;

/** The whole backup through `transform` (or as text) into `write`, about 1 MB at a time. */
export async function streamBackupTo(
  data: Pick<DataApi, 'streamBackup'>,
  write: Write,
  transform: BackupTransform | null,
  opts: BackupOptions = {},
): Promise<void> {
  if (!transform) {
    await data.streamBackup((chunk) => write(chunk), opts);
    return;
  }
  const encoder = new TextEncoder();
  const plain = new Handover<Uint8Array>();
  const pump = (async () => {
    let batch: Uint8Array[] = [];
    let size = 0;
    for await (const piece of transform(plain)) {
      batch.push(piece);
      size += piece.length;
      if (size >= BATCH_BYTES) {
        await write(joinBytes(batch, size));
        batch = [];
        size = 0;
      }
    }
    if (size > 0) await write(joinBytes(batch, size));
  })();
  const stopped = pump.then(() => {
    throw new Error('Krypteringen sluttede for tidligt.');
  });
  stopped.catch(() => undefined);
  try {
    await data.streamBackup(
      (chunk) => Promise.race([plain.push(encoder.encode(chunk)), stopped]),
      opts,
    );
  } finally {
    plain.end();
  }
  await pump;
}

/** Streams a backup into a file the shell writes; null when its save dialog was cancelled. */
export async function streamBackupToShell(
  data: Pick<DataApi, 'streamBackup'>,
  shell: Pick<Api, 'beginFile' | 'appendFile' | 'finishFile' | 'abortFile'>,
  begin: FileStreamBegin,
  transform: BackupTransform | null = null,
  opts: BackupOptions = {},
): Promise<FileStreamResult | null> {
  const id = await shell.beginFile(begin);
  if (id === null) return null;
  try {
    await streamBackupTo(data, (piece) => shell.appendFile(id, piece), transform, opts);
    return await shell.finishFile(id);
  } catch (error) {
    // The target stays as it was; the shell removes its temporary file.
    await shell.abortFile(id).catch(() => undefined);
    throw error;
  }
}

/** The manual backup: the save dialog in the desktop app, a download in the browser. */
export async function saveBackupFile(
  data: Pick<DataApi, 'streamBackup'>,
  suggestedName: string,
  filter: { name: string; extensions: string[] },
  transform: BackupTransform | null,
  opts: BackupOptions = {},
): Promise<SaveOutcome> {
  if (window.api) {
    const begin = { kind: 'save' as const, suggestedName, filters: [filter] };
    const r = await streamBackupToShell(data, window.api, begin, transform, opts);
    return r ? { saved: true, path: r.path } : { saved: false };
  }
  const parts: Blob[] = [];
  await streamBackupTo(
    data,
    (piece) => {
      parts.push(new Blob([piece]));
    },
    transform,
    opts,
  );
  const type = transform ? 'application/octet-stream' : 'application/x-ndjson';
  downloadBlob(suggestedName, new Blob(parts, { type }));
  return { saved: true };
}
