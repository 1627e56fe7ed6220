// The key from the backup password (docs/rules.md §11): PBKDF2-HMAC-SHA256 through WebCrypto,
// 600 000 iterations and a random 16-byte salt, giving a non-extractable AES-256-GCM key.
import { utf8Bytes } from './sha256';
import { type BackupCryptoKey, randomBytes, webCrypto } from './webcrypto';

/** OWASP's figure for PBKDF2-HMAC-SHA256 (2023); a file asking for fewer is refused. */
export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;

/** How the key was derived from the password; stored in every file's header. */
export interface KdfParams {
  iterations: number;
  salt: Uint8Array;
}

/** A key ready to encrypt with, and the parameters it was derived with. */
export interface BackupKey {
  key: BackupCryptoKey;
  kdf: KdfParams;
}

/** New parameters: a random salt, today's iteration count. */
export function newKdfParams(): KdfParams {
  return { iterations: PBKDF2_ITERATIONS, salt: randomBytes(SALT_BYTES) };
}

/**
 * The 32 key bytes PBKDF2-SHA256 derives from the password (Unicode NFC first, so "æøå" typed
 * on any system gives the same key). Only the desktop shell keeps these (under the OS's
 * protection); everything else holds the non-extractable key from `deriveBackupKey`.
 */
export async function deriveKeyBytes(password: string, kdf: KdfParams): Promise<Uint8Array> {
  const { subtle } = webCrypto();
  const base = await subtle.importKey(
    'raw',
    utf8Bytes(password.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: kdf.salt, iterations: kdf.iterations },
    base,
    256,
  );
  return new Uint8Array(bits);
}

/** A non-extractable AES-256-GCM key from 32 key bytes. */
export async function importBackupKey(bytes: Uint8Array): Promise<BackupCryptoKey> {
  if (bytes.length !== 32) throw new Error('En nøgle til sikkerhedskopier skal være 32 byte.');
  return webCrypto().subtle.importKey('raw', bytes, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

export async function deriveBackupKey(password: string, kdf: KdfParams): Promise<BackupKey> {
  const bytes = await deriveKeyBytes(password, kdf);
  try {
    return { key: await importBackupKey(bytes), kdf };
  } finally {
    bytes.fill(0);
  }
}
