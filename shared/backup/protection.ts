// The backup password as this PC keeps it (docs/rules.md §11): never the password and never the
// key, only what derives and checks it — the KDF parameters and a key check. Kept per PC (the
// database's `meta` table), never inside a backup. Also the password rule and its strength hint.
import { z } from 'zod';
import { fromBase64, toBase64 } from './base64';
import {
  type BackupCryptoKey,
  PBKDF2_ITERATIONS,
  PREFIX_BYTES,
  type KdfParams,
  equalBytes,
  keyCheck,
} from './crypto';
import { randomBytes } from './webcrypto';

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, 'skal være base64');

export const BackupProtectionSchema = z.strictObject({
  kdf: z.strictObject({
    algorithm: z.literal('PBKDF2-SHA256'),
    iterations: z.number().int().min(PBKDF2_ITERATIONS).max(10_000_000),
    salt: base64,
  }),
  verifier: z.strictObject({ nonce: base64, tag: base64 }),
  setAt: z.string(),
});
export type BackupProtection = z.output<typeof BackupProtectionSchema>;

export function protectionOf(
  kdf: KdfParams,
  verifier: KeyVerifier,
  setAt: string,
): BackupProtection {
  return {
    kdf: { algorithm: 'PBKDF2-SHA256', iterations: kdf.iterations, salt: toBase64(kdf.salt) },
    verifier: { nonce: toBase64(verifier.nonce), tag: toBase64(verifier.tag) },
    setAt,
  };
}

export function kdfOf(p: BackupProtection): KdfParams {
  return { iterations: p.kdf.iterations, salt: fromBase64(p.kdf.salt) };
}

export function verifierOf(p: BackupProtection): KeyVerifier {
  return { nonce: fromBase64(p.verifier.nonce), tag: fromBase64(p.verifier.tag) };
}

/** The shortest password accepted: long enough that 600 000 PBKDF2 rounds make guessing slow. */
export const MIN_PASSWORD_LENGTH = 10;

export type PasswordStrength = 'for kort' | 'svag' | 'middel' | 'stærk';

/**
 * A rough hint, not a guarantee: length counts most (a few unrelated words are best), then the
 * kinds of characters; a password of one repeated character or a run like "1234567890" is weak.
 */
export function passwordStrength(password: string): PasswordStrength {
  const chars = [...password.normalize('NFC')];
  if (chars.length < MIN_PASSWORD_LENGTH) return 'for kort';
  const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}]/u].filter((r) =>
    r.test(password),
  ).length;
  const distinct = new Set(chars.map((c) => c.toLowerCase())).size;
  if (distinct <= 3 || /^(?:0123456789|1234567890|abcdefghij|qwertyuiop)/i.test(password))
    return 'svag';
  const score = chars.length + 3 * kinds + (distinct >= 8 ? 2 : 0);
  if (score >= 26) return 'stærk';
  if (score >= 18) return 'middel';
  return 'svag';
}

/** The Danish line under the password field. */
export function passwordHint(password: string): string {
  switch (passwordStrength(password)) {
    case 'for kort':
      return `For kort: mindst ${MIN_PASSWORD_LENGTH} tegn.`;
    case 'svag':
      return 'Svag: brug flere tegn, gerne nogle ord, der ikke hænger sammen.';
    case 'middel':
      return 'Middel: flere tegn eller ord gør den stærkere.';
    case 'stærk':
      return 'Stærk.';
  }
}

/** Why a new password (with its repetition) cannot be used, naming the field, or null. */
export function newPasswordProblem(
  password: string,
  repeated: string,
): { field: 'password' | 'repeated'; message: string } | null {
  if ([...password.normalize('NFC')].length < MIN_PASSWORD_LENGTH)
    return { field: 'password', message: `skal have mindst ${MIN_PASSWORD_LENGTH} tegn` };
  if (password.trim() !== password)
    return { field: 'password', message: 'må ikke begynde eller slutte med mellemrum' };
  if (password.normalize('NFC') !== repeated.normalize('NFC'))
    return { field: 'repeated', message: 'er ikke den samme som adgangskoden' };
  return null;
}

/** A key-check record for a kept password: tells whether a typed password is the same one. */
export interface KeyVerifier {
  nonce: Uint8Array;
  tag: Uint8Array;
}

export async function makeKeyVerifier(key: BackupCryptoKey): Promise<KeyVerifier> {
  const prefix = randomBytes(PREFIX_BYTES);
  return { nonce: prefix, tag: await keyCheck(key, prefix, new Uint8Array()) };
}

export async function verifyKey(key: BackupCryptoKey, v: KeyVerifier): Promise<boolean> {
  return equalBytes(await keyCheck(key, v.nonce, new Uint8Array()), v.tag);
}
