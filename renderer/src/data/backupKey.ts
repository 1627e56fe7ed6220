// The backup password's key for this session (docs/rules.md §11). The key itself stays a
// non-extractable CryptoKey in memory; the desktop shell also keeps its bytes under the OS's
// protection (window.api.keepBackupKey), so automatic backups need no typing. In the browser
// the password is asked once per session, when a backup needs it.
import {
  type BackupKey,
  BackupEnvelopeError,
  ENVELOPE_MESSAGES,
  type EnvelopeFailure,
  type KdfParams,
  createEnvelopeWriter,
  decryptBytes,
  deriveBackupKey,
  deriveKeyBytes,
  encryptBytes,
  encryptChunks,
  envelopeKdf,
  importBackupKey,
  isEncryptedBackup,
  newKdfParams,
} from '../../../shared/backup/crypto';
import { fromBase64, toBase64 } from '../../../shared/backup/base64';
import { type SliceableBlob, openEnvelopeBlob } from '../../../shared/backup/crypto-blob';
import {
  type BackupProtection,
  kdfOf,
  makeKeyVerifier,
  protectionOf,
  verifierOf,
  verifyKey,
} from '../../../shared/backup/protection';
import type { DataApi } from '../../../shared/data/api';

let session: BackupKey | null = null;

export type KeyState =
  | { state: 'none' }
  | { state: 'locked'; protection: BackupProtection }
  | { state: 'ready'; protection: BackupProtection; key: BackupKey };

const sameSalt = (a: KdfParams, salt: string) => toBase64(a.salt) === salt;

/** The chosen password's key if this session has it (memory, or the desktop's kept key). */
export async function backupKeyState(api: DataApi): Promise<KeyState> {
  const protection = await api.getBackupProtection();
  if (!protection) return { state: 'none' };
  if (session && sameSalt(session.kdf, protection.kdf.salt))
    return { state: 'ready', protection, key: session };
  const kept = await window.api?.loadBackupKey().catch(() => null);
  if (kept) {
    const key = await importBackupKey(fromBase64(kept));
    // A key kept for an earlier password no longer fits the stored check: ignored.
    if (await verifyKey(key, verifierOf(protection))) {
      session = { key, kdf: kdfOf(protection) };
      return { state: 'ready', protection, key: session };
    }
  }
  return { state: 'locked', protection };
}

/** What the desktop shell said about keeping the key; null in the browser. */
export type KeptNote = string | null;

async function keep(bytes: Uint8Array): Promise<KeptNote> {
  if (!window.api) return null;
  try {
    const r = await window.api.keepBackupKey(toBase64(bytes));
    return r.kept ? null : (r.why ?? null);
  } catch (error) {
    return `Nøglen kunne ikke gemmes beskyttet: ${(error as Error).message}`;
  }
}

/** Unlocks with a typed password; false when it is not the chosen one. */
export async function unlockBackupKey(
  protection: BackupProtection,
  password: string,
): Promise<boolean> {
  const kdf = kdfOf(protection);
  const bytes = await deriveKeyBytes(password, kdf);
  try {
    const key = await importBackupKey(bytes);
    if (!(await verifyKey(key, verifierOf(protection)))) return false;
    session = { key, kdf };
    await keep(bytes);
    return true;
  } finally {
    bytes.fill(0);
  }
}

/**
 * Chooses (or changes) the backup password: a new random salt — or the salt of the backup just
 * restored with it — the key derived once, its check stored on this PC, the key kept for the
 * session (and by the desktop shell). Returns why the shell could not keep it, if it could not.
 */
export async function chooseBackupPassword(
  api: DataApi,
  password: string,
  now: string,
  kdf: KdfParams = newKdfParams(),
): Promise<KeptNote> {
  const bytes = await deriveKeyBytes(password, kdf);
  try {
    const key = await importBackupKey(bytes);
    await api.setBackupProtection(protectionOf(kdf, await makeKeyVerifier(key), now));
    session = { key, kdf };
    return await keep(bytes);
  } finally {
    bytes.fill(0);
  }
}

/** The backup text sealed in the envelope. */
export function encryptBackup(key: BackupKey, text: string): Promise<Uint8Array<ArrayBuffer>> {
  return encryptBytes(key, new TextEncoder().encode(text));
}

/** A chosen backup file read: its text, or that it needs a password, or why it cannot be read. */
export type OpenedBackup =
  | { kind: 'plain'; text: string }
  | { kind: 'encrypted'; text: string; kdf: KdfParams }
  | { kind: 'needsPassword' }
  | { kind: 'refused'; message: string; reason: EnvelopeFailure };

/**
 * Reads a backup file's bytes: plain JSON as it is (an old or unprotected backup); an envelope
 * with the typed password, or without one with this session's key when the file was made with
 * it. Only a fully authenticated file gives text.
 */
export async function openBackupFile(
  bytes: Uint8Array,
  password: string | null,
): Promise<OpenedBackup> {
  if (!isEncryptedBackup(bytes)) return { kind: 'plain', text: new TextDecoder().decode(bytes) };
  let kdf: KdfParams | null;
  try {
    kdf = envelopeKdf(bytes);
  } catch (error) {
    if (!(error instanceof BackupEnvelopeError)) throw error;
    return { kind: 'refused', message: error.message, reason: error.reason };
  }
  if (!kdf) return { kind: 'refused', message: ENVELOPE_MESSAGES.truncated, reason: 'truncated' };
  const fileKdf = kdf;
  if (password === null && !(session && sameSalt(session.kdf, toBase64(fileKdf.salt))))
    return { kind: 'needsPassword' };
  const keyFor = async () => {
    if (password === null) return session!.key;
    const bytes = await deriveKeyBytes(password, fileKdf);
    try {
      return await importBackupKey(bytes);
    } finally {
      bytes.fill(0);
    }
  };
  const r = await decryptBytes(bytes, keyFor);
  if (r.ok) return { kind: 'encrypted', text: new TextDecoder().decode(r.bytes), kdf: fileKdf };
  if (r.reason === 'wrongPassword' && password === null) return { kind: 'needsPassword' };
  return { kind: 'refused', message: r.message, reason: r.reason };
}

/**
 * For the streamed backup writer (a sink of text pieces): hands on the envelope's bytes, header
 * first; `end` seals the last chunk. Memory stays at one chunk.
 */
export async function encryptingSink(
  key: BackupKey,
  out: (bytes: Uint8Array) => void | Promise<void>,
): Promise<{ write(chunk: string): Promise<void>; end(): Promise<void> }> {
  const writer = await createEnvelopeWriter(key);
  const encoder = new TextEncoder();
  await out(writer.header);
  return {
    async write(chunk) {
      for (const sealed of await writer.push(encoder.encode(chunk))) await out(sealed);
    },
    async end() {
      await out(await writer.end());
    },
  };
}

/** The encryption as a chunk transform for a streamed backup (../components/backupFiles.ts). */
export const encryptingWith =
  (key: BackupKey) =>
  (source: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> =>
    encryptChunks(key, source);

/** A chosen file for the streamed reader: as it is, or a protected one opened as a blob. */
export type OpenedBackupBlob =
  | { kind: 'plain'; file: SliceableBlob }
  | { kind: 'encrypted'; file: SliceableBlob; kdf: KdfParams }
  | { kind: 'needsPassword' }
  | { kind: 'refused'; message: string; reason: EnvelopeFailure };

/**
 * Like `openBackupFile`, without reading the file whole: a protected file becomes a blob whose
 * slices decrypt as they are read (shared/backup/crypto-blob.ts), for a reader of any size.
 */
export async function openBackupBlob(
  file: SliceableBlob,
  password: string | null,
): Promise<OpenedBackupBlob> {
  const start = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  if (!isEncryptedBackup(start)) return { kind: 'plain', file };
  const useSession = password === null;
  try {
    let kdfSeen: KdfParams | null = null;
    const opened = await openEnvelopeBlob(file, async (kdf) => {
      kdfSeen = kdf;
      if (!useSession) return (await deriveBackupKey(password, kdf)).key;
      if (session && sameSalt(session.kdf, toBase64(kdf.salt))) return session.key;
      throw new NeedsPassword();
    });
    return { kind: 'encrypted', file: opened, kdf: kdfSeen! };
  } catch (error) {
    if (error instanceof NeedsPassword) return { kind: 'needsPassword' };
    if (!(error instanceof BackupEnvelopeError)) throw error;
    if (error.reason === 'wrongPassword' && useSession) return { kind: 'needsPassword' };
    return { kind: 'refused', message: error.message, reason: error.reason };
  }
}

class NeedsPassword extends Error {}

/** For tests and "Glem adgangskoden": drop the session's key. */
export function forgetSessionKey(): void {
  session = null;
}
