// The slice of WebCrypto (`globalThis.crypto`: browsers, Electron's renderer, Node ≥ 20) that the
// backup envelope uses, typed here because shared/ compiles without the DOM or Node libraries.
// Only the platform's own primitives are called (docs/rules.md §11): no home-made cryptography.

/** A WebCrypto key as shared/ sees it (the DOM's `CryptoKey` fits this shape). */
export interface BackupCryptoKey {
  readonly type: string;
  readonly extractable: boolean;
  readonly usages: readonly string[];
}

interface AesGcmParams {
  name: 'AES-GCM';
  iv: Uint8Array;
  additionalData: Uint8Array;
  tagLength: 128;
}

interface SubtleSlice {
  importKey(
    format: 'raw',
    keyData: Uint8Array,
    algorithm: 'PBKDF2' | 'AES-GCM',
    extractable: boolean,
    usages: string[],
  ): Promise<BackupCryptoKey>;
  deriveBits(
    algorithm: { name: 'PBKDF2'; hash: 'SHA-256'; salt: Uint8Array; iterations: number },
    baseKey: BackupCryptoKey,
    length: number,
  ): Promise<ArrayBuffer>;
  encrypt(algorithm: AesGcmParams, key: BackupCryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
  decrypt(algorithm: AesGcmParams, key: BackupCryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
}

interface CryptoSlice {
  subtle: SubtleSlice;
  getRandomValues(array: Uint8Array): Uint8Array;
}

/** The platform's WebCrypto; a clear error where there is none (an insecure browser context). */
export function webCrypto(): CryptoSlice {
  const c = (globalThis as { crypto?: Partial<CryptoSlice> }).crypto;
  if (!c?.subtle || typeof c.getRandomValues !== 'function')
    throw new Error(
      'Kryptering er ikke tilgængelig her (WebCrypto mangler): sikkerhedskopien kan ikke krypteres eller læses.',
    );
  return c as CryptoSlice;
}

export function randomBytes(length: number): Uint8Array {
  return webCrypto().getRandomValues(new Uint8Array(length));
}
