// IPC handlers: each one checks the sender's frame, parses its payload with the zod schema from
// shared/ipc, and only then acts. Built from injected dependencies so tests can call them
// without Electron.
import { join } from 'node:path';
import { z } from 'zod';
import {
  BackupDeclinedSchema,
  type BackupInfo,
  type BackupStatus,
  Channel,
  FileStreamBeginSchema,
  FileStreamChunkSchema,
  FileStreamIdSchema,
  NoPayloadSchema,
  KeepBackupKeySchema,
  OsUserSchema,
  SaveFileRequestSchema,
  type SaveFileResult,
  SavePdfRequestSchema,
} from '../../shared/ipc';
import type { BackupKeyStore } from './backup-key';
import { writeFileDurable } from './durable-file';
import { FileStreams } from './file-streams';
import { listBackups } from './files';
import { type SenderInfo, isTrustedSender } from './security';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface ShellDeps {
  backupDir: string;
  appVersion: string;
  /** The operating-system account (`os.userInfo().username`): who acts (docs/rules.md §13). */
  osUsername(): string;
  now(): Date;
  /** The path the user chose, or null when cancelled. */
  chooseSavePath(suggestedName: string, filters: FileFilter[]): Promise<string | null>;
  openFolder(dir: string): Promise<void>;
  /** The app window's page as an A4 PDF (Electron's `webContents.printToPDF`). */
  printToPdf(): Promise<Uint8Array>;
  /** Told after every backup written (ends any wait for one). */
  backupWritten(info: BackupInfo): void;
  backupDeclined(requestId: string, why: string): void;
  /** The backup key under the OS's protection (./backup-key.ts). */
  backupKeys: BackupKeyStore;
  /** A piece of a backup arrived (the quit wait is for progress, not for a fixed time). */
  backupProgress?(): void;
  /** The automatic backups' state (last written, last failure). */
  backupStatus?(): BackupStatus;
}

/** One set of open streamed files per shell (handlers may be built more than once). */
const streamsByDeps = new WeakMap<ShellDeps, FileStreams>();
function streamsFor(deps: ShellDeps): FileStreams {
  let streams = streamsByDeps.get(deps);
  if (!streams) {
    streams = new FileStreams({
      backupDir: deps.backupDir,
      now: () => deps.now(),
      chooseSavePath: (name, filters) => deps.chooseSavePath(name, filters),
      backupProgress: () => deps.backupProgress?.(),
      backupWritten: (info) => deps.backupWritten(info),
    });
    streamsByDeps.set(deps, streams);
  }
  return streams;
}

/** The part of an IPC event the handlers look at (real events and test doubles both fit). */
export interface SenderEvent {
  senderFrame: { url: string; parent: unknown } | null;
}

export function senderInfo(event: SenderEvent): SenderInfo {
  const frame = event.senderFrame;
  return { frameUrl: frame?.url, isMainFrame: frame !== null && frame.parent === null };
}

export class IpcRejected extends Error {
  override name = 'IpcRejected';
}

interface Handler<S extends z.ZodType> {
  schema: S;
  run(input: z.output<S>): Promise<unknown>;
}

const handler = <S extends z.ZodType>(schema: S, run: (input: z.output<S>) => Promise<unknown>) =>
  ({ schema, run }) satisfies Handler<S>;

/** The invoke handlers, keyed by channel. */
export function createHandlers(deps: ShellDeps) {
  const streams = streamsFor(deps);
  return {
    [Channel.saveFile]: handler(
      SaveFileRequestSchema,
      async ({ suggestedName, content, filters }): Promise<SaveFileResult> => {
        const path = await deps.chooseSavePath(suggestedName, filters);
        if (!path) return { saved: false };
        await writeFileDurable(path, content);
        return { saved: true, path };
      },
    ),
    // docs/rules.md §12: a document saved as PDF. Printed first, so the file is the page as it
    // was when the person asked; nothing is written when the dialog is cancelled.
    [Channel.savePdf]: handler(
      SavePdfRequestSchema,
      async ({ suggestedName }): Promise<SaveFileResult> => {
        const pdf = await deps.printToPdf();
        const path = await deps.chooseSavePath(suggestedName, [
          { name: 'PDF-dokument', extensions: ['pdf'] },
        ]);
        if (!path) return { saved: false };
        await writeFileDurable(path, pdf);
        return { saved: true, path };
      },
    ),
    [Channel.fileBegin]: handler(FileStreamBeginSchema, (request) => streams.begin(request)),
    [Channel.fileAppend]: handler(FileStreamChunkSchema, ({ id, chunk }) =>
      streams.append(id, chunk),
    ),
    [Channel.fileFinish]: handler(FileStreamIdSchema, (id) => streams.finish(id)),
    [Channel.fileAbort]: handler(FileStreamIdSchema, (id) => streams.abort(id)),
    [Channel.backupStatus]: handler(
      NoPayloadSchema,
      async (): Promise<BackupStatus> =>
        deps.backupStatus?.() ?? { lastWrittenAt: null, failure: null },
    ),
    [Channel.listBackups]: handler(NoPayloadSchema, () => listBackups(deps.backupDir)),
    [Channel.openBackupFolder]: handler(NoPayloadSchema, async () => {
      await deps.openFolder(deps.backupDir);
    }),
    [Channel.keepBackupKey]: handler(KeepBackupKeySchema, (key) => deps.backupKeys.keep(key)),
    [Channel.loadBackupKey]: handler(NoPayloadSchema, () => deps.backupKeys.load()),
    [Channel.appVersion]: handler(NoPayloadSchema, async () => deps.appVersion),
    // Checked on the way out too: an account the OS cannot name is refused, not passed on empty.
    [Channel.osUser]: handler(NoPayloadSchema, async () =>
      OsUserSchema.parse({ username: deps.osUsername() }),
    ),
  } as const;
}

export type Handlers = ReturnType<typeof createHandlers>;

/** Sender check + payload parse around one handler. Exactly one argument is accepted. */
export function guard<S extends z.ZodType>(channel: string, h: Handler<S>) {
  return async (event: SenderEvent, ...args: unknown[]): Promise<unknown> => {
    if (!isTrustedSender(senderInfo(event))) {
      throw new IpcRejected(`${channel}: afvist, afsenderen er ikke appen selv.`);
    }
    if (args.length > 1) throw new IpcRejected(`${channel}: for mange argumenter.`);
    const parsed = h.schema.safeParse(args[0]);
    if (!parsed.success) {
      throw new IpcRejected(`${channel}: ugyldige data. ${z.prettifyError(parsed.error)}`);
    }
    return h.run(parsed.data);
  };
}

/** For the one-way `backup-declined` message. Returns false when the message was ignored. */
export function handleBackupDeclined(
  deps: ShellDeps,
  event: SenderEvent,
  payload: unknown,
): boolean {
  if (!isTrustedSender(senderInfo(event))) return false;
  const parsed = BackupDeclinedSchema.safeParse(payload);
  if (!parsed.success) return false;
  deps.backupDeclined(parsed.data.requestId, parsed.data.why);
  return true;
}

/** The part of `ipcMain` used here; Electron's events fit `SenderEvent`. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => unknown): void;
  on(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => void): unknown;
}

export function registerIpc(ipcMain: IpcMainLike, deps: ShellDeps): void {
  for (const [channel, h] of Object.entries(createHandlers(deps))) {
    ipcMain.handle(channel, guard(channel, h as Handler<z.ZodType>));
  }
  ipcMain.on(Channel.backupDeclined, (event, payload) => {
    handleBackupDeclined(deps, event, payload);
  });
}

/** Where a test run saves instead of showing the dialog (see paths.testSaveDir). */
export function testSavePath(dir: string, suggestedName: string): string {
  return join(dir, suggestedName);
}
