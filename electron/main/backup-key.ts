// The backup password's derived key, kept under the operating system's protection (Electron
// `safeStorage`: DPAPI on Windows, Keychain on macOS, the secret service on Linux) in userData,
// so automatic backups are encrypted without typing (docs/rules.md §11). Where the OS offers no
// real protection (Linux without a keyring: the `basic_text` backend) the key is NOT kept: the
// app then asks for the password once per session instead.
import { readFile, rm } from 'node:fs/promises';
import type { KeepBackupKeyResult } from '../../shared/ipc/schemas';
import { writeFileDurable } from './durable-file';

export const BACKUP_KEY_FILE = 'backup-key.bin';

/** The part of Electron's `safeStorage` used here (tests pass a double). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  /** Linux only in Electron; absent elsewhere. */
  getSelectedStorageBackend?: () => string;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export interface BackupKeyStore {
  keep(keyBase64: string | null): Promise<KeepBackupKeyResult>;
  load(): Promise<string | null>;
}

const NOT_PROTECTED =
  'Styresystemet kan ikke beskytte nøglen her, så den gemmes ikke: du bliver bedt om adgangskoden, når en sikkerhedskopi skal krypteres.';

function osProtects(safe: SafeStorageLike): boolean {
  if (!safe.isEncryptionAvailable()) return false;
  const backend = safe.getSelectedStorageBackend?.();
  return backend !== 'basic_text' && backend !== 'unknown';
}

export function createBackupKeyStore(file: string, safe: SafeStorageLike): BackupKeyStore {
  return {
    async keep(keyBase64) {
      if (keyBase64 === null) {
        await rm(file, { force: true });
        return { kept: false };
      }
      if (!osProtects(safe)) {
        // A key kept before (when the OS could) would be for an old password: forget it.
        await rm(file, { force: true });
        return { kept: false, why: NOT_PROTECTED };
      }
      await writeFileDurable(file, safe.encryptString(keyBase64).toString('base64'), {
        mode: 0o600,
      });
      return { kept: true };
    },

    async load() {
      if (!osProtects(safe)) return null;
      let blob: string;
      try {
        blob = await readFile(file, 'utf8');
      } catch {
        return null;
      }
      try {
        const key = safe.decryptString(Buffer.from(blob, 'base64'));
        return /^[A-Za-z0-9+/]{43}=$/.test(key) ? key : null;
      } catch {
        // Another OS account, or a reinstalled OS: the person types the password again.
        return null;
      }
    },
  };
}
