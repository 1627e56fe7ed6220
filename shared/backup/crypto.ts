// The protected backup envelope (docs/rules.md §11): AES-256-GCM with a key from PBKDF2-SHA256,
// both through WebCrypto, in a format that can be written and read chunk by chunk.
//
//   header  magic "JBLENC\r\n" · format 1 · KDF 1 (PBKDF2-SHA256) · iterations (u32) ·
//           salt length (u8) · salt · chunk size (u32, plaintext bytes) · nonce prefix (8 bytes) ·
//           key check (16 bytes: the GCM tag of nothing, so a wrong password is told apart
//           from a damaged file; it also seals every header byte before it)
//   chunks  each `chunk size` plaintext bytes sealed with GCM (ciphertext + 16-byte tag); the last
//           one shorter or equal (an empty backup is one empty last chunk).
//           nonce = prefix ‖ index (u32); AAD = SHA-256(header) ‖ index (u32) ‖ last flag (u8)
//
// So a changed byte, a swapped, missing or repeated chunk, a cut-off end and anything appended
// all fail authentication. Decrypted chunks come out before the end is verified: a reader must
// not act on the data until the whole stream has ended without an error (restore validates the
// whole file before it writes anything).
import { utf8Bytes } from './sha256';
import { type BackupCryptoKey, randomBytes, webCrypto } from './webcrypto';
import { type BackupKey, type KdfParams, PBKDF2_ITERATIONS, SALT_BYTES } from './kdf';

export type { BackupCryptoKey } from './webcrypto';
export {
  type BackupKey,
  type KdfParams,
  PBKDF2_ITERATIONS,
  deriveBackupKey,
  deriveKeyBytes,
  importBackupKey,
  newKdfParams,
} from './kdf';

export const ENVELOPE_MAGIC = Uint8Array.from([0x4a, 0x42, 0x4c, 0x45, 0x4e, 0x43, 0x0d, 0x0a]);
export const ENVELOPE_VERSION = 1;
const KDF_PBKDF2_SHA256 = 1;
/** A file asking for more would keep the PC busy for minutes: refused as damaged. */
const MAX_ITERATIONS = 10_000_000;
export const DEFAULT_CHUNK_BYTES = 64 * 1024;
const MIN_CHUNK_BYTES = 16;
const MAX_CHUNK_BYTES = 16 * 1024 * 1024;
/** The longest header: magic … salt (≤ 64) … key check. */
export const MAX_HEADER_BYTES = 15 + 64 + 4 + 8 + 16;
export const PREFIX_BYTES = 8;
export const TAG_BYTES = 16;
/** Index 0xFFFFFFFF is the key check's nonce; chunks stay below it. */
const KEY_CHECK_INDEX = 0xffffffff;
const KEY_CHECK_LABEL = utf8Bytes('Jobbasen Løn backup key check');

export type EnvelopeFailure =
  'notEncrypted' | 'unsupported' | 'badHeader' | 'wrongPassword' | 'tampered' | 'truncated';

/** Why a protected backup cannot be read, in Danish (`message`) and as data (`reason`). */
export class BackupEnvelopeError extends Error {
  override name = 'BackupEnvelopeError';
  constructor(
    readonly reason: EnvelopeFailure,
    message: string,
  ) {
    super(message);
  }
}

const fail = (reason: EnvelopeFailure, message: string) => new BackupEnvelopeError(reason, message);

export const ENVELOPE_MESSAGES = {
  notEncrypted: 'Filen er ikke en krypteret sikkerhedskopi fra Jobbasen Løn.',
  badHeader: 'Den krypterede sikkerhedskopi er beskadiget: filens begyndelse kan ikke læses.',
  wrongPassword:
    'Adgangskoden passer ikke til sikkerhedskopien (eller filens begyndelse er ændret).',
  truncated: 'Sikkerhedskopien er afkortet eller ændret: slutningen mangler eller passer ikke.',
} as const;

const u32 = (n: number) => Uint8Array.from([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
const readU32 = (b: Uint8Array, at: number) =>
  ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;

export function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const gcm = (nonce: Uint8Array, aad: Uint8Array) =>
  ({ name: 'AES-GCM', iv: nonce, additionalData: aad, tagLength: 128 }) as const;

/** The GCM tag of nothing under this key: tells a wrong password from a damaged chunk. */
export async function keyCheck(key: BackupCryptoKey, prefix: Uint8Array, sealedHead: Uint8Array) {
  const nonce = concat(prefix, u32(KEY_CHECK_INDEX));
  const aad = concat(KEY_CHECK_LABEL, sealedHead);
  return new Uint8Array(await webCrypto().subtle.encrypt(gcm(nonce, aad), key, new Uint8Array()));
}

export const equalBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** True when the bytes start like a protected backup (at least the magic's 8 bytes needed). */
export function isEncryptedBackup(start: Uint8Array): boolean {
  return start.length >= ENVELOPE_MAGIC.length && ENVELOPE_MAGIC.every((x, i) => start[i] === x);
}

export interface Header {
  bytes: Uint8Array;
  kdf: KdfParams;
  chunkBytes: number;
  prefix: Uint8Array;
  check: Uint8Array;
}

function headBytes(kdf: KdfParams, chunkBytes: number, prefix: Uint8Array): Uint8Array {
  return concat(
    ENVELOPE_MAGIC,
    Uint8Array.from([ENVELOPE_VERSION, KDF_PBKDF2_SHA256]),
    u32(kdf.iterations),
    Uint8Array.from([kdf.salt.length]),
    kdf.salt,
    u32(chunkBytes),
    prefix,
  );
}

/**
 * The header from the start of a stream, or `null` when more bytes are needed. Throws
 * `BackupEnvelopeError` when the bytes are not (or not a readable) envelope.
 */
export function parseHeader(b: Uint8Array): Header | null {
  const known = Math.min(b.length, ENVELOPE_MAGIC.length);
  if (!ENVELOPE_MAGIC.subarray(0, known).every((x, i) => b[i] === x))
    throw fail('notEncrypted', ENVELOPE_MESSAGES.notEncrypted);
  if (b.length < 15) return null;
  if (b[8] !== ENVELOPE_VERSION)
    throw fail(
      'unsupported',
      `Sikkerhedskopien er krypteret med en nyere version af Jobbasen Løn (format ${b[8]}). Opdater programmet, før du gendanner den.`,
    );
  const iterations = readU32(b, 10);
  const saltLength = b[14]!;
  if (
    b[9] !== KDF_PBKDF2_SHA256 ||
    iterations < PBKDF2_ITERATIONS ||
    iterations > MAX_ITERATIONS ||
    saltLength < SALT_BYTES ||
    saltLength > 64
  )
    throw fail('badHeader', ENVELOPE_MESSAGES.badHeader);
  const end = 15 + saltLength + 4 + PREFIX_BYTES + TAG_BYTES;
  if (b.length < end) return null;
  const chunkBytes = readU32(b, 15 + saltLength);
  if (chunkBytes < MIN_CHUNK_BYTES || chunkBytes > MAX_CHUNK_BYTES)
    throw fail('badHeader', ENVELOPE_MESSAGES.badHeader);
  const prefixAt = 19 + saltLength;
  return {
    bytes: b.slice(0, end),
    kdf: { iterations, salt: b.slice(15, 15 + saltLength) },
    chunkBytes,
    prefix: b.slice(prefixAt, prefixAt + PREFIX_BYTES),
    check: b.slice(end - TAG_BYTES, end),
  };
}

/** Per-stream sealing state: header digest, nonce prefix, chunk counter. */
export class Sealer {
  index = 0;
  constructor(
    private readonly key: BackupCryptoKey,
    private readonly prefix: Uint8Array,
    private readonly digest: Uint8Array,
  ) {}

  private params(index: number, last: boolean) {
    if (index >= KEY_CHECK_INDEX) throw fail('badHeader', ENVELOPE_MESSAGES.badHeader);
    const nonce = concat(this.prefix, u32(index));
    const aad = concat(this.digest, u32(index), Uint8Array.from([last ? 1 : 0]));
    return gcm(nonce, aad);
  }

  async seal(plain: Uint8Array, last: boolean): Promise<Uint8Array> {
    const sealed = await webCrypto().subtle.encrypt(this.params(this.index, last), this.key, plain);
    this.index++;
    return new Uint8Array(sealed);
  }

  async open(sealed: Uint8Array, last: boolean): Promise<Uint8Array> {
    const plain = await this.openAt(this.index, sealed, last);
    this.index++;
    return plain;
  }

  /** Opens chunk `index` wherever it is read from (random access: ./crypto-blob.ts). */
  async openAt(index: number, sealed: Uint8Array, last: boolean): Promise<Uint8Array> {
    try {
      return new Uint8Array(
        await webCrypto().subtle.decrypt(this.params(index, last), this.key, sealed),
      );
    } catch (error) {
      if (error instanceof BackupEnvelopeError) throw error;
      if (last) throw fail('truncated', ENVELOPE_MESSAGES.truncated);
      throw fail(
        'tampered',
        `Sikkerhedskopien er ændret eller beskadiget: del ${index + 1} kan ikke godkendes.`,
      );
    }
  }
}

type Chunks = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/**
 * The push side of the envelope, for a writer that is handed pieces (a backup sink): `header`
 * first, then what each `push` returns, then what `end` returns. Keeps at most one chunk.
 */
export interface EnvelopeWriter {
  header: Uint8Array;
  push(plain: Uint8Array): Promise<Uint8Array[]>;
  end(): Promise<Uint8Array>;
}

export async function createEnvelopeWriter(
  backupKey: BackupKey,
  opts: { chunkBytes?: number } = {},
): Promise<EnvelopeWriter> {
  const chunkBytes = opts.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  if (chunkBytes < MIN_CHUNK_BYTES || chunkBytes > MAX_CHUNK_BYTES)
    throw new Error(`Ugyldig delstørrelse ${chunkBytes}.`);
  const prefix = randomBytes(PREFIX_BYTES);
  const head = headBytes(backupKey.kdf, chunkBytes, prefix);
  const header = concat(head, await keyCheck(backupKey.key, prefix, head));
  const digest = new Uint8Array(await webCrypto().subtle.digest('SHA-256', header));
  const sealer = new Sealer(backupKey.key, prefix, digest);
  let pending: Uint8Array = new Uint8Array();
  let ended = false;
  return {
    header,
    async push(piece) {
      if (ended) throw new Error('Sikkerhedskopien er allerede afsluttet.');
      pending = pending.length === 0 ? piece : concat(pending, piece);
      const out: Uint8Array[] = [];
      // Strictly more than one chunk: only the end of the stream says which chunk is the last.
      while (pending.length > chunkBytes) {
        out.push(await sealer.seal(pending.subarray(0, chunkBytes), false));
        pending = pending.subarray(chunkBytes);
      }
      // A copy: the caller may reuse the piece it pushed.
      pending = pending.slice();
      return out;
    },
    async end() {
      ended = true;
      return sealer.seal(pending, true);
    },
  };
}

/**
 * Encrypts a stream of plaintext chunks (any sizes) into the envelope's bytes: the header
 * first, then one sealed chunk per `chunkBytes` of plaintext. Memory stays at about one chunk
 * beyond the piece being read.
 */
export async function* encryptChunks(
  backupKey: BackupKey,
  source: Chunks,
  opts: { chunkBytes?: number } = {},
): AsyncGenerator<Uint8Array> {
  const writer = await createEnvelopeWriter(backupKey, opts);
  yield writer.header;
  for await (const piece of source) yield* await writer.push(piece);
  yield await writer.end();
}

/**
 * Decrypts the envelope's bytes (any chunking) back into plaintext chunks. `keyFor` gets the
 * file's KDF parameters and returns the key (derive it from a password, or a kept key). Throws
 * `BackupEnvelopeError` on anything wrong; the caller acts only once the stream has ended.
 */
export async function* decryptChunks(
  source: Chunks,
  keyFor: (kdf: KdfParams) => Promise<BackupCryptoKey>,
): AsyncGenerator<Uint8Array> {
  let pending: Uint8Array = new Uint8Array();
  let header: Header | null = null;
  let sealer: Sealer | null = null;
  let sealedBytes = 0;
  for await (const piece of source) {
    pending = pending.length === 0 ? piece : concat(pending, piece);
    if (!header) {
      header = parseHeader(pending);
      if (!header) continue;
      sealer = await openHeader(header, keyFor);
      sealedBytes = header.chunkBytes + TAG_BYTES;
      pending = pending.subarray(header.bytes.length);
    }
    while (pending.length > sealedBytes) {
      yield await sealer!.open(pending.subarray(0, sealedBytes), false);
      pending = pending.subarray(sealedBytes);
    }
  }
  if (!header) {
    if (pending.length < ENVELOPE_MAGIC.length)
      throw fail('notEncrypted', ENVELOPE_MESSAGES.notEncrypted);
    throw fail('badHeader', ENVELOPE_MESSAGES.badHeader);
  }
  if (pending.length < TAG_BYTES) throw fail('truncated', ENVELOPE_MESSAGES.truncated);
  yield await sealer!.open(pending, true);
}

export async function openHeader(
  header: Header,
  keyFor: (kdf: KdfParams) => Promise<BackupCryptoKey>,
): Promise<Sealer> {
  const key = await keyFor(header.kdf);
  const head = header.bytes.subarray(0, header.bytes.length - TAG_BYTES);
  if (!equalBytes(await keyCheck(key, header.prefix, head), header.check))
    throw fail('wrongPassword', ENVELOPE_MESSAGES.wrongPassword);
  const digest = new Uint8Array(await webCrypto().subtle.digest('SHA-256', header.bytes));
  return new Sealer(key, header.prefix, digest);
}

/** The KDF parameters of an envelope's header (to derive the key before decrypting). */
export function envelopeKdf(start: Uint8Array): KdfParams | null {
  return parseHeader(start)?.kdf ?? null;
}

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array<ArrayBuffer>> {
  const parts: Uint8Array[] = [];
  for await (const c of chunks) parts.push(c);
  return concat(...parts);
}

/** The whole envelope for one piece of plaintext. */
export function encryptBytes(
  backupKey: BackupKey,
  plain: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  return collect(encryptChunks(backupKey, [plain]));
}

export type DecryptResult =
  { ok: true; bytes: Uint8Array } | { ok: false; reason: EnvelopeFailure; message: string };

/** The whole plaintext of an envelope, or why not (never throws for a bad file). */
export async function decryptBytes(
  sealed: Uint8Array,
  keyFor: (kdf: KdfParams) => Promise<BackupCryptoKey>,
): Promise<DecryptResult> {
  try {
    return { ok: true, bytes: await collect(decryptChunks([sealed], keyFor)) };
  } catch (error) {
    if (error instanceof BackupEnvelopeError)
      return { ok: false, reason: error.reason, message: error.message };
    throw error;
  }
}
