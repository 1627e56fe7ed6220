// The main process's wiring, run in Node against a fake `electron` module (no Electron binary
// exists on the build machines): order of start-up steps, window options, the app:// handler,
// navigation and permission lockdown, IPC registration and the backup-on-close handshake.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

const h = vi.hoisted(() => {
  const calls: string[] = [];
  const appListeners = new Map<string, Listener[]>();
  const state = {
    appData: '',
    appPath: '',
    paths: new Map<string, string>(),
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, Listener>(),
    ipcHandle: new Map<string, Listener>(),
    ipcOn: new Map<string, Listener>(),
    windows: [] as FakeWindowLike[],
    menuTemplate: [] as { label?: string }[],
    permissionRequest: null as Listener | null,
    permissionCheck: null as Listener | null,
    openExternal: [] as string[],
    sent: [] as { channel: string; payload: unknown }[],
  };
  interface FakeWindowLike {
    options: Record<string, unknown>;
    listeners: Map<string, Listener[]>;
    loaded: string[];
    closed: number;
    webContents: Record<string, unknown>;
  }
  return { calls, appListeners, state };
});

vi.mock('electron', () => {
  const { calls, appListeners, state } = h;
  const on = (map: Map<string, Listener[]>, name: string, fn: Listener) => {
    map.set(name, [...(map.get(name) ?? []), fn]);
  };
  class BrowserWindow {
    options: Record<string, unknown>;
    listeners = new Map<string, Listener[]>();
    loaded: string[] = [];
    closed = 0;
    destroyed = false;
    webContents = {
      send: (channel: string, payload: unknown) => state.sent.push({ channel, payload }),
      once: () => undefined,
      isDestroyed: () => false,
      isCrashed: () => false,
    };
    constructor(options: Record<string, unknown>) {
      calls.push('new BrowserWindow');
      this.options = options;
      state.windows.push(this);
    }
    once(name: string, fn: Listener) {
      on(this.listeners, name, fn);
    }
    on(name: string, fn: Listener) {
      on(this.listeners, name, fn);
    }
    emit(name: string, ...args: unknown[]) {
      for (const fn of this.listeners.get(name) ?? []) fn(...args);
    }
    async loadURL(url: string) {
      this.loaded.push(url);
    }
    maximize() {}
    isDestroyed() {
      return this.destroyed;
    }
    close() {
      this.closed += 1;
      const event = {
        defaultPrevented: false,
        preventDefault: () => (event.defaultPrevented = true),
      };
      this.emit('close', event);
      if (!event.defaultPrevented) this.destroyed = true;
    }
    getNormalBounds() {
      return { x: 10, y: 20, width: 1100, height: 700 };
    }
    isMaximized() {
      return false;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
  }
  const app = {
    isPackaged: false,
    getPath: (name: string) =>
      state.paths.get(name) ?? (name === 'appData' ? state.appData : '/nowhere'),
    setPath: (name: string, value: string) => {
      calls.push(`setPath ${name}`);
      state.paths.set(name, value);
    },
    getAppPath: () => state.appPath,
    getVersion: () => '0.1.0',
    requestSingleInstanceLock: () => {
      calls.push('requestSingleInstanceLock');
      return true;
    },
    on: (name: string, fn: Listener) => on(appListeners, name, fn),
    whenReady: () => {
      calls.push('whenReady');
      return Promise.resolve();
    },
    quit: () => calls.push('quit'),
  };
  return {
    app,
    BrowserWindow,
    Menu: {
      buildFromTemplate: (t: { label?: string }[]) => {
        state.menuTemplate = t;
        return t;
      },
      setApplicationMenu: () => undefined,
    },
    dialog: { showSaveDialog: vi.fn(), showMessageBox: vi.fn(), showErrorBox: vi.fn() },
    ipcMain: {
      handle: (c: string, fn: Listener) => state.ipcHandle.set(c, fn),
      on: (c: string, fn: Listener) => state.ipcOn.set(c, fn),
    },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => {
        calls.push('registerSchemesAsPrivileged');
        state.schemes.push(...s);
      },
      handle: (scheme: string, fn: Listener) => state.protocolHandlers.set(scheme, fn),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Listener) => (state.permissionRequest = fn),
        setPermissionCheckHandler: (fn: Listener) => (state.permissionCheck = fn),
        setDevicePermissionHandler: () => undefined,
      },
    },
    shell: {
      openExternal: async (url: string) => void state.openExternal.push(url),
      openPath: async () => '',
    },
    // No OS protection in the test: the backup key is never kept (electron/main/backup-key.ts).
    safeStorage: {
      isEncryptionAvailable: () => false,
      encryptString: () => Buffer.alloc(0),
      decryptString: () => '',
    },
  };
});

const { calls, appListeners, state } = h;
const appFrame = { senderFrame: { url: 'app://jobbasen/index.html', parent: null } };
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'jobbasen-main-'));
  state.appData = join(work, 'appData');
  state.appPath = join(work, 'app');
  mkdirSync(join(state.appPath, 'out', 'renderer', 'assets'), { recursive: true });
  writeFileSync(
    join(state.appPath, 'out', 'renderer', 'index.html'),
    '<!doctype html><title>Jobbasen Løn</title>',
  );
  writeFileSync(join(state.appPath, 'out', 'renderer', 'assets', 'app.js'), 'export {};');
  writeFileSync(join(work, 'secret.txt'), 'hemmelig');
  delete process.env.JOBBASEN_USER_DATA_DIR;
  delete process.env.JOBBASEN_SAVE_DIR;
  await import('../../electron/main/index');
  await new Promise((r) => setTimeout(r, 0));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const userData = () => join(state.appData, 'Jobbasen Løn');
const win = () =>
  state.windows[0] as unknown as {
    options: { webPreferences: Record<string, unknown> } & Record<string, unknown>;
    loaded: string[];
    closed: number;
    close(): void;
    isDestroyed(): boolean;
  };

describe('start-up', () => {
  it('fixes userData and registers the scheme before ready, and takes the lock after userData', () => {
    expect(state.paths.get('userData')).toBe(userData());
    const i = (name: string) => calls.indexOf(name);
    expect(i('setPath userData')).toBeGreaterThanOrEqual(0);
    expect(i('setPath userData')).toBeLessThan(i('requestSingleInstanceLock'));
    expect(i('registerSchemesAsPrivileged')).toBeLessThan(i('whenReady'));
    expect(state.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('opens one hardened window on app://jobbasen', () => {
    expect(state.windows).toHaveLength(1);
    const prefs = win().options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(prefs.preload).toBe(join(state.appPath, 'out', 'preload', 'index.cjs'));
    expect(win().options.title).toBe('Jobbasen Løn');
    expect(win().loaded).toEqual(['app://jobbasen/index.html']);
  });

  it('sets the Danish menu', () => {
    expect(state.menuTemplate.map((m) => m.label)).toEqual(['Filer', 'Rediger', 'Vis', 'Hjælp']);
  });
});

describe('app:// handler', () => {
  const fetchApp = (url: string, method = 'GET') =>
    state.protocolHandlers.get('app')!({ url, method }) as Promise<Response>;

  it('serves the renderer with the CSP header', async () => {
    const res = await fetchApp('app://jobbasen/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await res.text()).toContain('Jobbasen Løn');
    expect((await fetchApp('app://jobbasen/assets/app.js')).headers.get('content-type')).toContain(
      'javascript',
    );
  });

  it.each([
    'app://jobbasen/..%2F..%2Fsecret.txt',
    'app://jobbasen/missing.js',
    'app://jobbasen.evil.com/index.html',
  ])('answers 404 for %s', async (url) => {
    expect((await fetchApp(url)).status).toBe(404);
  });

  it('answers 404 to anything but GET', async () => {
    expect((await fetchApp('app://jobbasen/index.html', 'POST')).status).toBe(404);
  });
});

describe('web contents lockdown', () => {
  const contents = () => {
    const listeners = new Map<string, Listener>();
    let openHandler: Listener = () => undefined;
    const fake = {
      on: (name: string, fn: Listener) => listeners.set(name, fn),
      setWindowOpenHandler: (fn: Listener) => (openHandler = fn),
    };
    for (const fn of appListeners.get('web-contents-created') ?? []) fn({}, fake);
    return { listeners, open: (url: string) => openHandler({ url }) };
  };

  it('blocks navigation away from the app origin', () => {
    const { listeners } = contents();
    for (const [url, blocked] of [
      ['app://jobbasen/index.html#/loen', false],
      ['app://jobbasen.evil.com/', true],
      ['https://evil.com/', true],
      ['file:///etc/passwd', true],
    ] as const) {
      for (const name of ['will-navigate', 'will-redirect']) {
        const event = { preventDefault: vi.fn() };
        listeners.get(name)!(event, url);
        expect(event.preventDefault).toHaveBeenCalledTimes(blocked ? 1 : 0);
      }
    }
  });

  it('denies every new window and opens only allowlisted sites externally', () => {
    const { open } = contents();
    expect(open('https://www.retsinformation.dk/eli/lta/2024/909')).toEqual({ action: 'deny' });
    expect(open('https://evil.com/')).toEqual({ action: 'deny' });
    expect(open('app://jobbasen/index.html')).toEqual({ action: 'deny' });
    expect(state.openExternal).toEqual(['https://www.retsinformation.dk/eli/lta/2024/909']);
  });

  it('denies all permission requests and checks', () => {
    const callback = vi.fn();
    state.permissionRequest!({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(state.permissionCheck!({}, 'clipboard-read')).toBe(false);
  });
});

describe('IPC and the backup on close', () => {
  it('registers the invoke channels with the sender check in front', async () => {
    expect([...state.ipcHandle.keys()].sort()).toEqual([
      'jobbasen:app-version',
      'jobbasen:backup-status',
      'jobbasen:file-abort',
      'jobbasen:file-append',
      'jobbasen:file-begin',
      'jobbasen:file-finish',
      'jobbasen:keep-backup-key',
      'jobbasen:list-backups',
      'jobbasen:load-backup-key',
      'jobbasen:open-backup-folder',
      'jobbasen:os-user',
      'jobbasen:save-file',
      'jobbasen:save-pdf',
    ]);
    const version = state.ipcHandle.get('jobbasen:app-version')!;
    expect(await version(appFrame)).toBe('0.1.0');
    await expect(
      version({ senderFrame: { url: 'app://jobbasen@evil/', parent: null } }),
    ).rejects.toThrow(/afvist/);
  });

  it('asks the renderer for a backup on close and closes once it is written', async () => {
    const w = win();
    w.close();
    expect(w.isDestroyed()).toBe(false);
    const request = state.sent.find((s) => s.channel === 'jobbasen:backup-requested');
    expect(request?.payload).toMatchObject({ reason: 'quit' });

    // The renderer streams the backup: begin, a piece, finish.
    const id = await state.ipcHandle.get('jobbasen:file-begin')!(appFrame, { kind: 'backup' });
    await state.ipcHandle.get('jobbasen:file-append')!(appFrame, { id, chunk: '{"borgere":[]}' });
    await state.ipcHandle.get('jobbasen:file-finish')!(appFrame, id);
    await new Promise((r) => setTimeout(r, 0));
    expect(w.isDestroyed()).toBe(true);
    const files = readdirSync(join(userData(), 'backups'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^jobbasen-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.json$/);
    // The window's size and place were saved for next time.
    await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(userData())).toContain('window-state.json');
  });
});
