// The session's backup key (renderer/src/data/backupKey.ts, docs/rules.md §11): choosing a
// password keeps only its parameters and check; the key unlocks with the right password only;
// the streamed writer's sink and the slice-reading opener give back what was written.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BackupProtection } from '../../../shared/backup/protection';
import type { DataApi } from '../../../shared/data/api';
import {
  backupKeyState,
  chooseBackupPassword,
  encryptingSink,
  forgetSessionKey,
  openBackupBlob,
  unlockBackupKey,
} from '../../../renderer/src/data/backupKey';

const PASSWORD = 'sommerfugl i vinterhi';
let stored: BackupProtection | null = null;
const api = {
  getBackupProtection: async () => stored,
  setBackupProtection: async (p: BackupProtection) => {
    stored = p;
  },
} as unknown as DataApi;

beforeAll(() => {
  // Browser mode: no desktop shell.
  (globalThis as { window?: object }).window = {};
});

describe('session key', () => {
  it('none → chosen (ready) → forgotten (locked) → unlocked only by the right password', async () => {
    expect(await backupKeyState(api)).toEqual({ state: 'none' });
    expect(await chooseBackupPassword(api, PASSWORD, '2026-11-24T10:00:00.000Z')).toBeNull();
    expect(JSON.stringify(stored)).not.toContain(PASSWORD);
    expect((await backupKeyState(api)).state).toBe('ready');
    forgetSessionKey();
    const locked = await backupKeyState(api);
    expect(locked.state).toBe('locked');
    expect(await unlockBackupKey(stored!, 'forkert adgangskode')).toBe(false);
    expect((await backupKeyState(api)).state).toBe('locked');
    expect(await unlockBackupKey(stored!, PASSWORD)).toBe(true);
    expect((await backupKeyState(api)).state).toBe('ready');
  });

  it('the streamed sink and the slice reader round-trip; a new session needs the password', async () => {
    const key = await backupKeyState(api);
    if (key.state !== 'ready') throw new Error('no key');
    const parts: Uint8Array[] = [];
    const sink = await encryptingSink(key.key, (b) => void parts.push(b.slice()));
    const text = `{"borgere":[${'"Åse Ærø",'.repeat(20_000)}"x"]}`;
    for (let i = 0; i < text.length; i += 7_777) await sink.write(text.slice(i, i + 7_777));
    await sink.end();
    const file = new Blob(parts.map((p) => new Uint8Array(p)));

    const withSession = await openBackupBlob(file, null);
    expect(withSession.kind).toBe('encrypted');
    if (withSession.kind !== 'encrypted') return;
    expect(new TextDecoder().decode(await withSession.file.slice().arrayBuffer())).toBe(text);

    forgetSessionKey();
    expect((await openBackupBlob(file, null)).kind).toBe('needsPassword');
    expect(await openBackupBlob(file, 'forkert')).toMatchObject({
      kind: 'refused',
      reason: 'wrongPassword',
    });
    expect((await openBackupBlob(file, PASSWORD)).kind).toBe('encrypted');
    expect((await openBackupBlob(new Blob(['{"format":1}']), null)).kind).toBe('plain');
  });
});
