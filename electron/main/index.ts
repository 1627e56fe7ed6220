// Electron main process: a thin, hardened shell around the renderer (README, "Architecture").
import {
  BrowserWindow,
  Menu,
  app,
  dialog,
  ipcMain,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  type WebContents,
} from 'electron';
import { mkdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { Channel } from '../../shared/ipc/channels';
import type { BackupReason, BackupRequest } from '../../shared/ipc/schemas';
import { resolveAppFile, responseHeaders } from './app-protocol';
import { BACKUP_KEY_FILE, createBackupKeyStore } from './backup-key';
import { type BackupOutcome, BackupRequests } from './backup-requests';
import { BACKUP_STATUS_FILE, BackupStatusStore, failureMessage } from './backup-status';
import { writeFileDurableSync } from './durable-file';
import { isDailyBackupDue, lastBackupWritten } from './files';
import { registerIpc, testSavePath, type FileFilter } from './ipc';
import { buildMenuTemplate } from './menu';
import { WINDOW_STATE_FILE, backupDir, chooseUserDataDir, testSaveDir } from './paths';
import { APP_ENTRY_URL, APP_SCHEME, isAllowedExternal, isAllowedNavigation } from './security';
import {
  MIN_HEIGHT,
  MIN_WIDTH,
  clampWindowState,
  parseWindowState,
  serializeWindowState,
} from './window-state';

const PRODUCT_NAME = 'Jobbasen Løn';
/** How long closing waits for the renderer's backup to start or make progress. */
const QUIT_BACKUP_TIMEOUT_MS = 15_000;
/** How often to check whether today's backup has been taken. */
const DAILY_CHECK_MS = 30 * 60_000;

// Before `ready` and before the single-instance lock (which is keyed by this folder).
app.setPath(
  'userData',
  chooseUserDataDir({
    appData: app.getPath('appData'),
    isPackaged: app.isPackaged,
    env: process.env,
  }),
);
const userData = app.getPath('userData');
const backups = backupDir(userData);
const saveDirForTests = testSaveDir(app.isPackaged, process.env);

// Must happen before `ready`: a standard, secure scheme gets a real origin for IndexedDB.
// No `corsEnabled`: without it, no other origin can read the app's files.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true },
  },
]);

let mainWindow: BrowserWindow | null = null;

const liveContents = () => {
  const contents = mainWindow?.webContents;
  return !contents || contents.isDestroyed() || contents.isCrashed() ? null : contents;
};

const backupRequests = new BackupRequests((request: BackupRequest) => {
  const contents = liveContents();
  if (!contents) return false;
  contents.send(Channel.backupRequested, request);
  return true;
}, QUIT_BACKUP_TIMEOUT_MS);

// Shown in the app until a backup succeeds again (docs/rules.md §11).
const backupStatus = new BackupStatusStore(join(userData, BACKUP_STATUS_FILE), (status) =>
  liveContents()?.send(Channel.backupStatusChanged, status),
);
let lastDeclineWhy = '';

/** Asks the renderer for a backup and records a failure for the person to see. */
async function requestBackup(reason: BackupReason): Promise<BackupOutcome> {
  lastDeclineWhy = '';
  const outcome = await backupRequests.request(reason);
  if (outcome !== 'written') {
    console.warn(`Backup (${reason}): ${outcome} ${lastDeclineWhy}`);
    backupStatus.failed(new Date(), failureMessage(outcome, lastDeclineWhy));
  }
  return outcome;
}

function readWindowState() {
  let text: string | null = null;
  try {
    text = readFileSync(join(userData, WINDOW_STATE_FILE), 'utf8');
  } catch {
    // First start or unreadable: the default size, centred.
  }
  const workAreas = screen.getAllDisplays().map((d) => d.workArea);
  return clampWindowState(parseWindowState(text), workAreas);
}

function saveWindowState(win: BrowserWindow): void {
  const text = serializeWindowState(win.getNormalBounds(), win.isMaximized());
  try {
    writeFileDurableSync(join(userData, WINDOW_STATE_FILE), text);
  } catch (error) {
    console.error('Kunne ikke gemme vinduets placering:', error);
  }
}

function createWindow(): BrowserWindow {
  const state = readWindowState();
  const win = new BrowserWindow({
    title: PRODUCT_NAME,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: join(app.getAppPath(), 'out', 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      // Middle-click would otherwise try to open links in new windows (denied anyway below).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  // Closing asks the renderer for a backup first and waits for it (bounded by a timeout).
  let backupDone = false;
  win.on('close', (event) => {
    saveWindowState(win);
    if (backupDone) return;
    event.preventDefault();
    backupDone = true;
    void requestBackup('quit').then(() => {
      if (!win.isDestroyed()) win.close();
    });
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });

  void win.loadURL(APP_ENTRY_URL);
  return win;
}

/**
 * A form with unsaved input holds the close with beforeunload
 * (renderer/src/components/useUnsavedChangesGuard.tsx); Electron would cancel the close without a
 * word, so the shell asks. Asked once: the close after the quit backup then goes through.
 */
function askBeforeUnload(contents: WebContents): void {
  let leaveConfirmed = false;
  contents.on('will-prevent-unload', (event) => {
    if (!leaveConfirmed) {
      const options = {
        type: 'question' as const,
        title: 'Ændringerne er ikke gemt',
        message: 'Du har skrevet noget i en formular, som ikke er gemt.',
        detail: 'Lukker du programmet, går det tabt.',
        buttons: ['Bliv i programmet', 'Luk uden at gemme'],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      };
      const choice = mainWindow
        ? dialog.showMessageBoxSync(mainWindow, options)
        : dialog.showMessageBoxSync(options);
      leaveConfirmed = choice === 1;
    }
    if (leaveConfirmed) event.preventDefault();
  });
}

function hardenContents(contents: WebContents): void {
  askBeforeUnload(contents);
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links to the law or the municipality open in the user's browser; nothing opens in-app.
    if (isAllowedExternal(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

function serveRenderer(): void {
  // The app folder (or app.asar) holds the build output in development and when installed alike.
  const root = join(app.getAppPath(), 'out', 'renderer');
  protocol.handle(APP_SCHEME, async (request) => {
    const file = request.method === 'GET' ? resolveAppFile(root, request.url) : null;
    if (!file) return new Response('Ikke fundet', { status: 404 });
    try {
      return new Response(await readFile(file), { status: 200, headers: responseHeaders(file) });
    } catch {
      return new Response('Ikke fundet', { status: 404 });
    }
  });
}

function denyAllPermissions(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

async function chooseSavePath(
  suggestedName: string,
  filters: FileFilter[],
): Promise<string | null> {
  if (saveDirForTests) return testSavePath(saveDirForTests, suggestedName);
  const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters };
  const result = mainWindow
    ? await dialog.showSaveDialog(mainWindow, options)
    : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

async function openBackupFolder(): Promise<void> {
  mkdirSync(backups, { recursive: true });
  const error = await shell.openPath(backups);
  if (error) throw new Error(`Backup-mappen kunne ikke åbnes: ${error}`);
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: `Om ${PRODUCT_NAME}`,
    message: `${PRODUCT_NAME} ${app.getVersion()}`,
    detail: `Løn og kørsel for beskyttet beskæftigelse på Jobbasen, Holbæk Kommune.\n\nData: ${userData}\nBackup: ${backups}`,
    buttons: ['OK'],
  };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

async function backupIfDue(): Promise<void> {
  try {
    // From when the last one was written (stored, else the files' times), not from file names.
    const stored = backupStatus.get().lastWrittenAt;
    const last = stored ? new Date(stored) : await lastBackupWritten(backups);
    if (isDailyBackupDue(last, new Date())) await requestBackup('daily');
  } catch (error) {
    console.error('Daglig backup fejlede:', error);
  }
}

function start(): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    denyAllPermissions();
    serveRenderer();
    registerIpc(ipcMain, {
      backupDir: backups,
      appVersion: app.getVersion(),
      osUsername: () => userInfo().username,
      now: () => new Date(),
      chooseSavePath,
      openFolder: async () => openBackupFolder(),
      printToPdf: async () => {
        if (!mainWindow) throw new Error('Intet vindue at udskrive.');
        // The page's own @page rule sets A4 and the margins (docs/rules.md §12).
        return mainWindow.webContents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
        });
      },
      backupWritten: (info) => {
        backupStatus.written(new Date(info.takenAt));
        backupRequests.written();
      },
      backupDeclined: (requestId, why) => {
        lastDeclineWhy = why;
        backupRequests.declined(requestId);
      },
      backupKeys: createBackupKeyStore(join(userData, BACKUP_KEY_FILE), safeStorage),
      backupProgress: () => backupRequests.extend(),
      backupStatus: () => backupStatus.get(),
    });
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate(
          {
            openBackupFolder: () => {
              openBackupFolder().catch((error: unknown) =>
                dialog.showErrorBox('Backup-mappe', String(error)),
              );
            },
            backupNow: () => void requestBackup('manual'),
            about: showAbout,
          },
          { isMac: process.platform === 'darwin', isDev: !app.isPackaged },
        ),
      ),
    );
    mainWindow = createWindow();
    mainWindow.webContents.once('did-finish-load', () => void backupIfDue());
    setInterval(() => void backupIfDue(), DAILY_CHECK_MS).unref();
    app.on('activate', () => {
      if (!mainWindow) mainWindow = createWindow();
    });
  });
}

// One instance only: two would share one IndexedDB and fight over the backup folder.
if (app.requestSingleInstanceLock()) start();
else {
  // The running instance gets 'second-instance' and brings its window forward; say so here.
  console.log('Jobbasen Løn kører allerede — åbner det kørende program.');
  app.quit();
}
