import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  IpcRejected,
  type SenderEvent,
  type ShellDeps,
  handleBackupDeclined,
  registerIpc,
  senderInfo,
} from '../../electron/main/ipc';
import { ALL_CHANNELS, Channel, type BackupInfo, type FileStreamResult } from '../../shared/ipc';

const appFrame: SenderEvent = { senderFrame: { url: 'app://jobbasen/index.html', parent: null } };
const spoofed: SenderEvent[] = [
  { senderFrame: { url: 'app://jobbasen.evil.com/index.html', parent: null } },
  { senderFrame: { url: 'app://jobbasen@evil/index.html', parent: null } },
  { senderFrame: { url: 'http://jobbasen/index.html', parent: null } },
  { senderFrame: { url: 'file:///C:/index.html', parent: null } },
  { senderFrame: { url: 'app://jobbasen/index.html', parent: {} } }, // an iframe
  { senderFrame: null },
];

let dir: string;
let deps: ShellDeps;
/** What a printToPDF answers: a PDF's bytes (not valid UTF-8 beyond the header). */
const PDF_BYTES = new Uint8Array([
  0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xe2, 0xe3, 0xcf, 0xd3,
]);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jobbasen-ipc-'));
  deps = {
    backupDir: join(dir, 'backups'),
    appVersion: '0.1.0',
    osUsername: vi.fn(() => 'jens.hansen'),
    now: () => new Date('2026-11-24T14:03:00.456Z'),
    chooseSavePath: vi.fn(async (name: string) => join(dir, 'saved', name)),
    openFolder: vi.fn(async () => {}),
    printToPdf: vi.fn(async () => PDF_BYTES),
    backupWritten: vi.fn(),
    backupDeclined: vi.fn(),
    backupKeys: {
      keep: vi.fn(async (key: string | null) => ({ kept: key !== null })),
      load: vi.fn(async () => null),
    },
  };
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Listener = (event: SenderEvent, ...args: unknown[]) => unknown;

/** Calls a channel exactly as Electron would, through what registerIpc registered. */
async function call(channel: string, event: SenderEvent, ...args: unknown[]): Promise<unknown> {
  const listeners = new Map<string, Listener>();
  registerIpc({ handle: (c, l) => void listeners.set(c, l), on: () => undefined }, deps);
  const listener = listeners.get(channel);
  if (!listener) throw new Error(`not registered: ${channel}`);
  return listener(event, ...args);
}

describe('senderInfo', () => {
  it('marks only frames without a parent as main frames', () => {
    expect(senderInfo(appFrame)).toEqual({
      frameUrl: 'app://jobbasen/index.html',
      isMainFrame: true,
    });
    expect(senderInfo({ senderFrame: null })).toEqual({ frameUrl: undefined, isMainFrame: false });
  });
});

describe('guard', () => {
  it.each(spoofed)('rejects a foreign sender %j before looking at the payload', async (event) => {
    await expect(call(Channel.appVersion, event)).rejects.toBeInstanceOf(IpcRejected);
    await expect(call(Channel.fileBegin, event, { kind: 'backup' })).rejects.toThrow(
      /afsenderen er ikke appen/,
    );
    await expect(readdir(deps.backupDir)).rejects.toThrow();
  });

  it('rejects bad payloads with a message naming the channel', async () => {
    await expect(call(Channel.fileAppend, appFrame, { id: 'x', chunk: '' })).rejects.toThrow(
      /jobbasen:file-append: ugyldige data/,
    );
    await expect(
      call(Channel.fileBegin, appFrame, { kind: 'backup', path: '/etc' }),
    ).rejects.toThrow(/jobbasen:file-begin: ugyldige data/);
    await expect(call(Channel.appVersion, appFrame, { x: 1 })).rejects.toBeInstanceOf(IpcRejected);
    await expect(call(Channel.listBackups, appFrame, null)).rejects.toBeInstanceOf(IpcRejected);
    await expect(
      call(Channel.saveFile, appFrame, { suggestedName: '../../x.csv', content: 'x' }),
    ).rejects.toBeInstanceOf(IpcRejected);
    expect(deps.chooseSavePath).not.toHaveBeenCalled();
  });

  it('rejects extra arguments', async () => {
    await expect(call(Channel.fileBegin, appFrame, { kind: 'backup' }, 'extra')).rejects.toThrow(
      /for mange argumenter/,
    );
  });
});

/** A backup streamed the way the renderer does it: begin, the pieces, finish. */
async function streamBackup(...pieces: string[]): Promise<BackupInfo | undefined> {
  const id = (await call(Channel.fileBegin, appFrame, { kind: 'backup' })) as string;
  for (const chunk of pieces) await call(Channel.fileAppend, appFrame, { id, chunk });
  return ((await call(Channel.fileFinish, appFrame, id)) as FileStreamResult).backup;
}

describe('handlers', () => {
  it('appVersion', async () => {
    expect(await call(Channel.appVersion, appFrame)).toBe('0.1.0');
  });

  it('osUser names the operating-system account, to the app only (docs/rules.md §13)', async () => {
    expect(await call(Channel.osUser, appFrame)).toEqual({ username: 'jens.hansen' });
    for (const event of spoofed)
      await expect(call(Channel.osUser, event)).rejects.toBeInstanceOf(IpcRejected);
    await expect(call(Channel.osUser, appFrame, 'ABC')).rejects.toBeInstanceOf(IpcRejected);
    // An account the OS cannot name is refused, never passed on as an empty user.
    deps.osUsername = () => '  ';
    await expect(call(Channel.osUser, appFrame)).rejects.toThrow(/Kontonavnet er tomt/);
  });

  it('saveFile writes the exact text (BOM included) where the dialog says', async () => {
    const content = '\uFEFFNavn;Beløb\r\nAne;1.234,50\r\n';
    const result = await call(Channel.saveFile, appFrame, {
      suggestedName: 'løn.csv',
      content,
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    const path = join(dir, 'saved', 'løn.csv');
    expect(result).toEqual({ saved: true, path });
    expect(deps.chooseSavePath).toHaveBeenCalledWith('løn.csv', [
      { name: 'CSV', extensions: ['csv'] },
    ]);
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe(content);
    expect((await readdir(join(dir, 'saved'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('savePdf prints the window to A4 PDF bytes and writes them, byte for byte, where the dialog says', async () => {
    const result = await call(Channel.savePdf, appFrame, { suggestedName: 'afgørelse.pdf' });
    const path = join(dir, 'saved', 'afgørelse.pdf');
    expect(result).toEqual({ saved: true, path });
    expect(deps.printToPdf).toHaveBeenCalledTimes(1);
    expect(deps.chooseSavePath).toHaveBeenCalledWith('afgørelse.pdf', [
      { name: 'PDF-dokument', extensions: ['pdf'] },
    ]);
    expect([...(await readFile(path))]).toEqual([...PDF_BYTES]);
  });

  it('savePdf writes nothing when the dialog is cancelled, and refuses a name that is not .pdf', async () => {
    deps.chooseSavePath = vi.fn(async () => null);
    expect(await call(Channel.savePdf, appFrame, { suggestedName: 'a.pdf' })).toEqual({
      saved: false,
    });
    await expect(call(Channel.savePdf, appFrame, { suggestedName: 'a.exe' })).rejects.toThrow(
      /skal ende på \.pdf/,
    );
    await expect(
      call(Channel.savePdf, appFrame, { suggestedName: 'a.pdf', content: 'x' }),
    ).rejects.toBeInstanceOf(IpcRejected);
  });

  it('saveFile reports a cancelled dialog', async () => {
    deps.chooseSavePath = vi.fn(async () => null);
    expect(
      await call(Channel.saveFile, appFrame, { suggestedName: 'a.csv', content: 'x' }),
    ).toEqual({
      saved: false,
    });
  });

  it('a streamed backup becomes a timestamped file, is listed, and main is told', async () => {
    const info = await streamBackup('{"version":', '1}');
    expect(info).toEqual({
      name: 'jobbasen-backup-2026-11-24T14-03-00Z.json',
      takenAt: '2026-11-24T14:03:00.000Z',
      sizeBytes: 13,
    });
    expect(deps.backupWritten).toHaveBeenCalledWith(info);
    expect(
      await readFile(join(deps.backupDir, 'jobbasen-backup-2026-11-24T14-03-00Z.json'), 'utf8'),
    ).toBe('{"version":1}');
    expect(await call(Channel.listBackups, appFrame)).toEqual([info]);
  });

  it('a protected backup is streamed as its bytes, named .jlbak (docs/rules.md §11)', async () => {
    const envelope = Uint8Array.from([0x4a, 0x42, 0x4c, 0x45, 0x4e, 0x43, 0x0d, 0x0a, 1, 2, 3]);
    const id = (await call(Channel.fileBegin, appFrame, {
      kind: 'backup',
      encrypted: true,
    })) as string;
    await call(Channel.fileAppend, appFrame, { id, chunk: envelope.subarray(0, 9) });
    await call(Channel.fileAppend, appFrame, { id, chunk: envelope.subarray(9) });
    const info = ((await call(Channel.fileFinish, appFrame, id)) as FileStreamResult).backup;
    expect(info).toMatchObject({
      name: 'jobbasen-backup-2026-11-24T14-03-00Z.jlbak',
      sizeBytes: 11,
    });
    expect(
      new Uint8Array(
        await readFile(join(deps.backupDir, 'jobbasen-backup-2026-11-24T14-03-00Z.jlbak')),
      ),
    ).toEqual(envelope);
    expect(await call(Channel.listBackups, appFrame)).toEqual([info]);
    // Bytes that are not the envelope are refused: main never writes random binary.
    const bad = (await call(Channel.fileBegin, appFrame, {
      kind: 'backup',
      encrypted: true,
    })) as string;
    await expect(
      call(Channel.fileAppend, appFrame, {
        id: bad,
        chunk: Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]),
      }),
    ).rejects.toThrow(/ikke begyndelsen på en sikkerhedskopi/);
    expect(await call(Channel.listBackups, appFrame)).toEqual([info]);
  });

  it('saveFile writes bytes as they are (a protected backup saved through the dialog)', async () => {
    const bytes = Uint8Array.from([0x4a, 0x42, 0x4c, 0x45, 0x4e, 0x43, 0x0d, 0x0a, 0, 255]);
    const r = await call(Channel.saveFile, appFrame, { suggestedName: 'b.jlbak', content: bytes });
    expect(r).toEqual({ saved: true, path: join(dir, 'saved', 'b.jlbak') });
    expect(new Uint8Array(await readFile(join(dir, 'saved', 'b.jlbak')))).toEqual(bytes);
  });

  it('keepBackupKey takes 32 key bytes in base64 or null, and loadBackupKey answers', async () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(await call(Channel.keepBackupKey, appFrame, key)).toEqual({ kept: true });
    expect(deps.backupKeys.keep).toHaveBeenCalledWith(key);
    expect(await call(Channel.keepBackupKey, appFrame, null)).toEqual({ kept: false });
    for (const bad of ['', 'kort', Buffer.alloc(16).toString('base64'), 42, undefined])
      await expect(call(Channel.keepBackupKey, appFrame, bad)).rejects.toThrow(/ugyldige data/);
    expect(await call(Channel.loadBackupKey, appFrame)).toBeNull();
    for (const event of spoofed)
      await expect(call(Channel.loadBackupKey, event)).rejects.toThrow(/afvist/);
  });

  it('a backup prunes old backups but never foreign files', async () => {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(deps.backupDir, { recursive: true });
    const old = [
      'jobbasen-backup-2026-11-20T08-00-00Z.json',
      'jobbasen-backup-2026-11-20T09-00-00Z.json',
      'jobbasen-backup-2026-11-20T10-00-00Z.json',
      'jobbasen-backup-2026-11-20T11-00-00Z.json',
      'jobbasen-backup-2026-11-20T12-00-00Z.json',
    ];
    for (const n of [...old, 'mine-noter.txt']) await writeFile(join(deps.backupDir, n), '{}');
    await streamBackup('{}');
    const left = (await readdir(deps.backupDir)).sort();
    expect(left).toContain('mine-noter.txt');
    expect(left).toContain('jobbasen-backup-2026-11-20T12-00-00Z.json');
    expect(left).not.toContain('jobbasen-backup-2026-11-20T08-00-00Z.json');
  });

  it('a backup clears temp files left by a crash, but only stale ones', async () => {
    const { mkdir, utimes } = await import('node:fs/promises');
    await mkdir(deps.backupDir, { recursive: true });
    const stale = join(deps.backupDir, '.jobbasen-backup-2026-11-23T10-00-00Z.json.abc.tmp');
    const fresh = join(deps.backupDir, '.jobbasen-backup-2026-11-24T14-02-59Z.json.def.tmp');
    await writeFile(stale, '{');
    await writeFile(fresh, '{');
    const old = new Date('2026-11-23T10:00:00Z');
    await utimes(stale, old, old);
    const recent = new Date('2026-11-24T14:02:59Z');
    await utimes(fresh, recent, recent);
    await streamBackup('{}');
    const left = await readdir(deps.backupDir);
    expect(left).not.toContain('.jobbasen-backup-2026-11-23T10-00-00Z.json.abc.tmp');
    expect(left).toContain('.jobbasen-backup-2026-11-24T14-02-59Z.json.def.tmp');
  });

  it('openBackupFolder opens the backup folder', async () => {
    await call(Channel.openBackupFolder, appFrame);
    expect(deps.openFolder).toHaveBeenCalledWith(deps.backupDir);
  });
});

describe('backup-declined', () => {
  it('is passed on only from the app with a valid payload', () => {
    expect(handleBackupDeclined(deps, appFrame, { requestId: 'a-1', why: 'ingen' })).toBe(true);
    expect(deps.backupDeclined).toHaveBeenCalledWith('a-1', 'ingen');
    expect(handleBackupDeclined(deps, spoofed[0]!, { requestId: 'a-1', why: 'x' })).toBe(false);
    expect(handleBackupDeclined(deps, appFrame, { requestId: 'a 1' })).toBe(false);
    expect(deps.backupDeclined).toHaveBeenCalledTimes(1);
  });
});

describe('registerIpc', () => {
  it('registers every renderer → main channel and nothing else', () => {
    const handled: string[] = [];
    const listened: string[] = [];
    registerIpc({ handle: (c) => void handled.push(c), on: (c) => listened.push(c) }, deps);
    const expected = ALL_CHANNELS.filter(
      (c) =>
        c !== Channel.backupRequested &&
        c !== Channel.backupDeclined &&
        c !== Channel.backupStatusChanged,
    );
    expect(handled.sort()).toEqual([...expected].sort());
    expect(listened).toEqual([Channel.backupDeclined]);
  });
});
