// The only bridge to the renderer: `window.api`, typed by shared/ipc. Sandboxed, so this file may
// only require 'electron'; it imports the channel names (plain strings) and types, never zod.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Api } from '../../shared/ipc/api';
import { Channel } from '../../shared/ipc/channels';
import type {
  BackupInfo,
  BackupRequest,
  KeepBackupKeyResult,
  OsUser,
  BackupStatus,
  FileStreamResult,
  SaveFileResult,
} from '../../shared/ipc/schemas';

type BackupListener = (request: BackupRequest) => void | Promise<void>;
const backupListeners = new Set<BackupListener>();

ipcRenderer.on(Channel.backupRequested, (_event: IpcRendererEvent, request: BackupRequest) => {
  const decline = (why: string) =>
    ipcRenderer.send(Channel.backupDeclined, { requestId: request.requestId, why });
  if (backupListeners.size === 0) {
    decline('Ingen backup-modtager i rendereren.');
    return;
  }
  void Promise.allSettled([...backupListeners].map(async (listener) => listener(request))).then(
    (results) => {
      if (results.every((r) => r.status === 'rejected')) {
        decline(String((results[0] as PromiseRejectedResult).reason).slice(0, 500));
      }
    },
  );
});

const api = {
  saveFile: (request) => ipcRenderer.invoke(Channel.saveFile, request) as Promise<SaveFileResult>,
  savePdf: (request) => ipcRenderer.invoke(Channel.savePdf, request) as Promise<SaveFileResult>,
  keepBackupKey: (key) =>
    ipcRenderer.invoke(Channel.keepBackupKey, key) as Promise<KeepBackupKeyResult>,
  loadBackupKey: () => ipcRenderer.invoke(Channel.loadBackupKey) as Promise<string | null>,
  beginFile: (request) => ipcRenderer.invoke(Channel.fileBegin, request) as Promise<string | null>,
  appendFile: (id, chunk) => ipcRenderer.invoke(Channel.fileAppend, { id, chunk }) as Promise<void>,
  finishFile: (id) => ipcRenderer.invoke(Channel.fileFinish, id) as Promise<FileStreamResult>,
  abortFile: (id) => ipcRenderer.invoke(Channel.fileAbort, id) as Promise<void>,
  getBackupStatus: () => ipcRenderer.invoke(Channel.backupStatus) as Promise<BackupStatus>,
  onBackupStatus: (callback) => {
    const listener = (_event: IpcRendererEvent, status: BackupStatus) => callback({ ...status });
    ipcRenderer.on(Channel.backupStatusChanged, listener);
    return () => {
      ipcRenderer.removeListener(Channel.backupStatusChanged, listener);
    };
  },
  listBackups: () => ipcRenderer.invoke(Channel.listBackups) as Promise<BackupInfo[]>,
  openBackupFolder: () => ipcRenderer.invoke(Channel.openBackupFolder) as Promise<void>,
  appVersion: () => ipcRenderer.invoke(Channel.appVersion) as Promise<string>,
  osUser: () => ipcRenderer.invoke(Channel.osUser) as Promise<OsUser>,
  onBackupRequested: (callback) => {
    // Only the plain request object reaches the page, never the IPC event.
    const listener: BackupListener = (request) => callback({ ...request });
    backupListeners.add(listener);
    return () => {
      backupListeners.delete(listener);
    };
  },
} satisfies Api;

contextBridge.exposeInMainWorld('api', api);
