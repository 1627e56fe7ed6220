// Issue 11, findings 7, 9, 10 and 11 (docs/rules.md §11): files that cannot be half-written,
// backups without a size cap, private backup files, and "daily backup due" from when the last
// one was written.
import { createReadStream } from 'node:fs';
import {
  chmod,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type DurableFs,
  nodeFs,
  openDurableFile,
  writeFileDurable,
} from '../../electron/main/durable-file';
import { isDailyBackupDue, lastBackupWritten } from '../../electron/main/files';
import { type SenderEvent, type ShellDeps, registerIpc } from '../../electron/main/ipc';
import { BackupLineReader, BackupLineWriter } from '../../shared/backup';
import { Channel, type FileStreamResult } from '../../shared/ipc';

const appFrame: SenderEvent = { senderFrame: { url: 'app://jobbasen/index.html', parent: null } };
const posix = process.platform !== 'win32';
const WINDOWS =
  'Ikke prøvet: Windows har ingen Unix-filrettigheder (profilmappens adgangsliste gælder).';
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jobbasen-durable-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The real file system, but the disk is full after `room` bytes of file content. */
function fullDiskAfter(room: number): DurableFs {
  let left = room;
  return {
    ...nodeFs,
    async create(path, mode) {
      const real = await nodeFs.create(path, mode);
      return {
        ...real,
        async write(bytes) {
          if (bytes.length > left) {
            await real.write(bytes.subarray(0, left));
            left = 0;
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
              code: 'ENOSPC',
            });
          }
          left -= bytes.length;
          await real.write(bytes);
        },
      };
    },
  };
}

describe('finding 7: a full disk never leaves a 0-byte or half file', () => {
  it('the target keeps its old content and no temporary file is left', async () => {
    const target = join(dir, 'loen-2026-10.csv');
    await writeFile(target, 'den gamle fil\r\n');
    const content = 'Navn;Beløb\r\n'.repeat(10_000);
    await expect(
      writeFileDurable(target, content, { fs: fullDiskAfter(50_000) }),
    ).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(target, 'utf8')).toBe('den gamle fil\r\n');
    expect(await readdir(dir)).toEqual(['loen-2026-10.csv']);
  });

  it('a streamed file that fails midway leaves no target at all when there was none', async () => {
    const target = join(dir, 'ny.json');
    const out = await openDurableFile(target, { fs: fullDiskAfter(10) });
    await out.append('0123456789');
    await expect(out.append('mere')).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes to a temporary file, fsyncs it, renames it and then fsyncs the folder', async () => {
    const calls: string[] = [];
    const recording: DurableFs = {
      async create(path, mode) {
        calls.push(`create ${path.startsWith(join(dir, '.ud.csv.')) ? 'temp' : path}`);
        const real = await nodeFs.create(path, mode);
        return {
          write: async (b) => (calls.push('write'), real.write(b)),
          sync: async () => (calls.push('sync'), real.sync()),
          close: async () => (calls.push('close'), real.close()),
        };
      },
      rename: async (a, b) => (
        calls.push(`rename temp → ${b === join(dir, 'ud.csv')}`),
        nodeFs.rename(a, b)
      ),
      remove: nodeFs.remove,
      syncDir: async (d) => (calls.push(`syncDir ${d === dir}`), nodeFs.syncDir(d)),
    };
    await writeFileDurable(join(dir, 'ud.csv'), 'a;b\r\n', { fs: recording });
    expect(calls).toEqual([
      'create temp',
      'write',
      'sync',
      'close',
      'rename temp → true',
      'syncDir true',
    ]);
    expect(await readFile(join(dir, 'ud.csv'), 'utf8')).toBe('a;b\r\n');
  });
});

function shell(): {
  deps: ShellDeps;
  call: (channel: string, ...args: unknown[]) => Promise<unknown>;
} {
  const deps: ShellDeps = {
    backupDir: join(dir, 'backups'),
    appVersion: '0.1.0',
    now: () => new Date('2026-11-24T14:03:00.456Z'),
    chooseSavePath: vi.fn(async (name: string) => join(dir, 'gemt', name)),
    openFolder: vi.fn(async () => {}),
    printToPdf: vi.fn(async () => new Uint8Array()),
    osUsername: vi.fn(() => 'jens.hansen'),
    backupKeys: { keep: vi.fn(async () => ({ kept: false })), load: vi.fn(async () => null) },
    backupWritten: vi.fn(),
    backupDeclined: vi.fn(),
  };
  const handlers = new Map<string, (e: SenderEvent, ...a: unknown[]) => unknown>();
  registerIpc({ handle: (c, l) => void handlers.set(c, l), on: () => undefined }, deps);
  return {
    deps,
    call: async (channel, ...args) => handlers.get(channel)!(appFrame, ...args),
  };
}

/** Streams a backup of `rows` attendance rows with long notes (about 2 kB each) through `call`. */
async function streamBigBackup(
  call: (channel: string, ...args: unknown[]) => Promise<unknown>,
  begin: object,
  rows: number,
): Promise<FileStreamResult> {
  const id = (await call(Channel.fileBegin, begin)) as string;
  const w = new BackupLineWriter({ createdAt: '2026-11-24T14:03:00.000Z', appVersion: '0.1.0' });
  w.table('citizens');
  w.row({
    id: 'c1',
    name: 'Anna Ærø',
    payrollNumber: '1001',
    cpr: '0101901234',
    offer: 'SEL104',
    startDate: '2000-01-01',
    municipalTransport: false,
    createdAt: '2026-01-01T08:00:00.000Z',
    updatedAt: '2026-01-01T08:00:00.000Z',
  });
  w.table('attendance');
  const note = 'Bemærkning om dagen med æøå. '.repeat(65);
  for (let d = 0; d < rows; d++) {
    const date = new Date(Date.UTC(1990, 0, 1 + d)).toISOString().slice(0, 10);
    w.row({ citizenId: 'c1', date, hours: 6, note, updatedAt: '2026-01-01T08:00:00.000Z' });
    if (w.pending >= 1 << 20) await call(Channel.fileAppend, { id, chunk: w.take() });
  }
  await call(Channel.fileAppend, { id, chunk: w.take() });
  await call(Channel.fileAppend, { id, chunk: w.end().text });
  return (await call(Channel.fileFinish, id)) as FileStreamResult;
}

async function readBack(path: string) {
  const reader = new BackupLineReader();
  for await (const chunk of createReadStream(path, { encoding: 'utf8' }))
    reader.push(chunk as string);
  return reader.end();
}

describe('finding 9: backups have no size cap', () => {
  it('a manual backup well over 50 MB is saved whole and reads back', async () => {
    const { call } = shell();
    const saved = await streamBigBackup(
      call,
      { kind: 'save', suggestedName: 'jobbasen-sikkerhedskopi.json' },
      32_000,
    );
    const size = (await stat(saved.path)).size;
    expect(size).toBeGreaterThan(60 * 1024 * 1024);
    expect(await readBack(saved.path)).toMatchObject({
      ok: true,
      counts: { citizens: 1, attendance: 32_000 },
    });
  }, 120_000);

  it('the 200 MB cap on automatic backups is gone from the IPC schemas', async () => {
    const ipc = await import('../../shared/ipc');
    expect('MAX_BACKUP_CHARS' in ipc).toBe(false);
    expect('WriteBackupRequestSchema' in ipc).toBe(false);
  });
});

describe('finding 11: backups are private and their folder is fsynced', () => {
  it('writes backups 0600 in a 0700 folder, narrowing one that existed wider', async () => {
    const { deps, call } = shell();
    await mkdir(deps.backupDir, { recursive: true });
    await chmod(deps.backupDir, 0o755);
    const old = join(deps.backupDir, 'jobbasen-backup-2026-11-20T08-00-00Z.json');
    await writeFile(old, '{}');
    await chmod(old, 0o644);
    const result = await streamBigBackup(call, { kind: 'backup' }, 3);
    expect((await stat(result.path)).mode & 0o777).toBe(0o600);
    expect((await stat(deps.backupDir)).mode & 0o777).toBe(0o700);
    expect((await stat(old)).mode & 0o777).toBe(0o600);
    expect(deps.backupWritten).toHaveBeenCalledWith(result.backup);
  });

  it('a manual backup saved through the dialog is 0600 too', async () => {
    if (!posix) return console.log(WINDOWS);
    const { call } = shell();
    const saved = await streamBigBackup(call, { kind: 'save', suggestedName: 'kopi.json' }, 3);
    expect((await stat(saved.path)).mode & 0o777).toBe(0o600);
  });
});

describe('finding 10: "daily backup due" from when the last one was written', () => {
  it('one file named for a future date does not stop daily backups', async () => {
    await mkdir(join(dir, 'backups'));
    const future = join(dir, 'backups', 'jobbasen-backup-2099-01-01T00-00-00Z.json');
    await writeFile(future, '{}');
    const yesterday = new Date(Date.now() - 26 * 3600_000);
    await utimes(future, yesterday, yesterday);
    const last = await lastBackupWritten(join(dir, 'backups'));
    expect(last?.getTime()).toBeCloseTo(yesterday.getTime(), -4);
    expect(isDailyBackupDue(last, new Date())).toBe(true);
  });

  it('is not due once a backup was written today, whatever it is named', async () => {
    await mkdir(join(dir, 'backups'));
    await writeFile(join(dir, 'backups', 'jobbasen-backup-2001-01-01T00-00-00Z.json'), '{}');
    expect(isDailyBackupDue(await lastBackupWritten(join(dir, 'backups')), new Date())).toBe(false);
  });
});
