// The protected backup envelope (docs/rules.md §11): round trips, and every way a file can be
// wrong — wrong password, a flipped byte, cut off, chunks reordered, dropped or appended —
// fails with its reason, never with plaintext. The key is derived once (600 000 iterations).
import { createCipheriv, createHash, pbkdf2Sync } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type BackupKey,
  BackupEnvelopeError,
  PBKDF2_ITERATIONS,
  decryptBytes,
  decryptChunks,
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
import { makeKeyVerifier, verifyKey } from '../../../shared/backup/protection';

const PASSWORD = 'Korrekt hest batteri hæfteklamme';
let backupKey: BackupKey;
let otherKey: BackupKey;
const keyFor = () => Promise.resolve(backupKey.key);
const text = (s: string) => new TextEncoder().encode(s);
const SMALL = 64; // small chunks: many chunks from little text

async function all(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const c of chunks) out.push(c);
  return out;
}
const join = (parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

beforeAll(async () => {
  const kdf = newKdfParams();
  backupKey = await deriveBackupKey(PASSWORD, kdf);
  otherKey = await deriveBackupKey('en anden adgangskode', kdf);
}, 60_000);

describe('key derivation', () => {
  it('is PBKDF2-HMAC-SHA256 with 600 000 iterations and a random 16-byte salt (as Node derives it)', async () => {
    const kdf = newKdfParams();
    expect(kdf.iterations).toBe(PBKDF2_ITERATIONS);
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(kdf.salt).toHaveLength(16);
    expect(toBase64(newKdfParams().salt)).not.toBe(toBase64(kdf.salt));
    const fast = { iterations: 1000, salt: kdf.salt };
    const ours = await deriveKeyBytes('æøå', fast);
    expect(Buffer.from(ours)).toEqual(pbkdf2Sync('æøå', kdf.salt, 1000, 32, 'sha256'));
    // NFC first: "å" typed as a + combining ring gives the same key.
    expect(await deriveKeyBytes('a\u030a', fast)).toEqual(await deriveKeyBytes('\u00e5', fast));
  });

  it('keeps the key non-extractable', () => {
    expect(backupKey.key.extractable).toBe(false);
  });

  it('seals with standard AES-256-GCM: Node decrypts a chunk with the same key, nonce and AAD', async () => {
    const kdf = { iterations: PBKDF2_ITERATIONS, salt: backupKey.kdf.salt };
    const raw = await deriveKeyBytes(PASSWORD, kdf);
    const file = await encryptBytes(
      { key: await importBackupKey(raw), kdf },
      text('{"hej":"æøå"}'),
    );
    const headerLength = 8 + 1 + 1 + 4 + 1 + 16 + 4 + 8 + 16;
    const prefix = file.subarray(headerLength - 24, headerLength - 16);
    const digest = createHash('sha256').update(file.subarray(0, headerLength)).digest();
    const sealed = file.subarray(headerLength);
    const nonce = Uint8Array.from([...prefix, 0, 0, 0, 0]);
    const cipher = createCipheriv('aes-256-gcm', raw, nonce).setAAD(
      Uint8Array.from([...digest, 0, 0, 0, 0, 1]),
    );
    // Encrypt the same plaintext with Node: identical ciphertext and tag.
    const body = cipher.update(text('{"hej":"æøå"}'));
    cipher.final();
    expect(Buffer.from(sealed)).toEqual(Buffer.concat([body, cipher.getAuthTag()]));
  });
});

describe('envelope', () => {
  it('round-trips any bytes, at any chunk size and any read chunking', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 700 }),
        fc.integer({ min: 16, max: 300 }),
        fc.integer({ min: 1, max: 500 }),
        async (plain, chunkBytes, readBytes) => {
          const sealed = join(await all(encryptChunks(backupKey, [plain], { chunkBytes })));
          const reads: Uint8Array[] = [];
          for (let i = 0; i < sealed.length; i += readBytes)
            reads.push(sealed.slice(i, i + readBytes));
          expect(join(await all(decryptChunks(reads, keyFor)))).toEqual(plain);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('takes plaintext in pieces of any size and emits one sealed chunk per chunk size', async () => {
    const pieces = ['{"a":', '"', 'x'.repeat(200), '"}'].map(text);
    const out = await all(encryptChunks(backupKey, pieces, { chunkBytes: SMALL }));
    expect(out).toHaveLength(1 + 4); // header + ceil(208 / 64)
    expect(out.slice(1).map((c) => c.length)).toEqual([80, 80, 80, 16 + 16]);
  });

  it('an empty backup is one sealed empty chunk, and it round-trips', async () => {
    const file = await encryptBytes(backupKey, new Uint8Array());
    const r = await decryptBytes(file, keyFor);
    expect(r).toEqual({ ok: true, bytes: new Uint8Array() });
  });

  it('is not readable JSON and does not contain the plaintext', async () => {
    const file = await encryptBytes(backupKey, text('{"cpr":"0101901234","helbred":"epilepsi"}'));
    expect(isEncryptedBackup(file)).toBe(true);
    const asText = new TextDecoder().decode(file);
    expect(() => JSON.parse(asText) as unknown).toThrow();
    expect(asText).not.toContain('0101901234');
    expect(asText).not.toContain('epilepsi');
    expect(envelopeKdf(file)?.iterations).toBe(PBKDF2_ITERATIONS);
  });

  it('the same plaintext twice gives different files (fresh nonce prefix each time)', async () => {
    const a = await encryptBytes(backupKey, text('samme'));
    const b = await encryptBytes(backupKey, text('samme'));
    expect(toBase64(a)).not.toBe(toBase64(b));
  });
});

describe('refusals', () => {
  const plain = text(JSON.stringify({ rows: Array.from({ length: 40 }, (_, i) => `række ${i}`) }));
  let file: Uint8Array;
  let chunks: Uint8Array[];
  beforeAll(async () => {
    chunks = await all(encryptChunks(backupKey, [plain], { chunkBytes: SMALL }));
    file = join(chunks);
  });

  const reason = async (bytes: Uint8Array, key = keyFor) => {
    const r = await decryptBytes(bytes, key);
    return r.ok ? 'ok' : r.reason;
  };

  it('the file as written decrypts', async () => {
    expect(chunks.length).toBeGreaterThan(4);
    expect(await reason(file)).toBe('ok');
  });

  it('a wrong password is told as such', async () => {
    const r = await decryptBytes(file, () => Promise.resolve(otherKey.key));
    expect(r).toEqual({
      ok: false,
      reason: 'wrongPassword',
      message: 'Adgangskoden passer ikke til sikkerhedskopien (eller filens begyndelse er ændret).',
    });
  });

  it('any flipped byte anywhere fails (header: wrong password/damaged; body: tampered)', async () => {
    const header = chunks[0]!.length;
    for (let at = 0; at < file.length; at++) {
      const bad = file.slice();
      bad[at]! ^= 0x01;
      const r = await reason(bad);
      expect(r, `byte ${at}`).not.toBe('ok');
      if (at >= header && at < file.length - chunks.at(-1)!.length) expect(r).toBe('tampered');
    }
  });

  it('a file cut off anywhere fails', async () => {
    for (let length = 0; length < file.length; length++)
      expect(await reason(file.subarray(0, length)), `length ${length}`).not.toBe('ok');
    const atChunk = chunks[0]!.length + chunks[1]!.length + chunks[2]!.length;
    expect(await reason(file.subarray(0, atChunk))).toBe('truncated');
    expect(await reason(file.subarray(0, chunks[0]!.length))).toBe('truncated');
  });

  it('swapped, dropped, repeated or appended chunks fail', async () => {
    const [h, a, b, c, ...rest] = chunks as [Uint8Array, Uint8Array, Uint8Array, Uint8Array];
    expect(await reason(join([h, b, a, c, ...rest]))).toBe('tampered');
    expect(await reason(join([h, a, c, ...rest]))).toBe('tampered');
    expect(await reason(join([h, a, a, b, c, ...rest]))).toBe('tampered');
    expect(await reason(join([...chunks, chunks.at(-1)!]))).not.toBe('ok');
    expect(await reason(join([...chunks, text('x')]))).not.toBe('ok');
  });

  it('a chunk from another file of the same key does not fit', async () => {
    const other = await all(encryptChunks(backupKey, [plain], { chunkBytes: SMALL }));
    const mixed = [...chunks];
    mixed[2] = other[2]!;
    expect(await reason(join(mixed))).toBe('tampered');
  });

  it('plain JSON and other files are not taken for an envelope', async () => {
    expect(await reason(text('{"format":"jobbasen-lon-backup"}'))).toBe('notEncrypted');
    expect(await reason(new Uint8Array())).toBe('notEncrypted');
    expect(isEncryptedBackup(text('{"format"'))).toBe(false);
  });

  it('a header asking for fewer iterations or a newer format is refused before any key', async () => {
    let asked = false;
    const spy = () => {
      asked = true;
      return keyFor();
    };
    const weak = file.slice();
    weak.set([0, 0, 0x03, 0xe8], 10); // 1000 iterations
    expect(await reason(weak, spy)).toBe('badHeader');
    const newer = file.slice();
    newer[8] = 2;
    expect(await reason(newer, spy)).toBe('unsupported');
    expect(asked).toBe(false);
  });

  it('the streaming reader throws BackupEnvelopeError, after giving only authenticated chunks', async () => {
    const bad = file.slice();
    bad[file.length - 3]! ^= 0xff;
    const seen: Uint8Array[] = [];
    const run = async () => {
      for await (const c of decryptChunks([bad], keyFor)) seen.push(c);
    };
    await expect(run()).rejects.toBeInstanceOf(BackupEnvelopeError);
    expect(join(seen)).toEqual(plain.subarray(0, seen.length * SMALL));
  });
});

describe('kept-key verifier and base64', () => {
  it('tells the right key from a wrong one', async () => {
    const v = await makeKeyVerifier(backupKey.key);
    expect(await verifyKey(backupKey.key, v)).toBe(true);
    expect(await verifyKey(otherKey.key, v)).toBe(false);
  });

  it('base64 agrees with Node', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (b) => {
        expect(toBase64(b)).toBe(Buffer.from(b).toString('base64'));
        expect(fromBase64(toBase64(b))).toEqual(b);
      }),
    );
  });
});
