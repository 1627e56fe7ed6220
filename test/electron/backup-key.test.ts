// The backup key kept under the OS's protection (electron/main/backup-key.ts, docs/rules.md
// §11): stored only as safeStorage's ciphertext, never where the OS offers no real protection,
// and an unreadable blob (another account, a reinstalled OS) reads as "not kept".
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SafeStorageLike, createBackupKeyStore } from '../../electron/main/backup-key';

const KEY = Buffer.alloc(32, 9).toString('base64');

/** A stand-in for safeStorage: reversible, but visibly not the plain key. */
function fakeSafeStorage(backend = 'gnome_libsecret', available = true): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (s) => Buffer.from(`OS:${[...s].reverse().join('')}`),
    decryptString: (b) => {
      const s = b.toString();
      if (!s.startsWith('OS:')) throw new Error('Error while decrypting the ciphertext');
      return [...s.slice(3)].reverse().join('');
    },
  };
}

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jobbasen-key-'));
  file = join(dir, 'backup-key.bin');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('backup key store', () => {
  it('keeps the key only as the OS-protected blob, and loads it back', async () => {
    const store = createBackupKeyStore(file, fakeSafeStorage());
    expect(await store.keep(KEY)).toEqual({ kept: true });
    const onDisk = await readFile(file, 'utf8');
    expect(onDisk).not.toContain(KEY);
    expect(await store.load()).toBe(KEY);
  });

  it('null forgets the key', async () => {
    const store = createBackupKeyStore(file, fakeSafeStorage());
    await store.keep(KEY);
    expect(await store.keep(null)).toEqual({ kept: false });
    expect(await store.load()).toBeNull();
  });

  it('does not keep it where the OS cannot protect it (Linux basic_text, or none), and says why', async () => {
    const kept = createBackupKeyStore(file, fakeSafeStorage());
    await kept.keep(KEY);
    for (const safe of [fakeSafeStorage('basic_text'), fakeSafeStorage('gnome_libsecret', false)]) {
      const store = createBackupKeyStore(file, safe);
      const r = await store.keep(KEY);
      expect(r.kept).toBe(false);
      expect(r.why).toMatch(/Styresystemet kan ikke beskytte nøglen/);
      expect(await store.load()).toBeNull();
    }
    // The key kept before is gone too: it would be an old password's.
    expect(await kept.load()).toBeNull();
  });

  it('a blob the OS cannot open, or that is not a key, reads as not kept', async () => {
    const store = createBackupKeyStore(file, fakeSafeStorage());
    await writeFile(file, Buffer.from('noget andet').toString('base64'));
    expect(await store.load()).toBeNull();
    await writeFile(file, Buffer.from('OS:kort').toString('base64'));
    expect(await store.load()).toBeNull();
    expect(
      await createBackupKeyStore(join(dir, 'mangler.bin'), fakeSafeStorage()).load(),
    ).toBeNull();
  });
});
